package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.KvProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The built-in demo dataset ({@code classpath:demo/hsds/}, or {@code -Dkv.test.demo=DIR}) loads into an empty
 * directory on start and exports back record for record, term translations in {@code attributes.json} included. Its
 * own database: it must start empty, and its terms have the codes the test fixtures use with other ids.
 */
@SpringBootTest(properties = "kv.test.database=demo-data")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataSetTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CatalogExchange exchange;

    @Autowired
    HsdsImporter importer;

    @Autowired
    HsdsExporter exporter;

    @Autowired
    ResourceLoader resources;

    @Autowired
    MessageSource messages;

    String location;
    HsdsFiles demo;
    ImportReport report;

    @BeforeAll
    void startsWithTheDemoData() throws Exception {
        String folder = System.getProperty("kv.test.demo");
        location = folder != null ? Path.of(folder).toUri().toString() : DemoData.LOCATION;
        demo = HsdsFiles.fromLocation(resources, location);
        assumeTrue(!demo.files().isEmpty(), "No demo data at " + location + " (set -Dkv.test.demo=DIR)");
        assertThat(exchange.isEmpty()).isTrue();
        var loader =
                new DemoData(
                        new KvProperties(Path.of("target/test-data"), true, null),
                        exchange,
                        importer,
                        resources,
                        messages,
                        location) {
                    @Override
                    ImportReport load(String at) throws IOException {
                        report = super.load(at);
                        return report;
                    }
                };
        loader.run(new DefaultApplicationArguments());
    }

    @Test
    void theDemoDataLoadsCompletely() {
        assertThat(report).isNotNull();
        assertThat(report.problems()).isEmpty();
        assertThat(report.outcome().of(Kind.ORGANISATION).created()).isEqualTo(57);
        assertThat(report.outcome().of(Kind.SERVICE).created()).isEqualTo(143);
        assertThat(exchange.isEmpty()).isFalse();
    }

    @Test
    void translationTermsAddedByExportsAreTheDemoDatasOwn() throws IOException {
        for (String key : List.of("name.sv", "description.sv", "alert.en", "option.sv", "fees_description.en")) {
            var code = Translations.Code.parse("translation:" + key).orElseThrow();
            assertThat(exchange.snapshot().terms())
                    .filteredOn(t -> t.code().equals(code.code()))
                    .singleElement()
                    .satisfies(t -> assertThat(t.id()).isEqualTo(code.fixedTermId()));
        }
        // So a folder using them (as the small test folder does) imports into a directory holding the demo data.
        var small = importer.run(HsdsFiles.fromLocation(resources, HsdsTestFiles.SMALL_LOCATION), true, Progress.NONE);
        assertThat(small.problems()).isEmpty();
    }

    @Test
    void theDemoDataExportsBackRecordForRecord(@TempDir Path export) throws IOException {
        exporter.exportTo(export, HsdsExporter.Scope.TRANSFER);

        for (String file : List.of(
                HsdsFiles.TAXONOMIES,
                HsdsFiles.TERMS,
                HsdsFiles.ORGANIZATIONS,
                HsdsFiles.SERVICES,
                HsdsFiles.ATTRIBUTES)) {
            JsonNode expected = JSON.readTree(demo.files().get(file));
            JsonNode actual = JSON.readTree(Files.readAllBytes(export.resolve(file)));
            assertThat(actual.size()).as(file).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as(file + " record " + i).isEqualTo(expected.get(i));
            }
        }
    }
}
