package fi.kvverkosto.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.kvverkosto.directory.DirectoryChanged;
import fi.kvverkosto.directory.ServiceContactsChanged;
import fi.kvverkosto.shared.Language;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the public pages that anonymous visitors ask for (home, the service search with its results, a service, the
 * providers and one provider, the taxonomies) in memory, so that a page asked for again is sent without searching or
 * rendering. Most visitors are anonymous and many ask for the same pages: the service list with a popular search, the
 * stages of the service path.
 *
 * <p>A page is kept per full address (scheme, host, path and query), the language it is rendered in ({@code ?lang=}
 * or the {@code kv-lang} cookie) and whether htmx asked for a fragment of it. Only what is the same for every anonymous
 * visitor is kept: responses with status 200 and HTML, to requests without a session and without a signed-in user,
 * that started no session, set no cookie but the language one (which a kept page sets afresh when {@code ?lang=} asks
 * for it) and hold no CSRF token. Signed-in staff never get a kept
 * page and never leave one. Every committed change of the directory, and every rebuild or refresh of the search index,
 * empties the cache ({@link DirectoryChanged}), and so does every committed change of the people shown as a service's
 * contacts ({@link ServiceContactsChanged}: a consent withdrawal must take effect at once); a page rendered while such a
 * change committed is not kept.
 *
 * <p>It runs after Spring Security's filters, so that the security headers are written for each response, kept or not.
 * Kept pages are also kept gzip-compressed when compression is on, so that sending one costs no compression either.
 * See docs/adr/0007-public-page-cache.md.
 */
class PublicPageCache extends OncePerRequestFilter {

    static final String HEADER = "X-Kv-Page-Cache";

    private static final List<PathPattern> PAGES = patterns(
            "/",
            "/palvelut",
            "/palvelut/{id}",
            "/organisaatiot",
            "/organisaatiot/{id}",
            "/luokitukset",
            "/luokitukset/{key}",
            "/luokitukset/{key}/{code}");

    /** Headers of a response that are not the page's own: each response gets its own. */
    private static final Set<String> NOT_KEPT = Set.of(
            HttpHeaders.CONTENT_TYPE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LANGUAGE.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_LENGTH.toLowerCase(Locale.ROOT),
            HttpHeaders.CONTENT_ENCODING.toLowerCase(Locale.ROOT),
            HttpHeaders.TRANSFER_ENCODING.toLowerCase(Locale.ROOT),
            HttpHeaders.DATE.toLowerCase(Locale.ROOT),
            HttpHeaders.SET_COOKIE.toLowerCase(Locale.ROOT),
            HEADER.toLowerCase(Locale.ROOT));

    private static final byte[] CSRF = "_csrf".getBytes(StandardCharsets.US_ASCII);

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final LocaleResolver localeResolver;
    private final Compression compression;
    private final Cache<String, Page> pages;

    /** Bumped by every change; a page is only served while its generation is the current one. */
    private final AtomicLong generation = new AtomicLong();

    /**
     * When kept pages are also kept compressed: as the server compresses responses ({@code server.compression.*}).
     *
     * @param minSize the smallest body worth compressing
     */
    record Compression(boolean enabled, long minSize) {}

    PublicPageCache(PageCacheProperties properties, LocaleResolver localeResolver, Compression compression) {
        this.localeResolver = localeResolver;
        this.compression = compression;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(properties.maxSize().toBytes())
                .weigher((String key, Page page) -> page.weight(key))
                .build();
    }

    /** The directory, or who is shown as a service's contact, has changed: forget every page. */
    @EventListener({DirectoryChanged.class, ServiceContactsChanged.class})
    void invalidate() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Only anonymous GETs of the public pages are looked at any closer (reading a parameter of a POST would
        // consume its body).
        String requestedLanguage = null;
        String key = null;
        if (isCacheable(request)) {
            requestedLanguage = requestedLanguage(request);
            key = key(request, requestedLanguage);
        }
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long wanted = generation.get();
        Page page = pages.getIfPresent(key);
        if (page != null && page.generation() == wanted) {
            response.setHeader(HEADER, "hit");
            page.writeHeadersTo(response);
            if (requestedLanguage != null) {
                // As the language switch does: remember the choice in the cookie, set afresh for this visitor.
                localeResolver.setLocale(request, response, StringUtils.parseLocale(requestedLanguage));
            }
            page.writeBodyTo(request, response);
            return;
        }

        var rendering = new ContentCachingResponseWrapper(response);
        rendering.setHeader(HEADER, "miss");
        chain.doFilter(request, rendering);
        page = keepable(request, rendering) ? Page.of(rendering, wanted, compression) : null;
        if (page == null) {
            rendering.copyBodyToResponse();
            return;
        }
        pages.put(key, page);
        // The chain has set this response's headers already; only the body is left to send.
        page.writeBodyTo(request, response);
    }

