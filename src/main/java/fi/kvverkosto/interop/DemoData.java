package fi.kvverkosto.interop;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.KvProperties;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Fills an empty directory with the built-in demo catalogue on start, before the application reports ready, so that a
 * fresh installation shows something real. Off with {@code kv.demo-data=false} ({@code KV_DEMO_DATA=false}), never
 * while running a command, and never once the directory has organisations or services.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String LOCATION = "classpath:demo/hsds/";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final KvProperties properties;
    private final CatalogExchange exchange;
    private final HsdsImporter importer;
    private final ResourceLoader resources;
    private final MessageSource messages;
    private final String location;

    @Autowired
    DemoData(
            KvProperties properties,
            CatalogExchange exchange,
            HsdsImporter importer,
            ResourceLoader resources,
            MessageSource messages) {
        this(properties, exchange, importer, resources, messages, LOCATION);
    }

    /** With the demo files somewhere else: for tests. */
    DemoData(
            KvProperties properties,
            CatalogExchange exchange,
            HsdsImporter importer,
            ResourceLoader resources,
            MessageSource messages,
            String location) {
        this.properties = properties;
        this.exchange = exchange;
        this.importer = importer;
        this.resources = resources;
        this.messages = messages;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.runsCommand() || !properties.demoData() || !exchange.isEmpty()) {
            return;
        }
        load(location);
    }

    /** Imports the demo files at a location; returns the report, or null when there are no files there. */
    ImportReport load(String location) throws IOException {
        var files = HsdsFiles.fromLocation(resources, location);
        if (files.files().isEmpty()) {
            log.warn("No demo data at {}: starting with an empty directory", location);
            return null;
        }
        var report = importer.run(files, false, Progress.NONE);
        if (report.succeeded()) {
            var outcome = report.outcome();
            log.info(
                    "Demo data imported from {}: {} organisations, {} services, {} taxonomies, {} terms, {} areas",
                    location,
                    outcome.of(Kind.ORGANISATION).created()
                            + outcome.of(Kind.ORGANISATION).updated(),
                    outcome.of(Kind.SERVICE).created()
                            + outcome.of(Kind.SERVICE).updated(),
                    outcome.of(Kind.TAXONOMY).created()
                            + outcome.of(Kind.TAXONOMY).updated(),
                    outcome.of(Kind.TERM).created() + outcome.of(Kind.TERM).updated(),
                    outcome.of(Kind.AREA).created() + outcome.of(Kind.AREA).updated());
        } else {
            log.warn(
                    "Demo data at {} was not imported ({} problems); starting with an empty directory",
                    location,
                    report.problems().size());
            report.problems().forEach(p -> log.warn("  {}", p.line(messages, Locale.ENGLISH)));
        }
        return report;
    }
}
