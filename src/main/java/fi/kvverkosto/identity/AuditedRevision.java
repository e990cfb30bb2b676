package fi.kvverkosto.identity;

import java.time.Instant;

/** One recorded change set (an Envers revision): its number, when it was made and by whom. */
public interface AuditedRevision {

    int number();

    Instant timestamp();

    /** The signed-in user who made the change, or {@code "system"} for imports and start-up tasks. */
    String username();
}
