package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kv database's API over the demo data: public fields only for anonymous callers, facets with counts, 400 problem
 * details naming the parameter or the field, staff-only writes with CSRF and optimistic locking, and consent withdrawal
 * and erasure taking effect in the search at once.
 */
@DemoDataServerTest
class ContactsApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    static RequestPostProcessor admin() {
        return user("kvadmin").roles(Roles.ADMIN);
    }

    static RequestPostProcessor editor() {
        return user("kveditori").roles(Roles.EDITOR);
    }

    JsonNode get(String uri, RequestPostProcessor... who) {
        var request = mvc.get().uri(uri);
        for (var w : who) {
            request = request.with(w);
        }
        var result = request.exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    static List<String> allFieldNames(JsonNode node) {
        var names = new ArrayList<String>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                names.add(e.getKey());
                names.addAll(allFieldNames(e.getValue()));
            });
        } else if (node.isArray()) {
            node.forEach(n -> names.addAll(allFieldNames(n)));
        }
        return names;
    }

    @Test
    void anonymousSearchFindsDemoCompaniesWithExperienceOfSwedenAndFacetCounts() {
        // Thirteen demo companies have been to Sweden; no other test writes a company with Swedish experience.
        var result = get("/api/v1/contacts/companies?market=SE");
        assertThat(result.get("total").asLong()).isEqualTo(13);
        for (var company : result.get("companies")) {
            assertThat(company.get("demo").asBoolean()).isTrue();
            boolean sweden = false;
            for (var e : company.get("experiences")) {
                sweden |= e.get("market").asString().equals("SE");
            }
            assertThat(sweden).as(company.get("name").asString()).isTrue();
        }
        var markets = result.get("facets").get("market");
        assertThat(markets.get(0).get("value").asString()).isEqualTo("SE");
        assertThat(markets.get(0).get("count").asLong()).isEqualTo(13);
        assertThat(markets.get(0).get("label").asString()).isEqualTo("Ruotsi");
        assertThat(result.get("facets").propertyNames())
                .containsExactly("market", "industry", "municipality", "mode", "listing");
    }

    @Test
    void filtersCombineAndRegionsIncludeTheirCountries() {
        long sweden = get("/api/v1/contacts/companies?market=SE").get("total").asLong();
        long nordics = get("/api/v1/contacts/companies?market=region-nordics")
                .get("total")
                .asLong();
        assertThat(nordics).isGreaterThan(sweden);
        var exportToSweden = get("/api/v1/contacts/companies?market=SE&mode=export");
        assertThat(exportToSweden.get("total").asLong())
                .isLessThanOrEqualTo(sweden)
                .isPositive();
        for (var company : exportToSweden.get("companies")) {
            boolean found = false;
            for (var e : company.get("experiences")) {
                found |= e.get("market").asString().equals("SE")
                        && e.get("mode").asString().equals("export");
            }
            assertThat(found).isTrue();
        }
        var jyvaskylaManufacturing = get("/api/v1/contacts/companies?industry=C&municipality=179");
        for (var company : jyvaskylaManufacturing.get("companies")) {
            assertThat(company.get("industry").asString()).isEqualTo("C");
            assertThat(company.get("municipality").asString()).isEqualTo("179");
        }
        var offers = get("/api/v1/contacts/companies?listing=offer");
        assertThat(offers.get("total").asLong()).isPositive();
        for (var company : offers.get("companies")) {
            assertThat(company.get("offers")).isNotEmpty();
        }
        String offering = offers.get("companies").get(0).get("id").asString();
        assertThat(mvc.get().uri("/kv-yritykset/" + offering).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("id=\"company-offers\"");
    }

    @Test
    void anonymousCallersGetNoPersonalDataButStaffDo() {
        // Other tests of this context add companies; the demo companies are the first 36 in name order or not, so
        // read every page and look at all of them.
        var all = new ArrayList<JsonNode>();
        var first = get("/api/v1/contacts/companies");
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(36);
        for (int page = 1; page <= (first.get("total").asLong() + 19) / 20; page++) {
            get("/api/v1/contacts/companies?page=" + page).get("companies").forEach(all::add);
        }
        int withPeople = 0;
        for (var company : all) {
            if (!company.has("demo")) {
                continue;
            }
            String id = company.get("id").asString();
            var anonymous = get("/api/v1/contacts/companies/" + id);
            assertThat(allFieldNames(anonymous))
                    .doesNotContain("email", "phone", "legalBasis", "consentPurpose", "consentSource", "version");
            var staff = get("/api/v1/contacts/companies/" + id, editor());
            assertThat(staff.get("people")).isNotEmpty();
            assertThat(staff.get("people").get(0).has("email")).isTrue();
            assertThat(staff.get("people").get(0).has("legalBasis")).isTrue();
            withPeople += anonymous.get("people").size();
        }
        // Demo people with a public name (every third company's first contact) are shown, nothing else about them.
        assertThat(withPeople).isPositive();
    }

    @Test
    void unknownFilterValuesAreProblemsNamingTheParameter() {
        var result = mvc.get().uri("/api/v1/contacts/companies?market=XX").exchange();
        assertThat(result).hasStatus(400);
        assertThat(result.getResponse().getContentType()).contains("application/problem+json");
        assertThat(JSON.readTree(result.getResponse().getContentAsByteArray())
                        .get("parameter")
                        .asString())
                .isEqualTo("market");
        assertThat(mvc.get().uri("/api/v1/contacts/companies?mode=smuggling").exchange())
                .hasStatus(400);
    }

    String companyJson(String businessId, String name, String extra) {
        return """
                {"businessId": "%s", "name": "%s", "municipality": "182", "industry": "C", "size": "small",
                 "languages": ["fi"], "experiences": [{"market": "JP", "mode": "export", "since": 2015}]%s}
                """.formatted(businessId, name, extra);
    }

    @Test
    void aBusinessIdWithAWrongCheckDigitIsA400NamingTheField() {
        var result = mvc.post()
                .uri("/api/v1/contacts/companies")
                .contentType(MediaType.APPLICATION_JSON)
                .content(companyJson("2617416-5", "Väärä Tunnus Oy", ""))
                .with(csrf())
                .with(admin())
                .exchange();
        assertThat(result).hasStatus(400);
        var problem = JSON.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("businessId");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("Y-tunnus");
        assertThat(get("/api/v1/contacts/companies?q=Väärä").get("total").asLong())
                .isZero();
    }

    @Test
    void everyWrongFieldIsNamed() {
        var result = mvc.post()
                .uri("/api/v1/contacts/companies")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name": "", "municipality": "999", "industry": "Z", "website": "ftp:x",
                         "visibility": {"website": "SECRET"},
                         "experiences": [{"market": "XX", "mode": "export", "since": 3000}],
                         "listings": [{"kind": "offer", "summary": "x", "expires": "2020-01-01"}]}
                        """)
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(result).hasStatus(400);
        var fields = new ArrayList<String>();
        JSON.readTree(result.getResponse().getContentAsByteArray())
                .get("errors")
                .forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "name",
                        "municipality",
                        "industry",
                        "website",
                        "visibility.website",
                        "experiences[0].market",
                        "experiences[0].since",
                        "listings[0].expires");
    }

    @Test
    void writesAreForStaffWithCsrf() {
        String body = companyJson("1572860-0", "Kirjautumaton Oy", "");
        assertThat(mvc.post()
                        .uri("/api/v1/contacts/companies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .exchange())
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri("/api/v1/contacts/companies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(admin())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/api/v1/contacts/companies")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(csrf())
                        .with(user("jasen").roles("MEMBER"))
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/people/" + UUID.randomUUID() + "/export")
                        .exchange())
                .hasStatus(401);
    }

    UUID create(String path, String body) {
        var result = mvc.post()
                .uri("/api/v1/contacts/" + path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .with(csrf())
                .with(admin())
                .exchange();
        assertThat(result).hasStatus(201);
        return UUID.fromString(JSON.readTree(result.getResponse().getContentAsByteArray())
                .get("id")
                .asString());
    }

    @Test
    void aStaleVersionIsAConflict() {
        UUID id = create("companies", companyJson("0737546-2", "Versioitu Oy", ""));
        var staff = get("/api/v1/contacts/companies/" + id, admin());
        long version = staff.get("version").asLong();
        var first = mvc.put()
                .uri("/api/v1/contacts/companies/" + id)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(companyJson("0737546-2", "Versioitu Oy", ", \"website\": \"https://versioitu.example.org\""))
                .with(csrf())
                .with(admin())
                .exchange();
        assertThat(first).hasStatusOk();
        var second = mvc.put()
                .uri("/api/v1/contacts/companies/" + id)
                .header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content(companyJson("0737546-2", "Versioitu Oy", ""))
                .with(csrf())
                .with(admin())
                .exchange();
        assertThat(second).hasStatus(409);
        assertThat(get("/api/v1/contacts/companies/" + id).get("website").asString())
                .isEqualTo("https://versioitu.example.org");
    }

    @Test
    void withdrawnConsentAndErasureTakeEffectAtOnceInTheSearch() {
        UUID company = create("companies", companyJson("2617416-4", "Suostumus Oy", ""));
        String person = """
                {"companyId": "%s", "name": "Zacharias Poistettava", "role": "myyntijohtaja",
                 "email": "zacharias@example.org", "visibility": {"name": "PUBLIC", "email": "PUBLIC"},
                 "legalBasis": "consent", "consentPurpose": "Yhteyshenkilö", "consentGivenOn": "2026-11-01",
                 "consentSource": "lomake"}
                """.formatted(company);
        UUID id = create("people", person);
        var found = get("/api/v1/contacts/companies?q=Zacharias");
        assertThat(found.get("total").asLong()).isEqualTo(1);
        // Searched again, the counts and the page are kept (ContactSearch); the withdrawal must still take effect.
        assertThat(get("/api/v1/contacts/companies?q=Zacharias").get("total").asLong())
                .isEqualTo(1);
        assertThat(get("/api/v1/contacts/companies/" + company)
                        .get("people")
                        .get(0)
                        .get("email")
                        .asString())
                .isEqualTo("zacharias@example.org");

        assertThat(mvc.post()
                        .uri("/api/v1/contacts/people/" + id + "/withdraw-consent")
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus(204);
        assertThat(get("/api/v1/contacts/companies?q=Zacharias").get("total").asLong())
                .isZero();
        assertThat(get("/api/v1/contacts/companies/" + company).get("people")).isEmpty();
        assertThat(get("/api/v1/contacts/companies/" + company, user("jasen").roles("MEMBER"))
                        .get("people"))
                .isEmpty();
        // The company itself is still found.
        assertThat(get("/api/v1/contacts/companies?q=Suostumus").get("total").asLong())
                .isEqualTo(1);

        var export = get("/api/v1/contacts/people/" + id + "/export", editor());
        assertThat(export.get("email").asString()).isEqualTo("zacharias@example.org");
        assertThat(export.get("consentWithdrawnAt").isNull()).isFalse();

        // Editors may not erase; admins may.
        assertThat(mvc.delete()
                        .uri("/api/v1/contacts/people/" + id)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.delete()
                        .uri("/api/v1/contacts/people/" + id)
                        .with(csrf())
                        .with(admin())
                        .exchange())
                .hasStatus(204);
        var erased = get("/api/v1/contacts/people/" + id + "/export", admin());
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(erased.get("email").isNull()).isTrue();
        List<String> actions = new ArrayList<>();
        erased.get("log").forEach(a -> actions.add(a.get("action").asString()));
        assertThat(actions).containsSubsequence("consent-withdrawn", "exported", "erased");
        // The record stays, so the company's count of people does.
        assertThat(get("/api/v1/contacts/companies/" + company, admin()).get("people"))
                .hasSize(1);
    }

    @Test
    void pagesShowTheSameSearch() {
        var page = mvc.get().uri("/kv-yritykset?market=SE").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page).bodyText().contains("13 yritystä").doesNotContain("@");
        var bad = mvc.get().uri("/kv-yritykset?market=XX").exchange();
        assertThat(bad).hasStatus(400);
    }

    @Test
    void suggestionsSayWhyInTheReadersLanguage() {
        var list = get("/api/v1/contacts/companies?market=SE&industry=C");
        String id = list.get("companies").get(0).get("id").asString();
        var suggestions = get("/api/v1/contacts/companies/" + id + "/suggestions?lang=en");
        assertThat(suggestions.get("peers")).isNotEmpty();
        assertThat(suggestions.get("peers").get(0).get("reason").asString())
                .startsWith("Same industry (Manufacturing)");
        var toSweden = get("/api/v1/contacts/companies/" + id + "/suggestions?market=SE");
        for (var peer : toSweden.get("peers")) {
            assertThat(peer.get("reason").asString()).contains("Ruotsi");
        }
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/companies/" + id + "/suggestions?market=XX")
                        .exchange())
                .hasStatus(400);
        assertThat(mvc.get().uri("/kv-yritykset/" + id).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("company-peers");
    }

    @Test
    void demoDataAreMarkedAndInvented() {
        // Other tests of this context add companies of their own: look at every page, count the demo ones.
        long total = get("/api/v1/contacts/companies").get("total").asLong();
        int demo = 0;
        for (int page = 1; page <= (total + 19) / 20; page++) {
            for (var company : get("/api/v1/contacts/companies?page=" + page).get("companies")) {
                if (company.has("demo")) {
                    demo++;
                    assertThat(company.get("name").asString()).endsWith("(demo)");
                    assertThat(BusinessId.isValid(company.get("businessId").asString()))
                            .isTrue();
                    assertThat(company.get("businessId").asString()).startsWith("99");
                }
            }
        }
        assertThat(demo).isEqualTo(36);
    }
}
