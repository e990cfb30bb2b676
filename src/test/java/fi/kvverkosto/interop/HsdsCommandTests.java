package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.shared.KvProperties;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

/** The command line's contract: what it prints, and the exit codes scripts rely on. */
@SpringBootTest
class HsdsCommandTests {

    @Autowired
    HsdsCommand command;

    @Autowired
    HsdsImporter importer;

    @Autowired
    HsdsExporter exporter;

    @Autowired
    MessageSource messages;

    @TempDir
    Path folder;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String name, String... args) {
        return command.execute(
                name,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dryRunImportPrintsTheCountsAndExitsWithZero() {
        int code = run("import-hsds", HsdsTestFiles.SMALL.toString(), "--dry-run");

        assertThat(code).isEqualTo(HsdsCommand.DONE);
        assertThat(out())
                .contains("Dry run: checking the HSDS files in the folder")
                .containsPattern("Services: \\d+ added, \\d+ updated, \\d+ unchanged")
                .contains("Dry run done: nothing was changed.");
        assertThat(err()).isEmpty();
    }

    @Test
    void importWithProblemsPrintsEachOnItsOwnLineAndExitsWithOne() throws IOException {
        HsdsTestFiles.copy(HsdsTestFiles.SMALL, folder);
        Path services = folder.resolve(HsdsFiles.SERVICES);
        Files.writeString(
                services,
                Files.readString(services)
                        .replace("\"status\": \"inactive\"", "\"status\": \"closed\"")
                        .replace("urn:fi:stat:kunta:179", "urn:fi:stat:kunta:998"));

        int code = run("import-hsds", folder.toString());

        assertThat(code).isEqualTo(HsdsCommand.PROBLEMS);
        assertThat(err())
                .contains("The import did not succeed: 2 things to fix. Nothing was changed.")
                .contains(
                        "services.json | cf7c3a4f-be02-42b3-92e5-a34bc5963cda | status | The status “closed” is not used.")
                .contains("services.json | 47d11257-65b9-463d-88d3-aa83dc14110c | service_areas[0].uri | ");
    }

    @Test
    void missingFolderIsAUsageError() {
        int code = run("import-hsds", folder.resolve("no-such-folder").toString());

        assertThat(code).isEqualTo(HsdsCommand.USAGE);
        assertThat(err()).contains("There is no folder").contains("no-such-folder");
    }

    @Test
    void unknownOptionsAndMissingFoldersAreUsageErrors() {
        assertThat(run("import-hsds", folder.toString(), "--dryrun")).isEqualTo(HsdsCommand.USAGE);
        assertThat(run("export-hsds")).isEqualTo(HsdsCommand.USAGE);
        assertThat(run("export-hsds", folder.toString(), "--lang=de")).isEqualTo(HsdsCommand.USAGE);
        assertThat(err()).contains("Unknown option --dryrun").contains("Usage: import-hsds FOLDER");
    }

    @Test
    void springSettingsAreAllowedBesideTheCommandsOptions() {
        assertThat(run("import-hsds", HsdsTestFiles.SMALL.toString(), "--dry-run", "--kv.demo-data=false"))
                .isEqualTo(HsdsCommand.DONE);
    }

    @Test
    void exportWritesTheFilesAndExitsWithZero() {
        int code = run("export-hsds", folder.resolve("export").toString());

        assertThat(code).isEqualTo(HsdsCommand.DONE);
        assertThat(folder.resolve("export").resolve(HsdsFiles.SERVICES)).exists();
        assertThat(folder.resolve("export").resolve(HsdsFiles.MUNICIPALITIES)).exists();
        assertThat(out()).contains("Exported to the folder").contains("services.json");
    }

    @Test
    void exportOntoAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");

        assertThat(run("export-hsds", file.toString())).isEqualTo(HsdsCommand.USAGE);
        assertThat(err()).contains("is a file, not a folder");
    }

    @Test
    void speaksFinnishOrSwedishWhenAsked() {
        run("import-hsds", HsdsTestFiles.SMALL.toString(), "--dry-run", "--lang=fi");
        run("import-hsds", HsdsTestFiles.SMALL.toString(), "--dry-run", "--lang=sv");

        assertThat(out())
                .contains("Koeajo valmis: mitään ei muutettu.")
                .contains("Testkörningen är klar: ingenting ändrades.");
    }

    @Test
    void runnerRunsOnlyWithACommandAndHandsOverTheExitCode() {
        var properties = new KvProperties(Path.of("target/test-data"), false, HsdsCommand.IMPORT);
        var runner = new HsdsCommand(properties, importer, exporter, messages);
        runner.run(new DefaultApplicationArguments(folder.resolve("missing").toString()));
        assertThat(runner.getExitCode()).isEqualTo(HsdsCommand.USAGE);

        var idle = new HsdsCommand(
                new KvProperties(Path.of("target/test-data"), false, null), importer, exporter, messages);
        idle.run(new DefaultApplicationArguments(folder.resolve("missing").toString()));
        assertThat(idle.getExitCode()).isEqualTo(HsdsCommand.DONE);
    }
}
