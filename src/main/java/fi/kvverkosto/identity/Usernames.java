package fi.kvverkosto.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/** How usernames are compared: without surrounding spaces and in lower case, so that "Admin" and "admin" are one. */
final class Usernames {

    static final int MAX_LENGTH = 100;

    /** Letters, digits and {@code . _ @ -}: an e-mail address works as a username, spaces and odd characters do not. */
    static final Pattern ALLOWED = Pattern.compile("[a-z0-9._@-]{2," + MAX_LENGTH + "}");

    private Usernames() {}

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
