package fi.kvverkosto.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The platform's own settings, bound from {@code kv.*} properties or the environment ({@code KV_DATA_DIR},
 * {@code KV_DEMO_DATA}).
 *
 * @param dataDir the folder holding the embedded database, the search index and uploads
 * @param demoData whether the built-in demo data is imported into an empty directory on start
 * @param command the one-off command being run instead of the web application, or null
 */
@ConfigurationProperties("kv")
public record KvProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("true") boolean demoData,
        String command) {

    public boolean runsCommand() {
        return command != null && !command.isBlank();
    }
}
