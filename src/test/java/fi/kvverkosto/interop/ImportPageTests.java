package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import fi.kvverkosto.KvServerTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The admin's upload: who may use it, the form's errors, and an import followed to its report. */
@KvServerTest
class ImportPageTests {

    @Autowired
    MockMvcTester mvc;

    static MockMultipartFile file(String name) throws IOException {
        return new MockMultipartFile(
                "files", name, "application/json", Files.readAllBytes(HsdsTestFiles.SMALL.resolve(name)));
    }

    static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile... files) {
        var request = multipart("/yllapito/tuonti");
        for (var file : files) {
            request.file(file);
        }
        request.with(csrf());
        return request;
    }

    @Test
    void visitorsAreAskedToSignIn() {
        assertThat(mvc.get().uri("/yllapito/tuonti"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .contains("/kirjaudu");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsMayNotImport() throws IOException {
        assertThat(mvc.get().uri("/yllapito/tuonti")).hasStatus(403);
        assertThat(mvc.perform(upload(file(HsdsFiles.SERVICES)))).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminSeesTheUploadForm() {
        var page = assertThat(mvc.get().uri("/yllapito/tuonti")).hasStatusOk().bodyText();
        page.contains("<h1>Tuo palvelutietoja</h1>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("<label class=\"kv-label\" for=\"files\">")
                .contains("type=\"checkbox\" id=\"dryRun\"")
                .contains("name=\"_csrf\"")
                .doesNotContain("kv-error-summary");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void uploadWithoutFilesShowsTheErrorSummary() {
        var request = multipart("/yllapito/tuonti");
        request.file(new MockMultipartFile("files", "", "application/octet-stream", new byte[0]));
        request.param("dryRun", "true");
        request.with(csrf());

        var page = assertThat(mvc.perform(request)).hasStatusOk().bodyText();
        page.contains("<title>Virhe: Tuo palvelutietoja")
                .contains("kv-error-summary")
                .contains("href=\"#files\"")
                .contains("Valitse vähintään yksi tuotava tiedosto")
                .contains("aria-describedby=\"files-hint files-error\"")
                // The dry-run answer is kept.
                .containsPattern("id=\"dryRun\"[^>]*checked");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void filesOfOtherKindsAreRefused() {
        var request = upload(new MockMultipartFile("files", "services.csv", "text/csv", "id,name".getBytes()));

        assertThat(mvc.perform(request))
                .hasStatusOk()
                .bodyText()
                .contains("Valitse vain .json- tai .zip-päätteisiä tiedostoja");
    }

    @Test
    @WithMockUser(username = "admin@example.fi", roles = "ADMIN")
    void dryRunUploadEndsInAReportThatChangedNothing() throws Exception {
        var result = mvc.perform(upload(
                        file(HsdsFiles.TAXONOMIES),
                        file(HsdsFiles.TERMS),
                        file(HsdsFiles.ORGANIZATIONS),
                        file(HsdsFiles.SERVICES),
                        file(HsdsFiles.ATTRIBUTES))
                .param("dryRun", "true"));
        assertThat(result).hasStatus3xxRedirection();
        String location = result.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(location).matches("/yllapito/tuonti/[0-9a-f-]{36}");

        String page = waitForReport(location);

        assertThat(page)
                .contains("Koeajo valmis")
                .contains("Tämä oli koeajo: mitään ei muutettu.")
                .contains("Koeajettu: mitään ei tallennettu")
                .contains("Lisättäisiin")
                .contains("<th scope=\"row\">Palvelut</th>")
                .contains("Aloittaja admin@example.fi");
        assertThat(page.split("<h1", -1)).hasSize(2);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aZipUploadIsImportedLikeTheFilesInIt() throws Exception {
        var zip = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            for (String name : List.of(HsdsFiles.TAXONOMIES, HsdsFiles.TERMS, HsdsFiles.ORGANIZATIONS)) {
                out.putNextEntry(new java.util.zip.ZipEntry("hsds/" + name));
                out.write(Files.readAllBytes(HsdsTestFiles.SMALL.resolve(name)));
                out.closeEntry();
            }
        }
        var result =
                mvc.perform(upload(new MockMultipartFile("files", "hsds.zip", "application/zip", zip.toByteArray()))
                        .param("dryRun", "true"));

        String page = waitForReport(result.getMvcResult().getResponse().getRedirectedUrl());

        assertThat(page).contains("Koeajo valmis").contains("<th scope=\"row\">Organisaatiot</th>");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aZipGoesAlone() throws IOException {
        var request = upload(
                file(HsdsFiles.SERVICES),
                new MockMultipartFile("files", "more.zip", "application/zip", new byte[] {1}));

        assertThat(mvc.perform(request))
                .hasStatusOk()
                .bodyText()
                .contains("Valitse joko JSON-tiedostot tai yksi zip-tiedosto, ei molempia");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void uploadWithProblemsShowsEachInTheTable() throws Exception {
        String broken = Files.readString(HsdsTestFiles.SMALL.resolve(HsdsFiles.SERVICES), StandardCharsets.UTF_8)
                .replace("\"status\": \"inactive\"", "\"status\": \"closed\"");
        var result = mvc.perform(upload(
                file(HsdsFiles.TAXONOMIES),
                file(HsdsFiles.TERMS),
                file(HsdsFiles.ORGANIZATIONS),
                new MockMultipartFile(
                        "files", HsdsFiles.SERVICES, "application/json", broken.getBytes(StandardCharsets.UTF_8))));

        String page = waitForReport(result.getMvcResult().getResponse().getRedirectedUrl());

        assertThat(page)
                .contains("Tuonti ei onnistunut: 1 korjattavaa kohtaa")
                .contains("Mitään ei muutettu.")
                .contains("<td>services.json</td>")
                .contains("<code>cf7c3a4f-be02-42b3-92e5-a34bc5963cda</code>")
                .contains("<code>status</code>")
                .contains("Tila ”closed” ei ole käytössä.");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void htmxAsksForTheProgressAndGetsTheReportOutOfBand() throws Exception {
        var result = mvc.perform(
                upload(file(HsdsFiles.TAXONOMIES), file(HsdsFiles.TERMS)).param("dryRun", "true"));
        String location = result.getMvcResult().getResponse().getRedirectedUrl();
        waitForReport(location);

        var fragment = assertThat(mvc.get().uri(location).header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText();
        fragment.contains("id=\"kv-progress\"")
                .contains("id=\"kv-import-report\" hx-swap-oob=\"true\"")
                .doesNotContain("<h1")
                .doesNotContain("<html");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void unknownTasksAreNotFound() {
        assertThat(mvc.get().uri("/yllapito/tuonti/{id}", UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri("/yllapito/tuonti/not-a-task")).hasStatus(404);
    }

    /** Follows the status page as a browser without JavaScript would, by reloading it, until the report shows. */
    private String waitForReport(String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String page = mvc.get().uri(location).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (page.contains("href=\"/yllapito/tuonti\"") && !page.contains("hx-trigger")) {
                return page;
            }
            assertThat(page).contains("Päivitä tilanne");
            Thread.sleep(200);
        }
        throw new AssertionError("The import did not finish within a minute");
    }
}
