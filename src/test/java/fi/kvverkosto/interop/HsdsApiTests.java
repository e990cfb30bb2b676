package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogFixtures;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The HSDS 3.0 API: the page wrapper, filters, public data only, and problems for bad requests. */
@KvServerTest
class HsdsApiTests {

    static final String CHAMBER = CatalogFixtures.ORG_CHAMBER.toString();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @BeforeEach
    void directoryHoldsTheFixturesAndSomethingNotPublic() {
        exchange.apply(HsdsExporterTests.withNonPublicRecords());
    }

    @Test
    void rootTellsTheHsdsVersionAndWhereTheApiIsDescribed() {
        var response = assertThat(mvc.get().uri("/api/hsds/"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson();
        response.extractingPath("$.version").isEqualTo("3.0.1");
        response.extractingPath("$.openapi_url").asString().endsWith("/v3/api-docs");
        response.extractingPath("$.profile").asString().endsWith("/avoin-data");
    }

    @Test
    void servicesComeInTheHsdsPageWrapper() {
        var first = assertThat(mvc.get().uri("/api/hsds/services?organization_id={id}&per_page=1", CHAMBER))
                .hasStatusOk()
                .bodyJson();
        first.extractingPath("$.total_items").isEqualTo(2);
        first.extractingPath("$.total_pages").isEqualTo(2);
        first.extractingPath("$.page_number").isEqualTo(1);
        first.extractingPath("$.size").isEqualTo(1);
        first.extractingPath("$.first_page").isEqualTo(true);
        first.extractingPath("$.last_page").isEqualTo(false);
        first.extractingPath("$.empty").isEqualTo(false);
        first.extractingPath("$.contents[0].organization.id").isEqualTo(CHAMBER);

        var second = assertThat(mvc.get().uri("/api/hsds/services?organization_id={id}&per_page=1&page=2", CHAMBER))
                .hasStatusOk()
                .bodyJson();
        second.extractingPath("$.first_page").isEqualTo(false);
        second.extractingPath("$.last_page").isEqualTo(true);

        var beyond = assertThat(mvc.get().uri("/api/hsds/services?organization_id={id}&page=9", CHAMBER))
                .hasStatusOk()
                .bodyJson();
        beyond.extractingPath("$.empty").isEqualTo(true);
        beyond.extractingPath("$.size").isEqualTo(0);
    }

    @Test
    void servicesFilterByTermSearchAndTimeOfChange() {
        assertThat(mvc.get().uri("/api/hsds/services?taxonomy_term_id={id}", CatalogFixtures.MARKET_DE))
                .bodyJson()
                .extractingPath("$.contents[*].id")
                .asArray()
                .containsExactly(CatalogFixtures.SERVICE_GERMANY_PROGRAMME.toString());
        assertThat(mvc.get().uri("/api/hsds/services?search=VIENTITAKAUS"))
                .bodyJson()
                .extractingPath("$.contents[*].id")
                .asArray()
                .contains(CatalogFixtures.SERVICE_EXPORT_GUARANTEE.toString());
        assertThat(mvc.get().uri("/api/hsds/services?search=exportgaranti&organization_id={id}", CHAMBER))
                .bodyJson()
                .extractingPath("$.total_items")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/hsds/services?organization_id={id}&modified_after=2026-11-01", CHAMBER))
                .bodyJson()
                .extractingPath("$.total_items")
                .isEqualTo(2);
        assertThat(mvc.get()
                        .uri(
                                "/api/hsds/services?organization_id={id}&modified_after=2026-11-01T10:00:00.001Z",
                                CHAMBER))
                .bodyJson()
                .extractingPath("$.total_items")
                .isEqualTo(0);
    }

    @Test
    void listedServicesHaveTheirOwnFieldsAndFullOnesEverything() {
        var listed = assertThat(mvc.get().uri("/api/hsds/services?taxonomy_term_id={id}", CatalogFixtures.MARKET_DE))
                .bodyJson();
        listed.extractingPath("$.contents[0].name").isEqualTo("Saksan markkinoille -ohjelma");
        listed.extractingPath("$.contents[0].alternate_name").isEqualTo("Germany market entry programme");
        listed.extractingPath("$.contents[0]").asMap().doesNotContainKey("attributes");

        var full = assertThat(
                        mvc.get().uri("/api/hsds/services?taxonomy_term_id={id}&full=true", CatalogFixtures.MARKET_DE))
                .bodyJson();
        full.extractingPath("$.contents[0].service_areas[0].uri").isEqualTo(CatalogFixtures.AREA_REGION);
        full.extractingPath("$.contents[0].attributes[*].taxonomy_term_id")
                .asArray()
                .contains(CatalogFixtures.MARKET_DE.toString());
    }

    @Test
    void aServiceIsFullyNestedWithItsOrganization() {
        var service = assertThat(mvc.get().uri("/api/hsds/services/{id}", CatalogFixtures.SERVICE_EXPORT_GUARANTEE))
                .hasStatusOk()
                .bodyJson();
        service.extractingPath("$.status").isEqualTo("active");
        service.extractingPath("$.last_modified").isEqualTo("2026-11-01T10:00:00.000Z");
        service.extractingPath("$.organization.id").isEqualTo(CatalogFixtures.ORG_FINNVERA.toString());
        service.extractingPath("$.attributes[?(@.link_type == 'translation')].value")
                .asArray()
                .contains(
                        "Exportgaranti",
                        "Finnvera guarantees the exporter's financing so that export financing is" + " easier to get.");
        service.extractingPath("$.attributes[?(@.link_type == 'kv-stage')].taxonomy_term_id")
                .asArray()
                .containsExactly(CatalogFixtures.KV_STAGE_3.toString());
    }

    @Test
    void anOrganizationComesWithItsPublicServices() {
        var organization = assertThat(mvc.get().uri("/api/hsds/organizations/{id}", CHAMBER))
                .hasStatusOk()
                .bodyJson();
        organization.extractingPath("$.name").isEqualTo("Keski-Suomen kauppakamari");
        organization
                .extractingPath("$.services[*].id")
                .asArray()
                .containsExactlyInAnyOrder(
                        CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN.toString(),
                        CatalogFixtures.SERVICE_GERMANY_PROGRAMME.toString());
        organization.extractingPath("$.attributes[0].link_type").isEqualTo("provider-type");
    }

    @Test
    void archivedOrganizationsAndDefunctServicesAreNotPublic() {
        assertThat(mvc.get().uri("/api/hsds/services/{id}", HsdsExporterTests.DEFUNCT_SERVICE))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/hsds/services/{id}", HsdsExporterTests.SERVICE_OF_ARCHIVED))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/hsds/organizations/{id}", HsdsExporterTests.ARCHIVED_ORGANISATION))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/hsds/services?organization_id={id}", HsdsExporterTests.ARCHIVED_ORGANISATION))
                .bodyJson()
                .extractingPath("$.total_items")
                .isEqualTo(0);
        assertThat(mvc.get().uri("/api/hsds/organizations?per_page=500"))
                .bodyJson()
                .extractingPath("$.contents[*].id")
                .asArray()
                .contains(CHAMBER)
                .doesNotContain(HsdsExporterTests.ARCHIVED_ORGANISATION.toString());
        assertThat(mvc.get().uri("/api/hsds/services?per_page=500&search=lakkautettu"))
                .bodyJson()
                .extractingPath("$.contents[*].id")
                .asArray()
                .doesNotContain(HsdsExporterTests.DEFUNCT_SERVICE.toString());
    }

