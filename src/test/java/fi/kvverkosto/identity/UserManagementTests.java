package fi.kvverkosto.identity;

import static fi.kvverkosto.identity.StaffTestAccounts.PASSWORD;
import static fi.kvverkosto.identity.StaffTestAccounts.from;
import static fi.kvverkosto.identity.StaffTestAccounts.uniqueAddress;
import static fi.kvverkosto.identity.StaffTestAccounts.uniqueName;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import fi.kvverkosto.KvServerTest;
import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogFixtures;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.AuditReaderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

@KvServerTest
@WithMockUser(username = UserManagementTests.ADMIN, roles = Roles.ADMIN)
class UserManagementTests {

    static final String ADMIN = "management-admin";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    StaffAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    CatalogExchange catalogue;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void directoryHasOrganisations() {
        catalogue.apply(CatalogFixtures.aSmallCatalogue());
    }

    @Test
    void listsAccountsWithRoleOrganisationsAndState() {
        var editor = StaffTestAccounts.editor(accounts, CatalogFixtures.ORG_FINNVERA);

        Document page = page(mvc.get().uri("/yllapito/kayttajat").exchange());

        var row = page.selectFirst("tr:has(a[href=/yllapito/kayttajat/" + editor.id() + "])");
        assertThat(row).isNotNull();
        assertThat(row.text()).contains(editor.username(), "Test Editor", "Toimittaja", "Finnvera", "Käytössä");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select("a[href=/yllapito/kayttajat/uusi]")).isNotEmpty();
    }

    @Test
    void newAccountFormOffersTheDirectorysOrganisationsByName() {
        Document page = page(mvc.get().uri("/yllapito/kayttajat/uusi?lang=en").exchange());

        assertThat(page.select("label[for=organisations-" + CatalogFixtures.ORG_CHAMBER + "]")
                        .text())
                .isEqualTo("Central Finland Chamber of Commerce");
        for (var input : page.select("input:not([type=hidden]), select, textarea")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as("label for " + input.id())
                    .isNotEmpty();
        }
    }

    @Test
    void createsAnAccountWithAGeneratedPasswordShownOnce() {
        String username = uniqueName("new-editor");

        var result = mvc.post()
                .uri("/yllapito/kayttajat/uusi")
                .with(csrf())
                .param("username", username.toUpperCase())
                .param("displayName", "Maija Meikäläinen")
                .param("email", "maija@example.fi")
                .param("role", "EDITOR")
                .param("organisations", CatalogFixtures.ORG_CHAMBER.toString(), CatalogFixtures.ORG_JAMSA.toString())
                .param("passwordChoice", "generate")
                .exchange();

        var account = repository.findByUsername(username).orElseThrow();
        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/yllapito/kayttajat/" + account.id());
        assertThat(account.displayName()).isEqualTo("Maija Meikäläinen");
        assertThat(account.email()).isEqualTo("maija@example.fi");
        assertThat(account.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(account.organisations())
                .containsExactlyInAnyOrder(CatalogFixtures.ORG_CHAMBER, CatalogFixtures.ORG_JAMSA);
        assertThat(account.passwordHash()).startsWith("{argon2}");

        String generated = (String) result.getMvcResult().getFlashMap().get("generatedPassword");
        assertThat(generated).isNotBlank();
        assertThat(encoder.matches(generated, account.passwordHash())).isTrue();

        Document shown = page(mvc.get()
                .uri("/yllapito/kayttajat/" + account.id())
                .flashAttrs(result.getMvcResult().getFlashMap())
                .exchange());
        assertThat(shown.select("code.kv-secret").text()).isEqualTo(generated);
        assertThat(shown.text()).contains("Käyttäjätunnus " + username + " on luotu.");
        assertThat(body(mvc.get().uri("/yllapito/kayttajat/" + account.id()).exchange()))
                .as("a reload does not show it again")
                .doesNotContain(generated);

        var session = new MockHttpSession();
        assertThat(mvc.post()
                        .uri("/kirjaudu")
                        .session(session)
                        .with(csrf())
                        .with(from(uniqueAddress()))
                        .param("username", username)
                        .param("password", generated))
                .redirectedUrl()
                .isEqualTo("/yllapito");
    }

    @Test
    void createsAnAccountWithATypedPassword() {
        String username = uniqueName("typed");

        assertThat(mvc.post()
                        .uri("/yllapito/kayttajat/uusi")
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Typed")
                        .param("role", "ADMIN")
                        .param("passwordChoice", "type")
                        .param("password", "typed by the admin"))
                .hasStatus3xxRedirection()
                .flash()
                .doesNotContainKey("generatedPassword");

        var account = repository.findByUsername(username).orElseThrow();
        assertThat(account.role()).isEqualTo(StaffRole.ADMIN);
        assertThat(account.email()).isNull();
        assertThat(encoder.matches("typed by the admin", account.passwordHash()))
                .isTrue();
    }

    @Test
    void invalidNewAccountIsRefusedWithAnErrorSummaryAndKeepsTheAnswers() {
        String username = uniqueName("weak");

        var result = mvc.post()
                .uri("/yllapito/kayttajat/uusi")
                .with(csrf())
                .param("username", username)
                .param("displayName", "")
                .param("email", "not an address")
                .param("role", "EDITOR")
                .param("organisations", CatalogFixtures.ORG_FINNVERA.toString())
                .param("passwordChoice", "type")
                .param("password", "too short")
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.title()).startsWith("Virhe: ");
        assertThat(page.select(".kv-error-summary a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactlyInAnyOrder(
                        "#displayName Anna käyttäjän nimi.",
                        "#email Anna sähköpostiosoite muodossa nimi@esimerkki.fi tai jätä kenttä tyhjäksi.",
                        "#password Salasanassa on oltava vähintään 12 merkkiä. Usean sanan lause on helppo muistaa ja"
                                + " vaikea arvata.");
        assertThat(page.select("#username").val()).isEqualTo(username);
        assertThat(page.select("#email").val()).isEqualTo("not an address");
        assertThat(page.select("#organisations-" + CatalogFixtures.ORG_FINNVERA).hasAttr("checked"))
                .isTrue();
        assertThat(page.select("#password").val())
                .as("a password is never sent back")
                .isEmpty();
        for (String field : List.of("displayName", "email", "password")) {
            assertThat(page.select("#" + field)).as(field).isNotEmpty();
        }
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void passwordSameAsTheUsernameIsRefused() {
        String username = uniqueName("same-as-password");

        Document page = page(mvc.post()
                .uri("/yllapito/kayttajat/uusi")
                .with(csrf())
                .param("username", username)
                .param("displayName", "Same")
                .param("role", "EDITOR")
                .param("passwordChoice", "type")
                .param("password", username.toUpperCase())
                .exchange());

        assertThat(page.select("#password-error").text()).contains("Salasana ei saa olla sama kuin käyttäjätunnus.");
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void usernamesAreUniqueWhateverTheirCase() {
        var existing = StaffTestAccounts.editor(accounts);

        Document page = page(newAccount(existing.username().toUpperCase(), "EDITOR", List.of()));

        assertThat(page.select(".kv-error-summary a[href=#username]").text())
                .isEqualTo("Käyttäjätunnus on jo käytössä. Valitse toinen tunnus.");
        assertThat(repository.findAll())
                .filteredOn(a -> a.username().equals(existing.username()))
                .hasSize(1);
    }

    @Test
    void tamperedRoleOrOrganisationGetsAMessageInsteadOfAnError() {
        String username = uniqueName("tampered");

        Document page = page(newAccount(
                username, "SUPERUSER", List.of("not-a-uuid", UUID.randomUUID().toString())));

        assertThat(page.select(".kv-error-summary a"))
                .extracting(a -> a.attr("href"))
                .containsExactlyInAnyOrder("#role", "#organisations");
        assertThat(repository.findByUsername(username)).isEmpty();
    }

    @Test
    void editChangesRoleOrganisationsAndStateAndRecordsWhoDidIt() {
        var editor = StaffTestAccounts.editor(accounts, CatalogFixtures.ORG_FINNVERA);
        Document form = page(mvc.get().uri("/yllapito/kayttajat/" + editor.id()).exchange());
        assertThat(form.select("input[name=version]").val()).isEqualTo(String.valueOf(editor.version()));
        assertThat(form.select("#organisations-" + CatalogFixtures.ORG_FINNVERA).hasAttr("checked"))
                .isTrue();

        var result = mvc.post()
                .uri("/yllapito/kayttajat/" + editor.id())
                .with(csrf())
                .param("version", String.valueOf(editor.version()))
                .param("displayName", "Renamed Editor")
                .param("email", "")
                .param("role", "EDITOR")
                .param("organisations", CatalogFixtures.ORG_CHAMBER.toString())
                .exchange();

        assertThat(result).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/yllapito/kayttajat");
        var changed = repository.findById(editor.id()).orElseThrow();
        assertThat(changed.displayName()).isEqualTo("Renamed Editor");
        assertThat(changed.organisations()).containsExactly(CatalogFixtures.ORG_CHAMBER);
        assertThat(changed.enabled()).as("unticked box").isFalse();
        assertThat(changed.version()).isGreaterThan(editor.version());
        assertThat(lastRevisionUsername(editor.id())).isEqualTo(ADMIN);
    }

    @Test
    void staleEditIsRejectedAndOverwritesNothing() {
        var editor = StaffTestAccounts.editor(accounts, CatalogFixtures.ORG_FINNVERA);
        long openedAt = editor.version();
        accounts.update(
                editor.id(),
                openedAt,
                new StaffAccounts.Details(
                        "Changed Meanwhile", null, StaffRole.EDITOR, Set.of(CatalogFixtures.ORG_JAMSA), true));

        var result = mvc.post()
                .uri("/yllapito/kayttajat/" + editor.id())
                .with(csrf())
                .param("version", String.valueOf(openedAt))
                .param("displayName", "My Stale Change")
                .param("role", "ADMIN")
                .param("organisations", CatalogFixtures.ORG_CHAMBER.toString())
                .param("enabled", "true")
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = page(result);
        assertThat(page.title()).startsWith("Virhe: ");
        assertThat(page.select(".kv-error-summary a[href=#main]").text())
                .startsWith("Joku muu muutti tätä käyttäjää sen jälkeen, kun avasit lomakkeen");
        assertThat(page.select("a[href=/yllapito/kayttajat/" + editor.id() + "]")
                        .text())
                .contains("Avaa käyttäjä uudelleen");
        assertThat(page.select("#displayName").val())
                .as("the admin's answer is kept")
                .isEqualTo("My Stale Change");
        var unchanged = repository.findById(editor.id()).orElseThrow();
        assertThat(unchanged.displayName()).isEqualTo("Changed Meanwhile");
        assertThat(unchanged.role()).isEqualTo(StaffRole.EDITOR);
        assertThat(unchanged.organisations()).containsExactly(CatalogFixtures.ORG_JAMSA);
    }

    @Test
    void editWithoutAVersionIsTreatedAsStale() {
        var editor = StaffTestAccounts.editor(accounts);

        Document page = page(mvc.post()
                .uri("/yllapito/kayttajat/" + editor.id())
                .with(csrf())
                .param("displayName", "No Version")
                .param("role", "EDITOR")
                .exchange());

        assertThat(page.select(".kv-error-summary a[href=#main]").text()).startsWith("Joku muu muutti");
        assertThat(repository.findById(editor.id()).orElseThrow().displayName()).isEqualTo("Test Editor");
    }

    @Test
    void assignedOrganisationTheDirectoryNoLongerOffersIsKeptVisibly() {
        UUID gone = UUID.randomUUID();
        var editor = StaffTestAccounts.editor(accounts, gone);

        Document form = page(mvc.get().uri("/yllapito/kayttajat/" + editor.id()).exchange());

        assertThat(form.select("#organisations-" + gone).hasAttr("checked")).isTrue();
        assertThat(form.select("label[for=organisations-" + gone + "]").text())
                .isEqualTo("Arkistoitu organisaatio (" + gone + ")");
    }

    @Test
    void resetsAPasswordThatThenSignsIn() {
        var editor = StaffTestAccounts.editor(accounts);
        var before = repository.findById(editor.id()).orElseThrow();

        var result = mvc.post()
                .uri("/yllapito/kayttajat/" + editor.id() + "/salasana")
                .with(csrf())
                .param("version", String.valueOf(editor.version()))
                .param("passwordChoice", "generate")
                .exchange();

        assertThat(result).redirectedUrl().isEqualTo("/yllapito/kayttajat/" + editor.id());
        String generated = (String) result.getMvcResult().getFlashMap().get("generatedPassword");
        var after = repository.findById(editor.id()).orElseThrow();
        assertThat(encoder.matches(generated, after.passwordHash())).isTrue();
        assertThat(encoder.matches(PASSWORD, after.passwordHash())).isFalse();
        assertThat(after.passwordChangedAt()).isAfterOrEqualTo(before.passwordChangedAt());
    }

    @Test
    void resetWithAShortTypedPasswordIsRefused() {
        var editor = StaffTestAccounts.editor(accounts);

        Document page = page(mvc.post()
                .uri("/yllapito/kayttajat/" + editor.id() + "/salasana")
                .with(csrf())
                .param("version", String.valueOf(editor.version()))
                .param("passwordChoice", "type")
                .param("password", "short")
                .exchange());

        assertThat(page.select(".kv-error-summary a[href=#password]")).hasSize(1);
        assertThat(encoder.matches(
                        PASSWORD, repository.findById(editor.id()).orElseThrow().passwordHash()))
                .isTrue();
    }

    @Test
    void unknownAccountIsNotFound() {
        assertThat(mvc.get().uri("/yllapito/kayttajat/" + UUID.randomUUID())).hasStatus(404);
    }

    private MvcTestResult newAccount(String username, String role, List<String> organisations) {
        return mvc.post()
                .uri("/yllapito/kayttajat/uusi")
                .with(csrf())
                .param("username", username)
                .param("displayName", "Someone")
                .param("role", role)
                .param("organisations", organisations.toArray(String[]::new))
                .param("passwordChoice", "generate")
                .exchange();
    }

    private String lastRevisionUsername(UUID accountId) {
        return transactions.execute(status -> {
            var reader = AuditReaderFactory.get(entityManager);
            List<Number> revisions = reader.getRevisions(StaffAccount.class, accountId);
            return reader.findRevision(AuditRevision.class, revisions.getLast()).username();
        });
    }

    static Document page(MvcTestResult result) {
        return Jsoup.parse(body(result));
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