    /** Anonymous GETs of the public pages, without a session (a session may hold something of its own). */
    private static boolean isCacheable(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) || request.getSession(false) != null) {
            return false;
        }
        var path = PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        if (PAGES.stream().noneMatch(pattern -> pattern.matches(path))) {
            return false;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || TRUST.isAnonymous(authentication);
    }

    /** A language chosen with {@code ?lang=} that the platform has, or null. */
    private static String requestedLanguage(HttpServletRequest request) {
        String requested = request.getParameter(LanguageConfiguration.PARAMETER);
        return requested != null && Language.fromCode(requested).isPresent() ? requested : null;
    }

    /** The full address, the language the page will be in and what htmx asks for; null when unsure. */
    private String key(HttpServletRequest request, String requestedLanguage) {
        String language;
        if (requestedLanguage != null) {
            language = "lang=" + requestedLanguage; // the parameter decides, whatever the cookie says
        } else {
            try {
                language = localeResolver.resolveLocale(request).toLanguageTag();
            } catch (RuntimeException e) {
                return null; // a cookie the resolver refuses: leave the request to the application
            }
        }
        StringBuilder key = new StringBuilder(request.getRequestURL());
        if (request.getQueryString() != null) {
            key.append('?').append(request.getQueryString());
        }
        return key.append(' ')
                .append(language)
                .append(" hx=")
                .append(request.getHeader("HX-Request"))
                .append(" hx-history=")
                .append(request.getHeader("HX-History-Restore-Request"))
                .toString();
    }

    /** Whether a rendered response is the same for every anonymous visitor asking the same. */
    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        if (response.getStatus() != HttpServletResponse.SC_OK
                || type == null
                || !type.startsWith("text/html")
                || request.getSession(false) != null) {
            return false;
        }
        for (String cookie : response.getHeaders(HttpHeaders.SET_COOKIE)) {
            if (!cookie.startsWith(LanguageConfiguration.COOKIE + "=")) {
                return false;
            }
        }
        return indexOf(response.getContentAsByteArray(), response.getContentSize(), CSRF) < 0;
    }

    private static int indexOf(byte[] data, int length, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (data[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<PathPattern> patterns(String... patterns) {
        var parser = new PathPatternParser();
        return Arrays.stream(patterns).map(parser::parse).toList();
    }

    /** A kept response: its body (also compressed, when worth it) and the headers of its own. */
    record Page(
            long generation, String contentType, Locale locale, List<String[]> headers, byte[] body, byte[] gzipped) {

        static Page of(ContentCachingResponseWrapper response, long generation, Compression compression) {
            byte[] body = response.getContentAsByteArray();
            List<String[]> headers = new ArrayList<>();
            for (String name : response.getHeaderNames()) {
                if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                    response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
                }
            }
            byte[] gzipped = compression.enabled() && body.length >= compression.minSize() ? gzip(body) : null;
            return new Page(
                    generation, response.getContentType(), response.getLocale(), List.copyOf(headers), body, gzipped);
        }

        int weight(String key) {
            long size = 2L * key.length() + body.length + (gzipped == null ? 0 : gzipped.length) + 256;
            return (int) Math.min(Integer.MAX_VALUE, size);
        }

        void writeHeadersTo(HttpServletResponse response) {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(contentType);
            response.setLocale(locale);
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
        }

        void writeBodyTo(HttpServletRequest request, HttpServletResponse response) throws IOException {
            byte[] content = body;
            if (gzipped != null) {
                response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
                if (acceptsGzip(request)) {
                    response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
                    content = gzipped;
                }
            }
            response.setContentLength(content.length);
            response.getOutputStream().write(content);
        }

        private static boolean acceptsGzip(HttpServletRequest request) {
            for (var values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING); values.hasMoreElements(); ) {
                for (String coding : values.nextElement().split(",")) {
                    String[] parts = coding.split(";");
                    if (parts[0].strip().equalsIgnoreCase("gzip")) {
                        return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
                    }
                }
            }
            return false;
        }

        private static byte[] gzip(byte[] body) {
            var out = new ByteArrayOutputStream(body.length / 4);
            try (var gzip = new GZIPOutputStream(out)) {
                gzip.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
