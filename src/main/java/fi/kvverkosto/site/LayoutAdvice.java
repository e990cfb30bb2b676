package fi.kvverkosto.site;

import fi.kvverkosto.shared.Language;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the shared layout needs on every page: the language switch and links to the page in each language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    /**
     * The page in one language.
     *
     * @param code ISO 639-1 code
     * @param name the language's name in itself ("suomi", "svenska", "English")
     * @param href this page's URL with {@code lang} set
     * @param current whether this is the language of the page
     */
    record LanguageLink(String code, String name, String href, boolean current) {}

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale locale) {
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

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
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
