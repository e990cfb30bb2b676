package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.shared.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@KvServerTest
class DirectoryPagesTests {

    static final UUID ORG_UNIT = UUID.fromString("0b7e2c4e-3c0e-4d59-9a57-3a3f3c1f7a01");
    static final UUID SERVICE_SCRIPT = UUID.fromString("0b7e2c4e-3c0e-4d59-9a57-3a3f3c1f7a02");
    static final UUID SERVICE_ARCHIVED = UUID.fromString("0b7e2c4e-3c0e-4d59-9a57-3a3f3c1f7a03");

    /** Text that would end a script element if it were not escaped in JSON-LD. */
    static final String HOSTILE = "Ohjelma </script><script>alert(1)</script> & <!-- kommentti";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @BeforeEach
    void catalogue() {
        var organisations = new ArrayList<>(CatalogFixtures.organisations());
        organisations.add(new OrganisationRecord(
                ORG_UNIT,
                LocalizedText.of("Kauppakamarin koulutusyksikkö", null, "Chamber training unit"),
                LocalizedText.of("Kauppakamarin yksikkö.", null, null),
                null,
                null,
                CatalogFixtures.ORG_CHAMBER,
                List.of(),
                false,
                CatalogFixtures.MODIFIED));
        var services = new ArrayList<>(CatalogFixtures.services());
        services.add(CatalogFixtures.service(SERVICE_SCRIPT, ORG_UNIT)
                .name("Vientivalmennus", null, "Export coaching")
                .description(HOSTILE, null, null)
                .area(CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_1, CatalogFixtures.KV_NEED_ADVISORY)
                .build());
        services.add(CatalogFixtures.service(SERVICE_ARCHIVED, ORG_UNIT)
                .name("Arkistoitu valmennus", null, null)
                .status(ServiceStatus.DEFUNCT, LocalizedText.EMPTY)
                .area(CatalogFixtures.AREA_REGION)
                .build());
        exchange.apply(new CatalogSnapshot(
                List.of(), CatalogFixtures.taxonomies(), CatalogFixtures.terms(), organisations, services));
    }

