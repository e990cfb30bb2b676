package fi.kvverkosto.identity;

import java.util.UUID;

/**
 * The authorities of staff accounts. Admins may do everything; an editor holds {@code ROLE_EDITOR} and one
 * {@code ORG_<uuid>} authority for each organisation assigned to them.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String ROLE_ADMIN = "ROLE_" + ADMIN;
    public static final String ROLE_EDITOR = "ROLE_" + EDITOR;
    public static final String ORGANISATION_PREFIX = "ORG_";

    private Roles() {}

    /** The authority that lets an editor change one organisation and its services. */
    public static String organisationAuthority(UUID organisationId) {
        return ORGANISATION_PREFIX + organisationId;
    }
}
