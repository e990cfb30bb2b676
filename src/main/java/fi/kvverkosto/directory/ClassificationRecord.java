package fi.kvverkosto.directory;

import java.util.UUID;

/**
 * A record classified with a taxonomy term.
 *
 * @param id the id of the classification, which HSDS exchanges as the attribute's id
 * @param termId the term
 */
public record ClassificationRecord(UUID id, UUID termId) {}
