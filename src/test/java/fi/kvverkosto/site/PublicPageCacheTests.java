package fi.kvverkosto.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogFixtures;
import fi.kvverkosto.directory.CatalogSnapshot;
import fi.kvverkosto.directory.DirectoryChanged;
import fi.kvverkosto.directory.ServiceRecord;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Public pages are kept for anonymous visitors and sent again without searching or rendering, but never to or from a
 * signed-in user, never across languages or htmx fragments, and never after the directory has changed.
 */
@KvServerTest
class PublicPageCacheTests {

    /** A word only this test's searches use, so that their addresses are their own. */
    static final String SEARCH = "/palvelut?q=vientitakaus&page-cache-test=";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ApplicationEventPublisher events;

    static int address;

    /** Whether a background refresh of the index, which empties the cache when done, may still be pending. */
    static boolean settled;

    @BeforeEach
    void catalogue() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        address++;
        if (!settled) {
            // Terms stored (by this class or an earlier one) refresh the index in the background, which then empties
            // the cache: wait until kept pages stay kept.
            String probe = SEARCH + "probe";
            await().atMost(Duration.ofSeconds(30))
                    .during(Duration.ofMillis(1500))
                    .until(() -> {
                        mvc.get().uri(probe).exchange();
                        return "hit".equals(cacheHeader(mvc.get().uri(probe).exchange()));
                    });
            settled = true;
        }
    }

    String search() {
        return SEARCH + address;
    }

    static String cacheHeader(MvcTestResult result) {
        return result.getResponse().getHeader(PublicPageCache.HEADER);
    }

    static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void keptPageIsSentAgainAsItWas() {
        var first = mvc.get().uri(search()).exchange();
        var second = mvc.get().uri(search()).exchange();

        assertThat(first).hasStatusOk();
        assertThat(cacheHeader(first)).isEqualTo("miss");
        assertThat(cacheHeader(second)).isEqualTo("hit");
        assertThat(body(second)).isEqualTo(body(first)).contains("Vientitakaus");
        assertThat(second.getResponse().getContentType())
                .isEqualTo(first.getResponse().getContentType());
        assertThat(second.getResponse().getHeaders("Vary")).contains("HX-Request");
        // Security headers are written for each response, kept or not.
        assertThat(second.getResponse().getHeader("Content-Security-Policy"))
                .isEqualTo(first.getResponse().getHeader("Content-Security-Policy"))
                .isNotBlank();
    }

    @Test
    void keptPageIsCompressedForClientsThatAcceptIt() throws IOException {
        var plain = mvc.get().uri(search()).exchange();
        var compressed =
                mvc.get().uri(search()).header("Accept-Encoding", "gzip").exchange();

        assertThat(cacheHeader(compressed)).isEqualTo("hit");
        assertThat(compressed.getResponse().getHeader("Content-Encoding")).isEqualTo("gzip");
        try (var in = new GZIPInputStream(
                new ByteArrayInputStream(compressed.getResponse().getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(body(plain));
        }
    }

    @Test
    void aCommittedChangeOfTheDirectoryIsShownAtOnce() {
        assertThat(body(mvc.get().uri(search()).exchange())).contains("Vientitakaus");
        assertThat(cacheHeader(mvc.get().uri(search()).exchange())).isEqualTo("hit");
        try {
            exchange.apply(withGuaranteeRenamed("Vientitakaus ja virtahepo"));

            var after = mvc.get().uri(search()).exchange();
            assertThat(cacheHeader(after)).isEqualTo("miss");
            assertThat(body(after)).contains("Vientitakaus ja virtahepo");
        } finally {
            exchange.apply(CatalogFixtures.aSmallCatalogue());
        }
        assertThat(body(mvc.get().uri(search()).exchange())).doesNotContain("virtahepo");
    }

    @Test
    void aRebuiltIndexEmptiesTheCache() {
        mvc.get().uri(search()).exchange();
        assertThat(cacheHeader(mvc.get().uri(search()).exchange())).isEqualTo("hit");

        events.publishEvent(new DirectoryChanged());

        assertThat(cacheHeader(mvc.get().uri(search()).exchange())).isEqualTo("miss");
    }

    @Test
    void signedInStaffNeitherGetNorLeaveKeptPages() {
        var anonymous = mvc.get().uri(search()).exchange();
        assertThat(cacheHeader(anonymous)).isEqualTo("miss");

        var staff = mvc.get()
                .uri(search())
                .with(user("page-cache-editor").roles("EDITOR"))
                .exchange();
        assertThat(cacheHeader(staff)).isNull();
        assertThat(body(staff)).contains("/kirjaudu/ulos").contains("_csrf");

        var again = mvc.get().uri(search()).exchange();
        assertThat(cacheHeader(again)).isEqualTo("hit");
        assertThat(body(again)).doesNotContain("/kirjaudu/ulos").doesNotContain("_csrf");
    }

    @Test
    void signedInStaffLeaveNothingForTheAnonymous() {
        var staff = mvc.get()
                .uri(search())
                .with(user("page-cache-editor").roles("EDITOR"))
                .exchange();
        assertThat(body(staff)).contains("/kirjaudu/ulos");

        var anonymous = mvc.get().uri(search()).exchange();
        assertThat(cacheHeader(anonymous)).isEqualTo("miss");
        assertThat(body(anonymous)).doesNotContain("/kirjaudu/ulos");
    }

    @Test
    void visitorsWithASessionAreServedFresh() {
        mvc.get().uri(search()).exchange();
        var withSession = mvc.get().uri(search()).session(new MockHttpSession()).exchange();
        assertThat(cacheHeader(withSession)).isNull();
        assertThat(withSession).hasStatusOk();
    }

    @Test
    void languagesAreNotMixed() {
        var finnish = mvc.get().uri(search()).exchange();
        var swedish = mvc.get()
                .uri(search())
                .cookie(new Cookie(LanguageConfiguration.COOKIE, "sv"))
                .exchange();
        var english = mvc.get().uri(search() + "&lang=en").exchange();
        var englishAgain = mvc.get().uri(search() + "&lang=en").exchange();
        var finnishAgain = mvc.get().uri(search()).exchange();
        var swedishAgain = mvc.get()
                .uri(search())
                .cookie(new Cookie(LanguageConfiguration.COOKIE, "sv"))
                .exchange();

        assertThat(cacheHeader(swedish)).isEqualTo("miss");
        assertThat(cacheHeader(english)).isEqualTo("miss");
        assertThat(body(finnish)).contains("<html lang=\"fi\"");
        assertThat(body(swedish)).contains("<html lang=\"sv\"");
        assertThat(body(english)).contains("<html lang=\"en\"");
        assertThat(cacheHeader(finnishAgain)).isEqualTo("hit");
        assertThat(body(finnishAgain)).contains("<html lang=\"fi\"");
        assertThat(cacheHeader(swedishAgain)).isEqualTo("hit");
        assertThat(body(swedishAgain)).contains("<html lang=\"sv\"");
        assertThat(cacheHeader(englishAgain)).isEqualTo("hit");
        assertThat(body(englishAgain)).contains("<html lang=\"en\"");
        // A kept page chosen with ?lang= still remembers the choice.
        assertThat(englishAgain).cookies().hasValue(LanguageConfiguration.COOKIE, "en");
    }

    @Test
    void htmxFragmentAndWholePageAreKeptApart() {
        var fragment = mvc.get().uri(search()).header("HX-Request", "true").exchange();
        var page = mvc.get().uri(search()).exchange();
        var fragmentAgain = mvc.get().uri(search()).header("HX-Request", "true").exchange();

        assertThat(cacheHeader(page)).isEqualTo("miss");
        assertThat(body(fragment)).doesNotContain("<html");
        assertThat(body(page)).contains("<html");
        assertThat(cacheHeader(fragmentAgain)).isEqualTo("hit");
        assertThat(body(fragmentAgain)).isEqualTo(body(fragment));
    }

    @Test
    void errorsAndOtherPagesAreNotKept() {
        var missing = "/palvelut/00000000-0000-0000-0000-00000000000" + (address % 10);
        mvc.get().uri(missing).exchange();
        assertThat(mvc.get().uri(missing)).hasStatus(404);
        assertThat(cacheHeader(mvc.get().uri(missing).exchange())).isEqualTo("miss");

        mvc.get().uri("/kirjaudu").exchange();
        assertThat(cacheHeader(mvc.get().uri("/kirjaudu").exchange())).isNull();
    }

    @Test
    void pagesWithACsrfTokenOrASessionAreNotKept() throws Exception {
        var cache = new PublicPageCache(
                new PageCacheProperties(true, DataSize.ofMegabytes(1)),
                new CookieLocaleResolver(LanguageConfiguration.COOKIE),
                new PublicPageCache.Compression(true, 2048));
        var withToken = "<form method=\"post\"><input type=\"hidden\" name=\"_csrf\" value=\"secret\"></form>";
        assertThat(twice(cache, "/", (request, response) -> write(response, withToken)))
                .containsExactly("miss", "miss");
        assertThat(twice(cache, "/luokitukset", (request, response) -> {
                    ((jakarta.servlet.http.HttpServletRequest) request).getSession(true);
                    write(response, "<p>hello</p>");
                }))
                .containsExactly("miss", "miss");
        assertThat(twice(cache, "/organisaatiot", (request, response) -> {
                    ((jakarta.servlet.http.HttpServletResponse) response).addCookie(new Cookie("tracking", "1"));
                    write(response, "<p>hello</p>");
                }))
                .containsExactly("miss", "miss");
        assertThat(twice(cache, "/palvelut", (request, response) -> write(response, "<p>hello</p>")))
                .containsExactly("miss", "hit");
    }

    @Test
    void aSignedInUserWithoutASessionIsNeverServedAKeptPageNorLeavesOne() throws Exception {
        var cache = new PublicPageCache(
                new PageCacheProperties(true, DataSize.ofMegabytes(1)),
                new CookieLocaleResolver(LanguageConfiguration.COOKIE),
                new PublicPageCache.Compression(true, 2048));
        jakarta.servlet.FilterChain page = (request, response) -> {
            var user = SecurityContextHolder.getContext().getAuthentication();
            write(response, user == null ? "<p>anonymous</p>" : "<p>signed in as " + user.getName() + "</p>");
        };
        try {
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
            assertThat(body(cache, page)).isEqualTo("<p>signed in as staff</p>");
            SecurityContextHolder.clearContext();
            assertThat(body(cache, page)).isEqualTo("<p>anonymous</p>");
            assertThat(body(cache, page)).isEqualTo("<p>anonymous</p>");
            SecurityContextHolder.getContext()
                    .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff", null, List.of()));
            assertThat(body(cache, page)).isEqualTo("<p>signed in as staff</p>");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String body(PublicPageCache cache, jakarta.servlet.FilterChain chain) throws Exception {
        var response = new org.springframework.mock.web.MockHttpServletResponse();
        cache.doFilter(new org.springframework.mock.web.MockHttpServletRequest("GET", "/palvelut"), response, chain);
        return response.getContentAsString();
    }

    private static List<String> twice(PublicPageCache cache, String path, jakarta.servlet.FilterChain chain)
            throws Exception {
        var headers = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
            var response = new org.springframework.mock.web.MockHttpServletResponse();
            cache.doFilter(request, response, chain);
            headers.add(response.getHeader(PublicPageCache.HEADER));
        }
        return headers;
    }

    private static void write(jakarta.servlet.ServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(html);
    }

    @Test
    void canBeTurnedOff() {
        var runner = new WebApplicationContextRunner()
                .withUserConfiguration(PageCacheConfiguration.class)
                .withBean(PageCacheProperties.class, () -> new PageCacheProperties(true, DataSize.ofMegabytes(1)))
                .withBean(LocaleResolver.class, () -> new CookieLocaleResolver(LanguageConfiguration.COOKIE))
                .withBean(ServerProperties.class, ServerProperties::new);
        runner.run(context -> assertThat(context).hasSingleBean(PublicPageCache.class));
        runner.withPropertyValues("kv.page-cache.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(PublicPageCache.class));
    }

    private static CatalogSnapshot withGuaranteeRenamed(String name) {
        var small = CatalogFixtures.aSmallCatalogue();
        var services = new ArrayList<ServiceRecord>();
        for (ServiceRecord s : small.services()) {
            services.add(
                    s.id().equals(CatalogFixtures.SERVICE_EXPORT_GUARANTEE)
                            ? new ServiceRecord(
                                    s.id(),
                                    s.organisationId(),
                                    s.name().with(fi.kvverkosto.shared.Language.FI, name),
                                    s.description(),
                                    s.url(),
                                    s.email(),
                                    s.status(),
                                    s.alert(),
                                    s.eligibility(),
                                    s.fees(),
                                    s.assuredDate(),
                                    s.lastModified(),
                                    s.areas(),
                                    s.languages(),
                                    s.costOptions(),
                                    s.contacts(),
                                    s.classifications(),
                                    s.programmeId())
                            : s);
        }
        return new CatalogSnapshot(small.areas(), small.taxonomies(), small.terms(), small.organisations(), services);
    }
}
