package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.shared.BackgroundTasks;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The staff's import page: who may use it, the form's errors, and imports followed as background tasks through their
 * progress (rows checked, then written) to a preview that can be saved, or to every problem by row and field.
 */
@DemoDataServerTest
class ContactImportPageTests {

    static final String PAGE = "/yllapito/kv-tietokanta/tuonti";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyRepository companies;

    @Autowired
    BackgroundTasks tasks;

    static MockMultipartHttpServletRequestBuilder upload(String name, String content) {
        var request = multipart(PAGE);
        request.file(new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
        request.with(csrf());
        return request;
    }

    @Test
    void visitorsAreAskedToSignIn() {
        assertThat(mvc.get().uri(PAGE))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .contains("/kirjaudu");
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void membersMayNotImport() {
        assertThat(mvc.get().uri(PAGE)).hasStatus(403);
        assertThat(mvc.perform(upload("a.csv", "name\nYksi Oy\n"))).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aPostWithoutTheCsrfTokenIsRefused() {
        var request = multipart(PAGE);
        request.file(new MockMultipartFile("file", "a.csv", "text/csv", "name\nYksi Oy\n".getBytes()));
        assertThat(mvc.perform(request)).hasStatus(403);
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void editorsSeeTheFormWithTheColumnMapping() {
        assertThat(mvc.get().uri(PAGE))
                .hasStatusOk()
                .bodyText()
                .contains("<h1>Tuo yrityksiä tiedostosta</h1>")
                .contains("enctype=\"multipart/form-data\"")
                .contains("for=\"map-businessId\"")
                .contains("name=\"map.personEmail\"")
                .contains("Y-tunnus (businessId)")
                .contains("name=\"_csrf\"")
                .doesNotContain("kv-error-summary");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void aMissingFileShowsTheErrorSummaryAndKeepsTheAnswers() {
        var request = multipart(PAGE);
        request.file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]));
        request.param("map.businessId", "Y-tunnus").param("write", "true").with(csrf());
        assertThat(mvc.perform(request))
                .hasStatusOk()
                .bodyText()
                .contains("<title>Virhe: Tuo yrityksiä tiedostosta")
                .contains("href=\"#file\"")
                .contains("Valitse tuotava tiedosto")
                .contains("aria-describedby=\"file-hint file-error\"")
                .contains("value=\"Y-tunnus\"")
                .containsPattern("id=\"write\"[^>]*checked");
        assertThat(mvc.perform(upload("yritykset.txt", "name\nYksi Oy\n")))
                .hasStatusOk()
                .bodyText()
                .contains("Valitse CSV- tai XLSX-tiedosto");
    }

    @Test
    @WithMockUser(username = "tuoja@example.org", roles = "EDITOR")
    void aCheckedFileIsPreviewedThenSavedWithoutUploadingItAgain() throws Exception {
        long before = companies.count();
        String csv = """
                Y-tunnus,Nimi,municipality,market,mode
                3300101-8,Sivulta Yksi Oy,179,LT,export
                3300102-6,Sivulta Kaksi Oy,182,LV,partner
                """;
        var checked = mvc.perform(
                upload("yritykset.csv", csv).param("map.businessId", "Y-tunnus").param("map.name", "Nimi"));
        assertThat(checked).hasStatus3xxRedirection();
        String location = checked.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(location).matches(PAGE + "/[0-9a-f-]{36}");

        String page = waitForOutcome(location);
        assertThat(page)
                .contains("Kaikki 2 riviä ovat kunnossa. Mitään ei ole vielä tallennettu.")
                .contains("<td>Sivulta Kaksi Oy</td>")
                .contains("Aloittaja tuoja@example.org")
                .contains("action=\"" + location + "/tallenna\"");
        assertThat(page.split("<h1", -1)).hasSize(2);
        // A check counts each row once.
        var status = tasks.status(id(location)).orElseThrow();
        assertThat(status.total()).isEqualTo(2);
        assertThat(status.done()).isEqualTo(2);
        assertThat(companies.count()).isEqualTo(before);

        var saved = mvc.perform(post(location + "/tallenna").with(csrf()));
        assertThat(saved).hasStatus3xxRedirection();
        String savedLocation = saved.getMvcResult().getResponse().getRedirectedUrl();
        assertThat(waitForOutcome(savedLocation))
                .contains("Tallennettiin 2 riviä.")
                .contains("Tallennettu 2 riviä");
        // Writing counts each row twice: checked, then written.
        var written = tasks.status(id(savedLocation)).orElseThrow();
        assertThat(written.total()).isEqualTo(4);
        assertThat(written.done()).isEqualTo(4);
        assertThat(companies.count()).isEqualTo(before + 2);
        assertThat(companies.findByBusinessId("3300102-6")).isPresent();

        // A task already saved offers nothing more to save.
        assertThat(mvc.perform(post(savedLocation + "/tallenna").with(csrf()))).hasStatus(409);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void badRowsAreListedByRowAndFieldAndNothingIsSaved() throws Exception {
        long before = companies.count();
        String csv = """
                businessId,name,municipality,personName,personEmail,legalBasis,consentPurpose,consentGivenOn,consentSource
                3300103-4,Hyvä Oy,179,Eeva Hyvä,eeva@hyva.example.org,consent,Yhteys,2026-01-01,messut
                3300003-2,Väärä Tarkiste Oy,179,,,,,,
                3300005-8,Tupla Oy,999,Eeva Toinen,EEVA@hyva.example.org,consent,Yhteys,2026-01-01,messut
                """;
        var result = mvc.perform(upload("yritykset.csv", csv).param("write", "true"));
        String page = waitForOutcome(result.getMvcResult().getResponse().getRedirectedUrl());
        assertThat(page)
                .contains("Korjattavaa: 3")
                .contains("Mitään ei tallennettu.")
                .containsPattern("<td>3</td>\\s*<td>Y-tunnus</td>")
                .containsPattern("<td>4</td>\\s*<td>Kunta \\(kuntanumero\\)</td>")
                .containsPattern("<td>4</td>\\s*<td>Yhteyshenkilön sähköposti</td>")
                .doesNotContain("action=\"/yllapito/kv-tietokanta/tuonti/");
        assertThat(companies.count()).isEqualTo(before);
        assertThat(companies.findByBusinessId("3300103-4")).isEmpty();
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void htmxAsksForTheProgressAndGetsTheOutcomeOutOfBand() throws Exception {
        var result = mvc.perform(upload("yritykset.csv", "name\nHtmx Oy\n"));
        String location = result.getMvcResult().getResponse().getRedirectedUrl();
        waitForOutcome(location);
        assertThat(mvc.get().uri(location).header("HX-Request", "true"))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"kv-progress\"")
                .contains("<progress id=\"kv-progress-bar\" class=\"kv-progress\" max=\"100\" value=\"100\"")
                .contains("id=\"kv-import-report\" hx-swap-oob=\"true\"")
                .contains("Kaikki 1 riviä ovat kunnossa")
                .doesNotContain("<h1")
                .doesNotContain("<html");
    }

    @Test
    @WithMockUser(roles = "EDITOR")
    void unknownTasksAreNotFound() {
        assertThat(mvc.get().uri(PAGE + "/{id}", UUID.randomUUID())).hasStatus(404);
        assertThat(mvc.get().uri(PAGE + "/not-a-task")).hasStatus(404);
    }

    private static UUID id(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Follows the status page as a browser without JavaScript would, by reloading it, until the outcome shows. */
    private String waitForOutcome(String location) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String page = mvc.get().uri(location).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
            if (page.contains("href=\"" + PAGE + "\"") && !page.contains("hx-trigger")) {
                return page;
            }
            assertThat(page).contains("Päivitä tilanne");
            Thread.sleep(200);
        }
        throw new AssertionError("The import did not finish within a minute");
    }
}
