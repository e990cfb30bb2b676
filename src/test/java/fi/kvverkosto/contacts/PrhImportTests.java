package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PRH/YTJ open data {@code /companies} v3 importer against a fixture written from the published format: the
 * current main name, the TOL section of the main line of business, the municipality of an address in the region; a
 * company outside the region is still taken, without a municipality; a wrong Business ID stops the whole file.
 */
@DemoDataServerTest
class PrhImportTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CompanyRepository companies;

    JsonNode upload(byte[] content, int status) {
        var result = mvc.post()
                .uri("/api/v1/contacts/import/prh")
                .multipart()
                .file(new MockMultipartFile("file", "companies.json", "application/json", content))
                .with(csrf())
                .with(user("rekisteri").roles(Roles.ADMIN))
                .exchange();
        assertThat(result).hasStatus(status);
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    @Test
    void readsTheRegistersCompaniesAndUpdatesKnownOnesOnASecondRun() throws IOException {
        byte[] fixture = new ClassPathResource("contacts/prh-companies.json").getContentAsByteArray();
        var first = upload(fixture, 200);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        var machining = companies.findByBusinessId("3300000-7").orElseThrow();
        assertThat(machining.name()).isEqualTo("Rekisterikoe Oy");
        assertThat(machining.industryCode()).isEqualTo("C");
        assertThat(machining.municipalityCode()).isEqualTo("179");
        var software = companies.findByBusinessId("3300001-5").orElseThrow();
        assertThat(software.industryCode()).isEqualTo("J");
        assertThat(software.municipalityCode()).isEqualTo("182");
        var elsewhere = companies.findByBusinessId("3300002-3").orElseThrow();
        assertThat(elsewhere.industryCode()).isEqualTo("G");
        assertThat(elsewhere.municipalityCode()).isNull();

        var second = upload(fixture, 200);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isEqualTo(3);
    }

    @Test
    void aWrongBusinessIdStopsTheWholeFile() {
        long before = companies.count();
        String json = """
                {"companies": [
                  {"businessId": {"value": "3400000-9"}, "names": [{"name": "Hyvä Oy", "type": "1"}]},
                  {"businessId": {"value": "3400001-0"}, "names": [{"name": "Huono Oy", "type": "1"}]}
                ]}
                """;
        var result = upload(json.getBytes(StandardCharsets.UTF_8), 422);
        assertThat(result.get("problems").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(result.get("problems").get(0).get("field").asString()).isEqualTo("businessId");
        assertThat(companies.count()).isEqualTo(before);
    }

    @Test
    void tolCodesMapToTheirSections() {
        assertThat(PrhImport.section("01110")).isEqualTo("A");
        assertThat(PrhImport.section("25620")).isEqualTo("C");
        assertThat(PrhImport.section("35110")).isEqualTo("D");
        assertThat(PrhImport.section("62010")).isEqualTo("J");
        assertThat(PrhImport.section("99000")).isEqualTo("U");
        assertThat(PrhImport.section("00000")).isNull();
        assertThat(PrhImport.section(null)).isNull();
    }
}
