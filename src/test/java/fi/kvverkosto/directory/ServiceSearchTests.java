package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fi.kvverkosto.directory.ServiceSearchResult.FacetOption;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The search's filter semantics and counts, through the public facade. The tests' own services carry the made-up word
 * "sarvikuono" in their names, so that searching for it restricts every count to them whatever else the shared test
 * database holds.
 */
@SpringBootTest
class ServiceSearchTests {

    static final String MARKER = "sarvikuono";
    static final UUID ORG = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0001");
    static final UUID REGION_WIDE = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0011");
    static final UUID JAMSA_ONLY = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0012");
    static final UUID SUB_REGION = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0013");
    static final UUID GERMANY = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0014");
    static final UUID EU = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0015");
    static final UUID SWEDEN = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0016");
    static final UUID INACTIVE = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0017");
    static final UUID ARCHIVED = UUID.fromString("5e1c0b7a-9a43-4a43-8f6b-1b2f4d0c0018");

    /** Jyväskylä sub-region: Jyväskylä, Laukaa, Muurame, ... but not Saarijärvi or Jämsä. */
    static final String AREA_JYVASKYLA_SUB_REGION = "urn:fi:stat:seutukunta:131";

    static final String JAMSA = "182";
    static final String SAARIJARVI = "729";
    static final String LAUKAA = "410";

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ServiceDirectory directory;

    @BeforeEach
    void catalogue() {
        exchange.apply(catalogue(ServiceStatus.DEFUNCT, false));
    }

    static CatalogSnapshot catalogue(ServiceStatus archivedStatus, boolean organisationArchived) {
        var organisations = new ArrayList<>(CatalogFixtures.organisations());
        organisations.add(new OrganisationRecord(
                ORG,
                LocalizedText.of("Sarvikuonon testipalvelut", null, null),
                LocalizedText.EMPTY,
                null,
                null,
                null,
                List.of(),
                organisationArchived,
                CatalogFixtures.MODIFIED));
        var services = new ArrayList<>(CatalogFixtures.services());
        services.add(service(REGION_WIDE, "Alueen sarvikuono", CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_4, CatalogFixtures.KV_NEED_ADVISORY, CatalogFixtures.COST_FREE)
                .build());
        services.add(service(JAMSA_ONLY, "Jämsän sarvikuono", CatalogFixtures.AREA_JAMSA)
                .terms(CatalogFixtures.KV_STAGE_1, CatalogFixtures.INDUSTRY_C)
                .build());
        services.add(service(SUB_REGION, "Seudun sarvikuono", AREA_JYVASKYLA_SUB_REGION)
                .terms(CatalogFixtures.KV_STAGE_1, CatalogFixtures.INDUSTRY_J)
                .build());
        services.add(service(GERMANY, "Saksan sarvikuono", CatalogFixtures.AREA_FINLAND)
                .terms(CatalogFixtures.KV_STAGE_4, CatalogFixtures.MARKET_DE)
                .build());
        services.add(service(EU, "EU:n sarvikuono", CatalogFixtures.AREA_FINLAND)
                .terms(CatalogFixtures.KV_STAGE_3, CatalogFixtures.MARKET_REGION_EU)
                .build());
        services.add(service(SWEDEN, "Ruotsin sarvikuono", CatalogFixtures.AREA_FINLAND)
                .terms(CatalogFixtures.KV_STAGE_3, CatalogFixtures.MARKET_SE)
                .build());
        services.add(service(INACTIVE, "Sarvikuono sarvikuono sarvikuono", CatalogFixtures.AREA_REGION)
                .status(ServiceStatus.INACTIVE, LocalizedText.finnish("Päättynyt."))
                .terms(CatalogFixtures.KV_STAGE_4)
                .build());
        services.add(service(ARCHIVED, "Arkistoitu sarvikuono", CatalogFixtures.AREA_REGION)
                .status(archivedStatus, LocalizedText.EMPTY)
                .terms(CatalogFixtures.KV_STAGE_4)
                .build());
        return new CatalogSnapshot(
                List.of(), CatalogFixtures.taxonomies(), CatalogFixtures.terms(), organisations, services);
    }

    static CatalogFixtures.ServiceBuilder service(UUID id, String name, String area) {
        return CatalogFixtures.service(id, ORG).name(name, null, null).area(area);
    }

