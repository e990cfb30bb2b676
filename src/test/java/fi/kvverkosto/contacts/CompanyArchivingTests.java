package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.ServiceOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff archive a company instead of deleting it, and restore it: each visible effect in turn — the search and its facet
 * counts (the index), the API's list and detail, the public page and suggestions, the export, the people on service
 * pages — for the public and members, while staff still see it, marked; under the optimistic lock; audited.
 */
@DemoDataServerTest
class CompanyArchivingTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Contacts contacts;

    @Autowired
    CatalogReader catalog;

    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor editor() {
        return ServiceContactsTests.editor();
    }

    static RequestPostProcessor member() {
        return ServiceContactsTests.member();
    }

    @Test
    void anArchivedCompanyLeavesEverythingPublicAndComesBackWhenRestored() throws Exception {
        String word = "Arkistokoe" + UUID.randomUUID().toString().substring(0, 6);
        var input = new CompanyInput(
                SelfServiceFixtures.newBusinessId(),
                word + " Oy",
                "179",
                "C",
                "small",
                null,
                List.of("fi"),
                word + " tekee koneita",
                Map.of(),
                List.of(new CompanyInput.ExperienceInput("EE", "export", 2014, "C", null)),
                List.of(new CompanyInput.ListingInput("offer", word + " kertoo Virosta", "EE", "C", "2027-06-30")));
        var service = catalog.serviceOptions().stream()
                .filter(ServiceOption::active)
                .min(Comparator.comparing(ServiceOption::id))
                .orElseThrow();
        UUID id = SelfServiceFixtures.as(SelfServiceFixtures.admin(), () -> {
            var company = ((Contacts.Outcome.Saved) contacts.createCompany(input)).id();
            contacts.createPerson(
                    ContactFixtures.aPerson(company, "Aarne Arkistoitava", Map.of("name", "PUBLIC")),
                    List.of(service.id().toString()));
            return company;
        });

        // Before: found by everyone, counted in the facets, on the service page.
        var found = search("q=" + word, null);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(facet(found, "market", "EE")).isEqualTo(1);
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(200);
        assertThat(servicePage(service.id())).contains("Aarne Arkistoitava");
        long version = version(id);

        // A stale version is a conflict: nothing is archived.
        var stale = mvc.post()
                .uri("/yllapito/kv-tietokanta/" + id + "/arkistoi")
                .param("version", String.valueOf(version - 1))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(stale).bodyText().contains("id=\"conflict\"");
        assertThat(search("q=" + word, null).get("total").asLong()).isEqualTo(1);

        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/arkistoi")
                        .param("version", String.valueOf(version))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();

        // The search (the index) and its facet counts, for everyone, staff included.
        for (var who : new RequestPostProcessor[] {null, member(), editor()}) {
            var after = search("q=" + word, who);
            assertThat(after.get("total").asLong()).isZero();
            assertThat(facet(after, "market", "EE")).isZero();
        }
        assertThat(search("market=EE", null).get("companies").toString()).doesNotContain(id.toString());
        // The API's detail, the public page and the suggestions: not found but for staff.
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(404);
        assertThat(status("/api/v1/contacts/companies/" + id, member())).isEqualTo(404);
        assertThat(status("/api/v1/contacts/companies/" + id + "/suggestions", null))
                .isEqualTo(404);
        assertThat(status("/kv-yritykset/" + id, null)).isEqualTo(404);
        var staffView =
                mvc.get().uri("/api/v1/contacts/companies/" + id).with(editor()).exchange();
        assertThat(staffView).hasStatusOk();
        assertThat(JSON.readTree(staffView.getResponse().getContentAsByteArray())
                        .get("archivedAt")
                        .isNull())
                .isFalse();
        // The public search page, the export as the public gets it, the service page.
        assertThat(mvc.get().uri("/kv-yritykset?q=" + word).exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain(word + " Oy");
        assertThat(contacts.export()).extracting(CompanyView::id).doesNotContain(id);
        assertThat(servicePage(service.id())).doesNotContain("Aarne Arkistoitava");

        // Staff see it marked, with the way back.
        assertThat(mvc.get().uri("/yllapito/kv-tietokanta").with(editor()).exchange())
                .bodyText()
                .contains(word + " Oy")
                .contains("arkistoitu");
        assertThat(mvc.get().uri("/yllapito/kv-tietokanta/" + id).with(editor()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("id=\"restore\"")
                .doesNotContain("id=\"archive\"");

        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/palauta")
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        var back = search("q=" + word, null);
        assertThat(back.get("total").asLong()).isEqualTo(1);
        assertThat(facet(back, "market", "EE")).isEqualTo(1);
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(200);
        assertThat(servicePage(service.id())).contains("Aarne Arkistoitava");

        assertThat(jdbc.queryForList(
                        "select action from contacts_audit where company_id = ? and person_id is null order by at",
                        String.class,
                        id))
                .containsExactly("company-archived", "company-restored");
    }

    @Test
    void archivingIsForStaffOnly() {
        UUID id = SelfServiceFixtures.as(
                SelfServiceFixtures.admin(),
                () -> ((Contacts.Outcome.Saved) contacts.createCompany(aCompany("Arkistosuoja Oy"))).id());
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/arkistoi")
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .with(member())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/arkistoi")
                        .param("version", String.valueOf(version(id)))
                        .with(editor())
                        .exchange())
                .as("without the CSRF token")
                .hasStatus(403);
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(200);
    }

    @Test
    void staffArchiveAndRestoreThroughTheApiUnderTheVersionTheySaw() throws Exception {
        UUID id = SelfServiceFixtures.as(
                SelfServiceFixtures.admin(),
                () -> ((Contacts.Outcome.Saved) contacts.createCompany(aCompany("Arkistorajapinta Oy"))).id());
        long version = version(id);
        String archive = "/api/v1/contacts/companies/" + id + "/archive";

        assertThat(mvc.post()
                        .uri(archive)
                        .header("If-Match", "\"" + version + "\"")
                        .with(csrf())
                        .exchange())
                .as("anonymous")
                .hasStatus(401);
        assertThat(mvc.post()
                        .uri(archive)
                        .header("If-Match", "\"" + version + "\"")
                        .with(csrf())
                        .with(member())
                        .exchange())
                .hasStatus(403);
        var stale = mvc.post()
                .uri(archive)
                .header("If-Match", "\"" + (version - 1) + "\"")
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(stale).hasStatus(409);
        assertThat(JSON.readTree(stale.getResponse().getContentAsByteArray())
                        .get("storedVersion")
                        .asLong())
                .isEqualTo(version);
        assertThat(mvc.post().uri(archive).with(csrf()).with(editor()).exchange())
                .as("no version")
                .hasStatus(400);
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(200);

        assertThat(mvc.post()
                        .uri(archive)
                        .header("If-Match", "\"" + version + "\"")
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatusOk();
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(404);

        assertThat(mvc.post()
                        .uri("/api/v1/contacts/companies/" + id + "/restore")
                        .param("version", String.valueOf(version(id)))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatusOk();
        assertThat(status("/api/v1/contacts/companies/" + id, null)).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select action from contacts_audit where company_id = ? and person_id is null order by at",
                        String.class,
                        id))
                .containsSubsequence("company-archived", "company-restored");
    }

    /**
     * A company with experience of Estonia only: other tests count the companies that have been to Sweden (and the
     * import tests use Lithuania and Latvia).
     */
    static CompanyInput aCompany(String name) {
        return new CompanyInput(
                SelfServiceFixtures.newBusinessId(),
                name,
                "179",
                "C",
                "small",
                null,
                List.of("fi"),
                null,
                Map.of(),
                List.of(new CompanyInput.ExperienceInput("EE", "export", 2016, "C", null)),
                List.of());
    }

    JsonNode search(String query, RequestPostProcessor who) throws Exception {
        var request = mvc.get().uri("/api/v1/contacts/companies?" + query);
        var result = who == null ? request.exchange() : request.with(who).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    static long facet(JsonNode result, String facet, String value) {
        var counts = result.get("facets").get(facet);
        if (counts == null) {
            return 0;
        }
        for (var count : counts) {
            if (count.get("value").asString().equals(value)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }

    int status(String uri, RequestPostProcessor who) {
        var request = mvc.get().uri(uri);
        return (who == null ? request.exchange() : request.with(who).exchange())
                .getResponse()
                .getStatus();
    }

    String servicePage(UUID service) throws Exception {
        return mvc.get()
                .uri("/palvelut/" + service)
                .exchange()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long version(UUID company) {
        return jdbc.queryForObject("select version from contacts_company where id = ?", Long.class, company);
    }
}
