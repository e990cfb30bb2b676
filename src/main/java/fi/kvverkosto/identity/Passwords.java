package fi.kvverkosto.identity;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password rules in one place: how passwords are hashed, what a new password must be like, and how the platform
 * makes one up when an admin does not type it.
 *
 * <p>Hashes are Argon2id with OWASP's recommended cost (19 MiB, 2 passes, 1 lane), stored with an {@code {argon2}}
 * prefix by a {@link DelegatingPasswordEncoder}: when the algorithm or its cost changes, old hashes still verify and
 * are re-hashed on the next successful sign-in.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;

    /** Long enough for any passphrase, short enough that hashing it costs nothing unusual. */
    static final int MAX_LENGTH = 200;

    static final String ARGON2 = "argon2";

    /** No 0/O, 1/l/I: a generated password is read off a screen and typed by hand. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {}

    static PasswordEncoder encoder() {
        Map<String, PasswordEncoder> encoders = Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2), "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    /**
     * Why a new password is not accepted, as a message key, or empty when it is.
     *
     * @param username whose password it would be
     */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("identity.password.required");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("identity.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.too-long");
        }
        if (password.strip().equalsIgnoreCase(Usernames.normalize(username))) {
            return Optional.of("identity.password.same-as-username");
        }
        return Optional.empty();
    }

    /** 20 random characters (about 116 bits) in groups of four, for example {@code k7Qm-x9Pa-Hc3t-Wn8e-Rb2y}. */
    static String generate() {
        var password = new StringBuilder(24);
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
