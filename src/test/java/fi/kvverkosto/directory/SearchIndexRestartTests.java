package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kvverkosto.KvVerkostoApplication;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
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
                                        Stream.of(more).anyMatch(arg -> arg.startsWith("--server.port="))
                                                ? "--kv.test.given-port=true"
                                                : "--server.port=0",
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
    void aFirstStartThatImportsTheDemoDataNeedsNoRebuild() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // A client that asks as soon as the web server listens, while the demo catalogue is still being imported.
        var early = CompletableFuture.supplyAsync(() -> firstAnswer(port, "/api/v1/finder?industry=C&q=vienti"));
        try (var first = start("--kv.demo-data=true", "--server.port=" + port)) {
            // Held until the application was ready, then answered from the whole catalogue.
            var answer = early.get(60, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"serviceId\"");
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

    /** The first answer of the server at {@code port} to {@code path}, trying until it listens. */
    static HttpResponse<String> firstAnswer(int port, String path) {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(90))
                .build();
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("The server never listened on " + port, e);
                }
                LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
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
