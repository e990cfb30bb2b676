package fi.kvverkosto.identity;

import static fi.kvverkosto.identity.StaffTestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.KvServerTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@KvServerTest
class OwnPasswordTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void changesTheSignedInUsersPassword() {
        var editor = StaffTestAccounts.editor(accounts);

        var result = change(editor.username(), PASSWORD, "my brand new passphrase", "my brand new passphrase");

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/yllapito");
        assertThat(result).flash().containsEntry("notice", "identity.own-password.changed");
        var account = repository.findById(editor.id()).orElseThrow();
        assertThat(account.passwordHash()).startsWith("{argon2}");
        assertThat(encoder.matches("my brand new passphrase", account.passwordHash()))
                .isTrue();
    }

    @Test
    void wrongCurrentPasswordChangesNothing() {
        var editor = StaffTestAccounts.editor(accounts);

        Document page = UserManagementTests.page(
                change(editor.username(), "not my password", "my brand new passphrase", "my brand new passphrase"));

        assertThat(page.select(".kv-error-summary a[href=#currentPassword]").text())
                .isEqualTo("Nykyinen salasana on väärin. Tarkista se ja yritä uudelleen.");
        assertThat(encoder.matches(
                        PASSWORD, repository.findById(editor.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void newPasswordMustBeLongTypedTwiceAndNew() {
        var editor = StaffTestAccounts.editor(accounts);

        assertThat(errors(change(editor.username(), PASSWORD, "short", "short")))
                .containsExactly("#newPassword");
        assertThat(errors(change(editor.username(), PASSWORD, "my brand new passphrase", "my brand new passphrasE")))
                .containsExactly("#repeatPassword");
        assertThat(errors(change(editor.username(), PASSWORD, PASSWORD, PASSWORD)))
                .containsExactly("#newPassword");
        assertThat(errors(change(editor.username(), "", "", "")))
                .containsExactlyInAnyOrder("#currentPassword", "#newPassword", "#repeatPassword");
        assertThat(encoder.matches(
                        PASSWORD, repository.findById(editor.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void formHasLabelledPasswordFieldsWithAutocomplete() {
        var editor = StaffTestAccounts.editor(accounts);

        Document page = UserManagementTests.page(mvc.get()
                .uri("/yllapito/salasana?lang=sv")
                .with(user(editor.username()).roles("EDITOR"))
                .exchange());

        assertThat(page.select("h1").text()).isEqualTo("Byt lösenord");
        assertThat(page.select("#currentPassword").attr("autocomplete")).isEqualTo("current-password");
        assertThat(page.select("#newPassword").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.select("label[for=repeatPassword]").text()).isEqualTo("Nytt lösenord igen");
    }

    @Test
    void changeNeedsTheCsrfToken() {
        var editor = StaffTestAccounts.editor(accounts);

        assertThat(mvc.post()
                        .uri("/yllapito/salasana")
                        .with(user(editor.username()).roles("EDITOR"))
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "my brand new passphrase")
                        .param("repeatPassword", "my brand new passphrase"))
                .hasStatus(403);
        assertThat(encoder.matches(
                        PASSWORD, repository.findById(editor.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    private MvcTestResult change(String username, String current, String newPassword, String repeat) {
        return mvc.post()
                .uri("/yllapito/salasana")
                .with(user(username).roles("EDITOR"))
                .with(csrf())
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("repeatPassword", repeat)
                .exchange();
    }

    private static java.util.List<String> errors(MvcTestResult result) {
        return UserManagementTests.page(result).select(".kv-error-summary a").eachAttr("href");
    }
}
