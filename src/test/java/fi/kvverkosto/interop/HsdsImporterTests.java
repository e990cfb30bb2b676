package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/** Importing into the database: all or nothing, dry runs, repeat imports, and what the files say in other forms. */
@SpringBootTest
class HsdsImporterTests {

    @Autowired
    HsdsImporter importer;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    InteropStore store;

    @Autowired
    MessageSource messages;

    @TempDir
    Path folder;

    ImportReport importSmall(boolean dryRun) throws IOException {
        return importer.run(HsdsFiles.fromDirectory(HsdsTestFiles.SMALL), dryRun, Progress.NONE);
    }

    @Test
    void importsTheFilesWithTheirTranslations() throws IOException {
        var report = importSmall(false);

        assertThat(report.problems()).isEmpty();
        var snapshot = exchange.snapshot();
        assertThat(snapshot.organisations())
                .filteredOn(o -> o.id().equals(HsdsTestFiles.SMALL_ORGANISATION))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.name())
                            .isEqualTo(LocalizedText.of(
                                    "Testiorganisaatio Oy", "Testorganisation Ab", "Test Organisation Ltd"));
                    assertThat(o.description().en()).isEqualTo("The test organisation advises companies.");
                });
        assertThat(snapshot.terms())
                .filteredOn(t -> t.id().equals(HsdsTestFiles.SMALL_TERM_STAGE_1))
                .singleElement()
                .satisfies(t -> assertThat(t.label().sv()).isEqualTo("Förberedelse"));
        assertThat(store.attributeIds().values()).contains(UUID.fromString(firstTranslationId()));
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws IOException {
        importSmall(false);
        var before = exchange.snapshot();
        var ids = store.attributeIds();

        var again = importSmall(false);

        assertThat(again.problems()).isEmpty();
        assertThat(again.outcome().changedAnything()).isFalse();
        assertThat(again.outcome().of(Kind.SERVICE).unchanged()).isEqualTo(2);
        assertThat(exchange.snapshot()).isEqualTo(before);
        assertThat(store.attributeIds()).isEqualTo(ids);
    }

    @Test
    void dryRunCountsTheChangesButChangesNothing() throws IOException {
        importSmall(false);
        HsdsTestFiles.copy(HsdsTestFiles.SMALL, folder);
        replace(HsdsFiles.SERVICES, "\"name\": \"Testineuvonta\"", "\"name\": \"Testineuvonta ja -koulutus\"");
        replace(HsdsFiles.SERVICES, "Free advice for test companies.", "Free advice and training.");
        var before = exchange.snapshot();
        var ids = store.attributeIds();

        var report = importer.run(HsdsFiles.fromDirectory(folder), true, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.dryRun()).isTrue();
        assertThat(report.outcome().of(Kind.SERVICE).updated()).isEqualTo(1);
        assertThat(report.outcome().of(Kind.SERVICE).unchanged()).isEqualTo(1);
        assertThat(report.changedNothing()).isTrue();
        assertThat(exchange.snapshot()).isEqualTo(before);
        assertThat(store.attributeIds()).isEqualTo(ids);
    }

    /** Each bad input gives a message naming where it is, and the database stays as it was. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            broken JSON        | services.json      | "status": "active",  | "status": "active"     | services.json      |                                      |                 | interop.problem.json.broken
            missing field      | organizations.json | "description": "Testiorganisaatio neuvoo yrityksiä.", |                 | organizations.json | 833eb17f-baaf-4296-9711-c1b5c4f97b98 | description | interop.problem.required
            dangling reference | services.json      | "uri": "urn:fi:stat:kunta:179" | "uri": "urn:fi:stat:kunta:998" | services.json | 47d11257-65b9-463d-88d3-aa83dc14110c | service_areas[0].uri | interop.problem.reference.area
            duplicate id       | services.json      | cf7c3a4f-be02-42b3-92e5-a34bc5963cda | 47d11257-65b9-463d-88d3-aa83dc14110c | services.json | 47d11257-65b9-463d-88d3-aa83dc14110c | id | interop.problem.id.twice
            wrong UUID         | organizations.json | "id": "833eb17f-baaf-4296-9711-c1b5c4f97b98" | "id": "833eb17f-baaf-4296-9711" | organizations.json | [0] | id | interop.problem.uuid
            """)
    void badInputNamesTheProblemAndChangesNothing(
            String name,
            String file,
            String find,
            String replacement,
            String expectedFile,
            String expectedRecord,
            String expectedField,
            String expectedKey)
            throws IOException {
        importSmall(false);
        HsdsTestFiles.copy(HsdsTestFiles.SMALL, folder);
        // A changed name too, so that a partial write would show.
        replace(HsdsFiles.SERVICES, "\"name\": \"Testineuvonta\"", "\"name\": \"Muutettu nimi\"");
        replace(file, find, replacement == null ? "" : replacement);
        var before = exchange.snapshot();
        var ids = store.attributeIds();

        var report = importer.run(HsdsFiles.fromDirectory(folder), false, Progress.NONE);

        assertThat(report.succeeded()).isFalse();
        assertThat(report.changedNothing()).isTrue();
        assertThat(report.problems())
                .extracting(ImportProblem::file, ImportProblem::record, ImportProblem::field, ImportProblem::messageKey)
                .contains(tuple(expectedFile, expectedRecord, expectedField, expectedKey));
        for (var problem : report.problems()) {
            for (Locale locale : new Locale[] {Locale.forLanguageTag("fi"), Locale.ENGLISH}) {
                assertThat(problem.message(messages, locale))
                        .doesNotContain("{0}")
                        .isNotBlank();
            }
        }
        assertThat(exchange.snapshot()).isEqualTo(before);
        assertThat(store.attributeIds()).isEqualTo(ids);
    }

    @Test
    void brokenJsonSaysWhere() throws IOException {
        HsdsTestFiles.copy(HsdsTestFiles.SMALL, folder);
        replace(HsdsFiles.TAXONOMIES, "\"version\": \"1.0\"", "\"version\": 1.0.0");

        var report = importer.run(HsdsFiles.fromDirectory(folder), false, Progress.NONE);

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(HsdsFiles.TAXONOMIES);
            assertThat(p.message(messages, Locale.ENGLISH)).startsWith("The file is not valid JSON at line 6, column");
            assertThat(p.message(messages, Locale.forLanguageTag("fi")))
                    .startsWith("Tiedosto ei ole kelvollista JSONia rivin 6 sarakkeen");
        });
    }

    @Test
    void unknownFilesAndEmptyFoldersAreProblems() throws IOException {
        Files.writeString(folder.resolve("locations.json"), "[]");
        Files.writeString(folder.resolve("README.md"), "Not data");

        var report = importer.run(HsdsFiles.fromDirectory(folder), false, Progress.NONE);

        assertThat(report.problems())
                .extracting(ImportProblem::file, ImportProblem::messageKey)
                .containsExactly(tuple("locations.json", "interop.problem.file.unknown"));
        var empty = importer.run(
                HsdsFiles.fromDirectory(Files.createDirectory(folder.resolve("empty"))), false, Progress.NONE);
        assertThat(empty.problems()).extracting(ImportProblem::messageKey).contains("interop.problem.file.none");
    }

    @Test
    void importsAZipWhereverTheFilesAreInIt() throws IOException {
        var zip = new ByteArrayOutputStream();
        try (var out = new ZipOutputStream(zip)) {
            for (String name : HsdsFiles.NAMES) {
                Path file = HsdsTestFiles.SMALL.resolve(name);
                if (Files.exists(file)) {
                    out.putNextEntry(new ZipEntry("export/" + name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }

        var report = importer.run(HsdsFiles.fromZip("small.zip", zip.toByteArray()), true, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        var services = report.outcome().of(Kind.SERVICE);
        assertThat(services.created() + services.updated() + services.unchanged())
                .isEqualTo(2);
    }

    @Test
    void brokenZipIsAProblem() {
        var report = importer.run(
                HsdsFiles.fromZip("broken.zip", "not a zip".getBytes(StandardCharsets.UTF_8)), false, Progress.NONE);

        assertThat(report.problems())
                .extracting(ImportProblem::file, ImportProblem::messageKey)
                .containsExactly(tuple("broken.zip", "interop.problem.zip.broken"));
    }

    private void replace(String file, String find, String replacement) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        assertThat(text).as("test setup: %s holds %s", file, find).contains(find);
        Files.writeString(path, text.replace(find, replacement), StandardCharsets.UTF_8);
    }

    private static String firstTranslationId() throws IOException {
        String text = Files.readString(HsdsTestFiles.SMALL.resolve(HsdsFiles.ORGANIZATIONS), StandardCharsets.UTF_8);
        int at = text.indexOf("\"attributes\"");
        int id = text.indexOf("\"id\": \"", at) + "\"id\": \"".length();
        return text.substring(id, id + 36);
    }
}
