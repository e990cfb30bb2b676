package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The needs assessment, results, roadmap and click record as pages, on the demo data of Central Finland: each step
 * carries the answers before it, skipping leaves an answer out, htmx gets the step alone, wrong values get a page that
 * says so, and every results view and opened service goes into the demand signal.
 */
@DemoDataServerTest
class FinderPagesTests {

    /** Keski-Suomen kauppakamari in the demo data: the adviser the finder names when nothing fits. */
    static final String CHAMBER = "c604cdb6-48c2-4d78-9873-1e90f756aa72";

    /** Business Jyväskylä, the development organisation of Jyväskylä (179) in the demo data. */
    static final String BUSINESS_JYVASKYLA = "77904595-6c85-443f-a789-801c54b48b02";

    /** A micro company in Saarijärvi that does not export yet. */
    static final String SAARIJARVI_MICRO = "municipality=729&size=micro&path=none";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    DemandSignal demand;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void homePageAndNavigationLeadToTheStartPage() {
        Document home = page("/");
        assertThat(home.select(".kv-nav a[href=/palveluopas]").text()).isEqualTo("Palveluopas");
        assertThat(home.select("main a[href=/palveluopas]")).isNotEmpty();

        Document start = page("/palveluopas");
        assertThat(start.select("h1").text()).isEqualTo("Löydä yrityksellesi sopivat palvelut");
        assertThat(start.select("main a.kv-button").attr("href")).isEqualTo("/palveluopas/kunta");
    }

    @Test
    void eachQuestionCarriesTheAnswersBeforeIt() {
        Document municipality = page("/palveluopas/kunta");
        assertThat(municipality.select("h1").text()).contains("Missä kunnassa yrityksesi toimii?");
        assertThat(municipality.select("select#municipality option")).hasSize(23);
        assertThat(municipality.select("form").attr("action")).isEqualTo("/palveluopas/toimiala");
        assertThat(municipality.select(".kv-back-link a").attr("href")).isEqualTo("/palveluopas");

        Document industry = page("/palveluopas/toimiala?municipality=729");
        Element form = industry.selectFirst("form.kv-finder__form");
        assertThat(form.attr("action")).isEqualTo("/palveluopas/koko");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("hx-get")).isEqualTo("/palveluopas/koko");
        assertThat(hidden(form, "municipality")).containsExactly("729");
        assertThat(industry.select("select#industry option[value=C]").text()).isEqualTo("C – Teollisuus");
        assertThat(industry.select(".kv-back-link a").attr("href")).isEqualTo("/palveluopas/kunta?municipality=729");

        Document markets = page("/palveluopas/markkinat?municipality=179&industry=C&size=medium&path=regular");
        Element marketsForm = markets.selectFirst("form.kv-finder__form");
        assertThat(marketsForm.attr("action")).isEqualTo("/palveluopas/tarpeet");
        assertThat(hidden(marketsForm, "municipality")).containsExactly("179");
        assertThat(hidden(marketsForm, "industry")).containsExactly("C");
        assertThat(hidden(marketsForm, "size")).containsExactly("medium");
        assertThat(hidden(marketsForm, "path")).containsExactly("regular");
        assertThat(markets.select("input[type=checkbox][name=markets][value=DE]"))
                .hasSize(1);
        assertThat(markets.select("input[type=checkbox][name=markets][value=region-eu]"))
                .hasSize(1);

