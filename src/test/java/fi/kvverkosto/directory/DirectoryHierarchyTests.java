package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.directory.DirectoryHierarchy.AreaNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryHierarchyTests {

    static final DirectoryHierarchy HIERARCHY = hierarchy();

    static DirectoryHierarchy hierarchy() {
        Map<String, AreaNode> areas = new HashMap<>();
        add(areas, "urn:kv-verkostot:area:EU", "EU", AreaType.UNION, null);
        add(areas, "urn:iso:3166-1:FI", "FI", AreaType.COUNTRY, "urn:kv-verkostot:area:EU");
        add(areas, "urn:fi:stat:maakunta:13", "13", AreaType.REGION, "urn:iso:3166-1:FI");
        add(areas, "urn:fi:stat:seutukunta:131", "131", AreaType.SUB_REGION, "urn:fi:stat:maakunta:13");
        add(areas, "urn:fi:stat:seutukunta:134", "134", AreaType.SUB_REGION, "urn:fi:stat:maakunta:13");
        add(areas, "urn:fi:stat:kunta:179", "179", AreaType.MUNICIPALITY, "urn:fi:stat:seutukunta:131");
        add(areas, "urn:fi:stat:kunta:410", "410", AreaType.MUNICIPALITY, "urn:fi:stat:seutukunta:131");
        add(areas, "urn:fi:stat:kunta:182", "182", AreaType.MUNICIPALITY, "urn:fi:stat:seutukunta:134");
        Map<String, String> markets = new LinkedHashMap<>();
        markets.put("region-eu", null);
        markets.put("DE", "region-eu");
        markets.put("FR", "region-eu");
        markets.put("region-nordics", null);
        markets.put("SE", "region-nordics");
        return new DirectoryHierarchy(areas, markets, List.of("A", "C", "J"));
    }

    static void add(Map<String, AreaNode> areas, String uri, String code, AreaType type, String parent) {
        areas.put(uri, new AreaNode(uri, code, type, parent));
    }

    @Test
    void municipalityServesOnlyItself() {
        assertThat(HIERARCHY.municipalitiesServed(List.of("urn:fi:stat:kunta:182")))
                .containsExactly("182");
    }

    @Test
    void subRegionServesItsMunicipalities() {
        assertThat(HIERARCHY.municipalitiesServed(List.of("urn:fi:stat:seutukunta:131")))
                .containsExactlyInAnyOrder("179", "410");
    }

    @Test
    void regionCountryAndUnionServeEveryMunicipality() {
        for (String uri : List.of("urn:fi:stat:maakunta:13", "urn:iso:3166-1:FI", "urn:kv-verkostot:area:EU")) {
            assertThat(HIERARCHY.municipalitiesServed(List.of(uri))).containsExactlyInAnyOrder("179", "410", "182");
        }
    }

    @Test
    void severalAreasServeTheirUnion() {
        assertThat(HIERARCHY.municipalitiesServed(List.of("urn:fi:stat:kunta:182", "urn:fi:stat:kunta:410")))
                .containsExactlyInAnyOrder("182", "410");
        assertThat(HIERARCHY.municipalitiesServed(List.of())).isEmpty();
    }

    @Test
    void countryCountsUnderItsRegion() {
        assertThat(HIERARCHY.marketsServed(List.of("DE"))).isEqualTo(Set.of("DE", "region-eu"));
    }

    @Test
    void regionCountsUnderItsCountries() {
        assertThat(HIERARCHY.marketsServed(List.of("region-eu"))).isEqualTo(Set.of("region-eu", "DE", "FR"));
    }

    @Test
    void noMarketMeansEveryMarket() {
        assertThat(HIERARCHY.marketsServed(List.of()))
                .containsExactlyInAnyOrder("region-eu", "DE", "FR", "region-nordics", "SE");
    }

    @Test
    void noIndustryMeansEveryIndustry() {
        assertThat(HIERARCHY.industriesServed(List.of())).containsExactly("A", "C", "J");
        assertThat(HIERARCHY.industriesServed(List.of("C"))).containsExactly("C");
    }
}
