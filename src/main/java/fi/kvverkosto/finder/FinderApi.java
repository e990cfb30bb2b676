package fi.kvverkosto.finder;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finder as JSON: {@code GET /api/v1/finder}. Its shape is a contract that external checks rely on; add fields,
 * never rename or remove them.
 */
@RestController
@Tag(name = "Finder", description = "Recommended growth and internationalisation services for a company's profile.")
class FinderApi {

    private final Finder finder;
    private final FinderTexts texts;
    private final DemandSignal demand;
    private final JsonMapper json;

    /**
     * The JSON of answers the finder keeps, by answer and language: a kept answer is given again as the same bytes
     * instead of being translated and written anew. Keyed by the answer's identity (weak keys), so an entry goes with
     * the kept answer, and a new answer (after any change of the directory or the synonyms) never finds an old one.
     */
    private final Cache<FinderAnswer, byte[][]> written =
            Caffeine.newBuilder().weakKeys().maximumSize(4000).build();

    FinderApi(Finder finder, FinderTexts texts, DemandSignal demand, JsonMapper json) {
        this.finder = finder;
        this.texts = texts;
        this.demand = demand;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/finder", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Recommend services",
            description = "Ranks the active services that fit the company: in its municipality's area, for its"
                    + " industry, size and markets; by its words, needs and stage. Each result has reasons in plain"
                    + " words. nextSteps are services of the following stages. Every parameter is optional.")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter has a value the finder does not know; the problem names it in 'parameter'.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "200",
            description = "The company's profile as derived, the recommended services and the next steps.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Answer.class)))
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "The company's need in its own words (fi, sv or en)",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "municipality",
            in = ParameterIn.QUERY,
            description = "Statistics Finland municipality code, e.g. 179 (Jyväskylä)",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "industry",
            in = ParameterIn.QUERY,
            description = "TOL 2008 section letter, e.g. C",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "startup, micro, small, medium, midcap or large",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "markets",
            in = ParameterIn.QUERY,
            description = "Target markets: ISO 3166-1 alpha-2 codes or market regions, comma-separated",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "stage",
            in = ParameterIn.QUERY,
            description = "Stage of the service path: 1-5 or x",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "path",
            in = ParameterIn.QUERY,
            description = "Where the company is on its international path (gives the stage when none is given):"
                    + " none, occasional, regular, established",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "needs",
            in = ParameterIn.QUERY,
            description = "Need codes, comma-separated, e.g. funding,customs-docs",
            array = @ArraySchema(schema = @Schema(type = "string")))
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description = "Language of names and reasons: fi, sv or en",
            schema = @Schema(type = "string"))
    @Parameter(
            name = "limit",
            in = ParameterIn.QUERY,
            description = "How many results, 1-50; default 5",
            schema = @Schema(type = "string"))
    ResponseEntity<byte[]> find(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        // The parameters are read from the map as Spring would have bound them to String and List<String> arguments
        // (QueryParameters): binding each through the conversion service was a third of a kept answer's samples.
        String q = QueryParameters.text(parameters.get("q"));
        String lang = QueryParameters.text(parameters.get("lang"));
        String limit = QueryParameters.text(parameters.get("limit"));
        List<String> markets = QueryParameters.list(parameters.get("markets"));
        List<String> needs = QueryParameters.list(parameters.get("needs"));
        String municipality = QueryParameters.text(parameters.get("municipality"));
        String industry = QueryParameters.text(parameters.get("industry"));
        String size = QueryParameters.text(parameters.get("size"));
        String stage = QueryParameters.text(parameters.get("stage"));
        String path = QueryParameters.text(parameters.get("path"));
        Language language = lang == null || lang.isBlank()
                ? Language.DEFAULT
                : Language.fromCode(lang.strip())
                        .orElseThrow(() -> new InvalidParameterException(
                                "lang", "Unknown language '" + lang + "': use fi, sv or en"));
        int count = limit(limit);
        if (q != null && q.length() > FinderQuery.MAX_TEXT_LENGTH) {
            throw new InvalidParameterException(
                    "q", "The text is longer than " + FinderQuery.MAX_TEXT_LENGTH + " characters");
        }
        var query = new FinderQuery(q, municipality, industry, size, markets, stage, path, needs);
        FinderAnswer answer = finder.find(query, count);
        demand.record(DemandSignal.Channel.API, language, answer);
        byte[][] byLanguage = written.get(answer, kept -> new byte[Language.values().length][]);
        byte[] body = byLanguage[language.ordinal()];
        if (body == null) {
            body = json.writeValueAsBytes(answer(answer, language));
            byLanguage[language.ordinal()] = body;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private Answer answer(FinderAnswer answer, Language language) {
        Vocabulary vocabulary = finder.vocabularyNow();
        return new Answer(
                profile(answer.profile(), vocabulary, language),
                results(answer.results(), vocabulary, language),
                results(answer.nextSteps(), vocabulary, language),
                answer.nothingFits(),
                answer.nothingFits() ? texts.message("finder.nothing-fits.api", language) : null);
    }

    private static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return Finder.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= Finder.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidParameterException("limit", "limit must be a whole number from 1 to " + Finder.MAX_LIMIT);
    }

    private ProfileView profile(Profile profile, Vocabulary vocabulary, Language language) {
        List<Coded> markets = new ArrayList<>();
        profile.markets().forEach(m -> markets.add(new Coded(m, texts.market(vocabulary, m, language), null)));
        profile.derivedMarkets()
                .forEach(m ->
                        markets.add(new Coded(m.market(), texts.market(vocabulary, m.market(), language), m.word())));
        List<Coded> needs = new ArrayList<>();
        profile.needs()
                .forEach(n -> needs.add(new Coded(n, texts.label(vocabulary, Vocabulary.NEED, n, language), null)));
        List<Coded> derived = new ArrayList<>();
        profile.derivedNeeds()
                .forEach(d -> derived.add(
                        new Coded(d.need(), texts.label(vocabulary, Vocabulary.NEED, d.need(), language), d.word())));
        return new ProfileView(
                profile.text(),
                profile.place() == null
                        ? null
                        : new Coded(
                                profile.place().code(),
                                profile.place().name().in(language).text(),
                                profile.municipality() == null
                                        ? profile.namedMunicipality().word()
                                        : null),
                profile.industry() == null
                        ? null
                        : new Coded(
                                profile.industry().localCode(),
                                profile.industry().label().in(language).text(),
                                null),
                profile.size() == null
                        ? null
                        : new Coded(
                                profile.size().localCode(),
                                profile.size().label().in(language).text(),
                                null),
                markets,
                profile.stage() == null
                        ? null
                        : new Coded(
                                profile.stage(),
                                texts.label(vocabulary, Vocabulary.STAGE, profile.stage(), language),
                                profile.stageSource() == Profile.StageSource.WORDS
                                        ? profile.pathWords()
                                        : profile.stageSource().name().toLowerCase(java.util.Locale.ROOT)),
                profile.path() == null ? null : profile.path().code(),
                needs,
                derived,
                language.code());
    }

    private List<Result> results(List<Recommendation> recommendations, Vocabulary vocabulary, Language language) {
        List<Result> results = new ArrayList<>();
        for (Recommendation r : recommendations) {
            results.add(new Result(
                    r.service().serviceId(),
                    r.service().name().in(language).text(),
                    r.service().organisationId(),
                    r.service().organisationName().in(language).text(),
                    Math.round(r.score() * 1000) / 1000.0,
                    texts.reasons(r.reasons(), vocabulary, language),
                    r.stages(),
                    Math.round(r.coverage() * 1000) / 1000.0));
        }
        return results;
    }

    /** The answer; {@code advice} only when nothing fits. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Answer(
            ProfileView profile, List<Result> results, List<Result> nextSteps, boolean nothingFits, String advice) {}

    /**
     * The profile as derived; {@code stage.from} tells where the stage came from (given, path, results), or holds the
     * words it was read from ("ensimmäistä kertaa vientiä"). A market or a municipality read from the company's words
     * has {@code from}, the word; given ones have none.
     */
    record ProfileView(
            String text,
            Coded municipality,
            Coded industry,
            Coded size,
            List<Coded> markets,
            Coded stage,
            String path,
            List<Coded> needs,
            List<Coded> derivedNeeds,
            String lang) {}

    /**
     * A code with its label; {@code from} is the word a derived need, market or municipality came from, or the source
     * of the stage.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Coded(String code, String name, String from) {}

    /**
     * A recommended service; {@code textMatch} is the share of the company's words (weighted by how telling each is)
     * that the service's texts hold, 0–1.
     */
    record Result(
            UUID serviceId,
            String name,
            UUID organizationId,
            String organizationName,
            double score,
            List<String> reasons,
            List<String> stages,
            double textMatch) {}
}
