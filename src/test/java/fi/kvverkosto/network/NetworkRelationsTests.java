package fi.kvverkosto.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.Roles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Declared relations: the demo relations, staff editing with its rules (editors from their own organisations only,
 * validation, optimistic locking, history), CSV import (all or nothing) and export, and the map seeing a change at the
 * next load. Works between the fictional demo providers, which no demo relation joins, and removes what it adds.
 */
@DemoDataServerTest
class NetworkRelationsTests {

    static final String KASVUPOLKU = "3d88b0d4-1d7d-4f85-a5c6-1878273249f8";
    static final String KIELISILTA = "f847991f-6021-4d76-894c-d112b91d6865";
    static final String RAHTIREITTI = "b0817acc-4404-455d-a926-afddf6193106";
    /** Kielisilta's translation and localisation service. */
    static final String KIELISILTA_TRANSLATION = "d845eb69-8c6c-4c50-9b6d-26c14821b6d9";
    /** Kasvupolku's target market study. */
    static final String KASVUPOLKU_MARKET_STUDY = "866145e6-6919-4b40-8aa1-57360d16f8c2";
    /** Rahtireitti's forwarding, a service of neither Kasvupolku nor Kielisilta. */
    static final String RAHTIREITTI_FORWARDING = "3b2eec80-8adc-4bdc-8e95-6ae1c006e9d4";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    RelationRepository relations;

    @Autowired
    Network network;

    final List<UUID> added = new ArrayList<>();

    static RequestPostProcessor admin() {
        return user("verkostoadmin").roles(Roles.ADMIN);
    }

    static RequestPostProcessor editorOf(String organisation) {
        return user("verkostoeditori")
                .authorities(AuthorityUtils.createAuthorityList(
                        Roles.ROLE_EDITOR, Roles.organisationAuthority(UUID.fromString(organisation))));
    }

    @AfterEach
    void removeWhatWasAdded() {
        relations.findAll().stream().filter(r -> !r.demo()).forEach(r -> relations.deleteById(r.id()));
    }

    LinkedMultiValueMap<String, String> form(String source, String target, String type, String... more) {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("version", "0");
        data.add("sourceId", source);
        data.add("targetId", target);
        data.add("type", type);
        for (int i = 0; i < more.length; i += 2) {
            data.add(more[i], more[i + 1]);
        }
        return data;
    }

    MvcTestResult post(String uri, LinkedMultiValueMap<String, String> data, RequestPostProcessor who) {
        return mvc.post().uri(uri).params(data).with(csrf()).with(who).exchange();
    }

    String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void demoRelationsAreLoadedAndMarkedAsDemo() {
        assertThat(relations.count()).isEqualTo(54);
        assertThat(relations.findAll()).allSatisfy(r -> {
            assertThat(r.demo()).isTrue();
            assertThat(r.description().fi()).startsWith("ESIMERKKI:");
        });
        var page = Jsoup.parse(
                body(mvc.get().uri("/yllapito/suhteet").with(admin()).exchange()));
        assertThat(page.select("#relations tbody tr")).hasSize(54);
        assertThat(page.select("#relations .kv-tag").first().text()).isEqualTo("esimerkki");
    }

