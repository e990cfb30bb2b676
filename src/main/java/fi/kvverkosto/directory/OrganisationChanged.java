package fi.kvverkosto.directory;

import java.util.UUID;

/**
 * An organisation was created, edited, archived, un-archived or restored to an earlier version by staff. Archiving an
 * organisation hides its services too, so listeners that show services should re-read them.
 */
public record OrganisationChanged(UUID organisationId) {}
