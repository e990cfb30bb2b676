package fi.kvverkosto.directory;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.contacts.CompanyInput;
import fi.kvverkosto.contacts.CompanyView;
import fi.kvverkosto.contacts.ContactQuery;
import fi.kvverkosto.contacts.Contacts;
import fi.kvverkosto.contacts.MultilingualCompany;
import fi.kvverkosto.identity.Roles;
import fi.kvverkosto.shared.Language;
import jakarta.persistence.EntityManagerFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.backend.elasticsearch.index.ElasticsearchIndexManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.http.HttpServerTransport;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search on the Elasticsearch/OpenSearch backend against a real cluster: an OpenSearch 2.19 node (the server, its
 * HTTP transport and the analysis module, test dependencies from Maven Central) started in a JVM of its own on a free
 * local port. Hibernate Search detects the cluster's version and creates the indexes with the analysis of
 * {@link SearchAnalysisConfigurer}, so a definition the cluster refuses fails the start; the tests then check that the
 * cluster analyses and finds what {@link SearchAnalysisTests} and the contacts' index tests check on embedded Lucene.
 * It is part of the suite (about 20 s there: the node starts in about 10 s beside the application); a machine without
 * the room for a second JVM of 512 MB skips it with {@code -Dkv.test.opensearch=false}.
 */
@SpringBootTest(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.type=elasticsearch",
            "spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create",
            "kv.test.context=opensearch"
        })
@DirtiesContext
@DisabledIfSystemProperty(named = "kv.test.opensearch", matches = "false")
class OpenSearchBackendTests {

    private static final JsonMapper JSON = new JsonMapper();
    private static final String FINNISH = SearchAnalysisConfigurer.FINNISH;
    private static final String SWEDISH = SearchAnalysisConfigurer.SWEDISH;
    private static final String ENGLISH = SearchAnalysisConfigurer.ENGLISH;

    private static EmbeddedOpenSearch cluster;

