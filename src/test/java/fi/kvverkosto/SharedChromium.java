package fi.kvverkosto;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium (and one Playwright driver) for all the browser journeys of a test run, instead of one per class:
 * launching them costs a few seconds of CPU each time. Kept in JUnit's root store, which closes it when the run
 * ends; launched again if it has gone away. Journeys stay apart as before: every test gets browser contexts of its
 * own (own cookies, storage and pages), which {@link BrowserJourney} closes after it.
 */
final class SharedChromium implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedChromium.class);

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Browser resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        var store = extension.getRoot().getStore(NAMESPACE);
        var running = store.computeIfAbsent(Running.class, key -> Running.launch(), Running.class);
        if (!running.browser().isConnected()) {
            store.remove(Running.class);
            running.close();
            running = store.computeIfAbsent(Running.class, key -> Running.launch(), Running.class);
        }
        return running.browser();
    }

    record Running(Playwright playwright, Browser browser) implements AutoCloseable {

        static Running launch() {
            Path chromium = Path.of(System.getenv().getOrDefault("KV_CHROMIUM", "/usr/bin/chromium"));
            assertThat(Files.isExecutable(chromium))
                    .as(
                            "Browser journeys need Debian's chromium at %s (apt-get install chromium), "
                                    + "or skip them with -Dkv.test.excludedGroups=browser",
                            chromium)
                    .isTrue();
            var playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            try {
                var browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(chromium)
                                .setHeadless(true)
                                .setArgs(CHROMIUM_ARGS));
                return new Running(playwright, browser);
            } catch (RuntimeException e) {
                playwright.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }
}
