package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.options.SelectOption;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.contacts.SelfServiceFixtures.Made;
import fi.kvverkosto.identity.TestStaff;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A company updates its own profile, in Chromium, each page checked with axe: its contact asks for a sign-in link,
 * opens it from the mail (GreenMail) and signs in, claims the company, an editor approves the claim on the staff page,
 * and the contact adds an offer — first with a wrong date (the error summary links to the field), then right — and
 * finds it on the company's public page.
 */
@SelfServiceServerTest
class SelfServiceBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Autowired
    GreenMail greenMail;

    @Autowired
    Contacts contacts;

    @Test
    void aCompanyUpdatesItsOwnProfile() {
        Made made = SelfServiceFixtures.aCompanyWithContact(contacts, "consent");

        page.navigate(url("/jasen/kirjaudu"));
        assertAccessible();
        page.locator("#email").fill("ei osoite");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".kv-error-summary a[href='#email']")).isVisible();
        assertThat(page).hasTitle(Pattern.compile("^Virhe: "));
        assertAccessible();
        page.locator("#email").fill(made.email());
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator("#link-sent")).isVisible();
        assertAccessible();

        page.navigate(url(TestMail.awaitLink(greenMail, made.email(), 1)));
        assertAccessible();
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/jasen"));
        assertThat(page.locator("#member-self")).containsText(made.personName());
        assertAccessible();

        page.locator("#claim-own button[type=submit]").click();
        page.waitForURL(u -> u.endsWith("/jasen"));
        assertThat(page.locator("#member-claims")).containsText("odottaa hyväksyntää");
        assertAccessible();
        page.navigate(url("/yllapito/kv-tietokanta"));
        assertThat(page.locator("h1")).not().hasText("Kv-tietokanta");

        var staff = newContext().newPage();
        signIn(staff, TestStaff.editor(context), TestStaff.PASSWORD);
        staff.navigate(url("/yllapito/kv-tietokanta/vaatimukset"));
        assertAccessible(staff);
        staff.locator("#claims tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(made.email()))
                .locator("button", new com.microsoft.playwright.Locator.LocatorOptions().setHasText("Hyväksy"))
                .click();
        assertThat(staff.locator("[role=status]").first()).containsText("hyväksyttiin");
        assertAccessible(staff);
        staff.context().close();

        page.navigate(url("/jasen"));
        page.locator("#member-claims a").first().click();
        page.waitForURL(u -> u.contains("/jasen/yritykset/"));
        assertAccessible();
        page.locator("#website").fill("https://oma.example.org");
        page.locator("[id='listings[0]-kind']").selectOption(new SelectOption().setValue("offer"));
        page.locator("[id='listings[0]-summary']").fill("Kerromme Norjan markkinoista");
        page.locator("[id='listings[0]-market']").selectOption(new SelectOption().setValue("NO"));
        page.locator("[id='listings[0]-expires']").fill("2001-01-01");
        page.locator("form.kv-edit-form button[type=submit]").click();
        assertThat(page.locator(".kv-error-summary a[href='#listings[0]-expires']"))
                .isVisible();
        assertThat(page).hasTitle(Pattern.compile("^Virhe: "));
        assertThat(page.locator("#website")).hasValue("https://oma.example.org");
        assertAccessible();

        page.locator("[id='listings[0]-expires']")
                .fill(LocalDate.now().plusMonths(3).toString());
        page.locator("form.kv-edit-form button[type=submit]").click();
        assertThat(page.locator("[role=status]").first()).containsText("tallennettiin");
        assertAccessible();

        var visitor = newContext().newPage();
        visitor.navigate(url("/kv-yritykset/" + made.company()));
        assertThat(visitor.locator("#company-offers")).containsText("Kerromme Norjan markkinoista");
        assertThat(visitor.locator("#company-details")).containsText("oma.example.org");
        visitor.context().close();
    }
}