    ServiceSearchResult search(SearchFacet facet, String... values) {
        return directory.search(ServiceSearch.text(MARKER).with(facet, values), Language.FI);
    }

    static List<UUID> ids(ServiceSearchResult result) {
        return result.services().stream().map(ServiceSummary::id).toList();
    }

    @Test
    void municipalityServiceIsNotShownForAnotherMunicipality() {
        assertThat(ids(search(SearchFacet.MUNICIPALITY, SAARIJARVI))).doesNotContain(JAMSA_ONLY);
        assertThat(ids(search(SearchFacet.MUNICIPALITY, JAMSA))).contains(JAMSA_ONLY);
    }

    @Test
    void regionWideAndNationalServicesAreShownForEveryMunicipality() {
        for (AreaRecord municipality : directory.municipalities()) {
            assertThat(ids(search(SearchFacet.MUNICIPALITY, municipality.code())))
                    .as(municipality.code())
                    .contains(REGION_WIDE, GERMANY);
        }
        assertThat(directory.municipalities()).hasSize(22);
    }

    @Test
    void subRegionServiceIsShownForItsMunicipalitiesOnly() {
        assertThat(ids(search(SearchFacet.MUNICIPALITY, LAUKAA))).contains(SUB_REGION);
        assertThat(ids(search(SearchFacet.MUNICIPALITY, SAARIJARVI))).doesNotContain(SUB_REGION);
        assertThat(ids(search(SearchFacet.MUNICIPALITY, JAMSA))).doesNotContain(SUB_REGION);
    }

    @Test
    void marketMatchesTheCountryItsRegionAndServicesWithoutMarkets() {
        var germany = ids(search(SearchFacet.MARKET, "DE"));
        assertThat(germany).contains(GERMANY, EU, REGION_WIDE).doesNotContain(SWEDEN);
        var sweden = ids(search(SearchFacet.MARKET, "SE"));
        assertThat(sweden).contains(SWEDEN, REGION_WIDE).doesNotContain(GERMANY, EU);
    }

    @Test
    void regionMarketMatchesServicesForItsCountries() {
        assertThat(ids(search(SearchFacet.MARKET, "region-eu")))
                .contains(EU, GERMANY, REGION_WIDE)
                .doesNotContain(SWEDEN);
    }

    @Test
    void serviceWithoutIndustriesIsForEveryIndustry() {
        var information = ids(search(SearchFacet.INDUSTRY, "J"));
        assertThat(information).contains(REGION_WIDE, SUB_REGION).doesNotContain(JAMSA_ONLY);
        assertThat(ids(search(SearchFacet.INDUSTRY, "C")))
                .contains(REGION_WIDE, JAMSA_ONLY)
                .doesNotContain(SUB_REGION);
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
        var result = directory.search(
                ServiceSearch.text(MARKER).with(SearchFacet.STAGE, "1", "3").with(SearchFacet.MUNICIPALITY, SAARIJARVI),
                Language.FI);
        assertThat(ids(result)).containsExactlyInAnyOrder(EU, SWEDEN);
    }

    @Test
    void facetCountsAreExactAndIgnoreTheirOwnSelection() {
        var all = directory.search(ServiceSearch.text(MARKER), Language.FI);
        assertThat(all.total()).isEqualTo(7);
        assertThat(count(all, SearchFacet.STAGE, "4")).isEqualTo(3);
        assertThat(count(all, SearchFacet.STAGE, "1")).isEqualTo(2);
        assertThat(count(all, SearchFacet.STAGE, "3")).isEqualTo(2);
        assertThat(count(all, SearchFacet.MUNICIPALITY, JAMSA)).isEqualTo(6);
        assertThat(count(all, SearchFacet.MUNICIPALITY, LAUKAA)).isEqualTo(6);
        assertThat(count(all, SearchFacet.MUNICIPALITY, SAARIJARVI)).isEqualTo(5);
        assertThat(count(all, SearchFacet.MARKET, "DE")).isEqualTo(6);
        assertThat(count(all, SearchFacet.INDUSTRY, "C")).isEqualTo(6);
        assertThat(count(all, SearchFacet.LANGUAGE, "fi")).isEqualTo(7);

        // Choosing stage 4 narrows the other facets but leaves the stage counts as they were.
        var stage4 = search(SearchFacet.STAGE, "4");
        assertThat(stage4.total()).isEqualTo(3);
        assertThat(count(stage4, SearchFacet.STAGE, "1")).isEqualTo(2);
        assertThat(count(stage4, SearchFacet.STAGE, "4")).isEqualTo(3);
        assertThat(count(stage4, SearchFacet.MUNICIPALITY, JAMSA)).isEqualTo(3);
        assertThat(option(stage4, SearchFacet.STAGE, "4").selected()).isTrue();
        assertThat(option(stage4, SearchFacet.STAGE, "1").selected()).isFalse();
    }

