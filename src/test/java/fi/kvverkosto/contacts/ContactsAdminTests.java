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
        var created = mvc.post()
                .uri("/yllapito/kv-tietokanta/uusi")
                .params(form("1572860-0", "Lomakeyhtio Kaksi Oy", 0))
                .with(csrf())
                .with(editor())
                .exchange();
        assertThat(created).hasStatus3xxRedirection();
        String location = created.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
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
