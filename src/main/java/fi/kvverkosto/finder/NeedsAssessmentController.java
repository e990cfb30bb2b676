package fi.kvverkosto.finder;

import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The needs assessment at {@code /palveluopas}: one question a page (GOV.UK's pattern), then a summary of the answers
 * with links to change each, then the results. Every step is a GET form that carries the earlier answers in hidden
 * fields, so it works without JavaScript and every step has an address; with htmx the next step replaces the current
 * one in place and the address follows. Nothing is stored until the results are shown.
 */
@Controller
class NeedsAssessmentController {

    static final String START = FinderStep.BASE;

    private final Finder finder;
    private final FinderViews views;
    private final MessageSource messages;

    NeedsAssessmentController(Finder finder, FinderViews views, MessageSource messages) {
        this.finder = finder;
        this.views = views;
        this.messages = messages;
    }

    /**
     * A question as its page shows it.
     *
     * @param action where its form goes: the next question, or the summary
     * @param backHref the previous question, the summary when changing an answer, or the start page
     * @param skipHref where skipping goes, without this question's answer
     * @param hidden the other answers, carried on
     */
    record Question(
            String key,
            String parameter,
            int number,
            int count,
            String action,
            String backHref,
            String skipHref,
            List<FinderAnswers.Parameter> hidden,
            boolean change) {}

    @GetMapping(START)
    String start(Model model) {
        model.addAttribute("firstHref", FinderStep.MUNICIPALITY.address());
        return "finder/start";
    }

    @GetMapping(START + "/{slug}")
    String question(
            @PathVariable String slug,
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response) {
        FinderStep step =
                FinderStep.fromSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setHeader("Vary", "HX-Request");
        FinderAnswers answers = FinderAnswers.of(parameters);
        boolean change = parameters.containsKey("change");
        try {
            finder.profile(answers.query());
        } catch (InvalidParameterException e) {
            return FinderProblems.invalidAnswer(e, request, response, model);
        }
        return showQuestion(step, answers, change, null, Language.of(locale), model, htmx);
    }

    @GetMapping(FinderStep.SUMMARY)
    String summary(
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Vary", "HX-Request");
        FinderAnswers answers = FinderAnswers.of(parameters);
        Language language = Language.of(locale);
        if (answers.q() != null && answers.q().length() > FinderQuery.MAX_TEXT_LENGTH) {
            // The one answer a person can get wrong: back to its question, with the error and the words kept.
            return showQuestion(
                    FinderStep.TEXT,
                    answers,
                    parameters.containsKey("change"),
                    "finder.step.text.too-long",
                    language,
                    model,
                    htmx);
        }
        Profile profile;
        try {
            profile = finder.profile(answers.query());
        } catch (InvalidParameterException e) {
            return FinderProblems.invalidAnswer(e, request, response, model);
        }
        Vocabulary vocabulary = finder.vocabularyNow();
        model.addAttribute("title", messages.getMessage("finder.summary.title", null, locale));
        model.addAttribute("answers", answers);
        model.addAttribute("rows", views.answers(answers, profile, vocabulary));
        model.addAttribute("backHref", answers.href(FinderStep.TEXT.address()));
        model.addAttribute("resultsAction", RecommendationController.RESULTS);
        model.addAttribute("hidden", answers.parameters());
        return fragment(htmx) ? "finder/summary :: step" : "finder/summary";
    }

    private String showQuestion(
            FinderStep step,
            FinderAnswers answers,
            boolean change,
            String error,
            Language language,
            Model model,
            HtmxRequest htmx) {
        String forward = change
                ? FinderStep.SUMMARY
                : step.next().map(FinderStep::address).orElse(FinderStep.SUMMARY);
        String back = change
                ? answers.href(FinderStep.SUMMARY)
                : step.previous().map(p -> answers.href(p.address())).orElse(START);
        var question = new Question(
                step.key(),
                step.parameter(),
                step.number(),
                FinderStep.count(),
                forward,
                back,
                answers.without(step.parameter()).href(forward),
                answers.hiddenExcept(step.parameter()),
                change);
        Vocabulary vocabulary = finder.vocabularyNow();
        String title = messages.getMessage("finder.step." + step.key() + ".question", null, language.locale());
        model.addAttribute("title", title);
        model.addAttribute("question", question);
        model.addAttribute("answers", answers);
        model.addAttribute("error", error);
        model.addAttribute("maxLength", FinderQuery.MAX_TEXT_LENGTH);
        switch (step) {
            case MUNICIPALITY ->
                model.addAttribute("choices", views.municipalities(vocabulary, answers.municipality(), language));
            case INDUSTRY -> model.addAttribute("choices", views.industries(vocabulary, answers.industry()));
            case SIZE ->
                model.addAttribute(
                        "choices",
                        views.terms(
                                vocabulary,
                                Vocabulary.SIZE,
                                answers.size() == null ? List.of() : List.of(answers.size())));
            case PATH -> model.addAttribute("choices", views.paths(answers.path()));
            case MARKETS -> model.addAttribute("groups", views.markets(vocabulary, answers.markets(), language));
            case NEEDS -> model.addAttribute("choices", views.terms(vocabulary, Vocabulary.NEED, answers.needs()));
            case TEXT -> {
                // the textarea needs no choices
            }
        }
        return fragment(htmx) ? "finder/question :: step" : "finder/question";
    }

    /** An htmx request for the next step gets only the part that changes; a history restore gets the whole page. */
    static boolean fragment(HtmxRequest htmx) {
        return htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
    }
}