    @Test
    void countsOfEachChosenFacetAreThoseOfTheSearchWithoutIt() {
        var searches = List.of(
                ServiceSearch.text(MARKER).with(SearchFacet.STAGE, "1", "3").with(SearchFacet.MUNICIPALITY, SAARIJARVI),
                ServiceSearch.text(MARKER)
                        .with(SearchFacet.STAGE, "4")
                        .with(SearchFacet.MARKET, "DE")
                        .with(SearchFacet.INDUSTRY, "C"),
                ServiceSearch.text(MARKER)
                        .with(SearchFacet.STAGE, "1", "3", "4")
                        .with(SearchFacet.MUNICIPALITY, LAUKAA)
                        .with(SearchFacet.MARKET, "region-eu")
                        .with(SearchFacet.LANGUAGE, "fi"),
                // Without text: every service in the database takes part.
                ServiceSearch.all().with(SearchFacet.MUNICIPALITY, JAMSA).with(SearchFacet.COST, "free"));
        for (ServiceSearch search : searches) {
            var result = directory.search(search, Language.FI);
            for (SearchFacet facet : search.filters().keySet()) {
                var without = directory.search(search.with(facet, List.of()), Language.FI);
                assertThat(result.options(facet))
                        .as("%s in %s", facet, search)
                        .extracting(FacetOption::value, FacetOption::count)
                        .containsExactlyElementsOf(without.options(facet).stream()
                                .map(o -> org.assertj.core.groups.Tuple.tuple(o.value(), o.count()))
                                .toList());
            }
        }
    }

    @Test
    void marketOptionsListCountriesUnderTheirRegion() {
        var result = directory.search(ServiceSearch.text(MARKER), Language.FI);
        assertThat(option(result, SearchFacet.MARKET, "DE").parent()).isEqualTo("region-eu");
        assertThat(result.childOptions(SearchFacet.MARKET, "region-eu"))
                .extracting(FacetOption::value)
                .containsExactly("DE");
        assertThat(result.topOptions(SearchFacet.MARKET))
                .extracting(FacetOption::value)
                .contains("region-eu", "region-nordics");
    }

    @Test
    void inactiveServicesComeAfterActiveOnesEvenWhenTheyMatchBest() {
        var result = directory.search(ServiceSearch.text(MARKER), Language.FI);
        var ids = ids(result);
        assertThat(ids.getLast()).isEqualTo(INACTIVE);
        assertThat(result.services().getLast().active()).isFalse();
        assertThat(result.services().getLast().alert().fi()).isEqualTo("Päättynyt.");
    }

