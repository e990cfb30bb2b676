package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A staff member imports a CSV of companies in a real browser with a column mapping: checks it, follows the progress
 * bar to the preview, saves the checked rows and finds a company in the search.
 */
@DemoDataServerTest
class ContactImportBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    @Test
    void staffChecksAFileThenSavesItAndFindsTheCompany() throws IOException {
        Path file = folder.resolve("yritykset.csv");
        Files.writeString(file, """
                Y-tunnus,Nimi,municipality,market,mode
                3300104-2,Selaintuonti Oy,179,LT,export
                3300105-0,Toinen Selaintuonti Oy,182,LV,partner
                """, StandardCharsets.UTF_8);

        signIn(page, TestStaff.admin(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/kv-tietokanta/tuonti"));
        assertAccessible();
        page.locator("#file").setInputFiles(file);
        page.locator("#map-businessId").fill("Y-tunnus");
        page.locator("#map-name").fill("Nimi");
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("Tuonnin tila");
        assertThat(page.locator("progress")).isVisible();
        // htmx polls until the check is done; the preview replaces the progress.
        assertThat(page.locator("#rows")).isVisible();
        assertThat(page.locator("progress")).hasAttribute("value", "100");
        assertThat(page.locator("#rows")).containsText("Toinen Selaintuonti Oy");
        assertAccessible();

        page.locator("#kv-import-report form button[type=submit]").click();
        assertThat(page.locator("main")).containsText("Tallennettiin 2 riviä.");
        assertAccessible();

        page.navigate(url("/kv-yritykset?q=Selaintuonti&market=LT"));
        assertThat(page.locator("main")).containsText("Selaintuonti Oy");
    }
}
