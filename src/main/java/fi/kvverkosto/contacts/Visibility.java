package fi.kvverkosto.contacts;

/** Who may see a field: anyone, signed-in network members (and staff), or staff only. */
public enum Visibility {
    PUBLIC,
    MEMBERS,
    STAFF;

    /** Whether someone of this audience may see a field of this visibility. */
    public boolean visibleTo(Audience audience) {
        return switch (this) {
            case PUBLIC -> true;
            case MEMBERS -> audience != Audience.ANONYMOUS;
            case STAFF -> audience == Audience.STAFF;
        };
    }
}
