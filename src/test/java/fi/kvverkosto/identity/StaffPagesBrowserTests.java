package fi.kvverkosto.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.KvServerTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing in and managing users in a real browser: the pages work under the Content-Security-Policy (nothing
 * blocked), pass axe's WCAG 2.1 A and AA rules, and fit a 320 px wide screen.
 */
@KvServerTest
class StaffPagesBrowserTests extends BrowserJourney {

    @Autowired
    StaffAccounts accounts;

    @Test
    void adminSignsInCreatesAnEditorAndSignsOut() {
        var admin = StaffTestAccounts.admin(accounts);
        try (var context = newContext()) {
            Page page = context.newPage();

            page.navigate(url("/yllapito/kayttajat"));
            assertThat(page.url()).endsWith("/kirjaudu");
            assertAccessible(page);

            page.getByLabel("Käyttäjätunnus").fill(admin.username());
            page.getByLabel("Salasana").fill("wrong password!");
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                    .click();
            assertThat(page.locator(".kv-error-summary").textContent())
                    .contains("Käyttäjätunnus tai salasana on väärin");
            assertAccessible(page);

            page.getByLabel("Salasana").fill(StaffTestAccounts.PASSWORD);
            page.getByRole(
                            com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Kirjaudu").setExact(true))
                    .click();
            assertThat(page.url()).contains("/yllapito/kayttajat");
            assertAccessible(page);

            page.navigate(url("/yllapito"));
            assertAccessible(page);

            page.navigate(url("/yllapito/kayttajat/uusi"));
            assertAccessible(page);
            page.locator("button[type=submit].kv-button").click();
            assertThat(page.title()).startsWith("Virhe: ");
            assertAccessible(page);

            String username = StaffTestAccounts.uniqueName("browser-editor");
            page.getByLabel("Käyttäjätunnus").fill(username);
            page.getByLabel("Nimi", new Page.GetByLabelOptions().setExact(true)).fill("Selain Testaaja");
            page.locator("button[type=submit].kv-button").click();
            assertThat(page.locator("code.kv-secret").textContent()).hasSize(24);
            assertAccessible(page);

            page.navigate(url("/yllapito/salasana"));
            assertAccessible(page);

            page.setViewportSize(320, 640);
            for (String path : List.of("/kirjaudu", "/yllapito", "/yllapito/kayttajat/uusi", "/yllapito/salasana")) {
                page.navigate(url(path));
                assertThat(scrollsSideways(page))
                        .as("horizontal scrolling at 320 px on " + path)
                        .isFalse();
            }

            page.navigate(url("/yllapito"));
            page.locator("form[action='/kirjaudu/ulos'] button").click();
            assertThat(page.url()).endsWith("/kirjaudu?ulos");
            assertThat(page.locator("[role=status]").textContent()).contains("Olet kirjautunut ulos.");
        }
    }

    @Test
    void apiDocumentationRendersUnderItsOwnPolicy() {
        try (var context = newContext()) {
            Page page = context.newPage();

            page.navigate(url("/swagger-ui/index.html"));
            page.locator(".swagger-ui").first().waitFor();

            assertThat(page.evaluate("window.kvViolations")).asList().isEmpty();
        }
    }
}
