package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Staff archive a company and restore it in Chromium, each page checked with axe; the public page goes and comes back. */
@DemoDataServerTest
class CompanyArchivingBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    Contacts contacts;

    @Test
    void staffArchiveACompanyAndRestoreIt() {
        String name = "Arkistoselain " + UUID.randomUUID().toString().substring(0, 6) + " Oy";
        UUID id = SelfServiceFixtures.as(
                SelfServiceFixtures.admin(),
                () -> ((Contacts.Outcome.Saved) contacts.createCompany(CompanyArchivingTests.aCompany(name))).id());
        var visitor = newContext().newPage();
        assertThat(visitor.navigate(url("/kv-yritykset/" + id)).status()).isEqualTo(200);

        signIn(page, TestStaff.editor(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/kv-tietokanta/" + id));
        assertAccessible();
        page.locator("#archive").click();
        page.waitForURL(u -> u.endsWith("/yllapito/kv-tietokanta/" + id));
        assertThat(page.locator("[role=status]").first()).containsText("arkistoitiin");
        assertThat(page.locator("h1")).containsText("arkistoitu");
        assertThat(page.locator("#archived")).isVisible();
        assertAccessible();
        assertThat(visitor.navigate(url("/kv-yritykset/" + id)).status()).isEqualTo(404);

        page.navigate(url("/yllapito/kv-tietokanta"));
        assertThat(page.locator("#companies tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(name)))
                .containsText("arkistoitu");
        assertAccessible();

        page.navigate(url("/yllapito/kv-tietokanta/" + id));
        page.locator("#restore").click();
        page.waitForURL(u -> u.endsWith("/yllapito/kv-tietokanta/" + id));
        assertThat(page.locator("[role=status]").first()).containsText("palautettiin");
        assertThat(page.locator("#archive")).isVisible();
        assertAccessible();
        assertThat(visitor.navigate(url("/kv-yritykset/" + id)).status()).isEqualTo(200);
    }
}
