package fi.kvverkosto.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import fi.kvverkosto.BrowserJourney;
import fi.kvverkosto.KvServerTest;
import org.junit.jupiter.api.Test;

@KvServerTest
class SiteBrowserTests extends BrowserJourney {

    @Test
    void visitorReadsTheHomePageInEachLanguageAndItIsAccessible() {
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "fi");
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasCount(1);
        assertAccessible();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("svenska"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "sv");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("English"))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.navigate(url("/saavutettavuus"));
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        assertAccessible();
    }

    @Test
    void keyboardUserSkipsToTheContent() {
        page.navigate(url("/?lang=en"));
        page.keyboard().press("Tab");
        assertThat(page.locator(".kv-skip-link")).isFocused();
        page.keyboard().press("Enter");
        assertThat(page.locator("#main")).isFocused();
    }

    @Test
    void pageWorksAtNarrowWidthWithoutHorizontalScrolling() {
        page.setViewportSize(320, 640);
        page.navigate(url("/"));
        org.assertj.core.api.Assertions.assertThat(scrollsSideways(page)).isFalse();
        assertAccessible();
    }

    @Test
    void accessibilityCheckReallyFindsProblems() {
        page.setContent("<html><body><img src='x.png'><input type='text'></body></html>");
        org.assertj.core.api.Assertions.assertThat(accessibilityViolations(page))
                .extracting(com.deque.html.axecore.results.Rule::getId)
                .contains("image-alt", "html-has-lang");
    }
}
