package fi.kvverkosto.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Editors of the Chamber of Commerce keep its services up to date in a real browser: one edits a service (a mistake
 * first, then a good save that shows on the public page); two edit the same service at once, and nothing either of
 * them wrote is lost. The programme form is checked on the way.
 */
@DemoDataServerTest
class EditServiceBrowserTests extends BrowserJourney {

    static final UUID CHAMBER = UUID.fromString("c604cdb6-48c2-4d78-9873-1e90f756aa72");
    static final String ATA_CARNET = "1dbe89c3-92a2-4702-bb43-15b0acff6193";
    static final String TRAINING = "c705acd3-14b8-4c3d-a7f8-953d30c57d6d";

    @Autowired
    ApplicationContext context;

    @Test
    void editorCorrectsAServiceAndTheChangeIsPublished() {
        signIn(page, TestStaff.editor(context, CHAMBER), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/palvelut"));
        assertAccessible();
        page.locator("a[href='/yllapito/palvelut/" + ATA_CARNET + "/muokkaa']")
                .first()
                .click();
        assertThat(page.locator("#nameFi")).hasValue("ATA carnet -tulliasiakirja");
        assertAccessible();

        // A mistake: the Finnish name is required. The form comes back with the answers kept.
        page.locator("#nameFi").fill("");
        page.locator("#descriptionSv").fill("Uppdaterad beskrivning av ATA-carnet för tillfällig export.");
        page.locator("main form button[type=submit]").last().click();
        assertThat(page).hasTitle(Pattern.compile("^Virhe: .*"));
        assertThat(page.locator(".kv-error-summary")).isVisible();
        assertThat(page.locator(".kv-error-summary")).isFocused();
        assertThat(page.locator("#descriptionSv"))
                .hasValue("Uppdaterad beskrivning av ATA-carnet för tillfällig export.");
        assertAccessible();

        page.locator("#nameFi").fill("ATA carnet -tulliasiakirja");
        page.locator("main form button[type=submit]").last().click();
        assertThat(page.locator("main")).containsText("Muutokset on tallennettu.");
        assertAccessible();

        page.navigate(url("/palvelut/" + ATA_CARNET + "?lang=sv"));
        assertThat(page.locator("main")).containsText("Uppdaterad beskrivning av ATA-carnet för tillfällig export.");
        assertAccessible();

        // The programme form follows the same pattern: the error summary after a save with nothing filled in.
        page.navigate(url("/yllapito/ohjelmat/uusi?lang=fi"));
        assertAccessible();
        page.locator("main form button[type=submit]").last().click();
        assertThat(page).hasTitle(Pattern.compile("^Virhe: .*"));
        assertThat(page.locator(".kv-error-summary")).isFocused();
        assertAccessible();
    }

    @Test
    void twoEditorsSaveTheSameServiceAndNothingIsLost() {
        String first = TestStaff.editor(context, CHAMBER);
        String second = TestStaff.editor(context, CHAMBER);
        try (var otherBrowser = newContext()) {
            Page other = otherBrowser.newPage();
            signIn(page, first, TestStaff.PASSWORD);
            signIn(other, second, TestStaff.PASSWORD);
            String edit = url("/yllapito/palvelut/" + TRAINING + "/muokkaa");
            page.navigate(edit);
            other.navigate(edit);

            page.locator("#descriptionFi").fill("Ensimmäisen muokkaajan kuvaus koulutuksista.");
            page.locator("main form button[type=submit]").last().click();
            assertThat(page.locator("main")).containsText("Muutokset on tallennettu.");

            other.locator("#descriptionFi").fill("Toisen muokkaajan kuvaus koulutuksista.");
            other.locator("main form button[type=submit]").last().click();

            // The second save is not applied: both versions side by side, who saved the other one.
            assertThat(other.locator("h1")).hasText("Joku muu tallensi muutoksia sillä välin, kun muokkasit");
            assertThat(other.locator("main")).containsText("Ensimmäisen muokkaajan kuvaus koulutuksista.");
            assertThat(other.locator("main")).containsText("Toisen muokkaajan kuvaus koulutuksista.");
            assertThat(other.locator("main")).containsText(first);
            assertAccessible(other);

            page.navigate(url("/palvelut/" + TRAINING));
            assertThat(page.locator("main")).containsText("Ensimmäisen muokkaajan kuvaus koulutuksista.");

            // The second editor goes on from their own answers, now against the saved version, and saves.
            other.locator("button[name=toiminto][value=jatka]").click();
            assertThat(other.locator("#descriptionFi")).hasValue("Toisen muokkaajan kuvaus koulutuksista.");
            assertAccessible(other);
            other.locator("main form button[type=submit]").last().click();
            assertThat(other.locator("main")).containsText("Muutokset on tallennettu.");

            // Both saves are in the history, with their editors.
            other.navigate(url("/yllapito/palvelut/" + TRAINING + "/historia"));
            assertThat(other.locator("main")).containsText(first);
            assertThat(other.locator("main")).containsText(second);
            assertAccessible(other);
        }
    }
}
