package fi.kvverkosto;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the application on a random port (subclasses choose it with {@link KvServerTest} or
 * {@link DemoDataServerTest}), driven by Playwright in Debian's Chromium (never a downloaded browser), one shared
 * by all the journeys of a run ({@link SharedChromium}), each test in browser contexts of its own. Wherever a
 * journey stops to look, {@link #assertAccessible()} checks the page: axe-core's WCAG 2.1 A and AA rules, nothing
 * blocked by the Content-Security-Policy, one {@code <h1>}. Needs {@code /usr/bin/chromium} (or {@code KV_CHROMIUM});
 * {@code .ci/run} installs it. Tagged {@code browser} so that {@code -Dkv.test.excludedGroups=browser} skips them.
 */
@Tag("browser")
@ExtendWith(SharedChromium.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** Records what the Content-Security-Policy blocked; Playwright injects it past the policy. */
    static final String RECORD_CSP_VIOLATIONS = "window.kvViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.kvViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @LocalServerPort
    protected int port;

    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    protected Page page;

    @BeforeAll
    void useTheSharedBrowser(Browser shared) {
        browser = shared;
    }

    @BeforeEach
    void openPage() {
        page = newContext().newPage();
    }

    /** Another browser, with its own cookies: a second user at the same time. */
    protected BrowserContext newContext() {
        var another = browser.newContext(new Browser.NewContextOptions().setLocale("fi-FI"));
        contexts.add(another);
        another.setDefaultTimeout(15_000);
        another.addInitScript(RECORD_CSP_VIOLATIONS);
        return another;
    }

    /** A browser with JavaScript turned off, to check that a page works without it. */
    protected BrowserContext newContextWithoutJavaScript() {
        var another = browser.newContext(
                new Browser.NewContextOptions().setLocale("fi-FI").setJavaScriptEnabled(false));
        contexts.add(another);
        return another;
    }

    /** Closes every browser context the test opened: the browser itself is shared by the whole run. */
    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** An absolute URL of this application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Signs in through the sign-in page and waits until it has left it. */
    protected void signIn(Page page, String username, String password) {
        page.navigate(url("/kirjaudu"));
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("main form button[type=submit]").click();
        page.waitForURL(u -> !u.contains("/kirjaudu"));
    }

    /** Checks {@link #page} as it is now; see {@link #assertAccessible(Page)}. */
    protected void assertAccessible() {
        assertAccessible(page);
    }

    /**
     * Fails with a readable list when axe finds any WCAG 2.1 A/AA violation on the page as it is now, when the
     * Content-Security-Policy blocked anything on it, or when it has other than one {@code <h1>}.
     */
    protected void assertAccessible(Page page) {
        List<Rule> violations = accessibilityViolations(page);
        assertThat(violations)
                .as("axe-core violations on %s:%n%s", page.url(), describe(violations))
                .isEmpty();
        assertThat(page.evaluate("window.kvViolations || []"))
                .as("blocked by the Content-Security-Policy on %s", page.url())
                .asList()
                .isEmpty();
        assertThat(page.locator("h1").count()).as("one h1 on %s", page.url()).isEqualTo(1);
    }

    /**
     * What axe finds against WCAG 2.1 A and AA on the page as it is now. The same axe-core as {@link AxeBuilder}'s (its
     * bundled {@code axe.min.js}) and the same rules, run by {@code axe.run} in the page itself: put in once per
     * document, where {@code AxeBuilder} puts it in twice and then opens a blank page to put it in a third time and
     * gather the results there (its way of reaching cross-origin frames), which took more than twice as long. A page
     * with frames is checked by {@code AxeBuilder}, as it was.
     */
    protected List<Rule> accessibilityViolations(Page page) {
        if (page.frames().size() > 1) {
            return new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations();
        }
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.evaluate("() => {" + AxeScript.SOURCE + "\n}");
        }
        Object results = page.evaluate(
                "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
                        + ".then(results => JSON.parse(JSON.stringify(results)))",
                WCAG_21_AA);
        return AxeScript.JSON.convertValue(results, AxeResults.class).getViolations();
    }

    /** axe-core as {@code AxeBuilder} bundles it, read once, and the JSON reader it turns results into records with. */
    private static final class AxeScript {

        static final String SOURCE = read();

        static final ObjectMapper JSON = new ObjectMapper();

        private static String read() {
            try (var in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
                assertThat(in).as("axe.min.js beside AxeBuilder").isNotNull();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Whether the page scrolls sideways: it must not at 320 px (WCAG 1.4.10 reflow). */
    protected boolean scrollsSideways(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " → "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
