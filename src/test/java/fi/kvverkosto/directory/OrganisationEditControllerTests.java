package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.EditingFixtures.admin;
import static fi.kvverkosto.directory.EditingFixtures.body;
import static fi.kvverkosto.directory.EditingFixtures.editor;
import static fi.kvverkosto.directory.EditingFixtures.formData;
import static fi.kvverkosto.directory.EditingFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
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

/** Staff editing of organisations through the web pages. Each test works on organisations of its own. */
@KvServerTest
@RecordApplicationEvents
class OrganisationEditControllerTests {

    static final String FORM = "form.kv-edit-form";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    ServiceListingRepository services;

    @Autowired
    RecordHistory history;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    ApplicationEvents events;

    OrganisationRecord mine;
    OrganisationRecord theirs;
    ServiceRecord myService;
    RequestPostProcessor me;

    @BeforeEach
    void storeTwoOrganisations() {
        mine = EditingFixtures.anOrganisation("Oma yhdistys");
        theirs = EditingFixtures.anOrganisation("Vieras yhdistys");
        myService = EditingFixtures.aService(mine.id(), "Yhdistyksen neuvonta");
        EditingFixtures.store(exchange, List.of(mine, theirs), List.of(myService));
        me = editor("yhdistyseditori", mine.id());
    }

    @Test
    void adminCreatesAnOrganisation() {
        var form = formData(
                body(mvc.get()
                        .uri("/yllapito/organisaatiot/uusi")
                        .with(admin("paakayttaja"))
                        .exchange()),
                FORM);
        var data = with(
                form,
                "nameFi",
                "Uusi kehitysyhtiö",
                "nameSv",
                "Nytt utvecklingsbolag",
                "descriptionFi",
                "Kehittää alueen yrityksiä.",
                "website",
                "https://uusi.example.org");
        data.put("providerTypes", List.of(CatalogFixtures.PROVIDER_TYPE_MUNICIPAL.toString()));

        MvcTestResult result = post("/yllapito/organisaatiot/uusi", data, admin("paakayttaja"));

        assertThat(result).hasStatus3xxRedirection();
        UUID id = UUID.fromString(
                result.getResponse().getRedirectedUrl().replaceAll(".*/organisaatiot/([^/]+)/muokkaa", "$1"));
        assertThat(id.version()).isEqualTo(4);
        OrganisationRecord created = stored(id);
        assertThat(created.name().sv()).isEqualTo("Nytt utvecklingsbolag");
        assertThat(created.website()).isEqualTo("https://uusi.example.org");
        assertThat(created.archived()).isFalse();
        assertThat(created.classifications()).singleElement().satisfies(c -> {
            assertThat(c.termId()).isEqualTo(CatalogFixtures.PROVIDER_TYPE_MUNICIPAL);
            assertThat(c.id().version()).isEqualTo(4);
        });
        assertThat(latestVersion(id).username()).isEqualTo("paakayttaja");
        assertThat(events.stream(OrganisationChanged.class)).contains(new OrganisationChanged(id));
    }

    @Test
    void editorsCannotCreateOrganisations() {
        var data = new LinkedMultiValueMap<String, String>();
        data.add("version", "0");
        data.add("nameFi", "Luvaton");
        data.add("descriptionFi", "Ei pitäisi syntyä.");

        assertThat(mvc.get().uri("/yllapito/organisaatiot/uusi").with(me)).hasStatus(403);
        assertThat(post("/yllapito/organisaatiot/uusi", data, me)).hasStatus(403);
        assertThat(body(mvc.get().uri("/yllapito/organisaatiot").with(me).exchange()))
                .doesNotContain("/yllapito/organisaatiot/uusi");
    }

