package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.EditingFixtures.admin;
import static fi.kvverkosto.directory.EditingFixtures.body;
import static fi.kvverkosto.directory.EditingFixtures.editor;
import static fi.kvverkosto.directory.EditingFixtures.formData;
import static fi.kvverkosto.directory.EditingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Staff upkeep of programmes through the web pages. Each test works on organisations and programmes of its own. */
@KvServerTest
@RecordApplicationEvents
class ProgrammeEditControllerTests {

    static final String FORM = "form.kv-edit-form";
    static final String BASE = "/yllapito/ohjelmat";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ProgrammeRepository programmes;

    @Autowired
    RecordHistory history;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEvents events;

    OrganisationRecord mine;
    OrganisationRecord theirs;
    ProgrammeRecord myProgramme;
    ProgrammeRecord usedProgramme;
    ProgrammeRecord theirProgramme;
    RequestPostProcessor me;

    @BeforeEach
    void storeTwoOrganisationsWithProgrammes() {
        mine = EditingFixtures.anOrganisation("Oma säätiö");
        theirs = EditingFixtures.anOrganisation("Vieras säätiö");
        myProgramme = aProgramme(mine.id(), "Oma kasvuohjelma");
        usedProgramme = aProgramme(mine.id(), "Käytössä oleva ohjelma");
        theirProgramme = aProgramme(theirs.id(), "Vieras ohjelma");
        ServiceRecord inProgramme =
                EditingFixtures.aService(mine.id(), "Ohjelman neuvonta").inProgramme(usedProgramme.id());
        exchange.apply(CatalogFixtures.aSmallCatalogue());
        exchange.apply(new CatalogSnapshot(
                List.of(),
                List.of(),
                List.of(),
                List.of(mine, theirs),
                List.of(inProgramme),
                List.of(myProgramme, usedProgramme, theirProgramme)));
        me = editor("saatioeditori", mine.id());
    }

    @Test
    void editorCreatesAProgrammeForTheirOrganisation() {
        var form = formData(body(mvc.get().uri(BASE + "/uusi").with(me).exchange()), FORM);
        assertThat(form.getFirst("organisationId")).isEqualTo(mine.id().toString());
        events.clear();

        MvcTestResult result = post(
                BASE + "/uusi",
                with(
                        form,
                        "nameFi",
                        "Uusi vientiohjelma",
                        "nameEn",
                        "New export programme",
                        "descriptionFi",
                        "Vientiin."),
                me);

        assertThat(result).hasStatus3xxRedirection();
        UUID id = UUID.fromString(
                result.getResponse().getRedirectedUrl().replaceAll(".*/ohjelmat/([^/]+)/muokkaa", "$1"));
        ProgrammeRecord created = stored(id);
        assertThat(created.organisationId()).isEqualTo(mine.id());
        assertThat(created.name()).isEqualTo(LocalizedText.of("Uusi vientiohjelma", null, "New export programme"));
        assertThat(created.description().fi()).isEqualTo("Vientiin.");
        assertThat(latestVersion(id).username()).isEqualTo("saatioeditori");
        assertThat(events.stream(DirectoryChanged.class)).isNotEmpty();
        assertThat(body(mvc.get().uri(BASE).with(me).exchange())).contains("Uusi vientiohjelma");
    }

