package fi.kvverkosto.identity;

import java.util.UUID;

/**
 * Answers whether the signed-in user may change an organisation and its services: admins may change everything,
 * editors the organisations assigned to them.
 */
public interface EditorAccess {

    boolean canEditOrganisation(UUID organisationId);

    /** Whether the user may create organisations and change records not tied to one organisation. */
    boolean isAdmin();
}