    @Test
    void searchPageIsAFullPageWithAGetForm() {
        var page = page(mvc.get().uri("/palvelut").exchange());
        assertThat(page.select("h1")).hasSize(1);
        var form = page.selectFirst("form#kv-service-search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/palvelut");
        assertThat(form.attr("hx-get")).isEqualTo("/palvelut");
        assertThat(form.attr("hx-push-url")).isEqualTo("true");
        assertThat(page.select("label[for=q]")).hasSize(1);
        // Every filter control has a label or a legend.
        page.select("#kv-results input[type=checkbox]")
                .forEach(input -> assertThat(page.select("label[for=" + input.id() + "]"))
                        .as(input.id())
                        .hasSize(1));
        page.select("#kv-results select")
                .forEach(select -> assertThat(page.select("label[for=" + select.id() + "]"))
                        .hasSize(1));
        assertThat(page.select("#kv-results fieldset > legend")).isNotEmpty();
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() {
        var response = mvc.get()
                .uri("/palvelut?stage=4&municipality=182")
                .header("HX-Request", "true")
                .exchange();
        assertThat(response).hasStatusOk().hasHeader("Vary", "HX-Request");
        String body = body(response);
        assertThat(body).doesNotContain("<html").doesNotContain("<h1");
        var fragment = Jsoup.parseBodyFragment(body);
        assertThat(fragment.select("#kv-results")).hasSize(1);
        assertThat(fragment.select("#kv-search-status[hx-swap-oob]")).hasSize(1);
        assertThat(fragment.select("#f-stage-4").attr("checked")).isNotNull();
        assertThat(fragment.selectFirst("#f-stage-4").hasAttr("checked")).isTrue();
        assertThat(fragment.selectFirst("#f-municipality option[value=182]").hasAttr("selected"))
                .isTrue();
    }

    @Test
    void filterOptionsShowTheirCounts() {
        var page = page(mvc.get().uri("/palvelut?q=Alkuperätodistus").exchange());
        String label = page.selectFirst("label[for=f-need-customs-docs]").text();
        assertThat(label).contains("Tulli ja vientiasiakirjat").containsPattern("\\(\\d+\\)");
        assertThat(page.selectFirst("#f-municipality option[value=182]").text()).matches("Jämsä \\(\\d+\\)");
    }

    @Test
    void resultsLinkToTheServiceAndItsProvider() {
        var page = page(mvc.get().uri("/palvelut?q=Alkuperätodistus").exchange());
        assertThat(page.select("#kv-results a[href=/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN + "]"))
                .isNotEmpty();
        assertThat(page.select("#kv-results a[href=/organisaatiot/" + CatalogFixtures.ORG_CHAMBER + "]"))
                .isNotEmpty();
    }

    @Test
    void inactiveServicesAreMarked() {
        var page = page(mvc.get().uri("/palvelut?q=kasvurahasto").exchange());
        var card = page.selectFirst(".kv-result--inactive");
        assertThat(card).isNotNull();
        assertThat(card.text()).contains("Ei käytössä").contains("Haku on päättynyt.");
    }

    @Test
    void noResultsGivesAdvice() {
        var page = page(mvc.get().uri("/palvelut?q=xyzzyplugh").exchange());
        assertThat(page.select(".kv-results__list")).isEmpty();
        assertThat(page.text()).contains("Hakuehdoilla ei löytynyt palveluja").contains("Kokeile toista");
    }

    @Test
    void overLongSearchTextGetsAnErrorSummaryAndChangesNothing() {
        var page = page(mvc.get().uri("/palvelut?q=" + "a".repeat(201)).exchange());
        assertThat(page.title()).startsWith("Virhe:");
        assertThat(page.select(".kv-error-summary a[href=#q]")).hasSize(1);
        assertThat(page.select("#q-error")).hasSize(1);
        assertThat(page.selectFirst("#q").attr("aria-describedby")).contains("q-error");
    }

    @Test
    void unknownFilterValuesAreLeftOutAndSaidSo() {
        var page = page(mvc.get().uri("/palvelut?stage=99&page=abc").exchange());
        assertThat(page.select(".kv-notification--warning").text()).contains("ei tunnistettu");
    }

    @Test
    void searchPageSpeaksSwedishAndEnglish() {
        assertThat(page(mvc.get().uri("/palvelut?lang=sv").exchange())
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Sök tjänster");
        assertThat(page(mvc.get().uri("/palvelut?lang=en").exchange())
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Find services");
    }

    @Test
    void servicePageShowsTheServiceWithLinksToItsTerms() {
        var page = page(mvc.get()
                .uri("/palvelut/" + CatalogFixtures.SERVICE_GERMANY_PROGRAMME)
                .exchange());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Saksan markkinoille -ohjelma");
        assertThat(page.select("a[href=/luokitukset/kv-stage/4]")).isNotEmpty();
        assertThat(page.select("a[href=/luokitukset/market/DE]")).isNotEmpty();
        assertThat(page.select("a[href=/luokitukset/industry/C]")).isNotEmpty();
        assertThat(page.select("a[href=/organisaatiot/" + CatalogFixtures.ORG_CHAMBER + "]"))
                .isNotEmpty();
        assertThat(page.text()).contains("Keski-Suomi").contains("Tiedot tarkistettu 1.11.2026");
    }

    @Test
    void servicePageTranslatesAreaNames() {
        var page = page(mvc.get()
                .uri("/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN + "?lang=sv")
                .exchange());
        assertThat(page.text()).contains("Mellersta Finland").contains("Ursprungsintyg");
    }

    @Test
    void servicePageWithoutIndustriesOrMarketsSaysAll() {
        var page = page(mvc.get()
                .uri("/palvelut/" + CatalogFixtures.SERVICE_EXPORT_GUARANTEE)
                .exchange());
        assertThat(page.text()).contains("Kaikki toimialat").contains("Kaikki markkinat");
    }

    @Test
    void inactiveServicePageHasAnAlert() {
        var page = page(mvc.get()
                .uri("/palvelut/" + CatalogFixtures.SERVICE_CLOSED_FUND)
                .exchange());
        assertThat(page.selectFirst(".kv-notification--warning").text())
                .contains("ei ole tällä hetkellä käytössä")
                .contains("Haku on päättynyt.");
    }

    @Test
    void servicePageCarriesSchemaOrgServiceSafelyEscaped() {
        var response = mvc.get().uri("/palvelut/" + SERVICE_SCRIPT).exchange();
        String html = body(response);
        var script = page(response).selectFirst("head script[type=application/ld+json]");
        assertThat(script).isNotNull();
        // The hostile text cannot end the script element early or open a comment.
        assertThat(script.data()).doesNotContain("</script").doesNotContain("<!--");
        assertThat(html.indexOf("alert(1)</script>")).isEqualTo(-1);
        JsonNode json = JsonMapper.builder().build().readTree(script.data());
        assertThat(json.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(json.get("@type").asString()).isEqualTo("Service");
        assertThat(json.get("description").asString()).isEqualTo(HOSTILE);
        assertThat(json.get("provider").get("@type").asString()).isEqualTo("Organization");
        assertThat(json.get("provider").get("name").asString()).isEqualTo("Kauppakamarin koulutusyksikkö");
        assertThat(json.get("areaServed").get(0).get("identifier").asString()).isEqualTo(CatalogFixtures.AREA_REGION);
        assertThat(json.get("areaServed").get(0).get("name").asString()).isEqualTo("Keski-Suomi");
        assertThat(json.get("availableLanguage").get(0).asString()).isEqualTo("fi");
        assertThat(json.get("serviceType").get(0).asString()).isEqualTo("Neuvonta");
        assertThat(json.get("url").asString()).isEqualTo("https://example.org/services/" + SERVICE_SCRIPT);
    }

    @Test
    void archivedUnknownAndMalformedServicesAreNotFound() {
        assertThat(mvc.get().uri("/palvelut/" + SERVICE_ARCHIVED)).hasStatus(404);
        assertThat(mvc.get().uri("/palvelut/" + UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/palvelut/ei-tunnus")).hasStatus(404);
    }

    @Test
    void organisationsAreListedWithTheirServiceCounts() {
        var page = page(mvc.get().uri("/organisaatiot").exchange());
        assertThat(page.select("h1")).hasSize(1);
        var link = page.selectFirst("a[href=/organisaatiot/" + CatalogFixtures.ORG_FINNVERA + "]");
        assertThat(link.text()).isEqualTo("Finnvera");
        assertThat(link.closest("li").text()).contains("2 palvelua");
    }

    @Test
    void organisationPageListsItsServicesActiveFirstAndCarriesSchemaOrg() {
        var page = page(
                mvc.get().uri("/organisaatiot/" + CatalogFixtures.ORG_FINNVERA).exchange());
        assertThat(page.select("h1")).hasSize(1);
        var cards = page.select(".kv-results__list > li");
        assertThat(cards).hasSize(2);
        assertThat(cards.get(0).text()).contains("Vientitakaus");
        assertThat(cards.get(1).hasClass("kv-result--inactive")).isTrue();
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("@type").asString()).isEqualTo("Organization");
        assertThat(json.get("name").asString()).isEqualTo("Finnvera");
    }

    @Test
    void unitPageNamesItsParentOrganisation() {
        var page = page(mvc.get().uri("/organisaatiot/" + ORG_UNIT).exchange());
        assertThat(page.select("a[href=/organisaatiot/" + CatalogFixtures.ORG_CHAMBER + "]"))
                .isNotEmpty();
        JsonNode json = JsonMapper.builder()
                .build()
                .readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertThat(json.get("parentOrganization").get("name").asString()).isEqualTo("Keski-Suomen kauppakamari");
        assertThat(json.get("parentOrganization").get("@id").asString())
                .endsWith("/organisaatiot/" + CatalogFixtures.ORG_CHAMBER);
        // Archived services are not listed.
        assertThat(page.text()).doesNotContain("Arkistoitu valmennus");
    }

    @Test
    void taxonomiesPageHidesTheTranslationTaxonomy() {
        var page = page(mvc.get().uri("/luokitukset").exchange());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a[href=/luokitukset/kv-stage]")).hasSize(1);
        assertThat(page.select("a[href=/luokitukset/translation]")).isEmpty();
        assertThat(mvc.get().uri("/luokitukset/translation")).hasStatus(404);
        assertThat(mvc.get().uri("/luokitukset/ei-ole")).hasStatus(404);
    }

    @Test
    void taxonomyPageListsTermsWithCountsAndMarketsUnderTheirRegions() {
        var page = page(mvc.get().uri("/luokitukset/market").exchange());
        assertThat(page.select("h1").text()).isEqualTo("Kohdemarkkina");
        var region = page.selectFirst("a[href=/luokitukset/market/region-eu]").closest("li");
        assertThat(region.select("ul a[href=/luokitukset/market/DE]")).hasSize(1);
        // Other tests may add services for Germany to the shared database: at least the fixture's one is counted.
        assertThat(page.selectFirst("a[href=/luokitukset/market/DE]").parent().text())
                .containsPattern("Saksa \\([1-9]\\d* palvelu");
    }

    @Test
    void termPageListsTheServicesWithThatTerm() {
        var page = page(mvc.get().uri("/luokitukset/kv-stage/4").exchange());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Markkinoille meno");
        assertThat(page.select(".kv-results__list > li")).isNotEmpty();
        // The export guarantee is for stage 3 only.
        assertThat(page.select("a[href=/palvelut/" + CatalogFixtures.SERVICE_EXPORT_GUARANTEE + "]"))
                .isEmpty();
        assertThat(mvc.get().uri("/luokitukset/kv-stage/99")).hasStatus(404);

        // A term only the fixture's Germany programme has, so that other tests' services cannot push it off page 1.
        var partners = page(mvc.get().uri("/luokitukset/kv-need/partner-search").exchange());
        assertThat(partners.select("a[href=/palvelut/" + CatalogFixtures.SERVICE_GERMANY_PROGRAMME + "]"))
                .isNotEmpty();
    }

    @Test
    void industryTermPageLinksToEveryServiceForThatIndustry() {
        var page = page(mvc.get().uri("/luokitukset/industry/C").exchange());
        assertThat(page.select("a[href=/palvelut?industry=C]")).hasSize(1);
    }

    @Test
    void providerTypeTermPageListsOrganisations() {
        var page =
                page(mvc.get().uri("/luokitukset/provider-type/public-funder").exchange());
        assertThat(page.select("a[href=/organisaatiot/" + CatalogFixtures.ORG_FINNVERA + "]"))
                .hasSize(1);
    }

    @Test
    void homePageShowsTheServicePathWithStageCounts() {
        var page = page(mvc.get().uri("/").exchange());
        assertThat(page.select("h1")).hasSize(1);
        var step = page.selectFirst(".kv-path a[href=/luokitukset/kv-stage/4]");
        assertThat(step).isNotNull();
        assertThat(step.text()).contains("Markkinoille meno");
        assertThat(step.closest("li").text()).containsPattern("\\d+ palvelu");
        assertThat(page.select(".kv-path a[href=/luokitukset/kv-stage/x]")).isEmpty();
    }

    @Test
    void everyPublicPageHasOneMainHeadingInEachLanguage() {
        for (String language : List.of("fi", "sv", "en")) {
            for (String path : List.of(
                    "/palvelut",
                    "/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN,
                    "/organisaatiot",
                    "/organisaatiot/" + CatalogFixtures.ORG_CHAMBER,
                    "/luokitukset",
                    "/luokitukset/kv-need",
                    "/luokitukset/kv-need/funding")) {
                var response = mvc.get().uri(path + "?lang=" + language).exchange();
                assertThat(response).as(path).hasStatusOk();
                var page = page(response);
                assertThat(page.select("h1")).as(path + " " + language).hasSize(1);
                assertThat(page.selectFirst("html").attr("lang")).isEqualTo(language);
            }
        }
    }

    static Document page(MvcTestResult response) {
        assertThat(response).hasStatusOk();
        return Jsoup.parse(body(response));
    }

    static String body(MvcTestResult response) {
        try {
            return response.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
