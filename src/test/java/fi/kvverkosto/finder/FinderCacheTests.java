package fi.kvverkosto.finder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogFixtures;
import fi.kvverkosto.directory.CatalogSnapshot;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.shared.Language;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The finder keeps the answers it gave lately and gives them again, until the directory changes: then a company sees
 * the services as they are now. Works with a service of its own, named with a word nothing else has.
 */
@KvServerTest
class FinderCacheTests {

    @Autowired
    Finder finder;

    @Autowired
    CatalogExchange exchange;

    @Test
    void givesAKeptAnswerAgainUntilTheDirectoryChanges() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        String word = "zq"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);
        UUID id = UUID.randomUUID();
        store(service(id, "Neuvonta " + word));
        var query = new FinderQuery(word, null, null, null, List.of(), null, null, List.of());

        FinderAnswer first = finder.find(query, 5);
        assertThat(first.results().getFirst().service().name().in(Language.FI).text())
                .isEqualTo("Neuvonta " + word);
        // Kept (once any refresh of the index that the catalogue's terms set off has passed, which forgets answers).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            FinderAnswer kept = finder.find(query, 5);
            assertThat(finder.find(query, 5)).as("the same answer, kept").isSameAs(kept);
        });
        assertThat(finder.find(query, 6)).as("another length is another answer").isNotSameAs(finder.find(query, 5));

        store(service(id, "Uusi neuvonta " + word));
        assertThat(finder.find(query, 5)
                        .results()
                        .getFirst()
                        .service()
                        .name()
                        .in(Language.FI)
                        .text())
                .isEqualTo("Uusi neuvonta " + word);
    }

    private void store(ServiceRecord service) {
        exchange.apply(new CatalogSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(service)));
    }

    private static ServiceRecord service(UUID id, String name) {
        return CatalogFixtures.service(id, CatalogFixtures.ORG_CHAMBER)
                .name(name, null, null)
                .description("Neuvontaa yrityksille.", null, null)
                .area(CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_4, CatalogFixtures.KV_NEED_ADVISORY)
                .build();
    }
}
