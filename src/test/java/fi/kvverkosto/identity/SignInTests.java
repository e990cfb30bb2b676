package fi.kvverkosto.identity;

import static fi.kvverkosto.identity.StaffTestAccounts.PASSWORD;
import static fi.kvverkosto.identity.StaffTestAccounts.from;
import static fi.kvverkosto.identity.StaffTestAccounts.uniqueAddress;
import static fi.kvverkosto.identity.StaffTestAccounts.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@KvServerTest
class SignInTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAccountRepository repository;

    @Test
    void signInPageHasLabelledFieldsAndOneHeading() {
        String page = body(mvc.get().uri("/kirjaudu").exchange());

        assertThat(page)
                .contains("<label class=\"kv-label\" for=\"username\">Käyttäjätunnus</label>")
                .contains("<label class=\"kv-label\" for=\"password\">Salasana</label>")
                .contains("autocomplete=\"username\"")
                .contains("autocomplete=\"current-password\"")
                .contains("name=\"_csrf\"")
                .doesNotContain("kv-error-summary");
        assertThat(page.split("<h1", -1)).hasSize(2);
    }

    @Test
    void signsInCaseInsensitivelyAndGoesToTheStaffPages() {
        var editor = StaffTestAccounts.editor(accounts);
        var session = new MockHttpSession();

        var result = signIn(session, editor.username().toUpperCase(), PASSWORD, uniqueAddress());

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/yllapito");
        assertThat(signedInUser(session)).isEqualTo(editor.username());
        assertThat(repository.findById(editor.id()).orElseThrow().lastSignInAt())
                .isNotNull();
        assertThat(mvc.get().uri("/yllapito").session(session)).hasStatusOk();
    }

    @Test
    void signInChangesTheSessionId() {
        var editor = StaffTestAccounts.editor(accounts);
        var session = new MockHttpSession();
        String before = session.getId();

        var result = signIn(session, editor.username(), PASSWORD, uniqueAddress());

        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    void returnsToThePageAskedForAfterSigningIn() {
        var editor = StaffTestAccounts.editor(accounts);
        var session = new MockHttpSession();
        assertThat(mvc.get().uri("/yllapito/salasana").session(session))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/kirjaudu");

        var result = signIn(session, editor.username(), PASSWORD, uniqueAddress());

        assertThat(result).redirectedUrl().startsWith("http://localhost/yllapito/salasana");
    }

    @Test
    void wrongPasswordUnknownUserAndDisabledAccountGetTheSameGenericMessage() {
        var editor = StaffTestAccounts.editor(accounts);
        var disabled = StaffTestAccounts.editor(accounts);
        accounts.update(
                disabled.id(),
                disabled.version(),
                new StaffAccounts.Details(disabled.displayName(), null, StaffRole.EDITOR, List.of(), false));

        String wrongPassword = failedSignInPage(editor.username(), "not the password at all");
        String unknownUser = failedSignInPage(uniqueName("nobody"), "not the password at all");
        String disabledAccount = failedSignInPage(disabled.username(), PASSWORD);

        for (String page : List.of(wrongPassword, unknownUser, disabledAccount)) {
            assertThat(page)
                    .contains("class=\"kv-error-summary\"")
                    .contains("<a href=\"#username\">Käyttäjätunnus tai salasana on väärin.")
                    .contains("<title>Virhe: Kirjaudu sisään");
        }
        assertThat(wrongPassword).contains("value=\"" + editor.username() + "\"");
        assertThat(comparable(disabledAccount, disabled.username()))
                .isEqualTo(comparable(wrongPassword, editor.username()));
    }

    @Test
    void failureMessageIsShownOnceAndTranslated() {
        var session = new MockHttpSession();
        var result = signIn(session, uniqueName("nobody"), "whatever password", uniqueAddress());
        assertThat(result).redirectedUrl().isEqualTo("/kirjaudu?virhe");

        assertThat(mvc.get().uri("/kirjaudu?virhe").session(session).cookie(languageCookie("en")))
                .bodyText()
                .contains("The username or password is wrong. Check them and try again.");
        assertThat(mvc.get().uri("/kirjaudu?virhe").session(session)).bodyText().doesNotContain("kv-error-summary");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordAndFromElsewhere() {
        var editor = StaffTestAccounts.editor(accounts);
        for (int i = 0; i < 4; i++) {
            assertThat(failedSignInPage(editor.username(), "wrong password " + i, uniqueAddress()))
                    .contains("Käyttäjätunnus tai salasana on väärin.");
        }
        assertThat(failedSignInPage(editor.username(), "wrong password 5", uniqueAddress()))
                .contains("Liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen 15 minuutin kuluttua.");

        var session = new MockHttpSession();
        var result = signIn(session, editor.username(), PASSWORD, uniqueAddress());

        assertThat(result).redirectedUrl().isEqualTo("/kirjaudu?virhe");
        assertThat(signedInUser(session)).isNull();
        assertThat(body(mvc.get().uri("/kirjaudu").session(session).exchange()))
                .contains("Yritä uudelleen 15 minuutin kuluttua.");
        assertThat(repository.findById(editor.id()).orElseThrow().lastSignInAt())
                .isNull();
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryAccount() {
        String address = uniqueAddress();
        for (int i = 0; i < 20; i++) {
            failedSignInPage(uniqueName("guess"), "wrong password", address);
        }
        var editor = StaffTestAccounts.editor(accounts);

        var blocked = new MockHttpSession();
        signIn(blocked, editor.username(), PASSWORD, address);
        assertThat(signedInUser(blocked)).isNull();
        assertThat(body(mvc.get().uri("/kirjaudu").session(blocked).exchange())).contains("Liian monta");

        var elsewhere = new MockHttpSession();
        signIn(elsewhere, editor.username(), PASSWORD, uniqueAddress());
        assertThat(signedInUser(elsewhere)).isEqualTo(editor.username());
    }

    @Test
    void successResetsTheAccountsFailureCount() {
        var editor = StaffTestAccounts.editor(accounts);
        for (int i = 0; i < 4; i++) {
            failedSignInPage(editor.username(), "wrong password", uniqueAddress());
        }
        signIn(new MockHttpSession(), editor.username(), PASSWORD, uniqueAddress());
        for (int i = 0; i < 4; i++) {
            assertThat(failedSignInPage(editor.username(), "wrong password", uniqueAddress()))
                    .doesNotContain("Liian monta");
        }

        var session = new MockHttpSession();
        signIn(session, editor.username(), PASSWORD, uniqueAddress());
        assertThat(signedInUser(session)).isEqualTo(editor.username());
    }

    @Test
    void signInAndSignOutNeedTheCsrfToken() {
        var editor = StaffTestAccounts.editor(accounts);
        assertThat(mvc.post()
                        .uri("/kirjaudu")
                        .param("username", editor.username())
                        .param("password", PASSWORD)
                        .with(from(uniqueAddress())))
                .hasStatus(403);

        var session = new MockHttpSession();
        signIn(session, editor.username(), PASSWORD, uniqueAddress());
        assertThat(mvc.post().uri("/kirjaudu/ulos").session(session)).hasStatus(403);
        assertThat(signedInUser(session)).isEqualTo(editor.username());

        assertThat(mvc.post().uri("/kirjaudu/ulos").session(session).with(csrf()))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo("/kirjaudu?ulos");
        assertThat(session.isInvalid()).isTrue();
        assertThat(mvc.get().uri("/kirjaudu?ulos")).bodyText().contains("Olet kirjautunut ulos.");
    }

    @Test
    void signedInUserOpeningTheSignInPageGoesToTheStaffPages() {
        var editor = StaffTestAccounts.editor(accounts);
        var session = new MockHttpSession();
        signIn(session, editor.username(), PASSWORD, uniqueAddress());

        assertThat(mvc.get().uri("/kirjaudu").session(session)).redirectedUrl().isEqualTo("/yllapito");
    }

    private MvcTestResult signIn(MockHttpSession session, String username, String password, String address) {
        return mvc.post()
                .uri("/kirjaudu")
                .session(session)
                .param("username", username)
                .param("password", password)
                .with(csrf())
                .with(from(address))
                .exchange();
    }

    private String failedSignInPage(String username, String password) {
        return failedSignInPage(username, password, uniqueAddress());
    }

    /** Signs in and returns the sign-in page shown after the failure. */
    private String failedSignInPage(String username, String password, String address) {
        var session = new MockHttpSession();
        var result = signIn(session, username, password, address);
        assertThat(result).redirectedUrl().isEqualTo("/kirjaudu?virhe");
        return body(mvc.get().uri("/kirjaudu?virhe").session(session).exchange());
    }

    /** The page without what differs between any two attempts: the username typed and the CSRF token. */
    private static String comparable(String page, String username) {
        return page.replace(username, "USERNAME").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "CSRF");
    }

    private static String signedInUser(MockHttpSession session) {
        if (session.isInvalid()) {
            return null;
        }
        var context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null || context.getAuthentication() == null
                ? null
                : context.getAuthentication().getName();
    }

    private static jakarta.servlet.http.Cookie languageCookie(String language) {
        return new jakarta.servlet.http.Cookie("kv-lang", language);
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
