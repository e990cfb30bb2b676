package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.directory.CatalogExchange;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/** The open-data page and the download anyone may take. */
@KvServerTest
class OpenDataTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Test
    void pageTellsWhatTheDataIsItsLicenceAndWhereToGetIt() {
        var page = assertThat(mvc.get().uri("/avoin-data")).hasStatusOk().bodyText();
        page.contains("<h1>Avoin data ja rajapinta</h1>")
                .contains("CC BY 4.0")
                .contains("href=\"https://creativecommons.org/licenses/by/4.0/deed.fi\"")
                .contains("href=\"/avoin-data/kv-verkosto-hsds.zip\"")
                .contains("href=\"/api/hsds/\"")
                .contains("href=\"/api-docs.html\"");

        assertThat(mvc.get().uri("/avoin-data?lang=en"))
                .bodyText()
                .contains("<h1>Open data and API</h1>")
                .contains("deed.en");
        assertThat(mvc.get().uri("/avoin-data?lang=sv")).bodyText().contains("<h1>Öppna data och gränssnitt</h1>");
    }

    @Test
    void downloadIsAZipOfThePublicCatalogue() throws Exception {
        exchange.apply(HsdsExporterTests.withNonPublicRecords());

        var response =
                mvc.get().uri("/avoin-data/kv-verkosto-hsds.zip").exchange().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/zip");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kv-verkosto-hsds.zip\"");
        Map<String, byte[]> files = unzip(response.getContentAsByteArray());
        assertThat(files)
                .containsKeys(
                        HsdsFiles.TAXONOMIES,
                        HsdsFiles.TERMS,
                        HsdsFiles.ORGANIZATIONS,
                        HsdsFiles.SERVICES,
                        HsdsFiles.MUNICIPALITIES);
        var json = JsonMapper.builder().build();
        List<String> services = new ArrayList<>();
        json.readTree(files.get(HsdsFiles.SERVICES))
                .forEach(s -> services.add(s.get("id").asString()));
        assertThat(services)
                .isNotEmpty()
                .doesNotContain(
                        HsdsExporterTests.DEFUNCT_SERVICE.toString(), HsdsExporterTests.SERVICE_OF_ARCHIVED.toString());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new HashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
