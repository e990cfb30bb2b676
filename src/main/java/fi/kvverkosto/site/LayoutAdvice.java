package fi.kvverkosto.site;

import fi.kvverkosto.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What the shared layout needs on every page: the language switch and links to the page in each language. Added to the
 * model of each page that is rendered, after its controller (an interceptor rather than a controller advice's model
 * attributes, which would be computed for every JSON answer of the APIs too); never to a redirect, whose model would
 * become query parameters.
 */
class LayoutAdvice implements HandlerInterceptor {

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null || !page.hasView() || isRedirectOrForward(page)) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        page.getModelMap().putIfAbsent("languageLinks", languageLinks(request, locale));
        page.getModelMap().putIfAbsent("currentPath", currentPath(request));
    }

    private static boolean isRedirectOrForward(ModelAndView page) {
        String name = page.getViewName();
        if (name != null) {
            return name.startsWith("redirect:") || name.startsWith("forward:");
        }
        return page.getView() instanceof RedirectView || page.getView() instanceof AbstractUrlBasedView;
    }

    /**
     * The page in one language.
     *
     * @param code ISO 639-1 code
     * @param name the language's name in itself ("suomi", "svenska", "English")
     * @param href this page's URL with {@code lang} set
     * @param current whether this is the language of the page
     */
    record LanguageLink(String code, String name, String href, boolean current) {}

    static List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
        Language current = Language.of(locale);
        return Arrays.stream(Language.values())
                .map(language -> new LanguageLink(
                        language.code(),
                        nativeName(language),
                        ServletUriComponentsBuilder.fromRequest(request)
                                .replacePath(currentPath(request))
                                .replaceQueryParam(LanguageConfiguration.PARAMETER, language.code())
                                .build()
                                .toUriString(),
                        language == current))
                .toList();
    }

    static String currentPath(HttpServletRequest request) {
        // On an error page, the address the user asked for rather than /error.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String uri ? uri : request.getRequestURI();
    }

    private static String nativeName(Language language) {
        return switch (language) {
            case FI -> "suomi";
            case SV -> "svenska";
            case EN -> "English";
        };
    }
}
