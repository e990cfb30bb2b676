package fi.kvverkosto.directory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.KvServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An entrepreneur searches for services in a real browser: with htmx, and with JavaScript turned off. */
@KvServerTest
class ServiceSearchBrowserTests extends BrowserJourney {

    @Autowired
    CatalogExchange exchange;

    @BeforeEach
    void catalogue() {
        exchange.apply(CatalogFixtures.aSmallCatalogue());
    }

    @Test
    void filtersUpdateResultsAndCountsWithoutReloadingThePage() {
        page.navigate(url("/palvelut?q=alkuperätodistus"));
        assertThat(page.locator("h1")).hasCount(1);
        assertAccessible();
        // A marker on the window survives htmx swaps but not a page load.
        page.evaluate("window.kvNotReloaded = true");

        page.locator("#f-municipality").selectOption("182");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*municipality=182.*"));
        assertThat(page.locator("#f-municipality")).hasValue("182");
        assertThat(page.locator("#kv-search-status")).not().isEmpty();

        page.locator("#f-stage-4").check();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*stage=4.*"));
        assertThat(page.locator("#f-stage-4")).isChecked();
        assertThat(page.locator(
                        ".kv-results__list a[href='/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN + "']"))
                .hasCount(1);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.kvNotReloaded === true"))
                .isEqualTo(true);
        assertAccessible();

        page.locator(".kv-results__list a[href='/palvelut/" + CatalogFixtures.SERVICE_CERTIFICATE_OF_ORIGIN + "']")
                .click();
        assertThat(page.locator("h1")).hasText("Alkuperätodistus");
        assertAccessible();
    }

    @Test
    void searchWorksWithoutJavaScript() {
        var noScript = newContextWithoutJavaScript();
        try {
            var plain = noScript.newPage();
            plain.navigate(url("/palvelut"));
            plain.locator("#q").fill("vientitakaus");
            plain.locator("#f-stage-3").check();
            plain.locator("#kv-service-search button[type=submit]").first().click();
            assertThat(plain).hasURL(java.util.regex.Pattern.compile(".*q=vientitakaus.*stage=3.*"));
            assertThat(plain.locator(
                            ".kv-results__list a[href='/palvelut/" + CatalogFixtures.SERVICE_EXPORT_GUARANTEE + "']"))
                    .hasCount(1);
        } finally {
            noScript.close();
        }
    }

    @Test
    void searchPageWorksAtNarrowWidth() {
        page.setViewportSize(320, 640);
        page.navigate(url("/palvelut"));
        org.assertj.core.api.Assertions.assertThat(scrollsSideways(page)).isFalse();
        assertAccessible();
    }

    @Test
    void servicePagesAreAccessible() {
        for (String path : java.util.List.of(
                "/palvelut/" + CatalogFixtures.SERVICE_GERMANY_PROGRAMME,
                "/organisaatiot",
                "/organisaatiot/" + CatalogFixtures.ORG_CHAMBER,
                "/luokitukset",
                "/luokitukset/market",
                "/luokitukset/kv-stage/4",
                "/")) {
            page.navigate(url(path));
            assertThat(page.locator("h1")).hasCount(1);
            assertAccessible();
        }
    }
}