    @Test
    void editorEditsTheirOrganisationButNotAnother() {
        var data = with(editForm(mine.id(), me), "nameEn", "Our association", "email", "info@example.org");

        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/muokkaa", data, me))
                .hasStatus3xxRedirection();
        assertThat(stored(mine.id()).name().en()).isEqualTo("Our association");
        assertThat(stored(mine.id()).email()).isEqualTo("info@example.org");
        assertThat(events.stream(OrganisationChanged.class)).contains(new OrganisationChanged(mine.id()));

        String other = "/yllapito/organisaatiot/" + theirs.id();
        assertThat(mvc.get().uri(other + "/muokkaa").with(me)).hasStatus(403);
        assertThat(post(other + "/muokkaa", data, me)).hasStatus(403);
        assertThat(mvc.get().uri(other + "/historia").with(me)).hasStatus(403);
        assertThat(post(other + "/arkistoi", new LinkedMultiValueMap<>(), me)).hasStatus(403);
        assertThat(stored(theirs.id()).name().en()).isEqualTo(theirs.name().en());
        assertThat(stored(theirs.id()).archived()).isFalse();
        assertThat(body(mvc.get().uri("/yllapito/organisaatiot").with(me).exchange()))
                .contains("Oma yhdistys")
                .doesNotContain("Vieras yhdistys");
    }

    @Test
    void onlyAdminsChangeWhichOrganisationAnotherBelongsTo() {
        var data = with(editForm(mine.id(), me), "parentId", theirs.id().toString());

        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/muokkaa", data, me))
                .hasStatus(403);
        assertThat(stored(mine.id()).parentId()).isNull();

        var asAdmin = with(
                editForm(mine.id(), admin("admin")), "parentId", theirs.id().toString());
        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/muokkaa", asAdmin, admin("admin")))
                .hasStatus3xxRedirection();
        assertThat(stored(mine.id()).parentId()).isEqualTo(theirs.id());

        var loop = with(
                editForm(theirs.id(), admin("admin")), "parentId", mine.id().toString());
        MvcTestResult refused = post("/yllapito/organisaatiot/" + theirs.id() + "/muokkaa", loop, admin("admin"));
        assertThat(refused).hasStatusOk();
        assertThat(Jsoup.parse(body(refused)).select(".kv-error-summary a").eachText())
                .anyMatch(t -> t.startsWith("Valitse toinen organisaatio"));
        assertThat(stored(theirs.id()).parentId()).isNull();
    }

