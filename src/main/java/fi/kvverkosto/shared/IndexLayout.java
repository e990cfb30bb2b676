package fi.kvverkosto.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version of an embedded search index's fields and analysis, noted in a small file beside the index, so that an
 * index an earlier version built is recognised on start and rebuilt.
 *
 * @param file where the version is noted
 * @param version the version the running code builds
 */
public record IndexLayout(Path file, int version) {

    private static final Logger log = LoggerFactory.getLogger(IndexLayout.class);

    /** The layout noted as {@code name} in the data folder's index directory. */
    public static IndexLayout in(KvProperties properties, String name, int version) {
        return new IndexLayout(properties.dataDir().resolve("index").resolve(name), version);
    }

    /** Whether the index was built by this version (false when nothing is noted or the note cannot be read). */
    public boolean isCurrent() {
        try {
            return Files.isRegularFile(file) && Files.readString(file).strip().equals(Integer.toString(version));
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes that the index is now of this version; if that fails, the index is rebuilt on the next start. */
    public void write() {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Integer.toString(version));
        } catch (IOException e) {
            log.warn("Cannot note the index layout in {}: the index will be rebuilt on the next start", file, e);
        }
    }
}
