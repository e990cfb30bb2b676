package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import fi.kvverkosto.KvServerTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and managing users in a real browser: the pages work under the Content-Security-Policy (nothing
 * blocked), pass axe's WCAG 2.1 A and AA rules, and fit a 320 px wide screen.
 */
@Tag("browser")
@KvServerTest
class StaffPagesBrowserTests {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Records what the Content-Security-Policy blocked; Playwright injects it past the policy. */
    static final String RECORD_VIOLATIONS = "window.kvViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.kvViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @BeforeAll
    static void startBrowser() {
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of("/usr/bin/chromium"))
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void adminSignsInCreatesAnEditorAndSignsOut() {
        var admin = StaffTestAccounts.admin(accounts);
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.addInitScript(RECORD_VIOLATIONS);

            page.navigate(url("/yllapito/kayttajat"));
            assertThat(page.url()).endsWith("/kirjaudu");
            checkPage(page);

            page.getByLabel("Käyttäjätunnus").fill(admin.username());
            page.getByLabel("Salasana").fill("wrong password!");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                    .click();
            assertThat(page.locator(".kv-error-summary").textContent())
                    .contains("Käyttäjätunnus tai salasana on väärin");
            checkPage(page);

            page.getByLabel("Salasana").fill(StaffTestAccounts.PASSWORD);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                    .click();
            assertThat(page.url()).contains("/yllapito/kayttajat");
            checkPage(page);

            page.navigate(url("/yllapito"));
            checkPage(page);

            page.navigate(url("/yllapito/kayttajat/uusi"));
            checkPage(page);
            page.locator("button[type=submit].kv-button").click();
            assertThat(page.title()).startsWith("Virhe: ");
            checkPage(page);

            String username = StaffTestAccounts.uniqueName("browser-editor");
            page.getByLabel("Käyttäjätunnus").fill(username);
            page.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("Selain Testaaja");
            page.locator("button[type=submit].kv-button").click();
            assertThat(page.locator("code.kv-secret").textContent()).hasSize(24);
            checkPage(page);

            page.navigate(url("/yllapito/salasana"));
            checkPage(page);

            page.setViewportSize(320, 640);
            for (String path : List.of("/kirjaudu", "/yllapito", "/yllapito/kayttajat/uusi", "/yllapito/salasana")) {
                page.navigate(url(path));
                Object overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
                assertThat(overflow)
                        .as("horizontal scrolling at 320 px on " + path)
                        .isEqualTo(false);
            }

            page.navigate(url("/yllapito"));
            page.locator("form[action='/kirjaudu/ulos'] button").click();
            assertThat(page.url()).endsWith("/kirjaudu?ulos");
            assertThat(page.locator("[role=status]").textContent()).contains("Olet kirjautunut ulos.");
        }
    }

    @Test
    void apiDocumentationRendersUnderItsOwnPolicy() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            page.addInitScript(RECORD_VIOLATIONS);

            page.navigate(url("/swagger-ui/index.html"));
            page.locator(".swagger-ui").first().waitFor();

            assertThat(page.evaluate("window.kvViolations")).asList().isEmpty();
        }
    }

    private void checkPage(Page page) {
        assertThat(page.evaluate("window.kvViolations"))
                .as("blocked by the Content-Security-Policy on " + page.url())
                .asList()
                .isEmpty();
        var violations = new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        assertThat(violations)
                .as("axe on " + page.url())
                .extracting(v -> v.getId() + ": " + v.getHelp())
                .isEmpty();
        assertThat(page.locator("h1").count()).as("one h1 on " + page.url()).isEqualTo(1);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
