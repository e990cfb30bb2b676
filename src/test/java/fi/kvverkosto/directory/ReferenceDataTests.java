package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Taxonomies, terms and areas are held in memory, but a committed change shows at once: in the search's facet options,
 * in a term looked up by code, in the taxonomy overviews and in the areas.
 */
@SpringBootTest
class ReferenceDataTests {

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ServiceDirectory directory;

    @Autowired
    ReferenceData referenceData;

    @BeforeEach
    void catalogue() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
    }

    @Test
    void repeatedReadsShareOneSnapshot() {
        assertThat(referenceData.get()).isSameAs(referenceData.get());
    }

    @Test
    void renamedTermIsShownAtOnce() {
        // Read first, so that the old labels are in memory.
        assertThat(advisoryOption().label().fi()).isNotEqualTo("Virtahepoklinikka");
        try {
            exchange.apply(withTerms(renamed(CatalogFixtures.KV_NEED_ADVISORY, "Virtahepoklinikka")));

            assertThat(advisoryOption().label().fi()).isEqualTo("Virtahepoklinikka");
            assertThat(directory
                            .term("kv-need", "advisory")
                            .orElseThrow()
                            .label()
                            .fi())
                    .isEqualTo("Virtahepoklinikka");
            assertThat(directory.taxonomy("kv-need").orElseThrow().terms())
                    .extracting(t -> t.term().label().fi())
                    .contains("Virtahepoklinikka");
        } finally {
            exchange.apply(CatalogFixtures.aSmallCatalogue());
        }
        assertThat(advisoryOption().label().fi()).isNotEqualTo("Virtahepoklinikka");
    }

    @Test
    void renamedAreaIsShownAtOnce() {
        AreaRecord jamsa = directory.areas().stream()
                .filter(a -> a.uri().equals(CatalogFixtures.AREA_JAMSA))
                .findFirst()
                .orElseThrow();
        var renamed = new AreaRecord(
                jamsa.uri(),
                jamsa.code(),
                jamsa.type(),
                LocalizedText.of("Virtahepola", jamsa.name().sv(), jamsa.name().en()),
                jamsa.parentUri(),
                jamsa.municipalityKind(),
                jamsa.developmentOrganisationId(),
                jamsa.developmentOrganisationName(),
                jamsa.note());
        try {
            exchange.apply(withArea(renamed));
            assertThat(directory.municipalities())
                    .extracting(a -> a.name().fi())
                    .contains("Virtahepola");
        } finally {
            exchange.apply(withArea(jamsa));
        }
        assertThat(directory.municipalities()).extracting(a -> a.name().fi()).doesNotContain("Virtahepola");
    }

    private ServiceSearchResult.FacetOption advisoryOption() {
        return directory.search(ServiceSearch.all(), Language.FI).options(SearchFacet.NEED).stream()
                .filter(o -> o.value().equals("advisory"))
                .findFirst()
                .orElseThrow();
    }

    private static CatalogSnapshot withTerms(List<TermRecord> terms) {
        var small = CatalogFixtures.aSmallCatalogue();
        return new CatalogSnapshot(small.areas(), small.taxonomies(), terms, small.organisations(), small.services());
    }

    private static CatalogSnapshot withArea(AreaRecord area) {
        var small = CatalogFixtures.aSmallCatalogue();
        return new CatalogSnapshot(
                List.of(area), small.taxonomies(), small.terms(), small.organisations(), small.services());
    }

    private static List<TermRecord> renamed(java.util.UUID id, String finnishLabel) {
        var terms = new ArrayList<>(CatalogFixtures.terms());
        var term = terms.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
        terms.set(
                terms.indexOf(term),
                new TermRecord(
                        term.id(),
                        term.code(),
                        term.taxonomyId(),
                        term.parentId(),
                        LocalizedText.of(
                                finnishLabel, term.label().sv(), term.label().en()),
                        term.definition(),
                        term.nameLanguage(),
                        term.termUri()));
        return terms;
    }
}