    @DynamicPropertySource
    static void cluster(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.jpa.properties.hibernate.search.backend.uris",
                () -> started().uri());
    }

    private static synchronized EmbeddedOpenSearch started() {
        if (cluster == null) {
            cluster = EmbeddedOpenSearch.start();
        }
        return cluster;
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    Contacts contacts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    /** The relations {@link SearchAnalysisTests} checks between the Lucene analysers' tokens, on the cluster's. */
    @Test
    void theClusterAnalysesAsTheEmbeddedLuceneDoes() {
        assertThat(tokens(FINNISH, "vientirahoitusta")).containsAll(tokens(FINNISH, "vientirahoitus"));
        assertThat(tokens(FINNISH, "alkuperätodistuksen")).containsAnyElementsOf(tokens(FINNISH, "alkuperätodistus"));
        assertThat(tokens(FINNISH, "vientirahoitusta"))
                .containsAnyElementsOf(tokens(FINNISH, "rahoitus"))
                .containsAnyElementsOf(tokens(FINNISH, "vienti"));
        assertThat(tokens(FINNISH, "markkinoille")).containsAnyElementsOf(tokens(FINNISH, "markkinat"));
        assertThat(tokens(FINNISH, "Saksan")).containsAnyElementsOf(tokens(FINNISH, "Saksaan"));
        assertThat(tokens(SWEDISH, "exportfinansieringen")).containsAnyElementsOf(tokens(SWEDISH, "finansiering"));
        assertThat(tokens(SWEDISH, "ursprungsintyget")).containsAnyElementsOf(tokens(SWEDISH, "intyg"));
        assertThat(tokens(ENGLISH, "exporter's guarantees")).containsAll(tokens(ENGLISH, "exporter guarantee"));
        assertThat(tokens(ENGLISH, "the financing of exports")).doesNotContain("the", "of");
        for (var word : List.of("vientirahoitusta", "exportfinansieringen", "exporter's")) {
            assertThat(tokens(SearchAnalysisConfigurer.ALL, word))
                    .as(word)
                    .containsAll(tokens(FINNISH, word))
                    .containsAll(tokens(SWEDISH, word))
                    .containsAll(tokens(ENGLISH, word));
        }
    }

    @Test
    void servicesAreFoundByInflectedFinnishCompoundsAndByOtherLanguages() {
        exchange.apply(SearchAnalysisTests.analysisCatalogue());

        assertThat(serviceIds("vientirahoitusta"))
                .contains(SearchAnalysisTests.COMPOUND, SearchAnalysisTests.FINANCING);
        assertThat(serviceIds("markkinoille")).contains(SearchAnalysisTests.MARKETS);
        assertThat(serviceIds("exportfinansieringen")).contains(SearchAnalysisTests.SWEDISH);
        assertThat(serviceIds("exporter guarantee")).contains(SearchAnalysisTests.ENGLISH);
        assertThat(serviceIds("alkuperätodistsu")).contains(CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN);
    }

    /** The companies' one text field stacks the three languages' analyses ({@code kv_all}, a multiplexer here). */
    @Test
    @WithMockUser(roles = Roles.EDITOR)
    void companiesAreFoundByFinnishSwedishAndEnglishForms() {
        MultilingualCompany.savedIsFoundByItsWords(contacts, this::companyNames);
    }

    /** Totals and facet counts come from the cluster's aggregations (on Lucene, partly from doc values). */
    @Test
    @WithMockUser(roles = Roles.EDITOR)
    void companiesAreCountedByTheClustersAggregations() {
        exchange.apply(SearchAnalysisTests.analysisCatalogue()); // its market taxonomy
        var outcome = contacts.createCompany(new CompanyInput(
                null,
                "Saksanvienti Oy",
                "179",
                "C",
                null,
                null,
                List.of(),
                null,
                Map.of(),
                List.of(new CompanyInput.ExperienceInput("DE", "export", 2020, null, null)),
                List.of()));
        assertThat(outcome).isInstanceOf(Contacts.Outcome.Saved.class);

        var found = contacts.search(new ContactQuery(null, "DE", null, null, null, null, 1), Locale.ENGLISH);
        assertThat(found.total()).isEqualTo(1);
        assertThat(found.companies()).extracting(CompanyView::name).containsExactly("Saksanvienti Oy");
        assertThat(found.facets().get("market"))
                .anySatisfy(f -> assertThat(f.value() + "=" + f.count()).isEqualTo("DE=1"));
    }

    /** The tokens the cluster's analyser gives the text (its {@code _analyze} API on the services' index). */
    private List<String> tokens(String analyzer, String text) {
        String index = Search.mapping(entityManagerFactory)
                .indexedEntity(ServiceListing.class)
                .indexManager()
                .unwrap(ElasticsearchIndexManager.class)
                .descriptor()
                .readName();
        var body = JSON.createObjectNode().put("analyzer", analyzer).put("text", text);
        var request = HttpRequest.newBuilder(URI.create(cluster.uri() + "/" + index + "/_analyze"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            var tokens = new ArrayList<String>();
            JSON.readTree(response.body())
                    .path("tokens")
                    .forEach(t -> tokens.add(t.path("token").asString()));
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<UUID> serviceIds(String text) {
        return directory.search(new ServiceSearch(text, Map.of(), 1, 100), Language.FI).services().stream()
                .map(ServiceSummary::id)
                .toList();
    }

    private List<String> companyNames(String words) {
        return contacts
                .search(new ContactQuery(words, null, null, null, null, null, 1), Locale.ENGLISH)
                .companies()
                .stream()
                .map(CompanyView::name)
                .toList();
    }

    /**
     * One OpenSearch node in a JVM of its own, started from this test's class path: the node with its plugins given as
     * classes, as the test framework's MockNode makes it but without the test framework nor the bootstrap (which would
     * install a security manager, gone since Java 24); single-node discovery, HTTP on a free port of the loopback
     * address. A JVM of its own because the node logs through Log4j's own implementation, while the application's Log4j
     * API goes to SLF4J and Logback. It stops when its standard input closes: when this JVM closes it, or ends.
     */
    record EmbeddedOpenSearch(Process process, String uri) implements AutoCloseable {

        private static final String LISTENING = "kv-opensearch-listening ";

        static EmbeddedOpenSearch start() {
            try {
                Path log = Path.of("target", "opensearch-node.log");
                Files.createDirectories(log.getParent());
                long began = System.nanoTime();
                var process = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-Xms256m",
                                "-Xmx512m",
                                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.core.impl.Log4jContextFactory",
                                "-cp",
                                System.getProperty("java.class.path"),
                                EmbeddedOpenSearch.class.getName())
                        .redirectError(log.toFile())
                        .start();
                var output = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
                for (String line; (line = output.readLine()) != null; ) {
                    if (line.startsWith(LISTENING)) {
                        // Whatever the node prints later must not fill the pipe and block it.
                        Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> {}));
                        var node = new EmbeddedOpenSearch(process, line.substring(LISTENING.length()));
                        LoggerFactory.getLogger(OpenSearchBackendTests.class)
                                .info(
                                        "OpenSearch node at {} after {} ms",
                                        node.uri(),
                                        (System.nanoTime() - began) / 1_000_000);
                        return node;
                    }
                }
                throw new IllegalStateException(
                        "The OpenSearch node ended without listening (exit " + process.waitFor() + "): see " + log);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        /** The node's JVM: starts the node, tells its address, and stops it when standard input closes. */
        public static void main(String[] args) throws Exception {
            Path home = Files.createTempDirectory("kv-opensearch");
            var settings = Settings.builder()
                    .put("cluster.name", "kv-test")
                    .put("node.name", "kv-test")
                    .put("path.home", home.toString())
                    .put("network.host", "127.0.0.1")
                    .put("http.port", "0")
                    .put("transport.port", "0")
                    .put("http.type", "netty4")
                    .put("transport.type", "netty4")
                    .put("discovery.type", "single-node")
                    .put("cluster.routing.allocation.disk.threshold_enabled", false)
                    .build();
            var environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "kv-test");
            var node = new Node(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true) {};
            node.start();
            var address = node.injector()
                    .getInstance(HttpServerTransport.class)
                    .boundAddress()
                    .publishAddress();
            System.out.println(LISTENING + "http://" + address.getAddress() + ":" + address.getPort());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the test's JVM closes the pipe.
            }
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
            FileSystemUtils.deleteRecursively(home);
            System.exit(0);
        }
    }
}
