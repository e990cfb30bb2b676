package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kvverkosto.KvVerkostoApplication;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The index on disk, as in production: it survives a restart, and an index folder that has gone missing is rebuilt in
 * the background on start-up. Starts the application itself (on a random port) on an H2 file database and a
 * filesystem index in a temporary folder, three times.
 */
class SearchIndexRestartTests {

    @TempDir
    Path data;

    ConfigurableApplicationContext start(String... more) {
        return new SpringApplicationBuilder(KvVerkostoApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(Stream.concat(
                                Stream.of(
                                        "--server.port=0",
                                        "--kv.data-dir=" + data,
                                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("db/kv")
                                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                                        "--spring.datasource.username=sa",
                                        "--spring.datasource.password=",
                                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                                        "--spring.jpa.properties.hibernate.search.backend.directory.root="
                                                + data.resolve("index"),
                                        "--spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"),
                                Stream.of(more))
                        .toArray(String[]::new));
    }

    static long found(ConfigurableApplicationContext context, String text) {
        return context.getBean(ServiceDirectory.class)
                .search(ServiceSearch.text(text), Language.FI)
                .total();
    }

    @Test
    void indexSurvivesARestartAndAMissingIndexIsRebuilt() throws IOException {
        try (var first = start()) {
            first.getBean(CatalogExchange.class).apply(CatalogFixtures.aSmallCatalogue());
            assertThat(found(first, "alkuperätodistus")).isEqualTo(1);
        }
        assertThat(data.resolve("index/service")).isDirectory();

        try (var second = start()) {
            // Found at once: the index was read from disk, not rebuilt.
            assertThat(found(second, "alkuperätodistus")).isEqualTo(1);
            assertThat(second.getBean(SearchIndexing.class).state().lastTask()).isNull();
        }

        deleteRecursively(data.resolve("index"));
        try (var third = start()) {
            var indexing = third.getBean(SearchIndexing.class);
            assertThat(indexing.state().lastTask()).isNotNull();
            await().atMost(Duration.ofSeconds(60)).until(() -> found(third, "alkuperätodistus") == 1);
            await().atMost(Duration.ofSeconds(60)).until(() -> indexing.state().complete());
        }
    }

    @Test
    void aFirstStartThatImportsTheDemoDataNeedsNoRebuild() {
        try (var first = start("--kv.demo-data=true")) {
            var indexing = first.getBean(SearchIndexing.class);
            // The demo services were indexed as they were imported, into an index of the current layout.
            assertThat(indexing.state().publicServices()).isPositive();
            assertThat(indexing.state().complete()).isTrue();
            assertThat(indexing.state().lastTask()).isNull();
            assertThat(found(first, "alkuperätodistus")).isPositive();
            // Written with the areas and terms in one transaction, each document was expanded through them as it was
            // built: services for the whole region are found in Äänekoski, with no refresh after.
            assertThat(indexing.refreshesScheduled()).isZero();
            assertThat(inMunicipality(first, "992")).isGreaterThan(20);
        }
    }

    static long inMunicipality(ConfigurableApplicationContext context, String code) {
        return context.getBean(ServiceDirectory.class)
                .search(new ServiceSearch(null, Map.of(SearchFacet.MUNICIPALITY, Set.of(code)), 1, 20), Language.FI)
                .total();
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
