package fi.kvverkosto.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.TestCatalogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/** Where the test data is: the real benchmark catalogue, and a small hand-made folder in the test resources. */
final class HsdsTestFiles {

    /** The small folder (test resources {@code interop/small}); its ids are fixed so tests can name them. */
    static final Path SMALL = Path.of("src/test/resources/interop/small");

    static final String SMALL_LOCATION = "classpath:interop/small/";
    static final UUID SMALL_ORGANISATION = UUID.fromString("833eb17f-baaf-4296-9711-c1b5c4f97b98");
    static final UUID SMALL_SERVICE_ADVICE = UUID.fromString("47d11257-65b9-463d-88d3-aa83dc14110c");
    static final UUID SMALL_SERVICE_CLOSED = UUID.fromString("cf7c3a4f-be02-42b3-92e5-a34bc5963cda");
    static final UUID SMALL_TERM_STAGE_1 = UUID.fromString("a01b60ac-c79f-4db9-badd-fdfe2322ffc6");
    static final UUID SMALL_TERM_STAGE_2 = UUID.fromString("4d8bfde7-2877-447d-b97b-2c0169737895");
    static final UUID SMALL_TAXONOMY = UUID.fromString("19f61a18-bc43-45e4-8b21-83cf9b497f95");

    private HsdsTestFiles() {}

    /** The benchmark catalogue; tests needing it are skipped, saying so, when it is not there. */
    static Path catalogue() {
        var folder = TestCatalogue.folder();
        assumeTrue(folder.isPresent(), "The benchmark catalogue is not at " + TestCatalogue.whereLooked());
        return folder.get();
    }

    /** A copy of a folder's files in a new temporary folder, to change without touching the original. */
    static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }
}
