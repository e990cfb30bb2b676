package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.identity.Roles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who opens what, with members beside staff: a row per page or API resource, a column per kind of user (anonymous,
 * member, editor, admin). Members never open a staff page; staff have no member's pages. Runs without mail configured,
 * so it also shows what the application says then.
 */
@KvServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberAccessTests {

    /** 302 to a sign-in page (the member's or the staff's), 401 from the API. */
    static final int SIGN_IN = 302;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Contacts contacts;

    UUID company;
    UUID person;
    Map<String, RequestPostProcessor> users;

    @BeforeAll
    void aMember() {
        var made = SelfServiceFixtures.as(SelfServiceFixtures.admin(), () -> {
            var c = ((Contacts.Outcome.Saved) contacts.createCompany(new CompanyInput(
                            SelfServiceFixtures.newBusinessId(),
                            "Matriisi Oy (testi)",
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            null,
                            Map.of(),
                            List.of(),
                            List.of())))
                    .id();
            var p = ((Contacts.Outcome.Saved) contacts.createPerson(new PersonInput(
                            c,
                            null,
                            "Matriisi Jäsen",
                            null,
                            "matriisi@example.org",
                            null,
                            List.of(),
                            Map.of(),
                            "consent",
                            "Yhteyshenkilönä",
                            "2026-10-01",
                            "lomake")))
                    .id();
            return new SelfServiceFixtures.Made(c, p, null, "matriisi@example.org", "Matriisi Jäsen");
        });
        company = made.company();
        person = made.person();
        users = new LinkedHashMap<>();
        users.put("anonymous", r -> r);
        users.put("member", authentication(SelfServiceFixtures.member(made)));
        users.put("editor", user("kveditori").roles(Roles.EDITOR));
        users.put("admin", user("kvadmin").roles(Roles.ADMIN));
    }

    /** Expected status for anonymous, member, editor, admin. */
    void row(String path, int anonymous, int member, int editor, int admin) {
        int[] expected = {anonymous, member, editor, admin};
        int i = 0;
        for (var entry : users.entrySet()) {
            var result = mvc.get().uri(path).with(entry.getValue()).exchange();
            assertThat(result.getResponse().getStatus())
                    .as("%s as %s", path, entry.getKey())
                    .isEqualTo(expected[i++]);
        }
    }

    @Test
    void pages() {
        row("/kv-yritykset", 200, 200, 200, 200);
        row("/kv-yritykset/" + company, 200, 200, 200, 200);
        row("/jasen/kirjaudu", 200, 200, 200, 200);
        row("/jasen", SIGN_IN, 200, 403, 403);
        row("/jasen/yritykset/" + company, SIGN_IN, 403, 403, 403);
        row("/yllapito", SIGN_IN, 403, 200, 200);
        row("/yllapito/kv-tietokanta", SIGN_IN, 403, 200, 200);
        row("/yllapito/kv-tietokanta/" + company, SIGN_IN, 403, 200, 200);
        row("/yllapito/kv-tietokanta/vaatimukset", SIGN_IN, 403, 200, 200);
        row("/yllapito/salasana", SIGN_IN, 403, 200, 200);
        row("/yllapito/kayttajat", SIGN_IN, 403, 403, 200);
    }

    @Test
    void api() {
        row("/api/v1/contacts/companies", 200, 200, 200, 200);
        row("/api/v1/contacts/companies/" + company, 200, 200, 200, 200);
        row("/api/v1/contacts/people/" + person + "/export", 401, 403, 200, 200);
    }

    @Test
    void membersAreSentToTheLinkSignInAndStaffToThePasswordOne() {
        assertThat(mvc.get().uri("/jasen")).redirectedUrl().endsWith("/jasen/kirjaudu");
        assertThat(mvc.get().uri("/yllapito")).redirectedUrl().endsWith("/kirjaudu");
    }

    @Test
    void membersSeeMembersFieldsOnlyInTheApi() {
        var anonymous = mvc.get().uri("/api/v1/contacts/companies/" + company).exchange();
        assertThat(anonymous).bodyText().doesNotContain("Matriisi Jäsen");
        var member = mvc.get()
                .uri("/api/v1/contacts/companies/" + company)
                .with(users.get("member"))
                .exchange();
        assertThat(member).bodyText().contains("Matriisi Jäsen").doesNotContain("matriisi@example.org");
        var editor = mvc.get()
                .uri("/api/v1/contacts/companies/" + company)
                .with(users.get("editor"))
                .exchange();
        assertThat(editor).bodyText().contains("matriisi@example.org");
    }

    @Test
    void membersCannotWriteThroughTheStaffApiOrDecideClaims() {
        assertThat(mvc.post()
                        .uri("/api/v1/contacts/people/" + person + "/withdraw-consent")
                        .with(users.get("member"))
                        .with(csrf()))
                .hasStatus(403);
        assertThat(mvc.post()
                        .uri("/yllapito/kv-tietokanta/vaatimukset/" + UUID.randomUUID() + "/hyvaksy")
                        .with(users.get("member"))
                        .with(csrf()))
                .hasStatus(403);
    }

    @Test
    void withoutMailTheSignInPageAndTheStaffSayItIsOff() {
        assertThat(mvc.get().uri("/jasen/kirjaudu")).bodyText().contains("id=\"mail-off\"");
        var asked = mvc.post()
                .uri("/jasen/kirjaudu")
                .with(csrf())
                .param("email", "matriisi@example.org")
                .exchange();
        assertThat(asked.getMvcResult().getFlashMap().get("outcome")).isEqualTo("MAIL_OFF");
        assertThat(mvc.get().uri("/yllapito/kv-tietokanta").with(users.get("editor")))
                .bodyText()
                .contains("id=\"mail-off\"");
    }
}
