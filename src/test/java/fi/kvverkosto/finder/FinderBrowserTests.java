package fi.kvverkosto.finder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.DemoDataServerTest;
import fi.kvverkosto.identity.TestStaff;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Companies use the service finder on the demo data of Central Finland: a micro company in Saarijärvi that does not
 * export yet (in Finnish), a medium manufacturer in Jyväskylä going to Germany (in English, on to the roadmap and its
 * print), and a small company in Jämsä without JavaScript (in Swedish); and an editor who teaches the finder a word. Every
 * page they stop at is checked with axe.
 */
@DemoDataServerTest
class FinderBrowserTests extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void aMicroCompanyInSaarijarviThatDoesNotExportYetGetsFirstStepServices() {
        page.navigate(url("/?lang=fi"));
        assertAccessible();
        page.locator("main a[href='/palveluopas']").first().click();
        assertThat(page.locator("h1")).hasText("Löydä yrityksellesi sopivat palvelut");
        assertAccessible();
        page.locator("main a.kv-button[href='/palveluopas/kunta']").click();
        assertThat(page.locator("h1")).containsText("Missä kunnassa yrityksesi toimii?");
        assertAccessible();

        // A marker on the window survives htmx swaps but not a page load.
        page.evaluate("window.kvNotReloaded = true");
        page.locator("#municipality").selectOption("729");
        next();
        assertThat(page).hasURL(Pattern.compile(".*/palveluopas/toimiala\\?municipality=729$"));
        assertThat(page.locator("h1")).containsText("Millä toimialalla");
        // Focus moves to the new question once htmx has settled the swap (a few milliseconds after the new heading).
        assertThat(page.locator("main h1")).isFocused();
        assertThat(page.locator("#industry-filter")).isVisible();
        page.locator("#industry-filter").fill("rakentam");
        assertThat(page.locator("#industry option")).hasCount(2);
        assertAccessible();
        skip();

        assertThat(page.locator("h1")).containsText("Kuinka suuri yrityksesi on?");
        page.locator("input[name=size][value=micro]").check();
        assertAccessible();
        next();
        assertThat(page.locator("h1")).containsText("Missä vaiheessa yrityksesi on kansainvälistymisessä?");
        page.locator("input[name=path][value=none]").check();
        assertAccessible();
        next();
        assertThat(page.locator("h1")).containsText("Mille markkinoille");
        assertAccessible();
        skip();
        assertThat(page.locator("h1")).containsText("Mitä yrityksesi tarvitsee nyt?");
        assertAccessible();
        skip();
        assertThat(page.locator("h1")).containsText("Kerro omin sanoin");
        assertAccessible();
        skip();

        assertThat(page.locator("h1")).hasText("Tarkista vastauksesi");
        assertThat(page).hasTitle("Tarkista vastauksesi – kv-verkosto");
        assertThat(page.locator(".kv-summary-list")).containsText("Saarijärvi");
        assertThat(page.locator(".kv-summary-list")).containsText("Emme vie vielä");
        assertAccessible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.kvNotReloaded === true"))
                .as("the questions were swapped in place")
                .isEqualTo(true);

