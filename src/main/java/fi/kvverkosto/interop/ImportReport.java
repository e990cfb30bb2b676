package fi.kvverkosto.interop;

import fi.kvverkosto.directory.ImportOutcome;
import java.util.List;

/**
 * What an import did, or would have done in a dry run: counts per kind of record, or every problem found. An import
 * with problems changed nothing, and neither did a dry run.
 *
 * @param outcome the counts; null when there were problems
 */
public record ImportReport(boolean dryRun, ImportOutcome outcome, List<ImportProblem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    static ImportReport failed(boolean dryRun, List<ImportProblem> problems) {
        return new ImportReport(dryRun, null, problems);
    }

    public boolean succeeded() {
        return problems.isEmpty() && outcome != null;
    }

    /** Whether the directory is as it was before: the import failed or was only a dry run. */
    public boolean changedNothing() {
        return dryRun || !succeeded() || !outcome.changedAnything();
    }

    /** The kinds of record in the order the report lists them. */
    public List<ImportOutcome.Kind> kinds() {
        return List.of(ImportOutcome.Kind.values());
    }
}
