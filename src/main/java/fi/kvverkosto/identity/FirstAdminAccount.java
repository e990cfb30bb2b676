package fi.kvverkosto.identity;

import fi.kvverkosto.shared.KvProperties;
import fi.kvverkosto.shared.StartupWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes a fresh installation reachable: when there is no staff account at all, creates {@code admin} with the password
 * from {@code kv.admin-password} ({@code KV_ADMIN_PASSWORD}), or, without one, with a generated password that is
 * printed once to the log. A given password is never logged. Not in command mode ({@code import-hsds}, ...): a
 * password printed once into a script's output would be easy to lose, so the account waits for the web application.
 *
 * <p>Hashing the password takes a second or two of one core at start (Argon2, see {@link Passwords}): the account is
 * made on a thread of its own beside the demo data's import ({@link StartupWork}), and the application reports ready
 * only once it exists.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminAccount implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminAccount.class);

    private final StaffAccounts accounts;
    private final String givenPassword;
    private final KvProperties properties;
    private final StartupWork startupWork;

    FirstAdminAccount(
            StaffAccounts accounts,
            @Value("${kv.admin-password:}") String givenPassword,
            KvProperties properties,
            StartupWork startupWork) {
        this.accounts = accounts;
        this.givenPassword = givenPassword;
        this.properties = properties;
        this.startupWork = startupWork;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.runsCommand()) {
            return;
        }
        boolean given = givenPassword != null && !givenPassword.isEmpty();
        if (given) {
            Passwords.problem(StaffAccounts.FIRST_ADMIN, givenPassword).ifPresent(problem -> {
                throw new IllegalStateException("kv.admin-password (KV_ADMIN_PASSWORD) is not accepted: it must have "
                        + Passwords.MIN_LENGTH + " to " + Passwords.MAX_LENGTH
                        + " characters and must not be the username. Set another or leave it unset to have one "
                        + "generated.");
            });
        }
        String password = given ? givenPassword : Passwords.generate();
        startupWork.begin("first-admin", () -> create(password, given));
    }

    private void create(String password, boolean given) {
        try {
            accounts.createFirstAdmin(password).ifPresent(admin -> announce(admin.username(), given ? null : password));
        } catch (DataIntegrityViolationException e) {
            // Another instance starting against the same database created it first.
            log.info("First admin account was created by another instance");
        }
    }

    private static void announce(String username, String generatedPassword) {
        if (generatedPassword == null) {
            log.warn("Created the first admin account '{}' with the password from kv.admin-password.", username);
            return;
        }
        // The one time this password is shown; warn level so that it is printed whatever the log configuration.
        log.warn("""

                ************************************************************************
                  kv-verkosto: first admin account created
                    username: {}
                    password: {}
                  This password is shown only now. Sign in at /kirjaudu and change it
                  at /yllapito/salasana. Set KV_ADMIN_PASSWORD to choose it yourself.
                ************************************************************************""", username, generatedPassword);
    }
}
