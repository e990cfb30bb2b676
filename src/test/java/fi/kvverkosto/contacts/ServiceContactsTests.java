package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.ServiceOption;
import fi.kvverkosto.identity.Roles;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person of the kv database as the contact for a directory service: the staff form links them (validated, under the
 * optimistic lock, audited), the service's page shows them field by field as each audience may see them, and a
 * consent withdrawal or an erasure takes them off at once (the public page cache included).
 */
@DemoDataServerTest
class ServiceContactsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogReader catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditRepository audit;

    UUID service;
    UUID otherService;

    @BeforeEach
    void twoActiveServices() {
        var active = catalog.serviceOptions().stream()
                .filter(ServiceOption::active)
                .sorted(Comparator.comparing(ServiceOption::id))
                .toList();
        service = active.get(0).id();
        otherService = active.get(1).id();
    }

    static RequestPostProcessor editor() {
        return user("yhteyseditori").roles(Roles.EDITOR);
    }

    static RequestPostProcessor admin() {
        return user("yhteysadmin").roles(Roles.ADMIN);
    }

    static RequestPostProcessor member() {
        return user("yhteysjasen@example.org").roles(Roles.MEMBER);
    }

    @Test
    void eachAudienceSeesOnlyTheFieldsItMayOnTheServicePage() throws Exception {
        var company = company("Palveluyhteys Oy");
        var form = person("Paula Palveluhenkilö", 0, service);
        form.set("visibility[name]", "PUBLIC");
        form.set("visibility[role]", "PUBLIC");
        form.set("visibility[email]", "MEMBERS");
        form.set("visibility[phone]", "STAFF");
        addPerson(company, form);
        // A second person whose name is for members only: the public does not see them at all.
        var hidden = person("Heikki Jäsenille", 0, service);
        hidden.set("visibility[name]", "MEMBERS");
        hidden.set("visibility[email]", "STAFF");
        addPerson(company, hidden);

        var anonymous = contactPeople(null);
        assertThat(anonymous.text())
                .contains("Paula Palveluhenkilö")
                .contains("yhteyspäällikkö")
                .contains("Palveluyhteys Oy")
                .doesNotContain("paula.palveluhenkilo@example.org")
                .doesNotContain("+358 40 333 4444")
                .doesNotContain("Heikki Jäsenille");
        assertThat(anonymous.select("a[href^=mailto:], a[href^=tel:]")).isEmpty();

        var members = contactPeople(member());
        assertThat(members.text())
                .contains("Paula Palveluhenkilö")
                .contains("paula.palveluhenkilo@example.org")
                .doesNotContain("+358 40 333 4444")
                .contains("Heikki Jäsenille")
                .doesNotContain("heikki.jasenille@example.org");

        var staff = contactPeople(editor());
        assertThat(staff.text())
                .contains("Paula Palveluhenkilö")
                .contains("paula.palveluhenkilo@example.org")
                .contains("+358 40 333 4444")
                .contains("heikki.jasenille@example.org");
        // The other service has not got them.
        assertThat(page(otherService, editor()).text()).doesNotContain("Paula Palveluhenkilö");
        // Never in the service's JSON-LD (schema.org) nor in the open data.
        assertThat(page(service, editor())
                        .select("script[type=application/ld+json]")
                        .html())
                .doesNotContain("Palveluhenkilö");
        assertThat(mvc.get().uri("/api/hsds/services/" + service).exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain("Palveluhenkilö");
    }

    @Test
    void aWithdrawnConsentTakesThePersonOffTheServicePageAtOnceCachedPageIncluded() throws Exception {
        var company = company("Suostumusyhteys Oy");
        var form = person("Sanna Suostumus", 0, service);
        form.set("visibility[name]", "PUBLIC");
        UUID person = addPerson(company, form);
        assertThat(contactPeople(null).text()).contains("Sanna Suostumus");
        var again = mvc.get().uri("/palvelut/" + service).exchange();
        assertThat(again.getResponse().getHeader("X-Kv-Page-Cache")).isEqualTo("hit");

        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/peru-suostumus")
                        .param("yritys", company.toString())
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();

        assertThat(page(service, null).text()).doesNotContain("Sanna Suostumus");
        assertThat(page(service, member()).text()).doesNotContain("Sanna Suostumus");
        assertThat(page(service, editor()).text()).doesNotContain("Sanna Suostumus");
    }

    @Test
    void erasureRemovesThePersonsLinksToServices() throws Exception {
        var company = company("Poistoyhteys Oy");
        var form = person("Eero Poistettava", 0, service);
        form.add("services", otherService.toString());
        form.set("visibility[name]", "PUBLIC");
        UUID person = addPerson(company, form);
        assertThat(links(person)).containsExactlyInAnyOrder(service, otherService);
        assertThat(contactPeople(null).text()).contains("Eero Poistettava");

        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/poista")
                        .param("yritys", company.toString())
                        .with(csrf())
                        .with(admin())
                        .exchange())
                .hasStatus3xxRedirection();

        assertThat(links(person)).isEmpty();
        assertThat(page(service, editor()).text()).doesNotContain("Eero Poistettava");
        assertThat(audit.findByPerson(person)).extracting(AuditEntry::action).contains("erased");
    }

    @Test
    void anUnknownServiceIsATranslatedErrorAndNothingIsSaved() throws Exception {
        var company = company("Virheyhteys Oy");
        UUID person = addPerson(company, person("Ville Virhe", 0, service));
        long version = version(person);

        for (String bad : List.of(UUID.randomUUID().toString(), "ei-tunniste")) {
            var form = person("Ville Muutettu", version, service);
            form.add("services", bad);
            var result = mvc.post()
                    .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa")
                    .params(form)
                    .with(csrf())
                    .with(editor())
                    .exchange();
            assertThat(result).hasStatusOk();
            var html = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select(".kv-error-summary a[href=#services]").text())
                    .isEqualTo("Valitse palvelut hakemiston käytössä olevista palveluista");
            assertThat(html.select("#services-error").text()).contains("Valitse palvelut");
            assertThat(html.select("#name").attr("value")).isEqualTo("Ville Muutettu");
            assertThat(html.select("input[name=services][checked]").eachAttr("value"))
                    .containsExactly(service.toString());

            assertThat(links(person)).containsExactly(service);
            assertThat(version(person)).isEqualTo(version);
            assertThat(jdbc.queryForObject("select name from contacts_person where id = ?", String.class, person))
                    .isEqualTo("Ville Virhe");
        }
        // In Swedish and English too.
        var form = person("Ville Muutettu", version, service);
        form.add("services", UUID.randomUUID().toString());
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa?lang=en")
                        .params(form)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .bodyText()
                .contains("Choose services from the directory’s services in use");
    }

    @Test
    void changingTheServicesIsARectificationUnderTheOptimisticLock() throws Exception {
        var company = company("Lukitusyhteys Oy");
        UUID person = addPerson(company, person("Liisa Lukitus", 0, service));
        long version = version(person);
        var edit = mvc.get()
                .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa")
                .with(editor())
                .exchange();
        var html = Jsoup.parse(edit.getResponse().getContentAsString(StandardCharsets.UTF_8));
        // The chosen service's organisation is open; every checkbox has its label.
        var chosen = html.selectFirst("input[name=services][value=" + service + "]");
        assertThat(chosen.hasAttr("checked")).isTrue();
        assertThat(chosen.closest("details").hasAttr("open")).isTrue();
        html.select("input[name=services]")
                .forEach(input ->
                        assertThat(html.select("label[for=" + input.id() + "]")).hasSize(1));

        var first = person("Liisa Lukitus", version, otherService);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa")
                        .params(first)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(links(person)).containsExactly(otherService);
        assertThat(version(person)).isGreaterThan(version);
        assertThat(audit.findByPerson(person))
                .filteredOn(a -> a.action().equals("rectified"))
                .extracting(AuditEntry::note)
                .containsExactly("services: +1 -1");

        // A second save from the version both saw is a conflict: the services stay as the first save left them.
        var second = person("Liisa Lukitus", version, service);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa")
                        .params(second)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus(409);
        assertThat(links(person)).containsExactly(otherService);

        // Unticking every box removes the links.
        var none = person("Liisa Lukitus", version(person), null);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa")
                        .params(none)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(links(person)).isEmpty();
    }

    @Test
    void theDataExportNamesTheServicesThePersonIsTheContactFor() {
        var company = company("Vientiyhteys Oy");
        UUID person = addPerson(company, person("Vertti Vienti", 0, service));
        var result = mvc.get()
                .uri("/api/v1/contacts/people/" + person + "/export")
                .with(editor())
                .exchange();
        assertThat(result).hasStatusOk();
        var json = JsonMapper.builder().build().readTree(result.getResponse().getContentAsByteArray());
        assertThat(json.get("services")).hasSize(1);
        assertThat(json.get("services").get(0).get("id").asString()).isEqualTo(service.toString());
        var name = catalog.serviceOptions().stream()
                .filter(o -> o.id().equals(service))
                .findFirst()
                .orElseThrow()
                .name();
        assertThat(json.get("services").get(0).get("name").get("fi").asString()).isEqualTo(name.fi());
    }

    // ---- helpers ----

    UUID company(String name) {
        var result = mvc.post()
                .uri("/yllapito/kv-tietokanta/uusi")
                .params(ContactsAdminTests.form(SelfServiceFixtures.newBusinessId(), name, 0))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The staff form of a person, the contact for the service (or none). */
    static LinkedMultiValueMap<String, String> person(String name, long version, UUID service) {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("version", String.valueOf(version));
        data.add("name", name);
        data.add("role", "yhteyspäällikkö");
        data.add("email", email(name));
        data.add("phone", "+358 40 333 4444");
        data.add("languages", "fi, en");
        data.add("legalBasis", "consent");
        data.add("consentPurpose", "Palvelun yhteyshenkilönä");
        data.add("consentGivenOn", "2026-03-01");
        data.add("consentSource", "lomake");
        data.add("visibility[name]", "PUBLIC");
        data.add("visibility[role]", "PUBLIC");
        data.add("visibility[email]", "MEMBERS");
        data.add("visibility[phone]", "STAFF");
        data.add("visibility[languages]", "MEMBERS");
        if (service != null) {
            data.add("services", service.toString());
        }
        return data;
    }

    static String email(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .replace(' ', '.')
                + "@example.org";
    }

    UUID addPerson(UUID company, LinkedMultiValueMap<String, String> form) {
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + company + "/henkilot/uusi")
                        .params(form)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        return jdbc.queryForObject(
                "select id from contacts_person where company_id = ? and name = ?",
                UUID.class,
                company,
                form.getFirst("name"));
    }

    List<UUID> links(UUID person) {
        return jdbc.queryForList(
                "select service_id from contacts_service_contact where person_id = ?", UUID.class, person);
    }

    long version(UUID person) {
        return jdbc.queryForObject("select version from contacts_person where id = ?", Long.class, person);
    }

    org.jsoup.nodes.Document page(UUID service, RequestPostProcessor who) throws Exception {
        var request = mvc.get().uri("/palvelut/" + service);
        var result = who == null ? request.exchange() : request.with(who).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    Element contactPeople(RequestPostProcessor who) throws Exception {
        var section = page(service, who).selectFirst("#contact-people");
        assertThat(section).as("the contact people section").isNotNull();
        return section;
    }
}
