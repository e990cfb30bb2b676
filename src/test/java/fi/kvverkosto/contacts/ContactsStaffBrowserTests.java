package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Staff update a company's profile in Chromium, each page checked with axe: a wrong Business ID comes back with the
 * error summary linking to the field, the corrected profile is saved, and a website hidden from the public disappears
 * from the public page; staff add a person and correct their data. (A company editing its own profile:
 * {@link SelfServiceBrowserTests}.)
 */
@DemoDataServerTest
class ContactsStaffBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void staffUpdateACompanysProfile() {
        signIn(page, TestStaff.editor(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/kv-tietokanta"));
        assertAccessible();
        page.locator("#companies tbody tr a").first().click();
        page.waitForURL(u -> u.matches(".*/yllapito/kv-tietokanta/[0-9a-f-]{36}"));
        String companyPage = page.url();
        String id = companyPage.substring(companyPage.lastIndexOf('/') + 1);
        assertAccessible();

        page.navigate(url("/yllapito/kv-tietokanta/" + id + "/muokkaa"));
        assertAccessible();
        String businessId = page.locator("#businessId").inputValue();
        page.locator("#businessId").fill("1234567-8");
        page.locator("#website").fill("https://paivitetty.example.org");
        page.locator("[id='visibility[website]']").selectOption(new SelectOption().setValue("MEMBERS"));
        page.locator("form.kv-edit-form button[type=submit]").click();
        assertThat(page.locator(".kv-error-summary")).isVisible();
        assertThat(page.locator(".kv-error-summary a[href='#businessId']")).isVisible();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Virhe: "));
        assertThat(page.locator("#website")).hasValue("https://paivitetty.example.org");
        assertAccessible();

        page.locator("#businessId").fill(businessId);
        page.locator("form.kv-edit-form button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/yllapito/kv-tietokanta/" + id));
        assertThat(page.locator("[role=status]").first()).containsText("tallennettiin");
        assertAccessible();

        var visitor = newContext().newPage();
        visitor.navigate(url("/kv-yritykset/" + id));
        assertThat(visitor.locator("#company-details")).not().containsText("paivitetty.example.org");
        visitor.context().close();
    }

    @Test
    void staffAddAPersonAndCorrectTheirData() {
        signIn(page, TestStaff.editor(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito/kv-tietokanta"));
        page.locator("#companies tbody tr a").nth(1).click();
        page.waitForURL(u -> u.matches(".*/yllapito/kv-tietokanta/[0-9a-f-]{36}"));
        String companyPage = page.url();

        page.locator("#add-person").click();
        assertAccessible();
        page.locator("#name").fill("Selma Selainkoe");
        page.locator("#email").fill("ei-osoite");
        page.locator("#consentPurpose").fill("Yhteyshenkilönä kv-verkostossa");
        page.locator("#consentGivenOn").fill("2026-02-01");
        page.locator("#consentSource").fill("lomake");
        page.locator("[id='visibility[name]']").selectOption(new SelectOption().setValue("PUBLIC"));
        page.locator("form.kv-edit-form button[type=submit]").click();
        assertThat(page.locator(".kv-error-summary a[href='#email']")).isVisible();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Virhe: "));
        assertThat(page.locator("#name")).hasValue("Selma Selainkoe");
        assertAccessible();

        page.locator("#email").fill("selma.selainkoe@example.org");
        page.locator("form.kv-edit-form button[type=submit]").click();
        page.waitForURL(companyPage);
        assertThat(page.locator("#admin-people")).containsText("Selma Selainkoe");

        page.locator("#admin-people li")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Selma Selainkoe"))
                .locator("a[href$='/muokkaa']")
                .click();
        assertThat(page.locator("#email")).hasValue("selma.selainkoe@example.org");
        assertAccessible();
        page.locator("#name").fill("Selma Korjattu");
        page.locator("form.kv-edit-form button[type=submit]").click();
        page.waitForURL(companyPage);
        assertThat(page.locator("[role=status]").first()).isVisible();
        assertThat(page.locator("#admin-people")).containsText("Selma Korjattu");
        assertAccessible();
    }
}
