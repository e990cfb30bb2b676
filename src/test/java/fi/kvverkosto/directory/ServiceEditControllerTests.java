package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.EditingFixtures.admin;
import static fi.kvverkosto.directory.EditingFixtures.body;
import static fi.kvverkosto.directory.EditingFixtures.editor;
import static fi.kvverkosto.directory.EditingFixtures.formData;
import static fi.kvverkosto.directory.EditingFixtures.with;
import static fi.kvverkosto.directory.EditingFixtures.without;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.shared.LocalizedText;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Staff editing of services through the web pages, as a browser would use them: the form is read from the page,
 * changed and posted back. Each test works on services of organisations of its own.
 */
@KvServerTest
@RecordApplicationEvents
class ServiceEditControllerTests {

    static final String FORM = "form.kv-edit-form";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    CatalogExchange exchange;

    @Autowired
    ServiceListingRepository services;

    @Autowired
    RecordHistory history;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DataSource dataSource;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ApplicationEvents events;

    OrganisationRecord mine;
    OrganisationRecord theirs;
    ServiceRecord myService;
    ServiceRecord theirService;
    RequestPostProcessor me;

    @BeforeEach
    void storeTwoOrganisationsWithAServiceEach() {
        mine = EditingFixtures.anOrganisation("Oma kehitysyhtiö");
        theirs = EditingFixtures.anOrganisation("Toinen kehitysyhtiö");
        myService = EditingFixtures.aService(mine.id(), "Vientivalmennus");
        theirService = EditingFixtures.aService(theirs.id(), "Toisen palvelu");
        EditingFixtures.store(exchange, List.of(mine, theirs), List.of(myService, theirService));
        me = editor("editori", mine.id());
    }