        page.locator("main form button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile(".*/palveluopas/tulokset\\?municipality=729&size=micro&path=none$"));
        assertThat(page.locator("h1")).hasText("Sinulle sopivat palvelut");
        assertThat(page.locator(".kv-finder__profile")).containsText("Päätelty vastauksestasi ”Emme vie vielä”");
        Locator cards = page.locator("#kv-finder-results li.kv-result");
        assertThat(cards).hasCount(Finder.DEFAULT_LIMIT);
        for (int i = 0; i < cards.count(); i++) {
            assertThat(cards.nth(i).locator(".kv-reasons li").first()).isVisible();
        }
        Locator firstStage = cards.filter(new Locator.FilterOptions()
                .setHas(page.locator(
                        ".kv-tag", new Page.LocatorOptions().setHasText("Vaihe 1: Valmius ja kartoitus"))));
        org.assertj.core.api.Assertions.assertThat(firstStage.count())
                .as("stage-1 services among the results")
                .isPositive();
        assertThat(firstStage.first().locator(".kv-reasons")).containsText("Vaihe 1: Valmius ja kartoitus");
        assertAccessible();

        String name = firstStage.first().locator("h3").innerText();
        firstStage.first().locator("h3 a").click();
        assertThat(page).hasURL(Pattern.compile(".*/palvelut/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText(name);
    }

    @Test
    void aMediumManufacturerGoingToGermanyGetsPartnersMarketEntryAndFinancingThenPrintsTheRoadmap() {
        page.navigate(url("/palveluopas?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText("Find the services that fit your company");
        page.locator("main a.kv-button").click();

        page.locator("#municipality").selectOption("179");
        next();
        assertThat(page.locator("h1")).containsText("What is your company’s industry?");
        page.locator("#industry-filter").fill("manuf");
        assertThat(page.locator("#industry option")).hasCount(2);
        page.locator("#industry").selectOption("C");
        next();
        page.locator("input[name=size][value=medium]").check();
        next();
        page.locator("input[name=path][value=regular]").check();
        next();
        page.locator("#markets-DE").check();
        assertAccessible();
        next();
        page.locator("input[name=needs][value=funding]").check();
        page.locator("input[name=needs][value=partner-search]").check();
        assertAccessible();
        next();
        assertThat(page.locator("h1")).containsText("Tell us in your own words");
        skip();

        assertThat(page.locator("h1")).hasText("Check your answers");
        assertThat(page.locator(".kv-summary-list")).containsText("Germany");
        assertThat(page.locator(".kv-summary-list")).containsText("Partner search and matchmaking");
        page.locator("main form button[type=submit]").click();

        assertThat(page).hasURL(Pattern.compile(".*/palveluopas/tulokset\\?.*markets=DE.*"));
        assertThat(page.locator("h1")).hasText("Services for your company");
        assertThat(page.locator(".kv-finder__profile"))
                .containsText("Worked out from your answer “We export regularly”");
        Locator cards = page.locator("#kv-finder-results li.kv-result");
        assertThat(cards).hasCount(Finder.DEFAULT_LIMIT);
        assertThat(withReason(cards, "Need: Partner search and matchmaking").first())
                .isVisible();
        assertThat(withReason(cards, "Stage 4: Market entry").first()).isVisible();
        assertThat(withReason(cards, "Market: Germany").first()).isVisible();
        assertAccessible();

        // On the demo data the first five are mostly partner search and market entry services (they also match the
        // market and the stage); more financing services for the other need chosen follow on "show more".
        page.evaluate("window.kvNotReloaded = true");
        page.locator("#kv-finder-results a", new Page.LocatorOptions().setHasText("Show more services"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*limit=10$"));
        assertThat(cards).hasCount(10);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.kvNotReloaded === true"))
                .as("more services were loaded in place")
                .isEqualTo(true);
        // Focus moves to the first new service once htmx has settled the swap.
        assertThat(cards.nth(5).locator("[data-kv-first-new]")).isFocused();
        Locator financing = withReason(cards, "Need: Funding");
        assertThat(financing.first()).isVisible();
        org.assertj.core.api.Assertions.assertThat(financing.count())
                .as("financing services among the ten")
                .isGreaterThanOrEqualTo(3);
        assertThat(financing
                        .filter(new Locator.FilterOptions().setHasText("Finnvera plc"))
                        .first())
                .isVisible();
        assertAccessible();

        page.locator("main a", new Page.LocatorOptions().setHasText("See your roadmap"))
                .click();
        assertThat(page.locator("h1")).hasText("Your company’s roadmap abroad");
        assertThat(page.locator("#kv-roadmap-now")).hasText("Now: Stage 4: Market entry");
        assertThat(page.locator("section:has(#kv-roadmap-next) h3").first()).containsText("Stage 5");
        assertThat(page.locator(".kv-roadmap__url")).containsText("/palveluopas/tiekartta?");
        Locator print = page.locator("button[data-kv-print]");
        assertThat(print).isVisible();
        assertThat(print).hasText("Print or save as PDF");
        assertAccessible();

        page.evaluate("window.kvPrinted = false; window.print = function () { window.kvPrinted = true; };");
        print.click();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.kvPrinted"))
                .as("the button prints")
                .isEqualTo(true);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator(".kv-nav")).isHidden();
        assertThat(page.locator(".kv-footer")).isHidden();
        assertThat(print).isHidden();
        assertThat(page.locator(".kv-roadmap__url")).isVisible();
        org.assertj.core.api.Assertions.assertThat((String) page.evaluate(
                        "getComputedStyle(document.querySelector('a[data-kv-print-url]'), '::after').content"))
                .as("printed links show their address")
                .contains("http://localhost:" + port + "/palvelut/");
    }

    @Test
    void aSmallCompanyInJamsaUsesTheFinderInSwedishWithoutJavaScript() {
        var noScript = newContextWithoutJavaScript();
        String results;
        try {
            var plain = noScript.newPage();
            plain.navigate(url("/palveluopas?lang=sv"));
            assertThat(plain.locator("h1")).hasText("Hitta tjänster som passar ditt företag");
            plain.locator("main a.kv-button").click();

            plain.locator("#municipality").selectOption("182");
            plain.locator("main form button[type=submit]").click();
            assertThat(plain).hasURL(Pattern.compile(".*/palveluopas/toimiala\\?municipality=182$"));
            assertThat(plain.locator("#industry-filter")).isHidden();
            plain.locator("main form a", new Page.LocatorOptions().setHasText("Hoppa över frågan"))
                    .click();
            plain.locator("input[name=size][value=small]").check();
            plain.locator("main form button[type=submit]").click();
            assertThat(plain.locator("h1")).containsText("Hur långt har ditt företag kommit");
            for (String following : java.util.List.of(
                    "Vilka marknader siktar", "Vad behöver ditt företag nu?", "Berätta med egna ord")) {
                plain.locator("main form a", new Page.LocatorOptions().setHasText("Hoppa över frågan"))
                        .click();
                assertThat(plain.locator("h1")).containsText(following);
            }
            plain.locator("#q").fill("finansiering för export");
            plain.locator("main form button[type=submit]").click();

            assertThat(plain.locator("h1")).hasText("Kontrollera dina svar");
            assertThat(plain.locator(".kv-summary-list")).containsText("Jämsä");
            assertThat(plain.locator(".kv-summary-list")).containsText("finansiering för export");
            plain.locator("main form button[type=submit]").click();

            assertThat(plain)
                    .hasURL(
                            Pattern.compile(
                                    ".*/palveluopas/tulokset\\?municipality=182&size=small&q=finansiering(\\+|%20)f(ö|%C3%B6)r(\\+|%20)export$"));
            assertThat(plain.locator("h1")).hasText("Tjänster för ditt företag");
            assertThat(plain.locator(".kv-finder__profile")).containsText("Finansiering – av ordet ”finansiering”");
            Locator cards = plain.locator("#kv-finder-results li.kv-result");
            assertThat(withReason(cards, "Behov: Finansiering").first()).isVisible();
            assertThat(withReason(cards, "Motsvarar orden: finansiering").first())
                    .isVisible();
            results = plain.url();

            plain.locator("main a", new Page.LocatorOptions().setHasText("Se din färdplan"))
                    .click();
            assertThat(plain.locator("h1")).hasText("Ditt företags färdplan utomlands");
            assertThat(plain.locator("button[data-kv-print]")).isHidden();
            assertThat(plain.locator("main")).containsText("webbläsarens utskriftsfunktion");
        } finally {
            noScript.close();
        }

        // The same address, shared, in a browser with JavaScript: the results page passes axe.
        page.navigate(results + "&lang=sv");
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertThat(page.locator("h1")).hasText("Tjänster för ditt företag");
        assertAccessible();
    }

    @Test
    void anEditorAddsASynonymAndTheFinderUnderstandsTheWordAtOnce() {
        // A made-up word, letters only: before the group exists, nothing fits it.
        String word = "kvsana" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        page.navigate(url("/palveluopas/tulokset?lang=fi&q=" + word));
        assertThat(page.locator(".kv-finder__nothing")).isVisible();

        signIn(page, TestStaff.editor(context), TestStaff.PASSWORD);
        page.navigate(url("/yllapito"));
        page.locator("main a", new Page.LocatorOptions().setHasText("Palveluoppaan synonyymit"))
                .click();
        assertThat(page.locator("h1")).hasText("Palveluoppaan synonyymit");
        assertThat(page.locator("#kv-glossary")).hasText("Sovellukseen sisältyvä sanasto");
        assertAccessible();

        page.locator("main a", new Page.LocatorOptions().setHasText("Lisää sanaryhmä"))
                .click();
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".kv-error-summary")).isFocused();
        assertThat(page.locator(".kv-error-summary a")).hasText("Anna vähintään yksi sana jollakin kielellä");
        assertAccessible();

        page.locator("#wordsFi").fill(word + ", verkkokauppa");
        page.locator("#wordsEn").fill("online store");
        page.locator("main form button[type=submit]").click();
        assertThat(page.locator(".kv-notification--success")).containsText("Sanaryhmä on lisätty");
        assertThat(page.locator("main table").first()).containsText(word);
        assertAccessible();

        page.navigate(url("/palveluopas/tulokset?q=" + word));
        assertThat(page.locator(".kv-finder__nothing")).hasCount(0);
        assertThat(page.locator("#kv-finder-results .kv-reasons").first()).containsText("Vastaa sanoihin: " + word);
    }

    private void next() {
        page.locator("main form.kv-finder__form button[type=submit]").click();
    }

    private void skip() {
        page.locator("main form.kv-finder__form .kv-button-group a").click();
    }

    private static Locator withReason(Locator cards, String reason) {
        return cards.filter(new Locator.FilterOptions()
                .setHas(cards.page().locator(".kv-reasons li", new Page.LocatorOptions().setHasText(reason))));
    }
}