    @Test
    void taxonomiesAndTermsAreListed() {
        assertThat(mvc.get().uri("/api/hsds/taxonomy_terms?taxonomy_id={id}", CatalogFixtures.TAXONOMY_COST))
                .bodyJson()
                .extractingPath("$.contents[*].code")
                .asArray()
                .containsExactly("cost:free", "cost:paid");
        assertThat(mvc.get().uri("/api/hsds/taxonomy_terms/{id}", CatalogFixtures.COST_FREE))
                .bodyJson()
                .extractingPath("$.description")
                .isEqualTo("Maksuton");
        assertThat(mvc.get().uri("/api/hsds/taxonomies?search=cost model"))
                .bodyJson()
                .extractingPath("$.contents[*].id")
                .asArray()
                .contains(CatalogFixtures.TAXONOMY_COST.toString());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "per_page, abc",
        "per_page, 501",
        "per_page, 0",
        "page, 0",
        "page, first",
        "organization_id, xyz",
        "taxonomy_term_id, 123",
        "modified_after, yesterday",
        "full, maybe"
    })
    void badParameterValuesAreProblemsNamingTheParameter(String parameter, String value) {
        var response = assertThat(mvc.get().uri("/api/hsds/services?{p}={v}", parameter, value))
                .hasStatus(400)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson();
        response.extractingPath("$.parameter").isEqualTo(parameter);
        response.extractingPath("$.detail").asString().contains(parameter);
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        assertThat(mvc.get().uri("/api/hsds/services/{id}", UUID.randomUUID()))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(404);
        assertThat(mvc.get().uri("/api/hsds/organizations/not-an-id")).hasStatus(404);
        assertThat(mvc.get().uri("/api/hsds/taxonomy_terms/{id}", UUID.randomUUID()))
                .hasStatus(404);
    }

    @Test
    void theOpenApiDescriptionListsTheHsdsPaths() {
        var docs = assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson();
        docs.extractingPath("$.paths")
                .asMap()
                .containsKeys(
                        "/api/hsds",
                        "/api/hsds/services",
                        "/api/hsds/services/{id}",
                        "/api/hsds/organizations",
                        "/api/hsds/organizations/{id}",
                        "/api/hsds/taxonomies",
                        "/api/hsds/taxonomy_terms");
        docs.extractingPath("$.paths['/api/hsds/services'].get.parameters[*].name")
                .asArray()
                .contains("page", "per_page", "search", "taxonomy_term_id", "organization_id", "modified_after");
        docs.extractingPath(
                        "$.paths['/api/hsds/services'].get.responses['200'].content['application/json'].schema.$ref")
                .asString()
                .endsWith("/HsdsPage");
        docs.extractingPath("$.paths['/api/hsds/services/{id}'].get.responses['404'].content")
                .asMap()
                .containsKey("application/problem+json");
        docs.extractingPath("$.components.schemas")
                .asMap()
                .containsKey("HsdsPage")
                .doesNotContainKey("JsonNode");
    }
}
