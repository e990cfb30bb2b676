package fi.kvverkosto.network;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * First render of the network map in headless Chromium (not a test: run by {@code bench/network-map-render.sh}): for
 * each run a fresh browser context opens the map and waits until the picture is drawn; network.js records when that
 * was, in milliseconds since navigation began. Prints the nodes and edges drawn and the median and worst time.
 *
 * <p>Arguments: the map's address, runs (5).
 */
public final class NetworkMapRenderBenchmark {

    private NetworkMapRenderBenchmark() {}

    public static void main(String[] args) {
        String url = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(
                                    Path.of(System.getenv().getOrDefault("KV_CHROMIUM", "/usr/bin/chromium")))
                            .setHeadless(true)
                            .setArgs(
                                    List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage")));
            long[] times = new long[runs];
            for (int i = 0; i < runs; i++) {
                var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                Page page = context.newPage();
                page.setDefaultTimeout(60_000);
                page.onPageError(error -> System.out.println("page error: " + error));
                page.onConsoleMessage(message -> System.out.println("console: " + message.text()));
                page.navigate(url);
                page.locator("#network-map[data-kv-ready=true]").waitFor();
                times[i] = Long.parseLong(page.locator("#network-map").getAttribute("data-kv-ready-ms"));
                Object dom = page.evaluate(
                        "() => Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd)");
                Object api = page.evaluate(
                        "() => { const r = performance.getEntriesByType('resource')"
                                + ".find(e => e.name.includes('/api/v1/network')); return r ? Math.round(r.responseEnd) : -1; }");
                System.out.printf(
                        "run %d: page parsed %s ms, data loaded %s ms, picture drawn %d ms%n",
                        i + 1, dom, api, times[i]);
                if (i == 0) {
                    System.out.printf(
                            "%s: %s actors in the table%n",
                            url, page.locator("#network-actors tbody tr").count());
                }
                context.close();
            }
            Arrays.sort(times);
            System.out.printf(
                    "first render (navigation start to picture drawn): median %d ms, worst %d ms, best %d ms, %d runs%n",
                    times[runs / 2], times[runs - 1], times[0], runs);
            browser.close();
        }
    }
}