    @Test
    void wrongAnswersAreReportedAndKept() {
        var data = with(
                editForm(mine.id(), me),
                "nameFi",
                "",
                "descriptionFi",
                "",
                "descriptionSv",
                "Svensk beskrivning kvar",
                "website",
                "example.org",
                "email",
                "ei-osoite");

        MvcTestResult result = post("/yllapito/organisaatiot/" + mine.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        var summary = Jsoup.parse(body(result)).select(".kv-error-summary a").eachText();
        assertThat(summary)
                .contains("Anna nimi suomeksi")
                .contains("Anna kuvaus suomeksi")
                .anyMatch(t -> t.startsWith("Anna verkko-osoite"))
                .contains("Anna sähköpostiosoite muodossa nimi@esimerkki.fi");
        var kept = formData(body(result), FORM);
        assertThat(kept.getFirst("descriptionSv")).isEqualTo("Svensk beskrivning kvar");
        assertThat(kept.getFirst("website")).isEqualTo("example.org");
        assertThat(stored(mine.id()).name().fi()).isEqualTo("Oma yhdistys");
    }

    @Test
    void twoEditorsSavingTheSameOrganisationGetAConflictPage() {
        var first = editor("eka", mine.id());
        var second = editor("toka", mine.id());
        var firstForm = editForm(mine.id(), first);
        var secondForm = editForm(mine.id(), second);
        assertThat(post(
                        "/yllapito/organisaatiot/" + mine.id() + "/muokkaa",
                        with(firstForm, "descriptionFi", "Ekan kuvaus."),
                        first))
                .hasStatus3xxRedirection();

        MvcTestResult conflict = post(
                "/yllapito/organisaatiot/" + mine.id() + "/muokkaa",
                with(secondForm, "descriptionFi", "Tokan kuvaus."),
                second);

        assertThat(conflict).hasStatus(409);
        assertThat(body(conflict))
                .contains("Ekan kuvaus.")
                .contains("Tokan kuvaus.")
                .contains("eka");
        assertThat(stored(mine.id()).description().fi()).isEqualTo("Ekan kuvaus.");
    }

    @Test
    void conflictPageChoicesKeepTheAnswersAndDiscardOnlyWhenConfirmed() {
        String base = "/yllapito/organisaatiot/" + mine.id();
        var form = editForm(mine.id(), me);
        assertThat(post(base + "/muokkaa", with(form, "descriptionFi", "Tallennettu ensin."), editor("muu", mine.id())))
                .hasStatus3xxRedirection();
        MvcTestResult conflict = post(base + "/muokkaa", with(form, "descriptionFi", "Minun kuvaukseni."), me);
        assertThat(conflict).hasStatus(409);
        var answers = formData(body(conflict), "form[action$=/ristiriita]");

        MvcTestResult confirm = post(base + "/ristiriita", with(answers, "toiminto", "hylkaa"), me);
        assertThat(confirm).hasStatusOk();
        assertThat(body(confirm)).contains("Oma yhdistys");
        var confirmAnswers = formData(body(confirm), "form[action$=/ristiriita]");
        assertThat(confirmAnswers.getFirst("descriptionFi")).isEqualTo("Minun kuvaukseni.");

        MvcTestResult back = post(base + "/ristiriita", with(confirmAnswers, "toiminto", "takaisin"), me);
        assertThat(back).hasStatus(409);
        assertThat(body(back)).contains("Minun kuvaukseni.").contains("Tallennettu ensin.");

        MvcTestResult resumed = post(base + "/ristiriita", with(answers, "toiminto", "jatka"), me);
        assertThat(resumed).hasStatusOk();
        var resumedForm = formData(body(resumed), FORM);
        assertThat(resumedForm.getFirst("descriptionFi")).isEqualTo("Minun kuvaukseni.");
        long saved = new TransactionTemplate(transactionManager)
                .execute(tx -> organisations.findById(mine.id()).orElseThrow().version());
        assertThat(resumedForm.getFirst("version")).isEqualTo(Long.toString(saved));

        assertThat(post(
                        base + "/ristiriita",
                        with(confirmAnswers, "toiminto", "vahvista-hylkays"),
                        editor("vieras", theirs.id())))
                .hasStatus(403);
        assertThat(post(base + "/ristiriita", with(confirmAnswers, "toiminto", "jotain-muuta"), me))
                .hasStatus(400);
        assertThat(post(base + "/ristiriita", with(answers, "toiminto", "jatka", "version", "x"), me))
                .hasStatus(400);
        assertThat(post(base + "/ristiriita", with(confirmAnswers, "toiminto", "vahvista-hylkays"), me))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(base + "/muokkaa");
        assertThat(stored(mine.id()).description().fi()).isEqualTo("Tallennettu ensin.");
    }

    @Test
    void restoringAVersionBringsBackWhetherTheOrganisationWasArchived() {
        String base = "/yllapito/organisaatiot/" + mine.id();
        int beforeArchiving = latestVersion(mine.id()).number();
        assertThat(post(base + "/arkistoi", new LinkedMultiValueMap<>(), me)).hasStatus3xxRedirection();
        assertThat(stored(mine.id()).archived()).isTrue();

        MvcTestResult preview = mvc.get()
                .uri(base + "/historia/" + beforeArchiving + "/palauta")
                .with(me)
                .exchange();
        assertThat(preview).hasStatusOk();
        assertThat(body(preview)).contains("Oma yhdistys");
        var restoreForm = formData(body(preview), "form[action$=/palauta]");
        assertThat(post(base + "/historia/" + beforeArchiving + "/palauta", restoreForm, me))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl(base + "/historia");

        assertThat(stored(mine.id()).archived()).isFalse();
        assertThat(isPublic(myService.id())).isTrue();
    }

    @Test
    void archivingAnOrganisationHidesItsServicesUntilItIsUnarchived() {
        assertThat(isPublic(myService.id())).isTrue();

        assertThat(mvc.get()
                        .uri("/yllapito/organisaatiot/" + mine.id() + "/arkistoi")
                        .with(me))
                .hasStatusOk()
                .bodyText()
                .contains("Oma yhdistys");
        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/arkistoi", new LinkedMultiValueMap<>(), me))
                .hasStatus3xxRedirection();
        assertThat(stored(mine.id()).archived()).isTrue();
        assertThat(isPublic(myService.id())).isFalse();

        assertThat(post(
                        "/yllapito/organisaatiot/" + mine.id() + "/palauta-arkistosta",
                        new LinkedMultiValueMap<>(),
                        me))
                .hasStatus3xxRedirection();
        assertThat(stored(mine.id()).archived()).isFalse();
        assertThat(isPublic(myService.id())).isTrue();
        assertThat(events.stream(OrganisationChanged.class)
                        .filter(e -> e.organisationId().equals(mine.id())))
                .hasSize(2);
    }

    @Test
    void historyShowsWhoChangedWhatAndAVersionCanBeRestored() {
        int original = latestVersion(mine.id()).number();
        var data = with(editForm(mine.id(), me), "nameFi", "Uusi nimi yhdistykselle");
        data.put("providerTypes", List.of(CatalogFixtures.PROVIDER_TYPE_PUBLIC_FUNDER.toString()));
        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/muokkaa", data, me))
                .hasStatus3xxRedirection();

        var rows = Jsoup.parse(body(mvc.get()
                        .uri("/yllapito/organisaatiot/" + mine.id() + "/historia")
                        .with(me)
                        .exchange()))
                .select("tbody tr");
        assertThat(rows.first().text())
                .contains("yhdistyseditori")
                .contains("Nimi")
                .contains("Organisaation tyyppi");

        var restoreForm = formData(
                body(mvc.get()
                        .uri("/yllapito/organisaatiot/" + mine.id() + "/historia/" + original + "/palauta")
                        .with(me)
                        .exchange()),
                "form[action$=/palauta]");
        assertThat(post("/yllapito/organisaatiot/" + mine.id() + "/historia/" + original + "/palauta", restoreForm, me))
                .hasStatus3xxRedirection();

        OrganisationRecord restored = stored(mine.id());
        assertThat(restored.name()).isEqualTo(mine.name());
        assertThat(restored.classifications())
                .extracting(ClassificationRecord::termId)
                .containsExactly(CatalogFixtures.PROVIDER_TYPE_CHAMBER_ASSOCIATION);
        assertThat(latestVersion(mine.id()).number()).isGreaterThan(original);
    }

    @Test
    void pagesHaveOneMainHeading() {
        for (String path : List.of(
                "/yllapito/organisaatiot",
                "/yllapito/organisaatiot/" + mine.id() + "/muokkaa",
                "/yllapito/organisaatiot/" + mine.id() + "/historia",
                "/yllapito/organisaatiot/" + mine.id() + "/arkistoi")) {
            var page = Jsoup.parse(body(mvc.get().uri(path).with(me).exchange()));
            assertThat(page.select("h1")).as(path).hasSize(1);
        }
    }

    private MultiValueMap<String, String> editForm(UUID id, RequestPostProcessor user) {
        MvcTestResult page = mvc.get()
                .uri("/yllapito/organisaatiot/" + id + "/muokkaa")
                .with(user)
                .exchange();
        assertThat(page).hasStatusOk();
        return formData(body(page), FORM);
    }

    private MvcTestResult post(String uri, MultiValueMap<String, String> data, RequestPostProcessor user) {
        return mvc.post().uri(uri).params(data).with(user).with(csrf()).exchange();
    }

    private OrganisationRecord stored(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> Records.of(organisations.findById(id).orElseThrow()));
    }

    private boolean isPublic(UUID serviceId) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactionManager)
                .execute(tx -> services.findById(serviceId).orElseThrow().isPublic()));
    }

    private RecordHistory.Version latestVersion(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> history.versionsOfOrganisation(id).getLast());
    }
}
