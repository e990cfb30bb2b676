package fi.kvverkosto.network;

import fi.kvverkosto.shared.KvProperties;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Loads the demo relations ({@code demo/network/relations.csv}, see the README beside it) on start, right after the
 * interop module has filled an empty directory with the demo catalogue (its runner has order 10): when demo data is on,
 * no command runs, there are no relations yet and the catalogue holds the organisations they join.
 */
@Component
@Order(20)
class NetworkDemoData implements ApplicationRunner {

    static final String LOCATION = "classpath:demo/network/relations.csv";

    private static final Logger log = LoggerFactory.getLogger(NetworkDemoData.class);

    private final KvProperties properties;
    private final Relations relations;
    private final ResourceLoader resources;

    NetworkDemoData(KvProperties properties, Relations relations, ResourceLoader resources) {
        this.properties = properties;
        this.relations = relations;
        this.resources = resources;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (properties.runsCommand() || !properties.demoData() || relations.count() > 0) {
            return;
        }
        var resource = resources.getResource(LOCATION);
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            var result = relations.importTrusted(reader);
            if (result.problems().isEmpty()) {
                log.info("Demo relations imported from {}: {}", LOCATION, result.created());
            } else {
                // The organisations they join are not all there (another catalogue, or none): start without them.
                log.warn(
                        "Demo relations at {} were not imported ({} problems, first: line {} {})",
                        LOCATION,
                        result.problems().size(),
                        result.problems().getFirst().line(),
                        result.problems().getFirst().key());
            }
        }
    }
}
