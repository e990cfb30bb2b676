package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark catalogue goes in and comes back out the same (ADR 0004): every organisation, service, taxonomy and
 * term, ids and attributes included, and the export passes the catalogue's own checker. Its own database, because the
 * catalogue's term codes are those the small test fixtures use with other ids.
 */
@SpringBootTest(properties = "kv.test.database=hsds-round-trip")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsRoundTripTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    HsdsImporter importer;

    @Autowired
    HsdsExporter exporter;

    @Autowired
    CatalogExchange exchange;

    Path catalogue;
    ImportReport firstImport;

    @BeforeAll
    void importTheCatalogue() throws IOException {
        catalogue = HsdsTestFiles.catalogue();
        firstImport = importer.run(HsdsFiles.fromDirectory(catalogue), false, Progress.NONE);
    }

    @Test
    void importsEveryRecordOfTheCatalogue() {
        assertThat(firstImport.problems()).isEmpty();
        var outcome = firstImport.outcome();
        assertThat(outcome.of(Kind.ORGANISATION).created()).isEqualTo(57);
        assertThat(outcome.of(Kind.SERVICE).created()).isEqualTo(143);
        assertThat(outcome.of(Kind.TAXONOMY).created()).isEqualTo(8);
        assertThat(outcome.of(Kind.TERM).created()).isEqualTo(115);
        var areas = outcome.of(Kind.AREA);
        assertThat(areas.created() + areas.updated() + areas.unchanged()).isEqualTo(1 + 6 + 22);
    }

    @Test
    void exportGivesBackTheSameRecordsWithTheirIds(@TempDir Path export) throws IOException {
        var result = exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        for (String file :
                List.of(HsdsFiles.ORGANIZATIONS, HsdsFiles.SERVICES, HsdsFiles.TAXONOMIES, HsdsFiles.TERMS)) {
            JsonNode expected = read(catalogue.resolve(file));
            JsonNode actual = read(export.resolve(file));
            assertThat(actual.size()).as(file).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(file + " record " + i).isEqualTo(expected.get(i));
            }
        }
        // The catalogue has no term translations, so none to write.
        assertThat(result.files()).doesNotContainKey(HsdsFiles.ATTRIBUTES);
        assertThat(export.resolve(HsdsFiles.ATTRIBUTES)).doesNotExist();
        assertThat(read(export.resolve(HsdsFiles.MUNICIPALITIES)).path("municipalities"))
                .hasSize(22);
    }

    @Test
    void exportIsWrittenInTheCataloguesLayout(@TempDir Path export) throws IOException {
        exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        String services = Files.readString(export.resolve(HsdsFiles.SERVICES), StandardCharsets.UTF_8);
        assertThat(services)
                .startsWith("[\n  {\n    \"id\": \"")
                .contains("\"name\": \"suomi\"")
                .contains("\"amount\": 0\n")
                .endsWith("]\n");
    }

    @Test
    void exportPassesTheCataloguesChecker(@TempDir Path export) throws Exception {
        assumeTrue(
                run("python3", "-c", "import jsonschema, referencing").exit() == 0,
                "python3 with jsonschema and referencing is needed to run check.py");
        exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        var check = run(
                "python3",
                catalogue.resolve("check.py").toString(),
                "--quiet",
                export.toAbsolutePath().toString());

        assertThat(check.output()).contains("57 organizations, 143 services").contains("VALIDATION: OK");
        assertThat(check.exit()).isZero();
    }

    @Test
    void importingTheCatalogueAgainChangesNothing() throws IOException {
        var before = exchange.snapshot();

        var again = importer.run(HsdsFiles.fromDirectory(catalogue), false, Progress.NONE);

        assertThat(again.problems()).isEmpty();
        assertThat(again.outcome().changedAnything()).isFalse();
        assertThat(again.outcome().of(Kind.SERVICE).unchanged()).isEqualTo(143);
        assertThat(exchange.snapshot()).isEqualTo(before);
    }

    @Test
    void dryRunOfAChangedCatalogueReportsTheChangeAndChangesNothing(@TempDir Path copy) throws IOException {
        HsdsTestFiles.copy(catalogue, copy);
        Path services = copy.resolve(HsdsFiles.SERVICES);
        String original = Files.readString(services, StandardCharsets.UTF_8);
        Files.writeString(
                services,
                original.replaceFirst("\"name\": \"EU:n yleinen alkuperätodistus\"", "\"name\": \"Alkuperätodistus\""),
                StandardCharsets.UTF_8);
        var before = exchange.snapshot();

        var dryRun = importer.run(HsdsFiles.fromDirectory(copy), true, Progress.NONE);

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.dryRun()).isTrue();
        assertThat(dryRun.outcome().of(Kind.SERVICE).updated()).isEqualTo(1);
        assertThat(dryRun.changedNothing()).isTrue();
        assertThat(exchange.snapshot()).isEqualTo(before);
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readAllBytes(file));
    }

    record Run(int exit, String output) {}

    static Run run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, output);
        }
        return new Run(process.exitValue(), output);
    }
}