    @Test
    void withoutTextResultsAreInNameOrder() {
        var result = directory.search(
                new ServiceSearch(null, Map.of(SearchFacet.MUNICIPALITY, java.util.Set.of(JAMSA)), 1, 100),
                Language.FI);
        var active = result.services().stream()
                .filter(ServiceSummary::active)
                .map(s -> s.name().in(Language.FI).text().toLowerCase(java.util.Locale.ROOT))
                .toList();
        assertThat(active).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void archivedServicesAreNotFound() {
        assertThat(ids(directory.search(ServiceSearch.text("arkistoitu sarvikuono"), Language.FI)))
                .doesNotContain(ARCHIVED);
        assertThat(directory.service(ARCHIVED)).isEmpty();
    }

    @Test
    void servicesOfAnArchivedProviderLeaveTheIndexAndComeBackWhenItIsRestored() {
        try {
            exchange.apply(catalogue(ServiceStatus.DEFUNCT, true));
            assertThat(directory.search(ServiceSearch.text(MARKER), Language.FI).total())
                    .isZero();
            assertThat(directory.service(REGION_WIDE)).isEmpty();
            assertThat(directory.organisation(ORG, Language.FI)).isEmpty();
        } finally {
            exchange.apply(catalogue(ServiceStatus.DEFUNCT, false));
        }
        assertThat(directory.search(ServiceSearch.text(MARKER), Language.FI).total())
                .isEqualTo(7);
    }

    @Test
    void restoredServiceIsFoundAgain() {
        try {
            exchange.apply(catalogue(ServiceStatus.ACTIVE, false));
            assertThat(ids(directory.search(ServiceSearch.text(MARKER), Language.FI)))
                    .contains(ARCHIVED);
        } finally {
            exchange.apply(catalogue(ServiceStatus.DEFUNCT, false));
        }
        assertThat(ids(directory.search(ServiceSearch.text(MARKER), Language.FI)))
                .doesNotContain(ARCHIVED);
    }

    @Test
    void unknownFilterValuesAreLeftOutAndReported() {
        var result = directory.search(
                ServiceSearch.text(MARKER)
                        .with(SearchFacet.STAGE, "4", "99")
                        .with(SearchFacet.MUNICIPALITY, "000")
                        .with(SearchFacet.LANGUAGE, "<script>"),
                Language.FI);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.ignored().get(SearchFacet.STAGE)).containsExactly("99");
        assertThat(result.ignored().get(SearchFacet.MUNICIPALITY)).containsExactly("000");
        assertThat(result.ignored().get(SearchFacet.LANGUAGE)).containsExactly("<script>");
        assertThat(result.search().values(SearchFacet.STAGE)).containsExactly("4");
    }

    @Test
    void pageBeyondTheLastGivesTheLastPage() {
        var result = directory.search(new ServiceSearch(MARKER, Map.of(), 99, 5), Language.FI);
        assertThat(result.page()).isEqualTo(2);
        assertThat(result.pageCount()).isEqualTo(2);
        assertThat(result.services()).hasSize(2);
    }

    @Test
    void summariesCarryProviderStagesNeedsAndAreas() {
        var summary = directory.search(ServiceSearch.text("alueen sarvikuono"), Language.FI).services().stream()
                .filter(s -> s.id().equals(REGION_WIDE))
                .findFirst()
                .orElseThrow();
        assertThat(summary.organisationId()).isEqualTo(ORG);
        assertThat(summary.organisationName().fi()).isEqualTo("Sarvikuonon testipalvelut");
        assertThat(summary.stages()).extracting(TermRecord::code).containsExactly("kv-stage:4");
        assertThat(summary.needs()).extracting(TermRecord::code).containsExactly("kv-need:advisory");
        assertThat(summary.areas()).extracting(AreaRecord::uri).containsExactly(CatalogFixtures.AREA_REGION);
    }

    @Test
    void termLabelChangesReachTheIndex() {
        var terms = new ArrayList<>(CatalogFixtures.terms());
        var advisory = terms.stream()
                .filter(t -> t.id().equals(CatalogFixtures.KV_NEED_ADVISORY))
                .findFirst()
                .orElseThrow();
        var renamed = new TermRecord(
                advisory.id(),
                advisory.code(),
                advisory.taxonomyId(),
                advisory.parentId(),
                LocalizedText.of("Virtahepoklinikka", null, "Advisory"),
                advisory.definition(),
                advisory.nameLanguage(),
                advisory.termUri());
        terms.set(terms.indexOf(advisory), renamed);
        try {
            exchange.apply(new CatalogSnapshot(
                    List.of(),
                    CatalogFixtures.taxonomies(),
                    terms,
                    catalogue(ServiceStatus.DEFUNCT, false).organisations(),
                    catalogue(ServiceStatus.DEFUNCT, false).services()));
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    ids(directory.search(ServiceSearch.text("virtahepoklinikka"), Language.FI)))
                            .contains(REGION_WIDE));
        } finally {
            exchange.apply(CatalogFixtures.aSmallCatalogue());
        }
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(directory
                                .search(ServiceSearch.text("virtahepoklinikka"), Language.FI)
                                .total())
                        .isZero());
    }

    static long count(ServiceSearchResult result, SearchFacet facet, String value) {
        return option(result, facet, value).count();
    }

    static FacetOption option(ServiceSearchResult result, SearchFacet facet, String value) {
        return result.options(facet).stream()
                .filter(o -> o.value().equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + value + " in " + facet));
    }
}
