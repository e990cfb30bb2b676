package fi.kvverkosto.network;

import static fi.kvverkosto.network.NetworkApiTests.BUSINESS_FINLAND;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.DemoDataServerTest;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The network pages as served, without JavaScript: the map's table, focus, sorting, service path and coverage. */
@DemoDataServerTest
class NetworkPagesTests {

    @Autowired
    MockMvcTester mvc;

    Document page(String uri, Object... values) {
        var result = mvc.get().uri(uri, values).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(
                new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
    }

    List<String> column(Document page, String table, int index) {
        return page.select(table + " tbody tr").stream()
                .map(tr -> tr.select("td").get(index).text())
                .toList();
    }

    @Test
    void mapPageHasTheWholeNetworkAsATableWithoutJavaScript() {
        Document page = page("/verkosto");
        assertThat(page.select("h1").text()).isEqualTo("Verkostokartta");
        assertThat(page.select("#network-actors tbody tr")).hasSize(57);
        assertThat(page.select("#network-relations tbody tr")).isNotEmpty();
        assertThat(page.select("#network-map").attr("data-api")).startsWith("/api/v1/network?");
        assertThat(page.select("#network-legend li")).isNotEmpty();
        assertThat(page.select("#embed-code").text())
                .contains("<iframe src=\"http")
                .contains("/verkosto/upotus?");
        assertThat(page.select("#network-downloads a").eachAttr("href"))
                .anySatisfy(h -> assertThat(h).startsWith("/api/v1/network.graphml?"))
                .anySatisfy(h -> assertThat(h).startsWith("/api/v1/network.svg?"));
    }

    @Test
    void aCheckboxAddsTheServicesToTheTableAndTheLegendAndTheLinksKeepIt() {
        Document without = page("/verkosto?view=table");
        assertThat(without.select("#filter-services").hasAttr("checked")).isFalse();
        assertThat(without.select("#network-legend li[data-type=service]")).isEmpty();

        Document with = page("/verkosto?view=table&services=true");
        assertThat(with.select("#filter-services").hasAttr("checked")).isTrue();
        assertThat(with.select("#network-legend li[data-type=service]").text()).isEqualTo("Palvelu");
        var serviceRows = with.select("#network-actors tbody tr").stream()
                .filter(tr -> tr.select("td").get(1).text().equals("Palvelu"))
                .toList();
        assertThat(serviceRows).isNotEmpty();
        assertThat(serviceRows)
                .allSatisfy(tr -> assertThat(
                                tr.select("td").first().select("a").first().attr("href"))
                        .startsWith("/palvelut/"));
        assertThat(with.select("#network-relations tbody td").eachText()).contains("palvelun tuottaja");
        assertThat(with.select("#network-map")).isEmpty();
        assertThat(page("/verkosto?services=true").select("#network-map").attr("data-api"))
                .contains("services=true");
        // Sorting, focusing and the other forms keep the choice.
        assertThat(with.select("#network-actors th a").eachAttr("href")).allMatch(h -> h.contains("services=true"));
        assertThat(with.select("#network-focus input[name=services]").val()).isEqualTo("true");
        assertThat(with.select("#network-path input[name=services]").val()).isEqualTo("true");
        assertThat(with.select("#network-downloads a").eachAttr("href")).allMatch(h -> h.contains("services=true"));

        // A service can be focused: its provider is its neighbour, and the details link to the service page.
        String serviceLink =
                serviceRows.getFirst().select("td").first().select("a").first().attr("href");
        String serviceId = serviceLink.substring("/palvelut/".length());
        Document focused = page("/verkosto?view=table&services=true&focus=" + serviceId);
        assertThat(focused.select("#network-details-focus h3 a").attr("href")).isEqualTo(serviceLink);
        assertThat(focused.select("#network-focus-relations li")).hasSize(1);
    }

    @Test
    void tableSortsByAColumnThroughLinks() {
        Document byDegree = page("/verkosto?sort=degree&dir=desc");
        List<Integer> degrees = column(byDegree, "#network-actors", 3).stream()
                .map(Integer::valueOf)
                .toList();
        assertThat(degrees).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(byDegree.select("#network-actors th[aria-sort=descending]").text())
                .isEqualTo("Suhteita");
        String ascending = byDegree.select("#network-actors th[aria-sort] a").attr("href");
        assertThat(ascending).contains("sort=degree").contains("dir=asc");
    }

    @Test
    void focusingAnActorShowsItsNeighbourhoodAndDetails() {
        Document page = page("/verkosto?focus=" + BUSINESS_FINLAND);
        assertThat(page.select("#network-details-focus h3").text()).isEqualTo("Business Finland");
        assertThat(page.select("#network-focus-relations li").text())
                .contains("Team Finland")
                .contains("Finnvera")
                .contains("Enterprise Europe Network");
        List<String> names = column(page, "#network-actors", 0);
        assertThat(names).anySatisfy(n -> assertThat(n).startsWith("Business Finland"));
        assertThat(names.size()).isLessThan(57).isGreaterThan(5);
        assertThat(page.select("#network-map").attr("data-focus")).isEqualTo(BUSINESS_FINLAND);
    }

    @Test
    void tableViewLeavesThePictureOut() {
        Document page = page("/verkosto?view=table&stage=3&municipality=182");
        assertThat(page.select("#network-map")).isEmpty();
        assertThat(page.select("script[src*=cytoscape]")).isEmpty();
        assertThat(page.select("#network-actors tbody tr")).isNotEmpty();
        assertThat(page.select("#filter-stage option[selected]").val()).isEqualTo("3");
        assertThat(page.select("#filter-municipality option[selected]").text()).isEqualTo("Jämsä");
    }

    @Test
    void unknownFilterValuesGiveATranslatedBadRequestPage() {
        var result = mvc.get().uri("/verkosto?stage=9").exchange();
        assertThat(result).hasStatus(400);
        assertThat(result).bodyText().contains("Tuntematon rajaus").contains("stage");
    }

    @Test
    void shortestPathIsListedOnThePage() {
        Document page = page("/verkosto?from=" + NetworkApiTests.JAMSA + "&to=" + NetworkApiTests.TEAM_FINLAND);
        var steps = page.select("#network-path-result li").eachText();
        assertThat(steps.getFirst()).startsWith("Jämsän kaupunki");
        assertThat(steps.getLast()).isEqualTo("Team Finland");
    }

    @Test
    void actorsAreChosenByName() {
        // A name that finds one actor answers with the address by id.
        var byName = mvc.get()
                .uri("/verkosto?focus={name}&stage=3", "business finland")
                .exchange();
        assertThat(byName).hasStatus3xxRedirection();
        String location = byName.getResponse().getRedirectedUrl();
        assertThat(location).contains("stage=3").endsWith("focus=" + BUSINESS_FINLAND);
        Document exact = page(location);
        assertThat(exact.select("#network-details-focus h3").text()).isEqualTo("Business Finland");
        assertThat(exact.select("#focus").val()).isEqualTo("Business Finland");
        Document several = page("/verkosto?focus=Finland");
        assertThat(several.select("#network-details-focus")).isEmpty();
        assertThat(several.select("#network-focus-choices a").eachText()).contains("Business Finland", "Team Finland");
        assertThat(several.select("#network-focus-choices a").eachAttr("href"))
                .anySatisfy(h -> assertThat(h).startsWith("/verkosto?").endsWith("focus=" + BUSINESS_FINLAND));
        Document none = page("/verkosto?focus=xyzzy");
        assertThat(none.select("#network-focus-choices").text()).contains("xyzzy");
        var path = mvc.get()
                .uri("/verkosto?from={from}&to={to}", "Jämsän kaupunki", "team finland")
                .exchange();
        assertThat(path).hasStatus3xxRedirection();
        assertThat(page(path.getResponse().getRedirectedUrl())
                        .select("#network-path-result li")
                        .eachText())
                .last()
                .isEqualTo("Team Finland");
    }

    @Test
    void smallNetworksSuggestEveryNameAndLargeOnesAskAsOneTypes() throws Exception {
        Document page = page("/verkosto");
        assertThat(page.select("#network-actor-names option")).hasSize(57);
        assertThat(page.select("#focus").attr("list")).isEqualTo("network-actor-names");
        assertThat(page.select("#focus").hasAttr("hx-get")).isFalse();
        var result = mvc.get()
                .uri("/verkosto/ehdotukset?focus=finnv")
                .header("HX-Request", "true")
                .header("HX-Trigger-Name", "focus")
                .exchange();
        assertThat(result).hasStatusOk();
        Document options =
                Jsoup.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(options.select("datalist#network-actor-names option").eachAttr("value"))
                .contains("Finnvera Oyj");
    }

    @Test
    void largeTablesArePagedWithTheWholeTableOneLinkAway() {
        var first = NetworkPages.Page.of(2_000, false, null);
        assertThat(first).isEqualTo(new NetworkPages.Page(1, 20, 2_000, 0, 100));
        assertThat(NetworkPages.Page.of(2_000, false, "20"))
                .isEqualTo(new NetworkPages.Page(20, 20, 2_000, 1_900, 2_000));
        assertThat(NetworkPages.Page.of(2_000, false, "99").number()).isEqualTo(20);
        assertThat(NetworkPages.Page.of(2_000, false, "x").number()).isEqualTo(1);
        assertThat(NetworkPages.Page.of(2_000, true, "3")).isEqualTo(new NetworkPages.Page(1, 1, 2_000, 0, 2_000));
        assertThat(NetworkPages.Page.of(57, false, "2").paged()).isFalse();
        // The demo network is small enough to be shown whole.
        Document page = page("/verkosto");
        assertThat(page.select("#network-table-paging")).isEmpty();
    }

    @Test
    void servicePathHasStagesAsColumnsAndNeedsAsRowsWithServiceLinks() {
        Document page = page("/verkosto/palvelupolku");
        assertThat(page.select("#service-path thead th")).hasSize(6);
        assertThat(page.select("#service-path tbody tr")).hasSize(17);
        assertThat(page.select("#service-path tbody a[href^=/palvelut/]")).hasSizeGreaterThan(100);
        Document jamsa = page("/verkosto/palvelupolku?municipality=182");
        assertThat(jamsa.select("h1").text()).contains("Jämsä");
        assertThat(jamsa.select("#service-path .kv-tag").eachText()).contains("vain valtakunnallinen");
    }

    @Test
    void coverageMapDrawsEachMunicipalityAsALinkColouredByTheChosenCell() {
        Document page = page("/verkosto/kattavuus?municipality=182&stage=3&need=funding");
        var areas = page.select("#coverage-map a");
        assertThat(areas).hasSize(22);
        assertThat(areas.select("path[d^=M]")).hasSize(22);
        var jamsa = page.select("#coverage-map a[aria-current=true]");
        assertThat(jamsa).hasSize(1);
        assertThat(jamsa.attr("href"))
                .contains("municipality=182")
                .contains("stage=3")
                .contains("need=funding");
        // The map's colour for Jämsä is the grid's cell for stage 3 and the need, in words too.
        int needRow = page.select("#coverage-need option").eachAttr("value").indexOf("funding");
        String cell = page.select("#coverage-grid tbody tr")
                .get(needRow)
                .select("td")
                .get(2)
                .text();
        assertThat(jamsa.attr("aria-label")).isEqualTo("Jämsä: " + cell);
        assertThat(jamsa.select("path").attr("class")).contains("kv-coverage__area--");
        var legend = page.select("#coverage-legend li");
        assertThat(legend.eachText())
                .hasSize(4)
                .anySatisfy(t -> assertThat(t).startsWith("paikallinen"))
                .anySatisfy(t -> assertThat(t).startsWith("ei palvelua"));
        assertThat(legend.stream()
                        .mapToInt(li -> Integer.parseInt(li.text().replaceAll("\\D+", "")))
                        .sum())
                .isEqualTo(22);
        assertThat(page.select("#coverage-map-credit").text())
                .contains("© Maanmittauslaitos")
                .contains("CC BY 4.0");
        assertThat(mvc.get().uri("/verkosto/kattavuus?need=magic").exchange()).hasStatus(400);
    }

    @Test
    void coverageCountsEachMunicipalitysCellsByTheClosestService() {
        Document page = page("/verkosto/kattavuus?municipality=182");
        assertThat(page.select("#coverage-summary tbody tr")).hasSize(22);
        for (var row : page.select("#coverage-summary tbody tr")) {
            int total = row.select("td").stream()
                    .skip(1)
                    .mapToInt(td -> Integer.parseInt(td.text()))
                    .sum();
            assertThat(total).as(row.text()).isEqualTo(5 * 17);
        }
        assertThat(page.select("#coverage-grid tbody tr")).hasSize(17);
        var subRegions = page.select("#coverage-sub-regions tbody tr");
        assertThat(subRegions).hasSizeGreaterThanOrEqualTo(5);
        assertThat(subRegions.stream()
                        .mapToInt(r -> Integer.parseInt(r.select("td").first().text()))
                        .sum())
                .isEqualTo(22);
        for (var row : subRegions) {
            int total = row.select("td").stream()
                    .skip(1)
                    .mapToInt(td -> Integer.parseInt(td.text()))
                    .sum();
            assertThat(total).as(row.text()).isEqualTo(5 * 17);
        }
        assertThat(page.select("#coverage-grid td.kv-network__reach--none")).isNotEmpty();
        assertThat(page.select("#coverage-grid td.kv-network__reach--local")).isNotEmpty();
    }

    @Test
    void embedIsAPageOfItsOwnWithTheMapAndALinkToTheTable() {
        Document page = page("/verkosto/upotus?stage=3");
        assertThat(page.select("#network-map").attr("data-api")).contains("stage=3");
        assertThat(page.select("a[href*=view=table]")).hasSize(1);
        assertThat(page.select("h1")).hasSize(1);
    }

    @Test
    void onlyTheEmbedMayBeFramedByOtherSites() {
        var embed = mvc.get().uri("/verkosto/upotus").exchange();
        assertThat(embed).hasStatusOk();
        assertThat(embed).headers().doesNotContainHeader("X-Frame-Options");
        assertThat(embed.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors *");
        var map = mvc.get().uri("/verkosto").exchange();
        assertThat(map).headers().hasValue("X-Frame-Options", "SAMEORIGIN");
        assertThat(map.getResponse().getHeader("Content-Security-Policy")).contains("frame-ancestors 'self'");
    }

    @Test
    void providerColoursAreAStylesheet() {
        var result = mvc.get().uri("/verkosto/tyypit.css").exchange();
        assertThat(result).hasStatusOk();
        assertThat(result).bodyText().contains(".kv-swatch--public-funder { background-color: #D55E00; }");
    }
}
