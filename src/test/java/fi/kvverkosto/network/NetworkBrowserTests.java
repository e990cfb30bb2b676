package fi.kvverkosto.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static fi.kvverkosto.network.NetworkApiTests.BUSINESS_FINLAND;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Journeys through the network pages in Chromium, each page checked with axe (WCAG 2.1 AA): focusing on Business
 * Finland to see its partners, filtering to stage 3 in Jämsä, switching to the table, downloading a PNG, the keyboard,
 * the pages without JavaScript, the service path, coverage, the embed and the staff pages for relations.
 */
@DemoDataServerTest
class NetworkBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    void openMap(String query) {
        page.navigate(url("/verkosto" + query));
        page.locator("#network-map[data-kv-ready=true]").waitFor();
    }

    @Test
    void focusOnBusinessFinlandAndSeeItsPartners() {
        openMap("");
        assertAccessible();
        page.locator("#focus").fill("Business Finland");
        page.locator("#network-focus button[type=submit]").click();
        page.waitForURL(u -> u.contains("focus=" + BUSINESS_FINLAND));
        page.locator("#network-map[data-kv-ready=true]").waitFor();
        assertThat(page.locator("#network-details-focus h3")).hasText("Business Finland");
        for (String partner : new String[] {"Team Finland", "Finnvera Oyj", "Enterprise Europe Network Suomi"}) {
            assertThat(page.locator("#network-focus-relations")).containsText(partner);
        }
        // The picture highlights the same actor and its neighbourhood.
        assertThat(page.locator("#network-map")).hasAttribute("data-kv-focused", BUSINESS_FINLAND);
        assertThat(page.locator("#network-actors tbody tr").count()).isLessThan(57);
        assertAccessible();
    }

    @Test
    void filterToStageThreeInJamsa() {
        openMap("");
        page.locator("#filter-stage").selectOption("3");
        page.locator("#filter-municipality").selectOption(new SelectOption().setLabel("Jämsä"));
        page.locator("#network-filters button[type=submit]").click();
        page.waitForURL(u -> u.contains("stage=3") && u.contains("municipality=182"));
        page.locator("#network-map[data-kv-ready=true]").waitFor();
        int rows = page.locator("#network-actors tbody tr").count();
        assertThat(rows).isGreaterThan(0).isLessThan(57);
        assertThat(page.locator("#network-count")).containsText(rows + " toimijaa");
        assertThat(page.locator("#network-actors")).containsText("Finnvera");
        assertAccessible();
    }

    @Test
    void switchToTheTableView() {
        openMap("?stage=3");
        page.locator("nav.kv-network__views a", new Page.LocatorOptions().setHasText("Vain taulukko"))
                .click();
        page.waitForURL(u -> u.contains("view=table"));
        assertThat(page.locator("#network-map")).hasCount(0);
        assertThat(page.locator("#network-actors")).isVisible();
        // Sorting keeps the table view and the filter.
        page.locator("#network-actors thead a", new Page.LocatorOptions().setHasText("Välittäjyys"))
                .click();
        page.waitForURL(u -> u.contains("sort=betweenness") && u.contains("view=table") && u.contains("stage=3"));
        assertThat(page.locator("#network-actors th[aria-sort=descending]")).hasText("Välittäjyys");
        assertAccessible();
    }

    @Test
    void downloadAPng() throws Exception {
        openMap("");
        Download download =
                page.waitForDownload(() -> page.locator("#network-png").click());
        assertThat(download.suggestedFilename()).isEqualTo("kv-verkosto.png");
        byte[] png = Files.readAllBytes(download.path());
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(10_000);
    }

    @Test
    void theMapWorksWithTheKeyboard() {
        openMap("");
        page.locator("#network-map").focus();
        page.keyboard().press("n");
        assertThat(page.locator("[data-kv-live-details] h3 a")).not().isEmpty();
        String first = page.locator("[data-kv-live-details] h3 a").textContent();
        page.keyboard().press("n");
        assertThat(page.locator("[data-kv-live-details] h3 a")).not().hasText(first);
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("focus="));
        assertThat(page.locator("#network-details-focus h3")).isVisible();
    }

    @Test
    void pagesWorkWithoutJavaScript() {
        var noScript = newContextWithoutJavaScript();
        try {
            Page plain = noScript.newPage();
            plain.navigate(url("/verkosto?stage=3&municipality=182"));
            assertThat(plain.locator("#network-nojs")).isVisible();
            assertThat(plain.locator("#network-map")).isHidden();
            assertThat(plain.locator("#network-actors tbody tr").first()).isVisible();
            plain.locator("#focus").fill("finnvera oyj");
            plain.locator("#network-focus button[type=submit]").click();
            assertThat(plain.locator("#network-details-focus h3")).hasText("Finnvera Oyj");
        } finally {
            noScript.close();
        }
    }

    @Test
    void servicePathCoverageAndEmbedAreAccessible() {
        page.navigate(url("/verkosto/palvelupolku?municipality=182"));
        assertThat(page.locator("#service-path")).isVisible();
        assertAccessible();
        page.navigate(url("/verkosto/kattavuus?municipality=182"));
        assertThat(page.locator("#coverage-grid")).isVisible();
        assertAccessible();
        // The coverage map: a municipality is a link reached with the keyboard.
        page.locator("#coverage-stage").selectOption("3");
        page.locator("#coverage-map-form button[type=submit]").click();
        page.waitForURL(u -> u.contains("stage=3"));
        assertThat(page.locator("#coverage-map a")).hasCount(22);
        page.locator("#coverage-map a[aria-current=true]").focus();
        page.keyboard().press("Enter");
        page.waitForURL(u -> u.contains("municipality=182") && u.contains("stage=3"));
        assertThat(page.locator("#coverage-grid")).isVisible();
        assertAccessible();
        page.navigate(url("/verkosto/upotus?stage=3"));
        page.locator("#network-map[data-kv-ready=true]").waitFor();
        assertAccessible();
    }

    @Test
    void showTheServicesOnTheMap() {
        openMap("");
        page.locator("#filter-services").check();
        page.locator("#network-filters button[type=submit]").click();
        page.waitForURL(u -> u.contains("services=true"));
        page.locator("#network-map[data-kv-ready=true]").waitFor();
        assertThat(page.locator("#network-legend li[data-type=service]")).hasText("Palvelu");
        assertThat(page.locator("#filter-services")).isChecked();
        assertThat(page.locator("#network-actors a[href^='/palvelut/']").first())
                .isVisible();
        assertAccessible();
    }

    @Test
    void staffPagesForRelationsAreAccessible() {
        String admin = TestStaff.admin(context);
        signIn(page, admin, TestStaff.PASSWORD);
        page.navigate(url("/yllapito/suhteet"));
        assertThat(page.locator("#relations tbody tr")).not().hasCount(0);
        assertAccessible();
        page.navigate(url("/yllapito/suhteet/uusi"));
        page.locator("#relation-save").click();
        assertThat(page.locator(".kv-error-summary")).isVisible();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^Virhe:"));
        assertAccessible();
        // A co-delivery needs a service: the form offers the chosen organisations' services.
        page.locator("#sourceId").selectOption(new SelectOption().setLabel("Keski-Suomen kauppakamari"));
        page.locator("#targetId").selectOption(new SelectOption().setLabel("Jyväskylän ammattikorkeakoulu (JAMK)"));
        page.locator("#type").selectOption("co-delivers");
        page.locator("#relation-show-services").click();
        assertThat(page.locator("#serviceId optgroup")).hasCount(2);
        assertThat(page.locator(".kv-error-summary")).hasCount(0);
        assertAccessible();
        page.locator("#relation-save").click();
        assertThat(page.locator("#serviceId-error")).isVisible();
        assertAccessible();
        page.navigate(url("/yllapito/suhteet/tuonti"));
        assertAccessible();
    }
}
