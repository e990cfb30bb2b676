package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The benchmark catalogue with a programme added (the real catalogue has none): Team Finland's programme, owned by
 * Team Finland, with a service of Keski-Suomen elinvoimakeskus and one of Business Jyväskylä in it. It goes in and
 * comes back out the same, passes the catalogue's checker, and the HSDS API shows it with the service. A test fixture,
 * not a claim about the real programme.
 */
@SpringBootTest(properties = "kv.test.database=hsds-programmes")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsProgrammeRoundTripTests {

    static final String TEAM_FINLAND = "907374ef-a450-4f88-ae95-3ad6c163080d";
    static final String PROGRAMME = "3f0e4c1a-8b7d-4e2f-9a6c-5d4b3a2f1e0d";
    static final String PROGRAMME_DESCRIPTION_EN = "6b1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e";
    static final String DESCRIPTION_EN_TERM = "e5b6917a-65da-4d8c-8f10-34d62bc2e2b4";
    /** Keski-Suomen elinvoimakeskus: Team Finland advice in Central Finland. */
    static final String ELINVOIMAKESKUS_SERVICE = "61775f41-3446-4138-bb2c-bba9d7a927b7";
    /** Business Jyväskylä: guidance to growth and internationalisation services. */
    static final String BUSINESS_JYVASKYLA_SERVICE = "4efc5873-112a-4bd2-8591-f1ce2b740e76";

    @Autowired
    HsdsImporter importer;

    @Autowired
    HsdsExporter exporter;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    MockMvcTester mvc;

    Path fixture;
    ImportReport firstImport;

    @BeforeAll
    void importTheCatalogueWithAProgramme() throws IOException {
        fixture = HsdsTestFiles.copy(HsdsTestFiles.catalogue(), Files.createTempDirectory("hsds-programmes"));
        var organisations = (ArrayNode) read(fixture.resolve(HsdsFiles.ORGANIZATIONS));
        for (JsonNode o : organisations) {
            if (o.get("id").asString().equals(TEAM_FINLAND)) {
                var programme = ((ObjectNode) o).putArray("programs").addObject();
                programme.put("id", PROGRAMME);
                programme.put("organization_id", TEAM_FINLAND);
                programme.put("name", "Team Finland -verkoston palvelut (testiohjelma)");
                programme.put("alternate_name", "Team Finland network services (test programme)");
                programme.put("description", "Testiaineiston ohjelma: Team Finland -verkoston palvelut alueella.");
                var translation = programme.putArray("attributes").addObject();
                translation.put("id", PROGRAMME_DESCRIPTION_EN);
                translation.put("link_id", PROGRAMME);
                translation.put("link_type", "translation");
                translation.put("link_entity", "program");
                translation.put("taxonomy_term_id", DESCRIPTION_EN_TERM);
                translation.put("value", "A programme of the test data: the Team Finland network's services.");
            }
        }
        var services = (ArrayNode) read(fixture.resolve(HsdsFiles.SERVICES));
        for (JsonNode s : services) {
            String id = s.get("id").asString();
            if (id.equals(ELINVOIMAKESKUS_SERVICE) || id.equals(BUSINESS_JYVASKYLA_SERVICE)) {
                ((ObjectNode) s).put("program_id", PROGRAMME);
            }
        }
        Files.write(fixture.resolve(HsdsFiles.ORGANIZATIONS), HsdsJson.write(organisations));
        Files.write(fixture.resolve(HsdsFiles.SERVICES), HsdsJson.write(services));
        firstImport = importer.run(HsdsFiles.fromDirectory(fixture), false, Progress.NONE);
    }

    @AfterAll
    void removeTheFixture() throws IOException {
        if (fixture != null) {
            FileSystemUtils.deleteRecursively(fixture);
        }
    }

    @Test
    void importsTheProgrammeAndItsServices() {
        assertThat(firstImport.problems()).isEmpty();
        assertThat(firstImport.outcome().of(Kind.PROGRAMME).created()).isEqualTo(1);
        var snapshot = exchange.snapshot();
        assertThat(snapshot.programmes()).singleElement().satisfies(p -> {
            assertThat(p.organisationId()).hasToString(TEAM_FINLAND);
            assertThat(p.name().en()).isEqualTo("Team Finland network services (test programme)");
            assertThat(p.description().en()).startsWith("A programme of the test data");
        });
        assertThat(snapshot.services())
                .filteredOn(s -> s.programmeId() != null)
                .extracting(s -> s.id().toString())
                .containsExactlyInAnyOrder(ELINVOIMAKESKUS_SERVICE, BUSINESS_JYVASKYLA_SERVICE);
    }

    @Test
    void exportGivesBackTheProgrammeWithItsIds(@TempDir Path export) throws IOException {
        exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        for (String file :
                List.of(HsdsFiles.ORGANIZATIONS, HsdsFiles.SERVICES, HsdsFiles.TAXONOMIES, HsdsFiles.TERMS)) {
            JsonNode expected = read(fixture.resolve(file));
            JsonNode actual = read(export.resolve(file));
            assertThat(actual.size()).as(file).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(file + " record " + i).isEqualTo(expected.get(i));
            }
        }
    }

    @Test
    void exportWithTheProgrammePassesTheCataloguesChecker(@TempDir Path export) throws Exception {
        assumeTrue(
                HsdsRoundTripTests.run("python3", "-c", "import jsonschema, referencing")
                                .exit()
                        == 0,
                "python3 with jsonschema and referencing is needed to run check.py");
        exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        var check = HsdsRoundTripTests.run(
                "python3",
                HsdsTestFiles.catalogue().resolve("check.py").toString(),
                "--quiet",
                export.toAbsolutePath().toString());

        assertThat(check.output()).contains("VALIDATION: OK");
        assertThat(check.exit()).isZero();
    }

    @Test
    void importingAgainChangesNothing() throws IOException {
        var again = importer.run(HsdsFiles.fromDirectory(fixture), false, Progress.NONE);

        assertThat(again.problems()).isEmpty();
        assertThat(again.outcome().changedAnything()).isFalse();
        assertThat(again.outcome().of(Kind.PROGRAMME).unchanged()).isEqualTo(1);
    }

    @Test
    void hsdsApiShowsTheServicesProgrammeAndTheOrganisationsProgrammes() {
        var service = assertThat(mvc.get().uri("/api/hsds/services/{id}", ELINVOIMAKESKUS_SERVICE))
                .hasStatusOk()
                .bodyJson();
        service.extractingPath("$.program_id").isEqualTo(PROGRAMME);
        service.extractingPath("$.program.id").isEqualTo(PROGRAMME);
        service.extractingPath("$.program.organization_id").isEqualTo(TEAM_FINLAND);
        service.extractingPath("$.program.name").isEqualTo("Team Finland -verkoston palvelut (testiohjelma)");

        assertThat(mvc.get().uri("/api/hsds/organizations/{id}", TEAM_FINLAND))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.programs[0].id")
                .isEqualTo(PROGRAMME);
    }

    private static JsonNode read(Path file) throws IOException {
        return HsdsRoundTripTests.JSON.readTree(Files.readAllBytes(file));
    }
}
