package fi.kvverkosto.contacts;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.SelectOption;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import org.junit.jupiter.api.Test;

/**
 * Journeys through the kv database in Chromium, each page checked with axe (WCAG 2.1 AA): an anonymous visitor finds
 * companies with experience of Sweden and opens one, seeing no personal data beyond what people made public.
 */
@DemoDataServerTest
class ContactsBrowserTests extends BrowserJourney {

    @Test
    void anonymousVisitorFindsCompaniesWithExperienceOfSweden() {
        page.navigate(url("/"));
        page.locator("nav.kv-nav a[href='/kv-yritykset']").click();
        page.waitForURL(u -> u.endsWith("/kv-yritykset"));
        assertThat(page.locator("#contacts-count")).containsText("yritystä");
        assertThat(page.locator("#contacts-results li.kv-card")).hasCount(20);
        assertAccessible();

        page.locator("#filter-market").selectOption(new SelectOption().setValue("SE"));
        page.locator("#contacts-search button[type=submit]").click();
        page.waitForURL(u -> u.contains("market=SE"));
        assertThat(page.locator("#contacts-count")).containsText("13 yritystä");
        assertThat(page.locator("#contacts-results li.kv-card")).hasCount(13);
        assertThat(page.locator("#contacts-results li.kv-card").first()).containsText("Ruotsi");
        assertAccessible();

        page.locator("#contacts-results li.kv-card h3 a").first().click();
        page.waitForURL(u -> u.matches(".*/kv-yritykset/[0-9a-f-]{36}"));
        assertThat(page.locator("#company-experiences")).containsText("Ruotsi");
        assertThat(page.locator("main")).not().containsText("@");
        assertAccessible();
    }

    @Test
    void theSearchWorksWithoutJavaScript() {
        var context = newContextWithoutJavaScript();
        try {
            var plain = context.newPage();
            plain.navigate(url("/kv-yritykset?market=SE&mode=export"));
            int cards = plain.locator("#contacts-results li.kv-card").count();
            assertThat(cards).isPositive().isLessThanOrEqualTo(13);
        } finally {
            context.close();
        }
    }
}
