package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.icegreen.greenmail.util.GreenMail;
import fi.kvverkosto.contacts.SelfServiceFixtures.Made;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The one-time sign-in link end to end, with mail going to GreenMail: asking for a link (the same answer for known and
 * unknown addresses), the mail, the link's page (a GET spends nothing), using it (a POST signs in as a member), what a
 * member then sees (members' fields, not staff's) and may open (not the staff pages), and links that no longer work
 * (used, expired, consent withdrawn).
 */
@SelfServiceServerTest
class SelfServiceSignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Contacts contacts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInLinks links;

    String ask(String email) {
        var result = mvc.post()
                .uri("/jasen/kirjaudu")
                .with(csrf())
                .param("email", email)
                .exchange();
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/jasen/kirjaudu");
        return String.valueOf(result.getMvcResult().getFlashMap().get("outcome"));
    }

    /** Uses a link: the session it signs in, or null when refused (then the page says so, with 410). */
    MockHttpSession use(String link) {
        var result = mvc.post().uri(link).with(csrf()).exchange();
        if (result.getResponse().getStatus() == 410) {
            assertThat(result).bodyText().contains("id=\"link-refused\"");
            return null;
        }
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/jasen");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void aContactSignsInWithALinkAndSeesMembersFieldsButNotStaffFields() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        assertThat(ask(made.email())).isEqualTo("SENT_IF_KNOWN");
        String link = TestMail.awaitLink(greenMail, made.email(), 1);
        var mail = TestMail.to(greenMail, made.email()).getFirst();
        assertThat(TestMail.body(mail)).contains("15");

        // Opening the link (as a mail scanner would) only shows the button, and spends nothing.
        for (int i = 0; i < 2; i++) {
            assertThat(mvc.get().uri(link).exchange())
                    .hasStatusOk()
                    .bodyText()
                    .contains("method=\"post\"")
                    .doesNotContain("link-refused");
        }
        // Without the CSRF token the POST is refused and the link still works.
        assertThat(mvc.post().uri(link).exchange()).hasStatus(403);

        var session = use(link);
        assertThat(session).isNotNull();
        assertThat(mvc.get().uri("/jasen").session(session).exchange())
                .hasStatusOk()
                .bodyText()
                .contains(made.personName())
                .contains(made.email());

        // The company's page: the person's name is for members, their e-mail and phone for staff.
        assertThat(mvc.get().uri("/kv-yritykset/" + made.company()).exchange())
                .hasStatusOk()
                .bodyText()
                .doesNotContain(made.personName());
        assertThat(mvc.get()
                        .uri("/kv-yritykset/" + made.company())
                        .session(session)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(made.personName())
                .doesNotContain("mailto:" + made.email())
                .doesNotContain("123 4567")
                .contains("id=\"claim-company\"");
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/companies/" + made.company())
                        .session(session)
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains(made.personName())
                .doesNotContain(made.email())
                .doesNotContain("legalBasis");

        // A member never opens the staff pages or the staff API.
        assertThat(mvc.get().uri("/yllapito/kv-tietokanta").session(session).exchange())
                .hasStatus(403);
        assertThat(mvc.get().uri("/yllapito").session(session).exchange()).hasStatus(403);
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/people/" + made.person() + "/export")
                        .session(session)
                        .exchange())
                .hasStatus(403);

        // The link works once.
        assertThat(use(link)).isNull();
        assertThat(mvc.get().uri("/jasen").exchange().getResponse().getRedirectedUrl())
                .endsWith("/jasen/kirjaudu");
    }

    @Test
    void anUnknownOrWithdrawnAddressGetsTheSameAnswerAndNoMail() {
        Made withdrawn = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        SelfServiceFixtures.as(SelfServiceFixtures.admin(), () -> {
            contacts.withdrawConsent(withdrawn.person());
            return null;
        });
        Made interest = SelfServiceFixtures.aCompanyWithContact(contacts, "legitimate-interest");
        Made known = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");

        assertThat(ask("ei.ketaan@example.org")).isEqualTo("SENT_IF_KNOWN");
        assertThat(ask(withdrawn.email())).isEqualTo("SENT_IF_KNOWN");
        assertThat(ask(interest.email())).isEqualTo("SENT_IF_KNOWN");
        assertThat(ask(known.email())).isEqualTo("SENT_IF_KNOWN");
        // The known address's mail arrives; by then the others would have too (one sender, in order).
        TestMail.awaitLink(greenMail, known.email(), 1);
        assertThat(TestMail.to(greenMail, "ei.ketaan@example.org")).isEmpty();
        assertThat(TestMail.to(greenMail, withdrawn.email())).isEmpty();
        assertThat(TestMail.to(greenMail, interest.email())).isEmpty();
    }

    @Test
    void anExpiredLinkIsRefused() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        ask(made.email());
        String link = TestMail.awaitLink(greenMail, made.email(), 1);
        String hash = SignInLinks.hash(link.substring(link.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from contacts_sign_in_token where token_hash = ?", Long.class, hash))
                .as("only the hash is stored")
                .isEqualTo(1);
        jdbc.update(
                "update contacts_sign_in_token set expires_at = ? where token_hash = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                hash);
        assertThat(use(link)).isNull();

        // A day after expiry the daily run forgets the link altogether.
        jdbc.update(
                "update contacts_sign_in_token set expires_at = ? where token_hash = ?",
                Timestamp.from(Instant.now().minus(java.time.Duration.ofDays(2))),
                hash);
        assertThat(links.forgetExpired()).isPositive();
        assertThat(jdbc.queryForObject(
                        "select count(*) from contacts_sign_in_token where token_hash = ?", Long.class, hash))
                .isZero();
    }

    @Test
    void aLinkStopsWorkingWhenConsentIsWithdrawnAfterItWasSent() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        ask(made.email());
        String link = TestMail.awaitLink(greenMail, made.email(), 1);
        SelfServiceFixtures.as(SelfServiceFixtures.admin(), () -> {
            contacts.withdrawConsent(made.person());
            return null;
        });
        assertThat(use(link)).isNull();
    }

    @Test
    void aMadeUpLinkIsRefused() {
        assertThat(use("/jasen/linkki/" + SignInLinks.newToken())).isNull();
        assertThat(use("/jasen/linkki/short")).isNull();
    }

    @Test
    void tooManyLinksForOneAddressAreRefusedForAWhile() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        for (int i = 0; i < 3; i++) {
            assertThat(ask(made.email())).isEqualTo("SENT_IF_KNOWN");
        }
        assertThat(ask(made.email())).isEqualTo("THROTTLED");
        assertThat(ask(made.email().toUpperCase(java.util.Locale.ROOT))).isEqualTo("THROTTLED");
        TestMail.awaitLink(greenMail, made.email(), 3);
    }

    @Test
    void aWrongAddressComesBackWithTheErrorSummary() {
        assertThat(mvc.post()
                        .uri("/jasen/kirjaudu")
                        .with(csrf())
                        .param("email", "ei-osoite")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("kv-error-summary")
                .contains("href=\"#email\"")
                .contains("nimi@esimerkki.fi")
                .contains("value=\"ei-osoite\"");
    }
}