        Document text = page("/palveluopas/kuvaus?municipality=179&markets=DE&markets=SE&needs=funding");
        Element textForm = text.selectFirst("form.kv-finder__form");
        assertThat(textForm.attr("action")).isEqualTo("/palveluopas/yhteenveto");
        assertThat(hidden(textForm, "markets")).containsExactly("DE", "SE");
        assertThat(hidden(textForm, "needs")).containsExactly("funding");
        assertThat(text.select("textarea#q")).hasSize(1);
    }

    @Test
    void aQuestionShowsItsAnswerAndSkippingLeavesItOut() {
        Document size = page("/palveluopas/koko?municipality=729&size=micro&path=none");
        assertThat(size.select("input[type=radio][name=size][value=micro]").attr("checked"))
                .isEqualTo("checked");
        Element form = size.selectFirst("form.kv-finder__form");
        assertThat(hidden(form, "size")).isEmpty();
        assertThat(hidden(form, "path")).containsExactly("none");

        String skip = size.select("form a:contains(Ohita tämä kysymys)").attr("href");
        assertThat(skip).startsWith("/palveluopas/kansainvalistyminen?");
        assertThat(query(skip).get("size")).isNull();
        assertThat(query(skip).getFirst("municipality")).isEqualTo("729");
        assertThat(query(skip).getFirst("path")).isEqualTo("none");
        assertThat(mvc.get().uri(skip)).hasStatusOk();
    }

    @Test
    void htmxGetsTheQuestionAloneWithItsTitle() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/palveluopas/koko?municipality=729")
                .header("HX-Request", "true")
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getHeader("Vary")).contains("HX-Request");
        String body = body(result).strip();
        assertThat(body).startsWith("<title>Kuinka suuri yrityksesi on? – kv-verkosto</title>");
        assertThat(body).doesNotContain("<html").doesNotContain("kv-nav");
        assertThat(Jsoup.parse(body).select("#kv-finder h1").text()).contains("Kuinka suuri yrityksesi on?");
    }

    @Test
    void changingAnAnswerReturnsToTheSummary() {
        Document summary = page("/palveluopas/yhteenveto?municipality=729&size=micro&path=none&q=vienti");
        assertThat(summary.select("h1").text()).isEqualTo("Tarkista vastauksesi");
        assertThat(summary.select(".kv-summary-list__row dt").eachText())
                .containsExactly(
                        "Kunta",
                        "Toimiala",
                        "Yrityksen koko",
                        "Kansainvälistyminen",
                        "Markkinat",
                        "Tarpeet",
                        "Oma kuvaus");
        assertThat(summary.select(".kv-summary-list__row").get(0).text()).contains("Saarijärvi");
        assertThat(summary.select(".kv-summary-list__row").get(1).text()).contains("Ei vastausta");
        assertThat(summary.select(".kv-summary-list__row").get(3).text()).contains("Emme vie vielä");

        String change =
                summary.select(".kv-summary-list__row").get(2).select("a").attr("href");
        assertThat(change).startsWith("/palveluopas/koko?").contains("change=1");
        Document size = page(change);
        assertThat(size.select("form.kv-finder__form").attr("action")).isEqualTo("/palveluopas/yhteenveto");
        assertThat(size.select("form button").text()).isEqualTo("Tallenna ja palaa yhteenvetoon");
        assertThat(size.select(".kv-back-link a").attr("href")).startsWith("/palveluopas/yhteenveto?");

        Element results = summary.selectFirst("form[action=/palveluopas/tulokset]");
        assertThat(hidden(results, "municipality")).containsExactly("729");
        assertThat(hidden(results, "q")).containsExactly("vienti");
    }

    @Test
    void aTooLongDescriptionComesBackToItsQuestionWithTheWordsKept() {
        String words = "vienti ".repeat(80);
        MvcTestResult result = mvc.get()
                .uri("/palveluopas/yhteenveto")
                .param("municipality", "729")
                .param("q", words)
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(body(result));
        assertThat(page.title()).startsWith("Virhe:");
        assertThat(page.select(".kv-error-summary a").text()).isEqualTo("Lyhennä kuvausta: enintään 500 merkkiä");
        assertThat(page.select(".kv-error-summary a").attr("href")).isEqualTo("#q");
        assertThat(page.select("textarea#q").text()).isEqualTo(words.strip());
        assertThat(hidden(page.selectFirst("form.kv-finder__form"), "municipality"))
                .containsExactly("729");
    }

    @Test
    void anUnknownValueGetsAPageThatSaysWhichInsteadOfAnError() {
        MvcTestResult municipality = mvc.get()
                .uri("/palveluopas/tulokset?municipality=999&size=micro")
                .exchange();
        assertThat(municipality).hasStatus(400);
        Document page = Jsoup.parse(body(municipality));
        assertThat(page.select("h1").text()).isEqualTo("Osoitteessa on vastaus, jota palveluopas ei tunne");
        assertThat(page.select("main").text()).contains("Osoitteen kunta ei ole alueen kunta.");
        assertThat(page.select("main a:contains(Jatka ilman sitä)").attr("href"))
                .isEqualTo("/palveluopas/tulokset?size=micro");
        assertThat(page.select(".kv-language a")).hasSize(3);

        MvcTestResult industry =
                mvc.get().uri("/palveluopas/koko?industry=ZZ&lang=en").exchange();
        assertThat(industry).hasStatus(400);
        assertThat(Jsoup.parse(body(industry)).select("main").text())
                .contains("The industry in the address is not a section of TOL 2008.");

        assertThat(mvc.get().uri("/palveluopas/tulokset?limit=lots")).hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/tiekartta?needs=world-peace")).hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/yhteenveto?path=sometimes")).hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/tulokset?q=" + "a".repeat(501))).hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/ei-tallainen")).hasStatus(404);
    }

    @Test
    void resultsShowTheProfileHowItWasFoundAndTheReasons() {
        Document results = page("/palveluopas/tulokset?" + SAARIJARVI_MICRO);

        assertThat(results.select("h1").text()).isEqualTo("Sinulle sopivat palvelut");
        String profile = results.select(".kv-finder__profile dl").text();
        assertThat(profile).contains("Saarijärvi").contains("Vaihe 1: Valmius ja kartoitus");
        assertThat(profile).contains("Päätelty vastauksestasi ”Emme vie vielä”");

        var cards = results.select("#kv-finder-results li.kv-result");
        assertThat(cards).hasSize(Finder.DEFAULT_LIMIT);
        assertThat(cards.first().select("h3 a").attr("href")).startsWith("/palveluopas/valinta?kaytto=");
        assertThat(cards.first().select(".kv-result__provider").text()).startsWith("Palveluntarjoaja:");
        assertThat(cards.select(".kv-reasons li").eachText()).contains("Vaihe 1: Valmius ja kartoitus");

        String more = results.select("#kv-finder-results a:contains(Näytä lisää palveluja)")
                .attr("href");
        assertThat(query(more).getFirst("limit")).isEqualTo("10");
        assertThat(results.select("a:contains(Katso tiekartta)").attr("href"))
                .isEqualTo("/palveluopas/tiekartta?municipality=729&size=micro&path=none");
    }

    @Test
    void needsFromTheWordsNameTheWord() {
        Document results = page("/palveluopas/tulokset?municipality=182&size=small&q=rahoitusta");

        assertThat(results.select(".kv-finder__profile dl").text()).contains("Rahoitus – sanasta ”rahoitusta”");
    }

    @Test
    void aStageFromTheWordsNamesTheWords() {
        String words = "?municipality=729&q=Emme vielä vie, mistä aloittaa?";
        String profile = page("/palveluopas/tulokset" + words)
                .select(".kv-finder__profile dl")
                .text();
        assertThat(profile).contains("Vaihe 1: Valmius ja kartoitus").contains("Päätelty sanoistasi ”vielä vie”");
        assertThat(page("/palveluopas/tulokset" + words + "&lang=en")
                        .select(".kv-finder__profile dl")
                        .text())
                .contains("Worked out from your words “vielä vie”");
    }

    @Test
    void marketsAndAMunicipalityFromTheWordsNameTheWord() {
        String words = "?q=vientiä Saksaan, yritys Laukaassa";
        Document results = page("/palveluopas/tulokset" + words);

        String profile = results.select(".kv-finder__profile dl").text();
        assertThat(profile).contains("Markkinat sanoistasi").contains("Saksa – sanasta ”Saksaan”");
        assertThat(profile).contains("Kunta sanoistasi").contains("Laukaa – sanasta ”Laukaassa”");

        String inEnglish = page("/palveluopas/tulokset" + words + "&lang=en")
                .select(".kv-finder__profile dl")
                .text();
        assertThat(inEnglish)
                .contains("Germany – from the word “Saksaan”")
                .contains("Laukaa – from the word “Laukaassa”");

        String roadmap = page("/palveluopas/tiekartta" + words).select("dl").text();
        assertThat(roadmap).contains("Saksa – sanasta ”Saksaan”").contains("Laukaa – sanasta ”Laukaassa”");

        // A municipality given is the one used: the one the words name is not shown as derived.
        String given = page("/palveluopas/tulokset" + words + "&municipality=729")
                .select(".kv-finder__profile dl")
                .text();
        assertThat(given).contains("Saarijärvi").doesNotContain("Kunta sanoistasi");
    }

    @Test
    void showMoreLoadsTheLongerListInPlace() throws Exception {
        MvcTestResult more = mvc.get()
                .uri("/palveluopas/tulokset?" + SAARIJARVI_MICRO + "&limit=10")
                .header("HX-Request", "true")
                .exchange();

        assertThat(more).hasStatusOk();
        Document fragment = Jsoup.parse(body(more));
        assertThat(body(more)).doesNotContain("<html");
        assertThat(fragment.select("#kv-finder-results li.kv-result")).hasSize(10);
        assertThat(fragment.select("#kv-finder-results li.kv-result").get(5).select("a[data-kv-first-new]"))
                .hasSize(1);
        assertThat(query(fragment.select("a:contains(Näytä lisää palveluja)").attr("href"))
                        .getFirst("limit"))
                .isEqualTo("20");
    }

    @Test
    void whenNothingFitsThePageSaysSoAndNamesPeopleToAsk() {
        Document results = page("/palveluopas/tulokset?municipality=179&q=xyzzy+qwertyuiop");

        assertThat(results.select("#kv-finder-results")).isEmpty();
        assertThat(results.select(".kv-finder__nothing h3").text())
                .isEqualTo("Emme löytäneet palvelua, joka sopisi tähän tarpeeseen");
        assertThat(results.select(".kv-finder__nothing a").eachAttr("href"))
                .containsSubsequence("/organisaatiot/" + BUSINESS_JYVASKYLA, "/organisaatiot/" + CHAMBER)
                .contains("/organisaatiot");
    }

    @Test
    void aResultsViewAndAnOpenedServiceGoIntoTheDemandSignal() throws Exception {
        Document results = page("/palveluopas/tulokset?" + SAARIJARVI_MICRO);
        String click =
                results.select("#kv-finder-results li.kv-result h3 a").first().attr("href");
        var parameters = query(click);
        UUID use = UUID.fromString(parameters.getFirst("kaytto"));
        UUID service = UUID.fromString(parameters.getFirst("palvelu"));
        demand.flush();
        assertThat(jdbc.queryForObject(
                        "select channel || ' ' || municipality || ' ' || stage from finder_use where id = ?",
                        String.class,
                        use))
                .isEqualTo("web 729 1");

        MvcTestResult opened = mvc.get().uri(click).exchange();

        assertThat(opened).hasStatus(303);
        assertThat(opened.getResponse().getHeader("Location")).isEqualTo("/palvelut/" + service);
        demand.flush();
        assertThat(jdbc.queryForObject(
                        "select count(*) from finder_click where use_id = ? and service_id = ?",
                        Integer.class,
                        use,
                        service))
                .isEqualTo(1);
    }

    @Test
    void showingMoreContinuesTheSameUseOfTheFinder() throws Exception {
        Document results = page("/palveluopas/tulokset?" + SAARIJARVI_MICRO);
        String more = results.select("a:contains(Näytä lisää palveluja)").attr("href");
        UUID use = UUID.fromString(query(more).getFirst("kaytto"));
        demand.flush();
        int uses = jdbc.queryForObject("select count(*) from finder_use", Integer.class);

        Document longer = page(more);

        assertThat(longer.select("#kv-finder-results li.kv-result")).hasSize(10);
        assertThat(query(longer.select("#kv-finder-results li.kv-result h3 a")
                                .get(7)
                                .attr("href"))
                        .getFirst("kaytto"))
                .as("a click on a service shown by 'show more' belongs to the first view's use")
                .isEqualTo(use.toString());
        demand.flush();
        assertThat(jdbc.queryForObject("select count(*) from finder_use", Integer.class))
                .as("no second record for the same visit")
                .isEqualTo(uses);
    }

    @Test
    void theClickRecordOnlyOpensServicesOfThisSite() {
        String use = UUID.randomUUID().toString();
        assertThat(mvc.get().uri("/palveluopas/valinta?kaytto=" + use + "&palvelu=https://example.org"))
                .hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/valinta?kaytto=nonsense&palvelu=" + UUID.randomUUID()))
                .hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/valinta?kaytto=" + use)).hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/valinta?kaytto=" + use + "&palvelu=1-1-1-1-1"))
                .hasStatus(400);
        assertThat(mvc.get().uri("/palveluopas/valinta?kaytto=" + use + "&palvelu=" + UUID.randomUUID()))
                .hasStatus(404);
    }

    @Test
    void theRoadmapHasNowAndTheNextStagesAndCanBePrintedAndShared() {
        Document roadmap = page("/palveluopas/tiekartta?" + SAARIJARVI_MICRO);

        assertThat(roadmap.select("h1").text()).isEqualTo("Yrityksesi tiekartta kansainvälistymiseen");
        assertThat(roadmap.select("#kv-roadmap-now").text()).isEqualTo("Nyt: Vaihe 1: Valmius ja kartoitus");
        assertThat(roadmap.select("section:has(#kv-roadmap-now) li.kv-result")).hasSize(Finder.DEFAULT_LIMIT);
        assertThat(roadmap.select("section:has(#kv-roadmap-next) h3").eachText())
                .first()
                .isEqualTo("Vaihe 2: Markkinaselvitys ja suunnittelu");
        assertThat(roadmap.select("a[data-kv-print-url]").first().attr("data-kv-print-url"))
                .matches("http://localhost(:\\d+)?/palvelut/[0-9a-f-]{36}");
        assertThat(roadmap.select(".kv-roadmap__url").text())
                .matches("http://localhost(:\\d+)?/palveluopas/tiekartta\\?municipality=729&size=micro&path=none");
        assertThat(roadmap.select("button[data-kv-print]")).hasSize(1);
        assertThat(roadmap.select("script[src~=/js/finder]")).hasSize(1);
    }

    @Test
    void everyFinderPageHasOneMainHeading() {
        for (String path : List.of(
                "/palveluopas",
                "/palveluopas/kunta",
                "/palveluopas/toimiala",
                "/palveluopas/koko",
                "/palveluopas/kansainvalistyminen",
                "/palveluopas/markkinat",
                "/palveluopas/tarpeet",
                "/palveluopas/kuvaus",
                "/palveluopas/yhteenveto",
                "/palveluopas/tulokset?" + SAARIJARVI_MICRO,
                "/palveluopas/tiekartta?" + SAARIJARVI_MICRO)) {
            assertThat(page(path).select("h1")).as(path).hasSize(1);
        }
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(body(result));
    }

    private static List<String> hidden(Element form, String name) {
        return form.select("input[type=hidden][name=" + name + "]").eachAttr("value");
    }

    private static org.springframework.util.MultiValueMap<String, String> query(String href) {
        return UriComponentsBuilder.fromUriString(href).build().getQueryParams();
    }

    private static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
