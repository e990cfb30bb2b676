package fi.kvverkosto.identity;

import java.util.UUID;

/**
 * The authorities of signed-in users. Staff accounts: admins may do everything; an editor holds {@code ROLE_EDITOR} and
 * one {@code ORG_<uuid>} authority for each organisation assigned to them. Members of the kv network (people of the kv
 * database who signed in with a one-time e-mail link, see {@code contacts}) hold {@code ROLE_MEMBER} only, which never
 * opens a staff page.
 */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String EDITOR = "EDITOR";
    public static final String MEMBER = "MEMBER";
    public static final String ROLE_ADMIN = "ROLE_" + ADMIN;
    public static final String ROLE_EDITOR = "ROLE_" + EDITOR;
    public static final String ROLE_MEMBER = "ROLE_" + MEMBER;
    public static final String ORGANISATION_PREFIX = "ORG_";

    private Roles() {}

    /** The authority that lets an editor change one organisation and its services. */
    public static String organisationAuthority(UUID organisationId) {
        return ORGANISATION_PREFIX + organisationId;
    }
}
