package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Who has experience of Germany in manufacturing near Jämsä": the distance filter on the API and the page, in the
 * index (so the total and the facet counts respect it), over public municipalities only, and 400 for wrong values.
 */
@DemoDataServerTest
class ContactDistanceTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Contacts contacts;

    /** A manufacturing company with experience of Germany, named with the test's word, in the municipality. */
    UUID company(String word, String municipality, Map<String, String> visibility) {
        var input = new CompanyInput(
                SelfServiceFixtures.newBusinessId(),
                word + " " + municipality + " Oy",
                municipality,
                "C",
                "small",
                null,
                List.of("fi"),
                null,
                visibility,
                List.of(new CompanyInput.ExperienceInput("DE", "export", 2015, "C", null)),
                List.of());
        return SelfServiceFixtures.as(
                SelfServiceFixtures.admin(), () -> ((Contacts.Outcome.Saved) contacts.createCompany(input)).id());
    }

    JsonNode search(String query) {
        var result = mvc.get().uri("/api/v1/contacts/companies?" + query).exchange();
        assertThat(result).hasStatusOk();
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    static List<String> ids(JsonNode result) {
        var ids = new ArrayList<String>();
        result.get("companies").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    @Test
    void findsCompaniesWithinTheDistanceAndCountsOnlyThem() {
        String word = "Etäisyys" + UUID.randomUUID().toString().substring(0, 6);
        var jamsa = company(word, "182", Map.of());
        var luhanka = company(word, "435", Map.of()); // ~28 km from Jämsä
        var kinnula = company(word, "256", Map.of()); // ~167 km
        var hidden = company(word, "435", Map.of("municipality", "MEMBERS"));

        var near = search("q=" + word + "&market=DE&industry=C&near=182");
        assertThat(ids(near)).containsExactlyInAnyOrder(jamsa.toString(), luhanka.toString());
        assertThat(near.get("total").asLong()).isEqualTo(2);
        var municipalities = near.get("facets").get("municipality");
        var counted = new ArrayList<String>();
        municipalities.forEach(m ->
                counted.add(m.get("value").asString() + "=" + m.get("count").asLong()));
        assertThat(counted).containsExactlyInAnyOrder("182=1", "435=1");
        assertThat(near.get("query").get("within").asInt()).isEqualTo(ContactQuery.DEFAULT_WITHIN_KM);

        assertThat(ids(search("q=" + word + "&near=182&within=10"))).containsExactly(jamsa.toString());
        assertThat(ids(search("q=" + word + "&near=182&within=200")))
                .containsExactlyInAnyOrder(jamsa.toString(), luhanka.toString(), kinnula.toString())
                .as("a municipality only members may see does not place the company for anonymous searchers")
                .doesNotContain(hidden.toString());
        assertThat(ids(search("q=" + word))).hasSize(4);
    }

    @Test
    void theSearchPageOffersTheFilterAndKeepsItInItsLinks() {
        String word = "Sivuetäisyys" + UUID.randomUUID().toString().substring(0, 6);
        company(word, "435", Map.of());
        company(word, "256", Map.of());
        assertThat(mvc.get()
                        .uri("/kv-yritykset?q=" + word + "&near=182&within=60")
                        .exchange())
                .hasStatusOk()
                .bodyText()
                .contains("id=\"filter-near\"")
                .contains("<option value=\"182\" selected=\"selected\">Jämsä</option>")
                .contains("value=\"60\" aria-describedby=\"within-hint\"")
                .contains(word + " 435 Oy")
                .doesNotContain(word + " 256 Oy");
        assertThat(mvc.get().uri("/kv-yritykset?near=182&within=lots").exchange())
                .hasStatus(400);
    }

    @Test
    void wrongValuesAreProblemsNamingTheParameter() {
        for (var bad : Map.of(
                        "near=999", "near",
                        "near=291", "near",
                        "near=182&within=abc", "within",
                        "near=182&within=0", "within",
                        "near=182&within=501", "within")
                .entrySet()) {
            var result =
                    mvc.get().uri("/api/v1/contacts/companies?" + bad.getKey()).exchange();
            assertThat(result).as(bad.getKey()).hasStatus(400);
            assertThat(result.getResponse().getContentType()).contains("application/problem+json");
            assertThat(JSON.readTree(result.getResponse().getContentAsByteArray())
                            .get("parameter")
                            .asString())
                    .as(bad.getKey())
                    .isEqualTo(bad.getValue());
        }
    }
}