    // --- Validation, one rule at a time; every answer is kept and nothing is saved ---

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nameFi|''|Anna nimi suomeksi",
                "descriptionFi|''|Anna kuvaus suomeksi",
                "url|ftp://example.org/palvelu|Anna verkko-osoite, joka alkaa https:// tai http://",
                "url|www.example.org|Anna verkko-osoite, joka alkaa https:// tai http://",
                "email|neuvonta(at)example.org|Anna sähköpostiosoite muodossa nimi@esimerkki.fi",
                "assuredDate|31.2.2026|Anna päivämäärä muodossa päivä.kuukausi.vuosi",
                "assuredDate|eilen|Anna päivämäärä muodossa päivä.kuukausi.vuosi",
                "costOptions[0].amount|ilmainen|Anna hinta euroina numeroina",
                "contacts[0].email|nimi@|Anna sähköpostiosoite muodossa nimi@esimerkki.fi",
                "contacts[1].email|toinen@|Anna sähköpostiosoite muodossa nimi@esimerkki.fi"
            })
    void wrongAnswerIsReportedWithItsMessageAndEveryAnswerIsKept(String field, String value, String message) {
        var data = with(
                editForm(myService.id(), me),
                field,
                value,
                "nameSv",
                "Exportträning, ändrad",
                "feesEn",
                "Typed fee text that must survive");

        MvcTestResult result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        String html = body(result);
        var page = Jsoup.parse(html);
        assertThat(page.title()).startsWith("Virhe:");
        assertThat(page.select(".kv-error-summary a").eachText()).anyMatch(t -> t.startsWith(message));
        String anchor = "#" + field.replace('.', '-');
        assertThat(page.select(".kv-error-summary a").eachAttr("href")).contains(anchor);
        var linked = page.getElementById(anchor.substring(1));
        assertThat(linked).as("field the summary links to").isNotNull();
        assertThat(linked.closest(".kv-field").select(".kv-error-message").text())
                .as("inline message next to the field")
                .contains(message);
        var kept = formData(html, FORM);
        assertThat(kept.getFirst("nameSv")).isEqualTo("Exportträning, ändrad");
        assertThat(kept.getFirst("feesEn")).isEqualTo("Typed fee text that must survive");
        if (!value.equals("''")) {
            assertThat(kept.getFirst(field)).isEqualTo(value);
        }
        assertThat(stored(myService.id()).name().sv()).isEqualTo("Vientivalmennus (sv)");
    }

    @ParameterizedTest(name = "{0} left empty -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "stages|Valitse vähintään yksi kansainvälistymisen vaihe",
                "needs|Valitse vähintään yksi tarve, johon palvelu vastaa",
                "companySizes|Valitse vähintään yksi yrityskoko",
                "costs|Valitse vähintään yksi hinnoittelutapa"
            })
    void requiredClassificationLeftEmptyIsReported(String field, String message) {
        var data = with(without(editForm(myService.id(), me), field), "nameEn", "Kept English name");

        MvcTestResult result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(body(result));
        assertThat(page.select(".kv-error-summary a").eachText()).contains(message);
        assertThat(page.select(".kv-error-summary a").eachAttr("href")).contains("#" + field);
        assertThat(page.getElementById(field)).as("first checkbox of the group").isNotNull();
        assertThat(formData(body(result), FORM).getFirst("nameEn")).isEqualTo("Kept English name");
        assertThat(stored(myService.id()).classifications()).hasSize(4);
    }

    @Test
    void industriesAndMarketsMayBeLeftEmpty() {
        var data = without(editForm(myService.id(), me), "industries", "markets");

        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me))
                .hasStatus3xxRedirection();
    }

    @Test
    void inactiveServiceNeedsAnAlertInFinnish() {
        var data = with(editForm(myService.id(), me), "status", "INACTIVE", "alertFi", "", "alertEn", "Closed");

        MvcTestResult result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        assertThat(Jsoup.parse(body(result)).select(".kv-error-summary a").eachText())
                .contains("Kerro suomeksi, miksi palvelu ei ole käytössä, tai valitse tilaksi Käytössä");
        assertThat(formData(body(result), FORM).getFirst("alertEn")).isEqualTo("Closed");
        assertThat(stored(myService.id()).status()).isEqualTo(ServiceStatus.ACTIVE);

        var withAlert = with(data, "alertFi", "Haku on päättynyt.");
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", withAlert, me))
                .hasStatus3xxRedirection();
        assertThat(stored(myService.id()).status()).isEqualTo(ServiceStatus.INACTIVE);
        assertThat(stored(myService.id()).alert()).isEqualTo(LocalizedText.of("Haku on päättynyt.", null, "Closed"));
    }

    @Test
    void messagesAreInTheUsersLanguage() {
        var data = with(editForm(myService.id(), me), "nameFi", "", "lang", "en");

        MvcTestResult result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me);

        assertThat(Jsoup.parse(body(result)).select(".kv-error-summary a").eachText())
                .contains("Enter the name in Finnish");
    }

    // --- Saving ---

    @Test
    void savingWritesEveryFieldAndRecordsWhoSaved() {
        var data = with(
                editForm(myService.id(), me),
                "nameFi",
                "Vientivalmennus 2027",
                "descriptionSv",
                "Exportträning för små företag.",
                "eligibilityEn",
                "Small companies",
                "url",
                "https://example.org/vienti",
                "email",
                "vienti@example.org",
                "assuredDate",
                "1.12.2026",
                "costOptions[0].textFi",
                "Osallistumismaksu",
                "costOptions[0].amount",
                "150,50",
                "contacts[0].name",
                "Maija Meikäläinen",
                "contacts[0].email",
                "maija@example.org");
        data.put("areas", List.of(CatalogFixtures.AREA_JAMSA, "urn:fi:stat:kunta:179"));
        data.put("languages", List.of("fi", "de"));
        data.put("markets", List.of(CatalogFixtures.MARKET_DE.toString()));
        Instant before = Instant.now().minusSeconds(1);

        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/yllapito/palvelut/" + myService.id() + "/muokkaa");

        ServiceRecord saved = stored(myService.id());
        assertThat(saved.name())
                .isEqualTo(LocalizedText.of("Vientivalmennus 2027", "Vientivalmennus (sv)", "Vientivalmennus (en)"));
        assertThat(saved.description().sv()).isEqualTo("Exportträning för små företag.");
        assertThat(saved.eligibility().en()).isEqualTo("Small companies");
        assertThat(saved.url()).isEqualTo("https://example.org/vienti");
        assertThat(saved.email()).isEqualTo("vienti@example.org");
        assertThat(saved.assuredDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
        assertThat(saved.areas())
                .extracting(ServiceRecord.AreaEntry::areaUri)
                .containsExactly("urn:fi:stat:kunta:179", CatalogFixtures.AREA_JAMSA);
        assertThat(saved.languages())
                .extracting(ServiceRecord.LanguageEntry::code)
                .containsExactly("fi", "de");
        assertThat(saved.languages())
                .filteredOn(l -> l.code().equals("de"))
                .extracting(ServiceRecord.LanguageEntry::name)
                .containsExactly("saksa");
        assertThat(saved.classifications())
                .extracting(ClassificationRecord::termId)
                .contains(CatalogFixtures.MARKET_DE, CatalogFixtures.KV_STAGE_4);
        assertThat(saved.costOptions()).singleElement().satisfies(c -> {
            assertThat(c.option().fi()).isEqualTo("Osallistumismaksu");
            assertThat(c.amount()).isEqualByComparingTo("150.50");
            assertThat(c.id())
                    .as("the existing cost option is updated in place")
                    .isEqualTo(myService.costOptions().getFirst().id());
        });
        assertThat(saved.contacts()).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Maija Meikäläinen");
            assertThat(c.id().version()).as("new child records get UUID v4 ids").isEqualTo(4);
        });
        assertThat(saved.areas()).allSatisfy(a -> assertThat(a.id().version()).isEqualTo(4));
        assertThat(saved.lastModified()).isAfter(before);
        assertThat(latestVersion(myService.id()).username()).isEqualTo("editori");
        assertThat(events.stream(ServiceListingChanged.class)).contains(new ServiceListingChanged(myService.id()));
    }

    @Test
    void editorCreatesAServiceForTheirOrganisation() {
        var page = mvc.get()
                .uri("/yllapito/palvelut/uusi?organisaatio=" + mine.id())
                .with(me)
                .exchange();
        assertThat(page).hasStatusOk();
        var data = with(
                formData(body(page), FORM),
                "nameFi",
                "Uusi palvelu",
                "descriptionFi",
                "Uuden palvelun kuvaus.",
                "costOptions[0].textFi",
                "Maksuton");
        data.put("stages", List.of(CatalogFixtures.KV_STAGE_1.toString()));
        data.put("needs", List.of(CatalogFixtures.KV_NEED_ADVISORY.toString()));
        data.put("companySizes", List.of(CatalogFixtures.COMPANY_SIZE_MICRO.toString()));
        data.put("costs", List.of(CatalogFixtures.COST_FREE.toString()));
        data.put("areas", List.of(CatalogFixtures.AREA_REGION));

        MvcTestResult result = post("/yllapito/palvelut/uusi", data, me);

        assertThat(result).hasStatus3xxRedirection();
        String location = result.getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(location.replaceAll(".*/palvelut/([^/]+)/muokkaa", "$1"));
        assertThat(id.version()).isEqualTo(4);
        ServiceRecord created = stored(id);
        assertThat(created.organisationId()).isEqualTo(mine.id());
        assertThat(created.name().fi()).isEqualTo("Uusi palvelu");
        assertThat(created.status()).isEqualTo(ServiceStatus.ACTIVE);
        assertThat(created.classifications())
                .allSatisfy(c -> assertThat(c.id().version()).isEqualTo(4));
        assertThat(created.costOptions())
                .singleElement()
                .satisfies(c -> assertThat(c.id().version()).isEqualTo(4));
        assertThat(latestVersion(id).username()).isEqualTo("editori");
        assertThat(events.stream(ServiceListingChanged.class)).contains(new ServiceListingChanged(id));
    }

    // --- Who may do what ---

    @Test
    void listShowsOnlyTheServicesOfTheEditorsOrganisations() {
        String html = body(mvc.get().uri("/yllapito/palvelut").with(me).exchange());

        assertThat(html).contains("Vientivalmennus").doesNotContain("Toisen palvelu");
        assertThat(body(mvc.get()
                        .uri("/yllapito/palvelut?nimi=toisen")
                        .with(admin("admin"))
                        .exchange()))
                .contains("Toisen palvelu")
                .doesNotContain("Vientivalmennus");
    }

    @Test
    void filteringWithHtmxAnswersWithTheResultsOnly() {
        MvcTestResult result = mvc.get()
                .uri("/yllapito/palvelut?nimi=vienti&tila=aktiivinen")
                .header("HX-Request", "true")
                .with(me)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(body(result))
                .doesNotContain("<html")
                .contains("id=\"results\"")
                .contains("Vientivalmennus");
        assertThat(body(mvc.get()
                        .uri("/yllapito/palvelut?nimi=vienti&tila=arkistoitu")
                        .with(me)
                        .exchange()))
                .doesNotContain("Vientivalmennus</a>");
    }

    @Test
    void editorCannotOpenOrChangeAnotherOrganisationsService() {
        String theirs = "/yllapito/palvelut/" + theirService.id();
        var forged = with(editForm(myService.id(), me), "nameFi", "Kaapattu");

        assertThat(mvc.get().uri(theirs + "/muokkaa").with(me)).hasStatus(403);
        assertThat(post(theirs + "/muokkaa", forged, me)).hasStatus(403);
        assertThat(mvc.get().uri(theirs + "/historia").with(me)).hasStatus(403);
        assertThat(mvc.get().uri(theirs + "/historia/1/palauta").with(me)).hasStatus(403);
        assertThat(post(theirs + "/historia/1/palauta", with(forged, "versio", "0"), me))
                .hasStatus(403);
        assertThat(mvc.get().uri(theirs + "/arkistoi").with(me)).hasStatus(403);
        assertThat(post(theirs + "/arkistoi", forged, me)).hasStatus(403);
        assertThat(post(theirs + "/palauta-arkistosta", forged, me)).hasStatus(403);
        assertThat(post(theirs + "/ristiriita", with(forged, "toiminto", "takaisin", "tallennettuVersio", "0"), me))
                .hasStatus(403);
        assertThat(stored(theirService.id()).name().fi()).isEqualTo("Toisen palvelu");
        assertThat(stored(theirService.id()).status()).isEqualTo(ServiceStatus.ACTIVE);
    }

    @Test
    void editorCannotCreateAServiceForAnotherOrganisation() {
        assertThat(mvc.get()
                        .uri("/yllapito/palvelut/uusi?organisaatio=" + theirs.id())
                        .with(me))
                .hasStatus(403);
        var forged =
                with(editForm(myService.id(), me), "organisationId", theirs.id().toString());
        assertThat(post("/yllapito/palvelut/uusi", forged, me)).hasStatus(403);
    }

    @Test
    void onlyAdminsMoveAServiceToAnotherProvider() {
        var moved =
                with(editForm(myService.id(), me), "organisationId", theirs.id().toString());

        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", moved, me))
                .hasStatus(403);
        assertThat(stored(myService.id()).organisationId()).isEqualTo(mine.id());

        var asAdmin = with(
                editForm(myService.id(), admin("admin")),
                "organisationId",
                theirs.id().toString());
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", asAdmin, admin("admin")))
                .hasStatus3xxRedirection();
        assertThat(stored(myService.id()).organisationId()).isEqualTo(theirs.id());
    }

    @Test
    void editorsSeeTheProviderButCannotChooseIt() {
        var editorPage = Jsoup.parse(body(mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/muokkaa")
                .with(me)
                .exchange()));
        var adminPage = Jsoup.parse(body(mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/muokkaa")
                .with(admin("admin"))
                .exchange()));

        assertThat(editorPage.select("select#organisationId")).isEmpty();
        assertThat(editorPage.select("input[type=hidden][name=organisationId]").val())
                .isEqualTo(mine.id().toString());
        assertThat(adminPage.select("select#organisationId option").eachAttr("value"))
                .contains(theirs.id().toString());
    }

    @Test
    void signInIsNeeded() {
        assertThat(mvc.get().uri("/yllapito/palvelut/" + myService.id() + "/muokkaa"))
                .hasStatus3xxRedirection()
                .redirectedUrl()
                .contains("/kirjaudu");
    }

    // --- Two editors at once ---

    @Test
    void secondOfTwoEditorsGetsAConflictPageWithBothVersionsAndTheFirstSaveStays() {
        var first = editor("ensimmainen", mine.id());
        var second = editor("toinen", mine.id());
        var firstForm = editForm(myService.id(), first);
        var secondForm = editForm(myService.id(), second);

        assertThat(post(
                        "/yllapito/palvelut/" + myService.id() + "/muokkaa",
                        with(firstForm, "nameFi", "Ensimmäisen tallentama nimi"),
                        first))
                .hasStatus3xxRedirection();
        MvcTestResult conflict = post(
                "/yllapito/palvelut/" + myService.id() + "/muokkaa",
                with(secondForm, "nameFi", "Toisen kirjoittama nimi", "descriptionEn", "Second editor’s description"),
                second);

        assertThat(conflict).hasStatus(409);
        String html = body(conflict);
        var page = Jsoup.parse(html);
        assertThat(page.select("h1").text()).isEqualTo("Joku muu tallensi muutoksia sillä välin, kun muokkasit");
        assertThat(html)
                .contains("Ensimmäisen tallentama nimi")
                .contains("Toisen kirjoittama nimi")
                .contains("Second editor’s description")
                .contains("ensimmainen");
        var changedRows = page.select("tr.kv-diff__row--changed");
        assertThat(changedRows.eachText())
                .anyMatch(row -> row.contains("Ensimmäisen tallentama nimi") && row.contains("Toisen kirjoittama nimi"))
                .allMatch(row -> row.contains("Eroaa"));
        assertThat(stored(myService.id()).name().fi()).isEqualTo("Ensimmäisen tallentama nimi");
        assertThat(stored(myService.id()).description().en()).isEqualTo("Original description.");

        // (a) keep editing: the form has the second editor's answers at the new version, and saving them works.
        var answers = formData(html, "form[action$=/ristiriita]");
        MvcTestResult resumed = post(
                "/yllapito/palvelut/" + myService.id() + "/ristiriita", with(answers, "toiminto", "jatka"), second);
        assertThat(resumed).hasStatusOk();
        var resumedForm = formData(body(resumed), FORM);
        assertThat(resumedForm.getFirst("nameFi")).isEqualTo("Toisen kirjoittama nimi");
        assertThat(resumedForm.getFirst("descriptionEn")).isEqualTo("Second editor’s description");
        assertThat(resumedForm.getFirst("version")).isEqualTo(String.valueOf(currentVersion(myService.id())));
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", resumedForm, second))
                .hasStatus3xxRedirection();
        assertThat(stored(myService.id()).name().fi()).isEqualTo("Toisen kirjoittama nimi");
        assertThat(stored(myService.id()).description().en()).isEqualTo("Second editor’s description");
    }

    @Test
    void discardingAfterAConflictAsksFirstAndKeepsTheAnswersUntilConfirmed() {
        var form = editForm(myService.id(), me);
        assertThat(post(
                        "/yllapito/palvelut/" + myService.id() + "/muokkaa",
                        with(form, "nameFi", "Tallennettu ensin"),
                        editor("muu", mine.id())))
                .hasStatus3xxRedirection();
        String conflictPage =
                body(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", with(form, "nameFi", "Hylättävä"), me));
        var answers = formData(conflictPage, "form[action$=/ristiriita]");

        MvcTestResult confirm =
                post("/yllapito/palvelut/" + myService.id() + "/ristiriita", with(answers, "toiminto", "hylkaa"), me);
        assertThat(confirm).hasStatusOk();
        var confirmAnswers = formData(body(confirm), "form[action$=/ristiriita]");
        assertThat(confirmAnswers.getFirst("nameFi")).isEqualTo("Hylättävä");

        MvcTestResult back = post(
                "/yllapito/palvelut/" + myService.id() + "/ristiriita",
                with(confirmAnswers, "toiminto", "takaisin"),
                me);
        assertThat(back).hasStatus(409);
        assertThat(body(back)).contains("Hylättävä").contains("Tallennettu ensin");

        MvcTestResult discarded = post(
                "/yllapito/palvelut/" + myService.id() + "/ristiriita",
                with(confirmAnswers, "toiminto", "vahvista-hylkays"),
                me);
        assertThat(discarded)
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/yllapito/palvelut/" + myService.id() + "/muokkaa");
        assertThat(stored(myService.id()).name().fi()).isEqualTo("Tallennettu ensin");
    }

    @Test
    void saveCommittedBetweenTheVersionCheckAndTheCommitGivesTheSameConflictPage() throws Exception {
        var form = with(editForm(myService.id(), me), "nameFi", "Hävinnyt kilpajuoksun");
        var raced = new AtomicBoolean();
        // Right after our version check passed (the event is published before the commit), another connection
        // commits a change to the same row, as a second server would.
        ApplicationListener<ApplicationEvent> concurrentSave = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof ServiceListingChanged changed
                    && changed.serviceId().equals(myService.id())
                    && raced.compareAndSet(false, true)) {
                try (var connection = dataSource.getConnection();
                        var update = connection.prepareStatement(
                                "update service set name_fi = ?, version = version + 1 where id = ?")) {
                    connection.setAutoCommit(true);
                    update.setQueryTimeout(10);
                    update.setString(1, "Voittanut kilpajuoksun");
                    update.setObject(2, myService.id());
                    assertThat(update.executeUpdate()).isEqualTo(1);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        context.addApplicationListener(concurrentSave);
        MvcTestResult result;
        try {
            result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", form, me);
        } finally {
            context.removeApplicationListener(concurrentSave);
        }

        assertThat(raced).isTrue();
        assertThat(result).hasStatus(409);
        assertThat(body(result)).contains("Hävinnyt kilpajuoksun").contains("Voittanut kilpajuoksun");
        assertThat(stored(myService.id()).name().fi()).isEqualTo("Voittanut kilpajuoksun");
    }

    // --- History and restore ---

    @Test
    void historyShowsEveryVersionWithWhoAndWhatChanged() {
        var historian = editor("historioitsija", mine.id());
        var data = with(editForm(myService.id(), historian), "nameFi", "Uudelleennimetty");
        data.put("areas", List.of(CatalogFixtures.AREA_JAMSA));
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, historian))
                .hasStatus3xxRedirection();

        MvcTestResult page = mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/historia")
                .with(me)
                .exchange();

        assertThat(page).hasStatusOk();
        var rows = Jsoup.parse(body(page)).select("tbody tr");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        String newest = rows.first().text();
        assertThat(newest)
                .contains("historioitsija")
                .contains("Nimi")
                .contains("Alueet")
                .doesNotContain("Kuvaus");
        assertThat(rows.last().text()).contains("Luotu");

        int revision = latestVersion(myService.id()).number();
        MvcTestResult detail = mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/historia/" + revision)
                .with(me)
                .exchange();
        assertThat(detail).hasStatusOk();
        var changes = Jsoup.parse(body(detail)).select("tbody tr");
        assertThat(changes.eachText())
                .anyMatch(row -> row.contains("Vientivalmennus") && row.contains("Uudelleennimetty"))
                .anyMatch(row -> row.contains("Keski-Suomi") && row.contains("Jämsä"));
    }

    @Test
    void restoringAnEarlierVersionSavesItAsANewVersionWithItsAreasAndClassifications() {
        int original = latestVersion(myService.id()).number();
        var data = with(editForm(myService.id(), me), "nameFi", "Muutettu nimi", "descriptionFi", "Muutettu kuvaus.");
        data.put("areas", List.of(CatalogFixtures.AREA_JAMSA));
        data.put("stages", List.of(CatalogFixtures.KV_STAGE_1.toString()));
        data.put("costs", List.of(CatalogFixtures.COST_PAID.toString()));
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me))
                .hasStatus3xxRedirection();
        int versionsBefore = versions(myService.id()).size();

        MvcTestResult confirm = mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/historia/" + original + "/palauta")
                .with(me)
                .exchange();
        assertThat(confirm).hasStatusOk();
        assertThat(Jsoup.parse(body(confirm)).select("tbody tr").eachText())
                .anyMatch(row -> row.contains("Muutettu nimi") && row.contains("Vientivalmennus"));
        var restoreForm = formData(body(confirm), "form[action$=/palauta]");

        assertThat(post(
                        "/yllapito/palvelut/" + myService.id() + "/historia/" + original + "/palauta",
                        restoreForm,
                        editor("palauttaja", mine.id())))
                .hasStatus3xxRedirection()
                .hasRedirectedUrl("/yllapito/palvelut/" + myService.id() + "/historia");

        ServiceRecord restored = stored(myService.id());
        assertThat(restored.name()).isEqualTo(myService.name());
        assertThat(restored.description()).isEqualTo(myService.description());
        assertThat(restored.areas())
                .extracting(ServiceRecord.AreaEntry::areaUri)
                .containsExactly(CatalogFixtures.AREA_REGION);
        assertThat(restored.classifications())
                .extracting(ClassificationRecord::termId)
                .containsExactlyInAnyOrderElementsOf(myService.classifications().stream()
                        .map(ClassificationRecord::termId)
                        .toList());
        List<RecordHistory.Version> after = versions(myService.id());
        assertThat(after).hasSize(versionsBefore + 1);
        assertThat(after.getLast().username()).isEqualTo("palauttaja");
        assertThat(after.getFirst().number()).as("history is never rewritten").isLessThanOrEqualTo(original);
        assertThat(events.stream(ServiceListingChanged.class)
                        .filter(e -> e.serviceId().equals(myService.id())))
                .hasSize(2);
    }

    @Test
    void restoringOverAVersionSomeoneSavedMeanwhileShowsTheConflictPage() {
        int original = latestVersion(myService.id()).number();
        var confirm = body(mvc.get()
                .uri("/yllapito/palvelut/" + myService.id() + "/historia/" + original + "/palauta")
                .with(me)
                .exchange());
        var restoreForm = formData(confirm, "form[action$=/palauta]");
        assertThat(post(
                        "/yllapito/palvelut/" + myService.id() + "/muokkaa",
                        with(editForm(myService.id(), me), "nameFi", "Välissä tallennettu"),
                        me))
                .hasStatus3xxRedirection();

        MvcTestResult result =
                post("/yllapito/palvelut/" + myService.id() + "/historia/" + original + "/palauta", restoreForm, me);

        assertThat(result).hasStatus(409);
        assertThat(body(result)).contains("Välissä tallennettu").contains("Vientivalmennus");
        assertThat(stored(myService.id()).name().fi()).isEqualTo("Välissä tallennettu");
    }

    // --- Archiving ---

    @Test
    void archivingHidesTheServiceAndUnarchivingBringsBackItsStatus() {
        var inactive = CatalogFixtures.service(UUID.randomUUID(), mine.id())
                .name("Tauolla oleva palvelu", null, null)
                .description("Kuvaus.", null, null)
                .status(ServiceStatus.INACTIVE, LocalizedText.finnish("Tauolla."))
                .area(CatalogFixtures.AREA_REGION)
                .terms(
                        CatalogFixtures.KV_STAGE_1,
                        CatalogFixtures.KV_NEED_ADVISORY,
                        CatalogFixtures.COMPANY_SIZE_MICRO,
                        CatalogFixtures.COST_FREE)
                .build();
        EditingFixtures.store(exchange, List.of(mine), List.of(inactive));
        String base = "/yllapito/palvelut/" + inactive.id();

        assertThat(mvc.get().uri(base + "/arkistoi").with(me))
                .hasStatusOk()
                .bodyText()
                .contains("Tauolla oleva palvelu");
        assertThat(isPublic(inactive.id()))
                .as("asking for confirmation changes nothing")
                .isTrue();
        assertThat(post(base + "/arkistoi", new org.springframework.util.LinkedMultiValueMap<>(), me))
                .hasStatus3xxRedirection();
        assertThat(stored(inactive.id()).status()).isEqualTo(ServiceStatus.DEFUNCT);
        assertThat(isPublic(inactive.id())).isFalse();
        assertThat(body(mvc.get()
                        .uri("/yllapito/palvelut?tila=arkistoitu")
                        .with(me)
                        .exchange()))
                .contains("Tauolla oleva palvelu");

        assertThat(post(base + "/palauta-arkistosta", new org.springframework.util.LinkedMultiValueMap<>(), me))
                .hasStatus3xxRedirection();
        assertThat(stored(inactive.id()).status()).isEqualTo(ServiceStatus.INACTIVE);
        assertThat(isPublic(inactive.id())).isTrue();
        assertThat(events.stream(ServiceListingChanged.class)
                        .filter(e -> e.serviceId().equals(inactive.id())))
                .hasSize(2);
    }

    @Test
    void pagesHaveOneMainHeadingAndLabelsForEveryField() {
        for (String path : List.of("/muokkaa", "/historia", "/arkistoi")) {
            var page = Jsoup.parse(body(mvc.get()
                    .uri("/yllapito/palvelut/" + myService.id() + path)
                    .with(me)
                    .exchange()));
            assertThat(page.select("h1")).as(path).hasSize(1);
            for (var field : page.select("input:not([type=hidden]), textarea, select")) {
                assertThat(page.select("label[for=\"" + field.id() + "\"]"))
                        .as("label for " + field.id() + " on " + path)
                        .isNotEmpty();
            }
        }
    }

    // --- helpers ---

    // --- Programmes ---

    @Test
    void aServiceIsPutInAnotherOrganisationsProgrammeAndTakenOutAgain() {
        var programme = new ProgrammeRecord(
                UUID.randomUUID(),
                theirs.id(),
                LocalizedText.of("Vientiohjelma", "Exportprogram", "Export programme"),
                LocalizedText.finnish("Ohjelman kuvaus."));
        exchange.apply(new CatalogSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(programme)));
        var form = editForm(myService.id(), me);
        assertThat(form.getFirst("programmeId")).isEmpty();

        assertThat(post(
                        "/yllapito/palvelut/" + myService.id() + "/muokkaa",
                        with(form, "programmeId", programme.id().toString()),
                        me))
                .hasStatus3xxRedirection();
        assertThat(stored(myService.id()).programmeId()).isEqualTo(programme.id());

        var again = editForm(myService.id(), me);
        assertThat(again.getFirst("programmeId")).isEqualTo(programme.id().toString());
        assertThat(post("/yllapito/palvelut/" + myService.id() + "/muokkaa", with(again, "programmeId", ""), me))
                .hasStatus3xxRedirection();
        assertThat(stored(myService.id()).programmeId()).isNull();
    }

    @Test
    void anUnknownProgrammeIsReportedAndNothingIsSaved() {
        exchange.apply(new CatalogSnapshot(
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new ProgrammeRecord(
                        UUID.randomUUID(),
                        theirs.id(),
                        LocalizedText.finnish("Ohjelma"),
                        LocalizedText.finnish("Kuvaus.")))));
        var data = with(
                editForm(myService.id(), me), "programmeId", UUID.randomUUID().toString());

        MvcTestResult result = post("/yllapito/palvelut/" + myService.id() + "/muokkaa", data, me);

        assertThat(result).hasStatusOk();
        var page = Jsoup.parse(body(result));
        assertThat(page.select(".kv-error-summary a").eachAttr("href")).contains("#programmeId");
        assertThat(page.select(".kv-error-summary a").eachText())
                .anyMatch(t -> t.startsWith("Valitse vaihtoehdot lomakkeen listalta"));
        assertThat(stored(myService.id()).programmeId()).isNull();
    }

    private MultiValueMap<String, String> editForm(UUID id, RequestPostProcessor user) {
        MvcTestResult page = mvc.get()
                .uri("/yllapito/palvelut/" + id + "/muokkaa")
                .with(user)
                .exchange();
        assertThat(page).hasStatusOk();
        return formData(body(page), FORM);
    }

    private MvcTestResult post(String uri, MultiValueMap<String, String> data, RequestPostProcessor user) {
        return mvc.post().uri(uri).params(data).with(user).with(csrf()).exchange();
    }

    private ServiceRecord stored(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> Records.of(services.findById(id).orElseThrow()));
    }

    private boolean isPublic(UUID id) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactionManager)
                .execute(tx -> services.findById(id).orElseThrow().isPublic()));
    }

    private long currentVersion(UUID id) {
        return new TransactionTemplate(transactionManager)
                .execute(tx -> services.findById(id).orElseThrow().version());
    }

    private List<RecordHistory.Version> versions(UUID id) {
        return new TransactionTemplate(transactionManager).execute(tx -> history.versionsOfService(id));
    }

    private RecordHistory.Version latestVersion(UUID id) {
        return versions(id).getLast();
    }
}
