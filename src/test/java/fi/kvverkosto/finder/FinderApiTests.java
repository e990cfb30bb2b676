package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.RealCatalogueTest;
import fi.kvverkosto.TestCatalogue;
import fi.kvverkosto.interop.HsdsCatalogue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finder API over the real catalogue (the application context of {@link RealCatalogueTest}, shared with
 * {@link FinderQualityTests}): its shape, its rules (inactive and out-of-area services never shown, next steps from
 * later stages, an honest "nothing fits"), its language understanding, and problem details for bad parameters.
 */
@RealCatalogueTest
class FinderApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static boolean imported;

    @Autowired
    HsdsCatalogue catalogue;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void realCatalogue() throws Exception {
        var folder = TestCatalogue.folder();
        assumeTrue(folder.isPresent(), "shared catalogue not found in " + TestCatalogue.whereLooked());
        if (!imported) {
            assertThat(catalogue.importFolder(folder.get(), false).succeeded()).isTrue();
            imported = true;
        }
    }

    private HttpResponse<String> get(String query) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/finder?" + query))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode answer(String query) throws Exception {
        var response = get(query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aKeptAnswerIsWrittenOncePerLanguage() throws Exception {
        String question = q("vientiluotto") + "&municipality=179";
        var finnish = get(question + "&lang=fi");
        assertThat(finnish.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(get(question + "&lang=fi").body()).isEqualTo(finnish.body());
        // The same kept answer in English: the same services, their names and reasons in English.
        JsonNode fi = JSON.readTree(finnish.body());
        JsonNode en = answer(question + "&lang=en");
        assertThat(ids(en.get("results"))).isEqualTo(ids(fi.get("results")));
        assertThat(en.get("results").get(0).get("reasons").toString())
                .isNotEqualTo(fi.get("results").get(0).get("reasons").toString());
        assertThat(en.get("profile").get("lang").asString()).isEqualTo("en");
    }

    @Test
    void theOpenApiDescriptionGivesTheAnswersShape() throws Exception {
        var docs = JSON.readTree(http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(docs.at("/paths/~1api~1v1~1finder/get/responses/200/content/application~1json/schema/$ref")
                        .asString())
                .endsWith("/Answer");
        assertThat(docs.at("/components/schemas/Answer/properties").has("nextSteps"))
                .isTrue();
        // The parameters are documented on the operation (the method reads them from one map): each named, in the
        // query, described, a text or a list of texts, and nothing else (not the map itself).
        List<String> parameters = new ArrayList<>();
        docs.at("/paths/~1api~1v1~1finder/get/parameters").forEach(p -> {
            assertThat(p.get("in").asString()).isEqualTo("query");
            assertThat(p.get("description").asString()).isNotBlank();
            String type = p.at("/schema/type").asString();
            parameters.add(p.get("name").asString() + ":"
                    + (type.equals("array")
                            ? "array of " + p.at("/schema/items/type").asString()
                            : type));
        });
        assertThat(parameters)
                .containsExactly(
                        "q:string",
                        "municipality:string",
                        "industry:string",
                        "size:string",
                        "markets:array of string",
                        "stage:string",
                        "path:string",
                        "needs:array of string",
                        "lang:string",
                        "limit:string");
    }

    @Test
    void readsRepeatedAndCommaSeparatedListsAndBlankValuesAsBefore() throws Exception {
        // The parameters are read from the request's map, as Spring's binding read them (QueryParametersTests).
        JsonNode split = answer("markets=DE,%20SE&needs=funding,mentoring&lang=en");
        JsonNode repeated = answer("markets=DE&markets=SE&needs=funding&needs=mentoring&lang=en");
        assertThat(codes(split.at("/profile/markets"))).containsExactly("DE", "SE");
        assertThat(codes(split.at("/profile/needs"))).containsExactly("funding", "mentoring");
        assertThat(repeated.at("/profile")).isEqualTo(split.at("/profile"));
        assertThat(ids(repeated.get("results"))).isEqualTo(ids(split.get("results")));
        JsonNode blank = answer("q=&municipality=&markets=&needs=,&lang=&limit=");
        assertThat(blank.at("/profile/lang").asString()).isEqualTo("fi");
        assertThat(blank.get("results").size()).isLessThanOrEqualTo(Finder.DEFAULT_LIMIT);
        assertThat(get("limit=5&limit=6").statusCode()).isEqualTo(400);
    }

    private static List<String> codes(JsonNode coded) {
        List<String> codes = new ArrayList<>();
        coded.forEach(c -> codes.add(c.get("code").asString()));
        return codes;
    }

    private static List<String> ids(JsonNode results) {
        List<String> ids = new ArrayList<>();
        results.forEach(r -> ids.add(r.get("serviceId").asString()));
        return ids;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode results) {
        List<String> names = new ArrayList<>();
        results.forEach(r -> names.add(r.get("name").asString()));
        return names;
    }

    @Test
    void answersInTheAgreedShapeWithReasons() throws Exception {
        JsonNode answer = answer(q("vientirahoitusta") + "&municipality=182&size=small&stage=3&limit=10");
        assertThat(answer.get("profile").get("municipality").get("code").asString())
                .isEqualTo("182");
        assertThat(answer.get("profile").get("stage").get("from").asString()).isEqualTo("given");
        JsonNode results = answer.get("results");
        assertThat(results.size()).isBetween(1, 10);
        for (JsonNode r : results) {
            assertThat(r.get("serviceId").asString()).hasSize(36);
            assertThat(r.get("organizationId").asString()).hasSize(36);
            assertThat(r.get("name").asString()).isNotBlank();
            assertThat(r.get("organizationName").asString()).isNotBlank();
            assertThat(r.get("score").asDouble()).isBetween(0.0, 1.0);
            assertThat(r.get("reasons").size()).isPositive();
        }
        for (int i = 1; i < results.size(); i++) {
            assertThat(results.get(i).get("score").asDouble())
                    .isLessThanOrEqualTo(results.get(i - 1).get("score").asDouble());
        }
        assertThat(answer.get("nextSteps").isArray()).isTrue();
    }

    @Test
    void understandsFinnishInflectionAndCompounds() throws Exception {
        JsonNode answer = answer(q("vientirahoitusta Saksan markkinoille") + "&limit=10");
        List<String> names = names(answer.get("results"));
        assertThat(names).anyMatch(n -> n.contains("Saksa"));
        assertThat(names)
                .anyMatch(n ->
                        n.toLowerCase().contains("rahoitu") || n.toLowerCase().contains("luotto"));
        assertThat(answer.get("results").get(0).get("reasons").get(0).asString())
                .startsWith("Vastaa sanoihin");
    }

    @Test
    void findsFinnishServicesForSwedishAndEnglishWordsAndToleratesTypos() throws Exception {
        assertThat(names(answer(q("ursprungsintyg") + "&lang=sv").get("results")))
                .anyMatch(n -> n.contains("alkuperä") || n.contains("ursprung") || n.contains("origin"));
        assertThat(names(answer(q("how to get EORI numbr") + "&lang=en").get("results")))
                .first()
                .asString()
                .contains("EORI");
    }

    @Test
    void neverShowsInactiveServicesOrServicesOfAnotherMunicipality() throws Exception {
        JsonNode answer = answer(q("yritysneuvonta") + "&municipality=729&limit=50");
        for (JsonNode r : answer.get("results")) {
            // Municipal business services of other municipalities carry their municipality's name.
            assertThat(r.get("name").asString()).doesNotContain("Laukaan", "Jämsän", "Keuruun", "Äänekosken");
        }
        JsonNode everything = answer("limit=50");
        for (JsonNode r : everything.get("results")) {
            assertThat(r.get("reasons").toString()).doesNotContain("inactive");
        }
    }

    @Test
    void nextStepsComeFromLaterStages() throws Exception {
        JsonNode answer = answer("municipality=179&industry=C&size=medium&markets=DE&stage=2&needs=market-info");
        assertThat(answer.get("nextSteps").size()).isPositive();
        for (JsonNode step : answer.get("nextSteps")) {
            assertThat(step.get("stages").toString()).containsAnyOf("\"3\"", "\"4\"");
        }
    }

    @Test
    void readsTheStageFromWordsThatTellWhereTheCompanyIsWhenItGaveNone() throws Exception {
        JsonNode answer = answer(q("Emme vielä vie, mistä kannattaa aloittaa?") + "&municipality=179");
        JsonNode stage = answer.get("profile").get("stage");
        assertThat(stage.get("code").asString()).isEqualTo("1");
        assertThat(stage.get("from").asString()).isEqualTo("vielä vie");
        assertThat(answer.get("results").size()).isPositive();
        assertThat(answer.get("nextSteps").size()).isPositive();
        // A stage the company gave comes first.
        JsonNode given = answer(q("Emme vielä vie") + "&stage=3").get("profile").get("stage");
        assertThat(given.get("code").asString()).isEqualTo("3");
        assertThat(given.get("from").asString()).isEqualTo("given");
    }

    @Test
    void aServicesStagesComeInTheOrderOfThePath() throws Exception {
        JsonNode answer = answer("limit=50");
        int several = 0;
        for (JsonNode r : answer.get("results")) {
            List<String> stages = new java.util.ArrayList<>();
            r.get("stages").forEach(stage -> stages.add(stage.asString()));
            assertThat(stages).isSorted();
            several += stages.size() > 1 ? 1 : 0;
        }
        assertThat(several).as("services of several stages among the results").isPositive();
    }

    @Test
    void saysHonestlyWhenNothingFits() throws Exception {
        JsonNode answer = answer(q("feeding aquarium fishes") + "&lang=en");
        assertThat(answer.get("results").size()).isZero();
        assertThat(answer.get("nothingFits").asBoolean()).isTrue();
        assertThat(answer.get("advice").asString()).contains("advisers");
    }

    @Test
    void nothingFitsWordsNoServiceIsASureMatchForEvenWithAStageGiven() throws Exception {
        // Nothing in the catalogue is about visas for one's own staff or premises to rent outside the region: the
        // services of the stage the company gave do not pad the list, nor do near misses on a word or two.
        for (String query : List.of(
                q("Our engineers need visas") + "&lang=en&stage=4",
                q("Etsimme vuokrattavia varastotiloja Tampereelta") + "&municipality=179&stage=5")) {
            JsonNode answer = answer(query);
            assertThat(names(answer.get("results"))).as(query).isEmpty();
            assertThat(answer.get("nothingFits").asBoolean()).isTrue();
        }
        // A need the company chose is one the services of that need fit, whatever its words.
        JsonNode chosen = answer(q("Our engineers need visas") + "&lang=en&stage=4&needs=funding");
        assertThat(chosen.get("results").size()).isPositive();
    }

    @Test
    void wordsOfWhereTheCompanyStandsAskForTheServicesOfItsStage() throws Exception {
        JsonNode answer =
                answer(q("Mistä kannattaa aloittaa, kun harkitsemme ensimmäistä kertaa vientiä?") + "&stage=1");
        assertThat(answer.get("nothingFits").asBoolean()).isFalse();
        assertThat(answer.get("results").size()).isPositive();
    }

    @Test
    void setUpServicesAreForACompanyThatAsksAboutSettingUp() throws Exception {
        // Stage 1 is the readiness of a company that thinks of going abroad; the services for founding a company are
        // classified there too, as the start of a business, and come first only for a company that asks for them.
        String company = "municipality=077&industry=A&size=micro&stage=1&limit=5";
        assertThat(names(answer(company).get("results")))
                .isNotEmpty()
                .noneMatch(name -> name.contains("perustamisneuvonta"));
        assertThat(names(answer(company + "&needs=company-setup").get("results")))
                .anyMatch(name -> name.contains("perustamisneuvonta"));
        assertThat(names(answer(q("Olen perustamassa yritystä") + "&" + company).get("results")))
                .anyMatch(name -> name.contains("perustamisneuvonta"));
        // The company's own municipality's business service advises the companies there, founded or not.
        assertThat(names(answer("municipality=729&size=micro&stage=1&limit=5").get("results")))
                .contains("Saarijärven yritysneuvonta")
                .noneMatch(name -> name.contains("perustamisneuvonta"));
    }

    @ParameterizedTest
    @CsvSource({
        "municipality=999, municipality",
        "industry=Z, industry",
        "size=huge, size",
        "markets=XX, markets",
        "needs=coffee, needs",
        "stage=9, stage",
        "path=far, path",
        "limit=0, limit",
        "limit=many, limit",
        "lang=de, lang"
    })
    void namesTheParameterWithAnUnknownValue(String query, String parameter) throws Exception {
        var response = get(query);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(response.body()).get("parameter").asString()).isEqualTo(parameter);
    }
}
