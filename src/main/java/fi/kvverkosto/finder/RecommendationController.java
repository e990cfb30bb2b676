package fi.kvverkosto.finder;

import fi.kvverkosto.directory.ServiceDirectory;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the finder recommends, as pages: the results ({@code /palveluopas/tulokset}) with the profile and how it was
 * derived, the roadmap of now and the next stages ({@code /palveluopas/tiekartta}, printable), and the address through
 * which a recommended service is opened ({@code /palveluopas/valinta}), which notes the choice in the demand signal.
 * The answers are the same query parameters as the API's, so that every page can be shared by its address.
 */
@Controller
class RecommendationController {

    static final String RESULTS = FinderStep.BASE + "/tulokset";
    static final String ROADMAP = FinderStep.BASE + "/tiekartta";
    static final String CHOSEN = FinderStep.BASE + "/valinta";

    /** The parameter naming the finder use (demand signal) a click or a "show more" belongs to. */
    static final String USE = "kaytto";

    static final String LIMIT = "limit";

    /** How many results a page shows, and how many "show more" brings in turn. */
    static final List<Integer> LIMITS = List.of(Finder.DEFAULT_LIMIT, 10, 20);

    private final Finder finder;
    private final FinderViews views;
    private final DemandSignal demand;
    private final ServiceDirectory directory;
    private final List<UUID> advisers;

    RecommendationController(
            Finder finder,
            FinderViews views,
            DemandSignal demand,
            ServiceDirectory directory,
            @Value("${kv.finder.advisers:}") List<UUID> advisers) {
        this.finder = finder;
        this.views = views;
        this.demand = demand;
        this.directory = directory;
        this.advisers = List.copyOf(advisers);
    }

    @GetMapping(RESULTS)
    String results(
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HtmxRequest htmx,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader("Vary", "HX-Request");
        FinderAnswers answers = FinderAnswers.of(parameters);
        Language language = Language.of(locale);
        FinderAnswer answer;
        int limit;
        try {
            limit = limit(parameters.getFirst(LIMIT));
            answer = find(answers, limit);
        } catch (InvalidParameterException e) {
            return FinderProblems.invalidAnswer(e, request, response, model);
        }
        // "Show more" continues the use it came from (its address carries the use's id): one visit, one record.
        UUID use = continuedUse(parameters.getFirst(USE))
                .orElseGet(() -> demand.record(DemandSignal.Channel.WEB, language, answer));
        Vocabulary vocabulary = finder.vocabularyNow();
        Function<UUID, String> chosen = service -> UriComponentsBuilder.fromPath(CHOSEN)
                .queryParam(USE, use)
                .queryParam("palvelu", service)
                .build()
                .toUriString();

        model.addAttribute("answers", answers);
        model.addAttribute("profile", views.profile(answer.profile(), vocabulary, answers));
        model.addAttribute("nothingFits", answer.nothingFits());
        model.addAttribute("results", views.cards(answer.results(), vocabulary, language, chosen));
        model.addAttribute("limit", limit);
        model.addAttribute("firstNew", previousLimit(limit));
        var more = answer.results().size() < limit ? java.util.Optional.<Integer>empty() : nextLimit(limit);
        model.addAttribute(
                "moreHref",
                more.map(m -> answers.href(RESULTS, LIMIT, m.toString(), USE, use.toString()))
                        .orElse(null));
        // The address shown and shared after "show more" (with JavaScript) is the profile's, without the use.
        model.addAttribute(
                "moreShareHref",
                more.map(m -> answers.href(RESULTS, LIMIT, m.toString())).orElse(null));
        model.addAttribute("advisers", answer.nothingFits() ? advisers(answer.profile(), language) : List.of());
        model.addAttribute("summaryHref", answers.href(FinderStep.SUMMARY));
        model.addAttribute("roadmapHref", roadmapHref(answers, limit));
        model.addAttribute("restartHref", NeedsAssessmentController.START);
        return NeedsAssessmentController.fragment(htmx) ? "finder/results :: list" : "finder/results";
    }

