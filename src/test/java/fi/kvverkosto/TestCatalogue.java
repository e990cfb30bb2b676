package fi.kvverkosto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the benchmark catalogue of Central Finland's services (HSDS 3.0, {@code shared/data/catalog} beside the
 * repository) is: the system property {@code kv.test.catalog}, else the environment variable {@code KV_TEST_CATALOG},
 * else {@code ../shared/data/catalog} (a clone beside {@code shared}) or {@code ../../shared/data/catalog} (a worktree
 * one level deeper). Tests that need it skip, saying why, when it is nowhere; {@code .ci/run} makes sure it is found.
 */
public final class TestCatalogue {

    public static final String PROPERTY = "kv.test.catalog";

    private TestCatalogue() {}

    public static Optional<Path> folder() {
        return candidates()
                .filter(p -> Files.isRegularFile(p.resolve("services.json")))
                .findFirst();
    }

    public static String whereLooked() {
        return candidates().map(Path::toString).toList() + " (set -D" + PROPERTY + "=DIR or KV_TEST_CATALOG)";
    }

    private static Stream<Path> candidates() {
        String property = System.getProperty(PROPERTY);
        String environment = System.getenv("KV_TEST_CATALOG");
        if (property != null && !property.isBlank()) {
            return Stream.of(Path.of(property));
        }
        if (environment != null && !environment.isBlank()) {
            return Stream.of(Path.of(environment));
        }
        return List.of(Path.of("../shared/data/catalog"), Path.of("../../shared/data/catalog")).stream();
    }
}
