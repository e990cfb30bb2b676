package fi.kvverkosto.directory;

import java.util.UUID;

/**
 * A service was created, edited, archived, un-archived or restored to an earlier version by staff; published in the
 * saving transaction so that other modules (search index, notifications) can react after it commits.
 */
public record ServiceListingChanged(UUID serviceId) {}
