package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.ServiceOption;
import fi.kvverkosto.identity.TestStaff;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Staff make a person the contact for a service on the person form in Chromium (the services grouped by organisation
 * in details elements), and a visitor finds the person on the service's page, with JavaScript and without; each page
 * checked with axe.
 */
@DemoDataServerTest
class ServiceContactsBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    Contacts contacts;

    @Autowired
    CatalogReader catalog;

    @Test
    void staffMakeAPersonTheContactForAServiceAndVisitorsFindThemOnItsPage() {
        var service = catalog.serviceOptions().stream()
                .filter(ServiceOption::active)
                .max(Comparator.comparing(ServiceOption::id))
                .orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Selja Selainyhteys " + suffix;
        UUID person = SelfServiceFixtures.as(SelfServiceFixtures.admin(), () -> {
            var company = ((Contacts.Outcome.Saved)
                            contacts.createCompany(CompanyArchivingTests.aCompany("Selainyhteys " + suffix + " Oy")))
                    .id();
            return ((Contacts.Outcome.Saved) contacts.createPerson(new PersonInput(
                            company,
                            null,
                            name,
                            "palveluasiantuntija",
                            "selja.selainyhteys@example.org",
                            "+358 40 555 6666",
                            List.of("fi"),
                            Map.of("name", "PUBLIC", "role", "PUBLIC", "email", "PUBLIC", "phone", "STAFF"),
                            "consent",
                            "Palvelun yhteyshenkilönä",
                            "2026-09-01",
                            "lomake")))
                    .id();
        });

        signIn(page, TestStaff.editor(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa"));
        assertThat(page.locator("#services legend")).isVisible();
        assertAccessible();
        var checkbox = page.locator("[id='services-" + service.id() + "']");
        // The organisation's group is closed until opened: the summary opens it, from the keyboard too.
        assertThat(checkbox).not().isVisible();
        var summary = page.locator("details:has([id='services-" + service.id() + "']) > summary");
        summary.focus();
        page.keyboard().press("Enter");
        assertThat(checkbox).isVisible();
        checkbox.check();
        assertAccessible();
        page.locator("form.kv-edit-form button[type=submit]").click();
        page.waitForURL(u -> u.matches(".*/yllapito/kv-tietokanta/[0-9a-f-]{36}"));
        assertThat(page.locator("[role=status]").first()).isVisible();

        var visitor = newContext().newPage();
        visitor.navigate(url("/palvelut/" + service.id()));
        var people = visitor.locator("#contact-people");
        assertThat(people).containsText(name);
        assertThat(people).containsText("palveluasiantuntija");
        assertThat(people.locator("a[href='mailto:selja.selainyhteys@example.org']"))
                .isVisible();
        assertThat(people).not().containsText("+358 40 555 6666");
        assertAccessible(visitor);

        var withoutJavaScript = newContextWithoutJavaScript().newPage();
        withoutJavaScript.navigate(url("/palvelut/" + service.id()));
        assertThat(withoutJavaScript.locator("#contact-people")).containsText(name);

        // Reopened, the form shows the service chosen, its organisation open.
        page.navigate(url("/yllapito/kv-tietokanta/henkilot/" + person + "/muokkaa"));
        assertThat(checkbox).isChecked();
        assertThat(checkbox).isVisible();
        assertThat(page.locator("details[open]").count()).isEqualTo(1);
    }
}