    @Test
    void wrongAnswersAreReportedAndKept() {
        var data = with(
                editForm(myProgramme.id(), me),
                "nameFi",
                "",
                "nameSv",
                "Svenskt namn kvar",
                "organisationId",
                theirs.id().toString());

        MvcTestResult result = post(BASE + "/" + myProgramme.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(body(result));
        assertThat(page.select(".kv-error-summary a").eachText())
                .contains("Anna nimi suomeksi")
                .contains("Valitse omistajaksi jokin luettelon organisaatioista");
        assertThat(page.select(".kv-error-summary a").eachAttr("href")).contains("#nameFi", "#organisationId");
        assertThat(formData(body(result), FORM).getFirst("nameSv")).isEqualTo("Svenskt namn kvar");
        assertThat(stored(myProgramme.id())).isEqualTo(myProgramme);

        var noOwner = with(editForm(myProgramme.id(), me), "organisationId", "");
        assertThat(Jsoup.parse(body(post(BASE + "/" + myProgramme.id() + "/muokkaa", noOwner, me)))
                        .select(".kv-error-summary a")
                        .eachText())
                .containsExactly("Valitse organisaatio, jonka ohjelma on");

        // Unlike a service's or an organisation's, a programme's description may be left out.
        var noDescription = with(editForm(myProgramme.id(), me), "descriptionFi", "");
        assertThat(post(BASE + "/" + myProgramme.id() + "/muokkaa", noDescription, me))
                .hasStatus3xxRedirection();
    }

    @Test
    void twoEditorsSavingTheSameProgrammeGetAConflictPage() {
        var first = editor("eka", mine.id());
        var second = editor("toka", mine.id());
        var firstForm = editForm(myProgramme.id(), first);
        var secondForm = editForm(myProgramme.id(), second);
        assertThat(post(
                        BASE + "/" + myProgramme.id() + "/muokkaa",
                        with(firstForm, "descriptionFi", "Ekan kuvaus."),
                        first))
                .hasStatus3xxRedirection();

        MvcTestResult conflict = post(
                BASE + "/" + myProgramme.id() + "/muokkaa", with(secondForm, "descriptionFi", "Tokan kuvaus."), second);

        assertThat(conflict).hasStatus(409);
        assertThat(body(conflict))
                .contains("Ekan kuvaus.")
                .contains("Tokan kuvaus.")
                .contains("eka")
                .contains("Oma kasvuohjelma");
        assertThat(stored(myProgramme.id()).description().fi()).isEqualTo("Ekan kuvaus.");

        var carried = formData(body(conflict), "form[action$=/ristiriita]");
        carried.set("toiminto", "jatka");
        MvcTestResult resumed = post(BASE + "/" + myProgramme.id() + "/ristiriita", carried, second);
        assertThat(resumed).hasStatusOk();
        assertThat(post(BASE + "/" + myProgramme.id() + "/muokkaa", formData(body(resumed), FORM), second))
                .hasStatus3xxRedirection();
        assertThat(stored(myProgramme.id()).description().fi()).isEqualTo("Tokan kuvaus.");
    }

    @Test
    void onlyStaffWhoMayEditTheOwnerReachAProgramme() {
        assertThat(mvc.get().uri(BASE))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .endsWith("/kirjaudu");
        assertThat(mvc.get().uri(BASE + "/" + myProgramme.id() + "/muokkaa")).hasStatus3xxRedirection();
        var data = editForm(myProgramme.id(), me);
        assertThat(mvc.post()
                        .uri(BASE + "/" + myProgramme.id() + "/muokkaa")
                        .params(data)
                        .exchange())
                .hasStatus(403); // no CSRF token
        assertThat(post(BASE + "/" + myProgramme.id() + "/poista", new LinkedMultiValueMap<>(), null))
                .hasStatus3xxRedirection();

        String other = BASE + "/" + theirProgramme.id();
        assertThat(mvc.get().uri(other + "/muokkaa").with(me)).hasStatus(403);
        assertThat(post(other + "/muokkaa", with(data, "nameFi", "Kaapattu"), me))
                .hasStatus(403);
        assertThat(mvc.get().uri(other + "/historia").with(me)).hasStatus(403);
        assertThat(post(other + "/poista", new LinkedMultiValueMap<>(), me)).hasStatus(403);
        assertThat(stored(theirProgramme.id())).isEqualTo(theirProgramme);
        assertThat(body(mvc.get().uri(BASE).with(me).exchange()))
                .contains("Oma kasvuohjelma")
                .doesNotContain("Vieras ohjelma");

        var intoTheirs = with(
                editForm(myProgramme.id(), me), "organisationId", theirs.id().toString());
        assertThat(post(BASE + "/uusi", with(intoTheirs, "version", "0"), me)).hasStatusOk();
        assertThat(post(BASE + "/" + myProgramme.id() + "/muokkaa", intoTheirs, me))
                .hasStatusOk();
        assertThat(stored(myProgramme.id()).organisationId()).isEqualTo(mine.id());

        var byAdmin = with(
                editForm(myProgramme.id(), admin("admin")),
                "organisationId",
                theirs.id().toString());
        assertThat(post(BASE + "/" + myProgramme.id() + "/muokkaa", byAdmin, admin("admin")))
                .hasStatus3xxRedirection();
        assertThat(stored(myProgramme.id()).organisationId()).isEqualTo(theirs.id());
        assertThat(mvc.get().uri(BASE + "/" + myProgramme.id() + "/muokkaa").with(me))
                .hasStatus(403);
    }

    @Test
    void aProgrammeIsRemovedOnlyWhileNoServiceIsInIt() {
        String used = BASE + "/" + usedProgramme.id() + "/poista";
        var page = Jsoup.parse(body(mvc.get().uri(used).with(me).exchange()));
        assertThat(page.select("[role=alert]").text())
                .isEqualTo("Ohjelmaa ei voi poistaa, koska 1 palvelu kuuluu siihen. "
                        + "Valitse palvelulle ensin toinen ohjelma tai ei ohjelmaa.");
        assertThat(page.select("form[action$=/poista]")).isEmpty();
        assertThat(post(used, new LinkedMultiValueMap<>(), me)).hasStatus(409);
        assertThat(programmes.existsById(usedProgramme.id())).isTrue();

        assertThat(mvc.get().uri(BASE + "/" + myProgramme.id() + "/poista").with(me))
                .hasStatusOk()
                .bodyText()
                .contains("Oma kasvuohjelma");
        events.clear();
        assertThat(post(BASE + "/" + myProgramme.id() + "/poista", new LinkedMultiValueMap<>(), me))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .isEqualTo(BASE);
        assertThat(programmes.existsById(myProgramme.id())).isFalse();
        assertThat(events.stream(DirectoryChanged.class)).isNotEmpty();
    }

    @Test
    void historyShowsWhoChangedWhatAndAVersionCanBeRestored() {
        int original = latestVersion(myProgramme.id()).number();
        assertThat(post(
                        BASE + "/" + myProgramme.id() + "/muokkaa",
                        with(editForm(myProgramme.id(), me), "nameFi", "Uusi nimi ohjelmalle"),
                        me))
                .hasStatus3xxRedirection();

        var rows = Jsoup.parse(body(mvc.get()
                        .uri(BASE + "/" + myProgramme.id() + "/historia")
                        .with(me)
                        .exchange()))
                .select("tbody tr");
        assertThat(rows.first().text()).contains("saatioeditori").contains("Nimi");

        var restoreForm = formData(
                body(mvc.get()
                        .uri(BASE + "/" + myProgramme.id() + "/historia/" + original + "/palauta")
                        .with(me)
                        .exchange()),
                "form[action$=/palauta]");
        assertThat(post(BASE + "/" + myProgramme.id() + "/historia/" + original + "/palauta", restoreForm, me))
                .hasStatus3xxRedirection();
        assertThat(stored(myProgramme.id())).isEqualTo(myProgramme);
        assertThat(latestVersion(myProgramme.id()).number()).isGreaterThan(original);
    }

    @Test
    void pagesHaveOneMainHeading() {
        for (String path : List.of(
                BASE,
                BASE + "/uusi",
                BASE + "/" + myProgramme.id() + "/muokkaa",
                BASE + "/" + myProgramme.id() + "/historia",
                BASE + "/" + usedProgramme.id() + "/poista")) {
            var page = Jsoup.parse(body(mvc.get().uri(path).with(me).exchange()));
            assertThat(page.select("h1")).as(path).hasSize(1);
        }
    }

    private static ProgrammeRecord aProgramme(UUID organisationId, String name) {
        return new ProgrammeRecord(
                UUID.randomUUID(),
                organisationId,
                LocalizedText.of(name, null, name + " (en)"),
                LocalizedText.finnish("Ohjelman kuvaus."));
    }

    private MultiValueMap<String, String> editForm(UUID id, RequestPostProcessor user) {
        MvcTestResult page =
                mvc.get().uri(BASE + "/" + id + "/muokkaa").with(user).exchange();
        assertThat(page).hasStatusOk();
        return formData(body(page), FORM);
    }

    private MvcTestResult post(String uri, MultiValueMap<String, String> data, RequestPostProcessor user) {
        var request = mvc.post().uri(uri).params(data).with(csrf());
        return (user == null ? request : request.with(user)).exchange();
    }

    private ProgrammeRecord stored(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> Records.of(programmes.findById(id).orElseThrow()));
    }

    private RecordHistory.Version latestVersion(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> history.versionsOfProgramme(id).getLast());
    }
}
