package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/** The staff pages of the kv database: validation with the error summary, optimistic locking, consent actions. */
@DemoDataServerTest
class ContactsAdminTests {

    @Autowired
    MockMvcTester mvc;

    static RequestPostProcessor editor() {
        return user("kveditori").roles(Roles.EDITOR);
    }

    static LinkedMultiValueMap<String, String> form(String businessId, String name, long version) {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("version", String.valueOf(version));
        data.add("businessId", businessId);
        data.add("name", name);
        data.add("municipality", "182");
        data.add("industry", "C");
        data.add("size", "small");
        data.add("website", "https://lomake.example.org");
        data.add("languages", "fi, sv");
        data.add("visibility[website]", "MEMBERS");
        return data;
    }

    @Test
    void staffPagesNeedSigningIn() {
        var result = mvc.get().uri("/yllapito/kv-tietokanta").exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/yllapito/kv-tietokanta").with(editor()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Tarkistettavat tiedot");
    }

    @Test
    void wrongAnswersComeBackWithTheErrorSummaryAndTheAnswersKept() {
        var result = mvc.post()
                .uri("/yllapito/kv-tietokanta/uusi")
                .params(form("1234567-8", "Lomakeyhtio Oy", 0))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyText()
                .contains("Virhe:")
                .contains("kv-error-summary")
                .contains("href=\"#businessId\"")
                .contains("value=\"Lomakeyhtio Oy\"")
                .contains("value=\"1234567-8\"");
    }

    @Test
    void savingTwiceFromTheSameVersionIsAConflictThatKeepsTheAnswers() {
        UUID id = created("1572860-0", "Lomakeyhtio Kaksi Oy");
        var json = JsonMapper.builder()
                .build()
                .readTree(mvc.get()
                        .uri("/api/v1/contacts/companies/" + id)
                        .with(editor())
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray());
        long version = json.get("version").asLong();
        assertThat(json.get("website").asString()).isEqualTo("https://lomake.example.org");
        // The website is for members: anonymous visitors do not get it.
        assertThat(mvc.get().uri("/api/v1/contacts/companies/" + id).exchange())
                .bodyText()
                .doesNotContain("lomake.example.org");

        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/muokkaa")
                        .params(form("1572860-0", "Ensimmainen Oy", version))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        var second = mvc.post()
                .uri("/yllapito/kv-tietokanta/" + id + "/muokkaa")
                .params(form("1572860-0", "Toinen Oy", version))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(second).hasStatus(409);
        assertThat(second)
                .bodyText()
                .contains("id=\"conflict\"")
                .contains("Ensimmainen Oy")
                .contains("value=\"Toinen Oy\"");
    }

    @Autowired
    AuditRepository audit;

    UUID created(String businessId, String name) {
        var result = mvc.post()
                .uri("/yllapito/kv-tietokanta/uusi")
                .params(form(businessId, name, 0))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    static LinkedMultiValueMap<String, String> person(String name, String email, long version) {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("version", String.valueOf(version));
        data.add("name", name);
        data.add("role", "vientipäällikkö");
        data.add("email", email);
        data.add("phone", "+358 40 111 2222");
        data.add("languages", "fi, de");
        data.add("legalBasis", "consent");
        data.add("consentPurpose", "Yhteyshenkilönä kv-verkostossa");
        data.add("consentGivenOn", "2026-01-15");
        data.add("consentSource", "lomake");
        data.add("visibility[name]", "PUBLIC");
        data.add("visibility[role]", "PUBLIC");
        data.add("visibility[email]", "PUBLIC");
        data.add("visibility[phone]", "STAFF");
        data.add("visibility[languages]", "MEMBERS");
        return data;
    }

    @Test
    void personPagesAreForStaffOnlyAndNeedTheCsrfToken() {
        UUID company = created(SelfServiceFixtures.newBusinessId(), "Henkilösivut Oy");
        String page = "/yllapito/kv-tietokanta/" + company + "/henkilot/uusi";
        assertThat(mvc.get().uri(page).exchange()).as("anonymous").hasStatus3xxRedirection();
        assertThat(mvc.get()
                        .uri(page)
                        .with(user("jasen@example.org").roles(Roles.MEMBER))
                        .exchange())
                .as("a member")
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(page)
                        .params(person("Ilman Tunnistetta", "ilman@example.org", 0))
                        .with(user("jasen@example.org").roles(Roles.MEMBER))
                        .with(csrf())
                        .exchange())
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri(page)
                        .params(person("Ilman Tunnistetta", "ilman@example.org", 0))
                        .with(editor())
                        .exchange())
                .as("without the CSRF token")
                .hasStatus(403);
        assertThat(mvc.get().uri(page).with(editor()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("name=\"consentPurpose\"")
                .contains("id=\"visibility[email]\"");
        assertThat(mvc.get()
                        .uri("/yllapito/kv-tietokanta/henkilot/" + UUID.randomUUID() + "/muokkaa")
                        .with(editor())
                        .exchange())
                .hasStatus(404);
    }

    @Test
    void staffAddAndRectifyAPersonWithValidationAndOptimisticLocking() {
        UUID company = created(SelfServiceFixtures.newBusinessId(), "Henkilöyhtiö Oy");
        String add = "/yllapito/kv-tietokanta/" + company + "/henkilot/uusi";
        var wrong = person("Vilja Virheellinen", "ei-osoite", 0);
        wrong.set("consentGivenOn", "2999-01-01");
        assertThat(mvc.post().uri(add).params(wrong).with(csrf()).with(editor()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Virhe:")
                .contains("kv-error-summary")
                .contains("href=\"#email\"")
                .contains("href=\"#consentGivenOn\"")
                .contains("value=\"Vilja Virheellinen\"")
                .contains("value=\"ei-osoite\"");

        assertThat(mvc.post()
                        .uri(add)
                        .params(person("Vilja Oikea", "vilja.oikea@example.org", 0))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/yllapito/kv-tietokanta/" + company);
        var staffPage = mvc.get()
                .uri("/yllapito/kv-tietokanta/" + company)
                .with(editor())
                .exchange();
        String body =
                new String(staffPage.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        var matcher = java.util.regex.Pattern.compile("henkilot/([0-9a-f-]{36})/muokkaa")
                .matcher(body);
        assertThat(matcher.find()).isTrue();
        UUID personId = UUID.fromString(matcher.group(1));

        // Field by field, as the person chose: anonymous visitors see the public name, role and e-mail only.
        assertThat(mvc.get().uri("/kv-yritykset/" + company).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("Vilja Oikea")
                .contains("vientipäällikkö")
                .contains("vilja.oikea@example.org")
                .doesNotContain("111 2222")
                .doesNotContain("Yhteyshenkilönä kv-verkostossa");

        String edit = "/yllapito/kv-tietokanta/henkilot/" + personId + "/muokkaa";
        assertThat(mvc.get().uri(edit).with(editor()).exchange())
                .hasStatusOk()
                .bodyText()
                .contains("value=\"vilja.oikea@example.org\"")
                .contains("value=\"2026-01-15\"");
        long version = 0;
        assertThat(mvc.post()
                        .uri(edit)
                        .params(person("Vilja Korjattu", "vilja.korjattu@example.org", version))
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        assertThat(audit.findByPerson(personId)).extracting(AuditEntry::action).contains("rectified");
        var conflict = mvc.post()
                .uri(edit)
                .params(person("Vilja Myohassa", "vilja.myohassa@example.org", version))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(conflict)
                .hasStatus(409)
                .bodyText()
                .contains("id=\"conflict\"")
                .contains("Vilja Korjattu")
                .contains("value=\"Vilja Myohassa\"");
    }

    @Test
    void staffKeepExperiencesAndListingsInTheFormAndTheChosenVisibilityStays() {
        UUID id = created(SelfServiceFixtures.newBusinessId(), "Rivilomake Oy");
        var edit = mvc.get()
                .uri("/yllapito/kv-tietokanta/" + id + "/muokkaa")
                .with(editor())
                .exchange();
        assertThat(edit)
                .hasStatusOk()
                .bodyText()
                .contains("id=\"company-experiences\"")
                .contains("id=\"company-listings\"")
                .as("the website stays for members")
                .containsPattern("(?s)id=\"visibility\\[website]\".{0,160}?value=\"MEMBERS\" selected=\"selected\"");
        var data = form(null, "Rivilomake Oy", 0);
        data.remove("businessId");
        data.add("experiences[0].market", "DE");
        data.add("experiences[0].mode", "export");
        data.add("experiences[0].since", "vuosi");
        data.add("listings[0].kind", "offer");
        data.add("listings[0].summary", "Kerromme Saksasta");
        data.add("listings[0].expires", java.time.LocalDate.now().plusMonths(3).toString());
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/muokkaa")
                        .params(data)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("href=\"#experiences[0]-since\"")
                .contains("value=\"Kerromme Saksasta\"");
        data.set("experiences[0].since", "2019");
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/" + id + "/muokkaa")
                        .params(data)
                        .with(csrf())
                        .with(editor())
                        .exchange())
                .hasStatus3xxRedirection();
        var json = JsonMapper.builder()
                .build()
                .readTree(mvc.get()
                        .uri("/api/v1/contacts/companies/" + id)
                        .with(editor())
                        .exchange()
                        .getResponse()
                        .getContentAsByteArray());
        assertThat(json.get("experiences").get(0).get("market").asString()).isEqualTo("DE");
        assertThat(json.get("experiences").get(0).get("since").asInt()).isEqualTo(2019);
        assertThat(json.get("offers").get(0).get("summary").asString()).isEqualTo("Kerromme Saksasta");
    }

    @Test
    void editorsMayNotEraseAPerson() {
        var result = mvc.post()
                .uri("/yllapito/kv-tietokanta/henkilot/" + UUID.randomUUID() + "/poista")
                .param("yritys", UUID.randomUUID().toString())
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(result).hasStatus(403);
    }
}
