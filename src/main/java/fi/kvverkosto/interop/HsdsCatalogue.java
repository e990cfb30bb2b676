package fi.kvverkosto.interop;

import fi.kvverkosto.shared.BackgroundTasks.Progress;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * The interop module's facade for other modules and tools: import an HSDS 3.0 folder (all or nothing) or export the
 * directory to one, as the {@code import-hsds} and {@code export-hsds} commands do.
 */
@Service
public class HsdsCatalogue {

    private final HsdsImporter importer;
    private final HsdsExporter exporter;

    HsdsCatalogue(HsdsImporter importer, HsdsExporter exporter) {
        this.importer = importer;
        this.exporter = exporter;
    }

    /** Imports the HSDS files of a folder; the report lists every problem when nothing was written. */
    public ImportReport importFolder(Path folder, boolean dryRun) throws IOException {
        return importer.run(HsdsFiles.fromDirectory(folder), dryRun, Progress.NONE);
    }

    /** Writes the whole directory, defunct services included, to a folder as the export command does. */
    public void exportFolder(Path folder) throws IOException {
        exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);
    }
}
