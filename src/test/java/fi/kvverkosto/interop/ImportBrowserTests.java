package fi.kvverkosto.interop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An admin imports HSDS files through the upload page in a real browser and follows the progress bar to the report:
 * the demo data again, with one service renamed, so that exactly one service is updated and the rest stay as they
 * were.
 */
@DemoDataServerTest
class ImportBrowserTests extends BrowserJourney {

    static final Path DEMO_DATA = Path.of("src/main/resources/demo/hsds");
    static final String KEURUU_ADVICE = "037f345f-5242-4f24-a82e-4cb408dd74cf";

    @Autowired
    ApplicationContext context;

    @TempDir
    Path folder;

    @Test
    void adminUploadsFilesAndFollowsTheProgressToTheReport() throws IOException {
        HsdsTestFiles.copy(DEMO_DATA, folder);
        List<Path> files;
        try (var listing = Files.list(folder)) {
            files = listing.filter(f -> f.toString().endsWith(".json")).toList();
        }
        Path services = folder.resolve("services.json");
        Files.writeString(
                services,
                Files.readString(services, StandardCharsets.UTF_8)
                        .replace("\"Keuruun yritysneuvonta\"", "\"Keuruun yritysneuvonta ja -palvelut\""),
                StandardCharsets.UTF_8);

        signIn(page, TestStaff.admin(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/tuonti"));
        assertAccessible();
        page.locator("#files").setInputFiles(files.toArray(Path[]::new));
        page.locator("main form button[type=submit]").click();

        assertThat(page.locator("h1")).hasText("Tuonnin tila");
        assertThat(page.locator("progress")).isVisible();
        assertAccessible();
        // htmx polls until the job is done; the report replaces the progress.
        assertThat(page.locator("main table.kv-table")).isVisible();
        assertThat(page.locator("progress")).hasAttribute("value", "100");
        assertThat(page.locator("main")).containsText("Tuonti valmis");
        assertAccessible();

        page.navigate(url("/palvelut/" + KEURUU_ADVICE));
        assertThat(page.locator("h1")).hasText("Keuruun yritysneuvonta ja -palvelut");
    }
}
