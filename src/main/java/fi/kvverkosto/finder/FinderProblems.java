package fi.kvverkosto.finder;

import fi.kvverkosto.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A finder page whose address holds a value the finder does not know (an edited or outdated link): a 400 page that says
 * which answer it is, in the reader's language, and offers the same page without it, instead of an error.
 *
 * <p>Rendered by the controllers themselves rather than an exception handler, so that the page keeps the layout's
 * language links.
 */
final class FinderProblems {

    static final String VIEW = "finder/invalid";

    /** The parameters the page can name; others are "a value in the address". */
    private static final Set<String> NAMED = Set.of(
            FinderAnswers.TEXT,
            FinderAnswers.MUNICIPALITY,
            FinderAnswers.INDUSTRY,
            FinderAnswers.SIZE,
            FinderAnswers.MARKETS,
            FinderAnswers.STAGE,
            FinderAnswers.PATH,
            FinderAnswers.NEEDS,
            RecommendationController.LIMIT);

    private FinderProblems() {}

    static String invalidAnswer(
            InvalidParameterException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String parameter = NAMED.contains(e.parameter()) ? e.parameter() : "other";
        model.addAttribute("parameter", parameter);
        model.addAttribute(
                "withoutHref",
                UriComponentsBuilder.fromPath(request.getRequestURI())
                        .query(request.getQueryString())
                        .replaceQueryParam(e.parameter())
                        .replaceQueryParam("lang")
                        .build(true)
                        .toUriString());
        model.addAttribute("restartHref", NeedsAssessmentController.START);
        return VIEW;
    }
}