    @Test
    void editorAddsARelationFromTheirOrganisationAndTheMapShowsItAtOnce() {
        String edge = "{\"source\":\"" + KASVUPOLKU + "\",\"target\":\"" + KIELISILTA
                + "\",\"type\":\"refers-to\",\"declared\":true}";
        assertThat(mvc.get().uri("/api/v1/network?type=refers-to").exchange())
                .bodyText()
                .doesNotContain(edge);
        var result = post(
                "/yllapito/suhteet/uusi",
                form(
                        KASVUPOLKU,
                        KIELISILTA,
                        "refers-to",
                        "descriptionFi",
                        "Ohjaa kieliasioissa",
                        "evidence",
                        "sopimus"),
                editorOf(KASVUPOLKU));
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/yllapito/suhteet");
        var stored = relations.findAll().stream().filter(r -> !r.demo()).toList();
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.sourceId()).hasToString(KASVUPOLKU);
            assertThat(r.type()).isEqualTo(RelationType.REFERS_TO);
            assertThat(r.description().fi()).isEqualTo("Ohjaa kieliasioissa");
        });

        assertThat(mvc.get().uri("/api/v1/network?type=refers-to").exchange())
                .bodyText()
                .contains(edge);

        UUID id = stored.getFirst().id();
        var history = Jsoup.parse(body(mvc.get()
                .uri("/yllapito/suhteet/" + id + "/historia")
                .with(editorOf(KASVUPOLKU))
                .exchange()));
        assertThat(history.select("#history tbody tr")).hasSize(1);
        assertThat(history.select("#history tbody td").get(1).text()).isEqualTo("verkostoeditori");
    }

    @Test
    void editorsCannotUseOrChangeOtherOrganisationsRelations() {
        var result = post("/yllapito/suhteet/uusi", form(KIELISILTA, KASVUPOLKU, "funds"), editorOf(KASVUPOLKU));
        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(body(result)).select(".kv-error-summary li").text())
                .contains("Voit lisätä suhteita vain omista organisaatioistasi");
        assertThat(relations.findAll()).allMatch(Relation::demo);

        UUID demo = relations.findAll().getFirst().id();
        assertThat(mvc.get().uri("/yllapito/suhteet/" + demo + "/muokkaa").with(editorOf(KASVUPOLKU)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/yllapito/suhteet/tuonti").with(editorOf(KASVUPOLKU)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/yllapito/suhteet").with(editorOf(KASVUPOLKU)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/yllapito/suhteet")).hasStatus3xxRedirection();
    }

    @Test
    void formExplainsEachProblemAndKeepsTheAnswers() {
        var result = post(
                "/yllapito/suhteet/uusi",
                form(
                        KASVUPOLKU,
                        KASVUPOLKU,
                        "",
                        "validFrom",
                        "2026-05-01",
                        "validTo",
                        "2026-02-30",
                        "descriptionFi",
                        "Pidetään"),
                admin());
        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(body(result));
        assertThat(page.title()).startsWith("Virhe:");
        assertThat(page.select(".kv-error-summary li").eachText())
                .contains(
                        "Valitse kohteeksi eri organisaatio kuin lähde",
                        "Valitse suhteen tyyppi",
                        "Päivämäärä 2026-02-30 ei kelpaa: kirjoita se muodossa vvvv-kk-pp, esimerkiksi 2026-01-31");
        assertThat(page.select("#descriptionFi").text()).isEqualTo("Pidetään");

        var backwards = post(
                "/yllapito/suhteet/uusi",
                form(KASVUPOLKU, KIELISILTA, "funds", "validFrom", "2026-05-01", "validTo", "2026-01-01"),
                admin());
        assertThat(Jsoup.parse(body(backwards)).select(".kv-error-summary li").text())
                .contains("Voimassaolon loppu ei voi olla ennen alkua");
    }

    @Test
    void aStaleFormIsAConflictThatKeepsTheAnswers() {
        post("/yllapito/suhteet/uusi", form(KASVUPOLKU, KIELISILTA, "partners-with"), admin());
        var relation =
                relations.findAll().stream().filter(r -> !r.demo()).findFirst().orElseThrow();
        String uri = "/yllapito/suhteet/" + relation.id() + "/muokkaa";
        assertThat(post(uri, form(KASVUPOLKU, KIELISILTA, "partners-with", "evidence", "ensimmäinen"), admin()))
                .hasStatus3xxRedirection();

        var stale = post(uri, form(KASVUPOLKU, KIELISILTA, "funds", "evidence", "toinen"), admin());
        assertThat(stale).hasStatus(409);
        var page = Jsoup.parse(body(stale));
        assertThat(page.select("#conflict").text()).contains("ensimmäinen");
        assertThat(page.select("#evidence").val()).isEqualTo("toinen");
        assertThat(relations.findById(relation.id()).orElseThrow().evidence()).isEqualTo("ensimmäinen");
    }

    @Test
    void deletingAsksFirstAndKeepsTheHistory() {
        post("/yllapito/suhteet/uusi", form(KASVUPOLKU, KIELISILTA, "member-of"), admin());
        var relation =
                relations.findAll().stream().filter(r -> !r.demo()).findFirst().orElseThrow();
        assertThat(mvc.get()
                        .uri("/yllapito/suhteet/" + relation.id() + "/poista")
                        .with(admin()))
                .hasStatusOk();
        var data = new LinkedMultiValueMap<String, String>();
        data.add("versio", Long.toString(relation.version()));
        assertThat(post("/yllapito/suhteet/" + relation.id() + "/poista", data, admin()))
                .hasStatus3xxRedirection();
        assertThat(relations.findById(relation.id())).isEmpty();
        var history = Jsoup.parse(body(mvc.get()
                .uri("/yllapito/suhteet/" + relation.id() + "/historia")
                .with(admin())
                .exchange()));
        assertThat(history.select("#history tbody tr")).hasSize(2);
        assertThat(history.select("#history tbody tr").first().text()).contains("poistettu");
    }

    MvcTestResult upload(String csv, String action) {
        return mvc.post()
                .uri("/yllapito/suhteet/tuonti")
                .multipart()
                .file(new MockMultipartFile("file", "relations.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("toiminto", action)
                .with(csrf())
                .with(admin())
                .exchange();
    }

    /** The header of files written before relations named a service: they still import. */
    static final String HEADER = "id,source_id,source_name,target_id,target_name,type,description_fi,description_sv,"
            + "description_en,evidence,valid_from,valid_to,demo\n";

    static final String HEADER_WITH_SERVICE = "id,source_id,source_name,target_id,target_name,type,service_id,"
            + "service_name,description_fi,description_sv,description_en,evidence,valid_from,valid_to,demo\n";

    @Test
    void coDeliveryNamesOneOfTheTwoOrganisationsServices() {
        var missing = post("/yllapito/suhteet/uusi", form(KASVUPOLKU, KIELISILTA, "co-delivers"), editorOf(KASVUPOLKU));
        assertThat(missing).hasStatusOk();
        var page = Jsoup.parse(body(missing));
        assertThat(page.select(".kv-error-summary li").text())
                .contains("Valitse palvelu, jonka organisaatiot tuottavat yhdessä");
        // The services to choose from are the source's and the target's, grouped by organisation.
        assertThat(page.select("#serviceId optgroup")).hasSize(2);
        assertThat(page.select("#serviceId option").eachAttr("value"))
                .contains(KIELISILTA_TRANSLATION, KASVUPOLKU_MARKET_STUDY)
                .doesNotContain(RAHTIREITTI_FORWARDING);

        var theirs = post(
                "/yllapito/suhteet/uusi",
                form(KASVUPOLKU, KIELISILTA, "co-delivers", "serviceId", RAHTIREITTI_FORWARDING),
                editorOf(KASVUPOLKU));
        assertThat(Jsoup.parse(body(theirs)).select("#serviceId-error").text())
                .contains("Palvelu ei ole lähteen eikä kohteen");
        var unknown = post(
                "/yllapito/suhteet/uusi",
                form(KASVUPOLKU, KIELISILTA, "co-delivers", "serviceId", "ei-palvelu"),
                editorOf(KASVUPOLKU));
        assertThat(Jsoup.parse(body(unknown)).select("#serviceId-error").text())
                .contains("Palvelua ei-palvelu ei ole hakemistossa");
        assertThat(relations.findAll()).allMatch(Relation::demo);

        // The second button shows the chosen organisations' services without saving or complaining.
        var shown = post(
                "/yllapito/suhteet/uusi",
                form(KASVUPOLKU, RAHTIREITTI, "co-delivers", "palvelut", "1"),
                editorOf(KASVUPOLKU));
        var shownPage = Jsoup.parse(body(shown));
        assertThat(shownPage.select(".kv-error-summary")).isEmpty();
        assertThat(shownPage.select("#serviceId option").eachAttr("value")).contains(RAHTIREITTI_FORWARDING);
        assertThat(relations.findAll()).allMatch(Relation::demo);

        var saved = post(
                "/yllapito/suhteet/uusi",
                form(KASVUPOLKU, KIELISILTA, "co-delivers", "serviceId", KIELISILTA_TRANSLATION),
                editorOf(KASVUPOLKU));
        assertThat(saved).hasStatus3xxRedirection();
        var stored = relations.findAll().stream().filter(r -> !r.demo()).toList();
        assertThat(stored)
                .singleElement()
                .satisfies(r -> assertThat(r.serviceId()).hasToString(KIELISILTA_TRANSLATION));

        // The API's edge names the service; the map's relations table and the focused actor's details link to it.
        assertThat(mvc.get().uri("/api/v1/network?type=co-delivers").exchange())
                .bodyText()
                .contains("{\"source\":\"" + KASVUPOLKU + "\",\"target\":\"" + KIELISILTA
                        + "\",\"type\":\"co-delivers\",\"declared\":true,\"serviceId\":\"" + KIELISILTA_TRANSLATION
                        + "\",\"serviceIds\":[\"" + KIELISILTA_TRANSLATION + "\"]}");
        var map = Jsoup.parse(body(mvc.get()
                .uri("/verkosto?view=table&type=co-delivers&focus=" + KASVUPOLKU)
                .exchange()));
        assertThat(map.select("#network-relations tbody a[href=\"/palvelut/" + KIELISILTA_TRANSLATION + "\"]")
                        .text())
                .isEqualTo("Käännös- ja lokalisointipalvelut");
        assertThat(map.select("#network-focus-relations a[href=\"/palvelut/" + KIELISILTA_TRANSLATION + "\"]"))
                .hasSize(1);

        // Editing keeps the service.
        UUID id = stored.getFirst().id();
        var edit = Jsoup.parse(body(mvc.get()
                .uri("/yllapito/suhteet/" + id + "/muokkaa")
                .with(editorOf(KASVUPOLKU))
                .exchange()));
        assertThat(edit.select("#serviceId option[selected]").attr("value")).isEqualTo(KIELISILTA_TRANSLATION);
    }

    @Test
    void importWithAnyProblemWritesNothingAndListsEveryProblemByLine() {
        String csv = HEADER
                + "," + KASVUPOLKU + ",,"
                + KIELISILTA + ",,refers-to,Hyvä rivi,,,,,,false\n"
                + "," + KASVUPOLKU + ",,"
                + "00000000-0000-0000-0000-000000000000,,funds,,,,,,,false\n"
                + "not-an-id," + KASVUPOLKU + ",," + RAHTIREITTI + ",,likes,,,,,2026-13-01,,false\n";
        var result = upload(csv, "tuo");
        assertThat(result).hasStatus(422);
        var problems = Jsoup.parse(body(result)).select("#import-problems li").eachText();
        assertThat(problems)
                .contains(
                        "Rivi 3, sarake target_id: Organisaatiota 00000000-0000-0000-0000-000000000000 ei ole"
                                + " hakemistossa: valitse hakemistossa oleva organisaatio",
                        "Rivi 4, sarake id: Tunniste not-an-id ei ole kelvollinen UUID: korjaa se tai jätä tyhjäksi"
                                + " uudelle suhteelle")
                .anySatisfy(p -> assertThat(p).startsWith("Rivi 4, sarake type:"))
                .anySatisfy(p -> assertThat(p).startsWith("Rivi 4, sarake valid_from:"));
        assertThat(relations.findAll()).allMatch(Relation::demo);
    }

    @Test
    void importIsCheckedFirstThenWrittenAndExportGivesItBack() {
        String csv = HEADER_WITH_SERVICE
                + "," + KASVUPOLKU + ",x," + KIELISILTA
                + ",y,co-delivers," + KASVUPOLKU_MARKET_STUDY + ",z,\"Yhdessä, kielikoulutus\",,,,2026-01-01,,false\n"
                + "," + RAHTIREITTI + ",x," + KASVUPOLKU + ",y,partners-with,,,,,,https://example.org,,,false\n";
        var checked = upload(csv, "tarkista");
        assertThat(checked).hasStatusOk();
        assertThat(Jsoup.parse(body(checked)).select("#import-result").text()).contains("2 uutta");
        assertThat(relations.findAll()).allMatch(Relation::demo);

        assertThat(upload(csv, "tuo")).hasStatusOk();
        assertThat(relations.findAll().stream().filter(r -> !r.demo())).hasSize(2);

        var export = mvc.get().uri("/yllapito/suhteet/vienti.csv").with(admin()).exchange();
        assertThat(export).hasStatusOk();
        String exported = body(export);
        assertThat(exported)
                .startsWith(HEADER_WITH_SERVICE.strip())
                .contains("\"Yhdessä, kielikoulutus\"")
                .contains(KASVUPOLKU_MARKET_STUDY + ",Kohdemarkkinaselvitys ja kansainvälistymissuunnitelma,");
        assertThat(exported.lines()).hasSize(1 + 54 + 2);
        assertThat(mvc.get().uri("/yllapito/suhteet/vienti.csv").with(editorOf(KASVUPOLKU)))
                .hasStatus(403);

        // The export imports back unchanged: every row is found by its id and updated.
        var again = upload(exported, "tarkista");
        assertThat(Jsoup.parse(body(again)).select("#import-result").text()).contains("0 uutta ja 56 päivitettävää");
        assertThat(upload(exported, "tuo")).hasStatusOk();
        assertThat(relations.findAll().stream().filter(r -> r.type() == RelationType.CO_DELIVERS))
                .extracting(r -> String.valueOf(r.serviceId()))
                .contains(KASVUPOLKU_MARKET_STUDY, "c705acd3-14b8-4c3d-a7f8-953d30c57d6d");

        // A co-delivery without its service is a problem of its line, also in a file without the column.
        var old = upload(HEADER + "," + KASVUPOLKU + ",," + KIELISILTA + ",,co-delivers,,,,,,,false\n", "tarkista");
        assertThat(old).hasStatus(422);
        assertThat(Jsoup.parse(body(old)).select("#import-problems li").eachText())
                .contains("Rivi 2, sarake service_id: Valitse palvelu, jonka organisaatiot tuottavat yhdessä");
    }
}
