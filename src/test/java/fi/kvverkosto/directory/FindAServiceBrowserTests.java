package fi.kvverkosto.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A small manufacturer in Jämsä looks for funding, in Finnish and in English, on the built-in demo data: from the home
 * page to the service list, narrowing it with filters (results update without a reload), into a service page.
 */
@DemoDataServerTest
class FindAServiceBrowserTests extends BrowserJourney {

    /** Finnvera's loan: funding for small companies of any industry, anywhere in Finland. */
    static final String FINNVERA_LOAN = "a04fd513-521f-49a5-bcd2-724f7b958892";

    /** Business advice only for companies in Keuruu: never shown for Jämsä. */
    static final String KEURUU_ADVICE = "037f345f-5242-4f24-a82e-4cb408dd74cf";

    @Test
    void smallManufacturerInJamsaFindsFundingInFinnish() {
        page.navigate(url("/?lang=fi"));
        assertAccessible();
        page.locator(".kv-nav a[href='/palvelut']").click();
        assertThat(page.locator("h1")).hasText("Hae palveluja");

        narrowToSmallManufacturerInJamsaNeedingFunding("laina");

        assertThat(result(FINNVERA_LOAN)).hasCount(1);
        assertThat(result(KEURUU_ADVICE)).hasCount(0);
        assertAccessible();

        result(FINNVERA_LOAN).click();
        assertThat(page.locator("h1")).hasText("Finnveran laina");
        assertThat(page.locator("main")).containsText("Finnvera Oyj");
        assertAccessible();
    }

    @Test
    void smallManufacturerInJamsaFindsFundingInEnglish() {
        page.navigate(url("/palvelut?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Find services");
        assertAccessible();

        narrowToSmallManufacturerInJamsaNeedingFunding("loan");

        assertThat(result(FINNVERA_LOAN)).hasCount(1);
        assertThat(result(KEURUU_ADVICE)).hasCount(0);
        assertAccessible();

        result(FINNVERA_LOAN).click();
        assertThat(page.locator("h1")).hasText("Finnvera loan");
        assertAccessible();
    }

    private void narrowToSmallManufacturerInJamsaNeedingFunding(String words) {
        // A marker on the window survives htmx swaps but not a page load.
        page.evaluate("window.kvNotReloaded = true");
        page.locator("#f-municipality").selectOption("182");
        assertThat(page).hasURL(Pattern.compile(".*municipality=182.*"));
        page.locator("#f-industry").selectOption("C");
        assertThat(page).hasURL(Pattern.compile(".*industry=C.*"));
        page.locator("#f-size").selectOption("small");
        assertThat(page).hasURL(Pattern.compile(".*size=small.*"));
        page.locator("#f-need-funding").check();
        assertThat(page).hasURL(Pattern.compile(".*need=funding.*"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.kvNotReloaded === true"))
                .as("the filters worked without reloading the page")
                .isEqualTo(true);

        page.locator("#q").fill(words);
        page.locator("#q").press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*q=" + words + ".*"));
    }

    private Locator result(String serviceId) {
        return page.locator(".kv-results__list a[href='/palvelut/" + serviceId + "']");
    }
}
