package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.ServiceDocumentBridge.INACTIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.RealCatalogueTest;
import fi.kvverkosto.TestCatalogue;
import fi.kvverkosto.interop.HsdsCatalogue;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Percentage;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finder's text query built word by word ({@link ServiceSearcher.Shape#BY_WORD}, the faster shape) finds the same
 * services in the same order with the same scores as the query built field by field, for every text of the shared
 * development queries over the real catalogue (the glossary's equivalents and the typo tolerance as the finder asks).
 */
@RealCatalogueTest
class TextQueryShapeTests {

    /** Hits compared per text: as many as the finder reads. */
    private static final int HITS = 60;

    @Autowired
    HsdsCatalogue catalogue;

    @Autowired
    ServiceMatching matching;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void wordByWordFindsWhatFieldByFieldFinds() throws IOException {
        var folder = TestCatalogue.folder();
        assumeTrue(folder.isPresent(), "shared catalogue not found in " + TestCatalogue.whereLooked());
        assertThat(catalogue.importFolder(folder.get(), false).succeeded()).isTrue();
        JsonNode queries = JsonMapper.builder()
                .build()
                .readTree(folder.get().resolve("../queries-dev.json").toFile())
                .get("queries");
        int compared = 0;
        for (JsonNode query : queries) {
            String text = query.get("text").asString();
            if (text.isBlank()) {
                continue;
            }
            List<String> expanded = matching.equivalents(text);
            for (ServiceSearcher.Typos typos : ServiceSearcher.Typos.values()) {
                List<Hit> byField = hits(text, expanded, typos, ServiceSearcher.Shape.BY_FIELD);
                List<Hit> byWord = hits(text, expanded, typos, ServiceSearcher.Shape.BY_WORD);
                assertThat(byField).as("%s (%s)", text, typos).isNotEmpty();
                assertThat(byWord).as("%s (%s)", text, typos).hasSameSizeAs(byField);
                for (int i = 0; i < byField.size(); i++) {
                    // The same numbers summed in another order: equal but for the last bits of a float.
                    assertThat((double) byWord.get(i).score())
                            .as("%s (%s): score of hit %d", text, typos, i)
                            .isCloseTo(byField.get(i).score(), Percentage.withPercentage(1e-3));
                    // The same service at each place, unless two services' scores are equal but for those bits.
                    Hit word = byWord.get(i);
                    if (!word.id().equals(byField.get(i).id())) {
                        float elsewhere = byField.stream()
                                .filter(h -> h.id().equals(word.id()))
                                .map(Hit::score)
                                .findFirst()
                                .orElse(byField.get(byField.size() - 1).score());
                        assertThat((double) elsewhere)
                                .as("%s (%s): hit %d is another service, not a tie", text, typos, i)
                                .isCloseTo(byField.get(i).score(), Percentage.withPercentage(1e-3));
                    }
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(60);
    }

    private List<Hit> hits(
            String text, List<String> expanded, ServiceSearcher.Typos typos, ServiceSearcher.Shape shape) {
        return transactions.execute(status -> {
            List<List<?>> rows = Search.session(entityManager)
                    .search(ServiceListing.class)
                    .select(f -> f.composite().from(f.id(UUID.class), f.score()).asList())
                    .where(f -> f.bool()
                            .must(ServiceSearcher.text(f, text, expanded, typos, shape))
                            .filter(f.match().field(INACTIVE).matching(0)))
                    .totalHitCountThreshold(HITS)
                    .fetchHits(HITS);
            List<Hit> hits = new ArrayList<>();
            rows.forEach(row -> hits.add(new Hit((UUID) row.get(0), (Float) row.get(1))));
            return hits;
        });
    }

    private record Hit(UUID id, float score) {}
}
