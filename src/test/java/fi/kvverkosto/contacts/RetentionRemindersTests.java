package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import com.icegreen.greenmail.util.GreenMail;
import fi.kvverkosto.contacts.SelfServiceFixtures.Made;
import fi.kvverkosto.identity.Roles;
import jakarta.mail.MessagingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The retention rule: a person not confirmed for longer than the review period is listed to staff and reminded once by
 * e-mail (GreenMail) with a one-time link, through which they confirm their data or withdraw their consent.
 */
@SelfServiceServerTest
class RetentionRemindersTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Contacts contacts;

    @Autowired
    RetentionReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    Made stale() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        var longAgo = Timestamp.from(Instant.now().minus(3 * 365, ChronoUnit.DAYS));
        jdbc.update("update contacts_person set reviewed_at = ? where id = ?", longAgo, made.person());
        jdbc.update("update contacts_company set reviewed_at = ? where id = ?", longAgo, made.company());
        return made;
    }

    String stalePage() {
        var page = mvc.get()
                .uri("/yllapito/kv-tietokanta/tarkistettavat")
                .with(user("kveditori").roles(Roles.EDITOR))
                .exchange();
        assertThat(page).hasStatusOk();
        return new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    MockHttpSession signInWith(String link) {
        var result = mvc.post().uri(link).with(csrf()).exchange();
        assertThat(result).hasStatus3xxRedirection();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/jasen#tietosi");
        return (MockHttpSession) result.getRequest().getSession();
    }

    @Test
    void aStalePersonIsListedRemindedOnceAndConfirms() throws MessagingException {
        Made made = stale();
        assertThat(stalePage()).contains(made.email()).contains(made.personName());

        assertThat(reminders.remind()).isPositive();
        String link = TestMail.awaitLink(greenMail, made.email(), 1);
        var mail = TestMail.to(greenMail, made.email()).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Ovatko tietosi kv-verkostossa yhä oikein?");
        assertThat(TestMail.body(mail)).contains("7 päivän");

        // Reminded once: the next run sends nothing more to them.
        reminders.remind();
        var other = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");
        ask(other.email());
        TestMail.awaitLink(greenMail, other.email(), 1);
        assertThat(TestMail.to(greenMail, made.email())).hasSize(1);

        var session = signInWith(link);
        assertThat(mvc.post().uri("/jasen/vahvista").session(session).with(csrf()))
                .hasStatus3xxRedirection();
        assertThat(stalePage()).doesNotContain(made.email());
    }

    void ask(String email) {
        assertThat(mvc.post()
                        .uri("/jasen/kirjaudu")
                        .with(csrf())
                        .param("email", email)
                        .exchange())
                .hasStatus3xxRedirection();
    }

    @Test
    void aRemindedPersonWithdrawsConsentAndIsSignedOut() {
        Made made = stale();
        reminders.remind();
        var session = signInWith(TestMail.awaitLink(greenMail, made.email(), 1));
        var withdrawn = mvc.post()
                .uri("/jasen/peru-suostumus")
                .session(session)
                .with(csrf())
                .exchange();
        assertThat(withdrawn.getResponse().getRedirectedUrl()).isEqualTo("/jasen/kirjaudu?peruttu");
        assertThat(mvc.get()
                        .uri("/jasen")
                        .session(session)
                        .exchange()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/companies/" + made.company())
                        .with(SelfServiceFixtures.asMember(made))
                        .exchange())
                .bodyText()
                .doesNotContain(made.personName());
        assertThat(mvc.get()
                        .uri("/api/v1/contacts/people/" + made.person() + "/export")
                        .with(user("kvadmin").roles(Roles.ADMIN))
                        .exchange())
                .bodyText()
                .contains("consent-withdrawn")
                .contains("member:" + made.person());
    }
}
