package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CatalogExchangeTests {

    @Autowired
    CatalogExchange exchange;

    @Test
    void applyingTheSameCatalogueTwiceChangesNothingTheSecondTime() {
        var first = exchange.apply(CatalogFixtures.aSmallCatalogue());
        var second = exchange.apply(CatalogFixtures.aSmallCatalogue());

        assertThat(second.changedAnything()).isFalse();
        assertThat(second.of(Kind.SERVICE).unchanged())
                .isEqualTo(CatalogFixtures.services().size());
        var services = first.of(Kind.SERVICE);
        assertThat(services.created() + services.updated() + services.unchanged())
                .isEqualTo(CatalogFixtures.services().size());
    }

    @Test
    void snapshotGivesBackWhatWasApplied() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        var snapshot = exchange.snapshot();

        assertThat(snapshot.services()).containsAll(CatalogFixtures.services());
        assertThat(snapshot.organisations()).containsAll(CatalogFixtures.organisations());
        assertThat(snapshot.terms()).containsAll(CatalogFixtures.terms());
        assertThat(snapshot.areas()).extracting(AreaRecord::uri).contains(CatalogFixtures.AREA_JAMSA);
    }

    @Test
    void changedServiceIsUpdatedInPlaceWithItsParts() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        var services = new ArrayList<>(CatalogFixtures.services());
        var original = services.getFirst();
        var renamed = CatalogFixtures.service(original.id(), original.organisationId())
                .name("Uusi nimi", null, "New name")
                .area(CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_4, CatalogFixtures.COST_FREE)
                .build();
        services.set(0, renamed);

        var outcome = exchange.apply(new CatalogSnapshot(
                java.util.List.of(),
                CatalogFixtures.taxonomies(),
                CatalogFixtures.terms(),
                CatalogFixtures.organisations(),
                services));

        assertThat(outcome.of(Kind.SERVICE).updated()).isEqualTo(1);
        var stored = exchange.snapshot().services().stream()
                .filter(s -> s.id().equals(original.id()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.name()).isEqualTo(LocalizedText.of("Uusi nimi", null, "New name"));
        assertThat(stored.classifications()).isEqualTo(renamed.classifications());
        assertThat(stored.areas())
                .extracting(ServiceRecord.AreaEntry::areaUri)
                .containsExactly(CatalogFixtures.AREA_REGION);
    }
}
