package fi.kvverkosto.identity;

/** What a staff account may do: an admin everything, an editor the organisations assigned to it. */
enum StaffRole {
    ADMIN,
    EDITOR;

    /** The Spring Security authority of the role, {@code ROLE_ADMIN} or {@code ROLE_EDITOR}. */
    String authority() {
        return this == ADMIN ? Roles.ROLE_ADMIN : Roles.ROLE_EDITOR;
    }
}
