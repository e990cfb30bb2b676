package fi.kvverkosto.directory;

import java.util.UUID;

/** What became of a save: applied, or not applied because someone else saved first. */
sealed interface EditOutcome {

    record Saved(UUID id) implements EditOutcome {}

    record Conflicted(EditConflict conflict) implements EditOutcome {}
}