    /** The use a request continues, when its parameter is a well-formed id. */
    private static java.util.Optional<UUID> continuedUse(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    @GetMapping(ROADMAP)
    String roadmap(
            @RequestParam MultiValueMap<String, String> parameters,
            Locale locale,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        FinderAnswers answers = FinderAnswers.of(parameters);
        Language language = Language.of(locale);
        FinderAnswer answer;
        int limit;
        try {
            limit = limit(parameters.getFirst(LIMIT));
            answer = find(answers, limit);
        } catch (InvalidParameterException e) {
            return FinderProblems.invalidAnswer(e, request, response, model);
        }
        Vocabulary vocabulary = finder.vocabularyNow();
        // Printed on paper, a link is only useful as the whole address of the service's page.
        Function<UUID, String> page = service -> ServletUriComponentsBuilder.fromContextPath(request)
                .path("/palvelut/{id}")
                .buildAndExpand(service)
                .toUriString();

        model.addAttribute("answers", answers);
        model.addAttribute("profile", views.profile(answer.profile(), vocabulary, answers));
        model.addAttribute("nothingFits", answer.nothingFits());
        model.addAttribute("stage", answer.profile().stage());
        model.addAttribute(
                "stageLabel",
                answer.profile().stage() == null
                        ? null
                        : views.stageLabel(answer.profile().stage(), vocabulary));
        model.addAttribute("now", views.cards(answer.results(), vocabulary, language, page));
        model.addAttribute("next", views.nextSteps(answer.profile(), answer.nextSteps(), vocabulary, language, page));
        model.addAttribute("advisers", answer.nothingFits() ? advisers(answer.profile(), language) : List.of());
        model.addAttribute(
                "shareUrl",
                ServletUriComponentsBuilder.fromContextPath(request)
                        .path(ROADMAP)
                        .query(request.getQueryString())
                        .replaceQueryParam("lang")
                        .build(true)
                        .toUriString());
        model.addAttribute(
                "resultsHref",
                limit == Finder.DEFAULT_LIMIT
                        ? answers.href(RESULTS)
                        : answers.href(RESULTS, LIMIT, Integer.toString(limit)));
        model.addAttribute("pathHref", answers.href(FinderStep.PATH.address(), "change", "1"));
        return "finder/roadmap";
    }

    /**
     * Opens a recommended service and notes the choice for the use it was shown in. Only ever redirects to a service
     * page of this site: the ids must be UUIDs, and the service must be public.
     */
    @GetMapping(CHOSEN)
    ResponseEntity<Void> chosen(
            @RequestParam(name = USE, required = false) String use,
            @RequestParam(name = "palvelu", required = false) String service) {
        UUID useId = uuid(use).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        UUID serviceId = uuid(service).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        if (directory.service(serviceId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        demand.clicked(useId, serviceId);
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/palvelut/" + serviceId))
                .build();
    }

    private FinderAnswer find(FinderAnswers answers, int limit) {
        if (answers.q() != null && answers.q().length() > FinderQuery.MAX_TEXT_LENGTH) {
            throw new InvalidParameterException(FinderAnswers.TEXT, "The text is too long");
        }
        return finder.find(answers.query(), limit);
    }

    /** The organisations to ask when nothing fits: the municipality's business services, then the region's. */
    private List<FinderViews.Adviser> advisers(Profile profile, Language language) {
        Set<UUID> wanted = new HashSet<>(advisers);
        UUID local =
                profile.municipality() == null ? null : profile.municipality().developmentOrganisationId();
        if (local != null) {
            wanted.add(local);
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        return directory.organisations(language).stream()
                .filter(o -> wanted.contains(o.id()))
                .sorted((a, b) -> Boolean.compare(!a.id().equals(local), !b.id().equals(local)))
                .map(o -> new FinderViews.Adviser(o.id(), o.name()))
                .toList();
    }

    private static String roadmapHref(FinderAnswers answers, int limit) {
        return limit == Finder.DEFAULT_LIMIT
                ? answers.href(ROADMAP)
                : answers.href(ROADMAP, LIMIT, Integer.toString(limit));
    }

    /** How many results to show: 1 to the finder's most, the default when not given. */
    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return Finder.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= Finder.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException(LIMIT, "limit must be a whole number from 1 to " + Finder.MAX_LIMIT);
    }

    private static Optional<Integer> nextLimit(int limit) {
        return LIMITS.stream().filter(l -> l > limit).findFirst();
    }

    /** How many results the page showed before "show more", or 0: where the new ones begin. */
    private static int previousLimit(int limit) {
        return LIMITS.stream().filter(l -> l < limit).reduce((a, b) -> b).orElse(0);
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(value.strip());
            // UUID.fromString accepts short forms such as "1-1-1-1-1"; only the canonical form is an id here.
            return id.toString().equalsIgnoreCase(value.strip()) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
