package fi.kvverkosto.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and changes staff accounts under the rules every screen shares: unique usernames whatever their case,
 * passwords that pass {@link Passwords#problem}, optimistic locking against the version a form was opened with, and
 * always at least one enabled admin. A rule that fails throws {@link AccountChangeRejected} and changes nothing.
 */
@Service
@Transactional
class StaffAccounts {

    static final String FIRST_ADMIN = "admin";

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    StaffAccounts(StaffAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** An account as screens see it, without the password hash. */
    record Account(
            UUID id,
            long version,
            String username,
            String displayName,
            String email,
            StaffRole role,
            boolean enabled,
            Set<UUID> organisations,
            Instant createdAt,
            Instant passwordChangedAt,
            Instant lastSignInAt) {

        boolean admin() {
            return role == StaffRole.ADMIN;
        }

        static Account of(StaffAccount a) {
            return new Account(
                    a.id(),
                    a.version(),
                    a.username(),
                    a.displayName(),
                    a.email(),
                    a.role(),
                    a.enabled(),
                    a.organisations(),
                    a.createdAt(),
                    a.passwordChangedAt(),
                    a.lastSignInAt());
        }
    }

    /** What an admin decides about an account: who it is and what it may do. */
    record Details(String displayName, String email, StaffRole role, Collection<UUID> organisations, boolean enabled) {}

    @Transactional(readOnly = true)
    List<Account> all() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(Account::of).toList();
    }

    @Transactional(readOnly = true)
    Optional<Account> find(UUID id) {
        return accounts.findById(id).map(Account::of);
    }

    @Transactional(readOnly = true)
    Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(Usernames.normalize(username)).map(Account::of);
    }

    Account create(String username, Details details, String password) {
        String normalized = Usernames.normalize(username);
        if (!Usernames.ALLOWED.matcher(normalized).matches()) {
            throw new AccountChangeRejected("username", "identity.users.username.invalid");
        }
        if (accounts.existsByUsername(normalized)) {
            throw new AccountChangeRejected("username", "identity.users.username.taken");
        }
        requireAcceptable(normalized, password, "password");
        var account = new StaffAccount(
                UUID.randomUUID(), normalized, encoder.encode(password), details.role(), clock.instant());
        account.describe(details.displayName(), details.email());
        account.grant(details.role(), details.organisations(), details.enabled());
        accounts.saveAndFlush(account);
        log.info("Staff account {} created with role {}", normalized, details.role());
        return Account.of(account);
    }

    Account update(UUID id, long expectedVersion, Details details) {
        StaffAccount account = current(id, expectedVersion);
        boolean staysAdmin = details.role() == StaffRole.ADMIN && details.enabled();
        if (account.role() == StaffRole.ADMIN && account.enabled() && !staysAdmin) {
            requireAnotherEnabledAdmin();
        }
        account.describe(details.displayName(), details.email());
        account.grant(details.role(), details.organisations(), details.enabled());
        accounts.flush();
        log.info(
                "Staff account {} changed: role {}, enabled {}, {} organisation(s)",
                account.username(),
                details.role(),
                details.enabled(),
                details.organisations().size());
        return Account.of(account);
    }

    /** An admin sets a new password for someone who has forgotten theirs. */
    void resetPassword(UUID id, long expectedVersion, String password) {
        StaffAccount account = current(id, expectedVersion);
        requireAcceptable(account.username(), password, "password");
        account.changePassword(encoder.encode(password), clock.instant());
        accounts.flush();
        log.info("Password of staff account {} reset by an admin", account.username());
    }

    /** The signed-in user changes their own password, proving who they are with the current one. */
    void changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = accounts.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new AccountChangeRejected(null, "identity.own-password.no-account"));
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            throw new AccountChangeRejected("currentPassword", "identity.own-password.current.wrong");
        }
        requireAcceptable(account.username(), newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new AccountChangeRejected("newPassword", "identity.password.same-as-current");
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        accounts.flush();
        log.info("Staff account {} changed its password", account.username());
    }

    /**
     * Creates the first admin account when there is no account at all, so that a fresh installation can be signed
     * into. Does nothing, and returns empty, when any account exists.
     */
    Optional<Account> createFirstAdmin(String password) {
        if (accounts.count() > 0) {
            return Optional.empty();
        }
        var details = new Details(FIRST_ADMIN, null, StaffRole.ADMIN, Set.of(), true);
        return Optional.of(create(FIRST_ADMIN, details, password));
    }

    void recordSignIn(String username) {
        accounts.recordSignIn(Usernames.normalize(username), clock.instant());
    }

    private StaffAccount current(UUID id, long expectedVersion) {
        StaffAccount account =
                accounts.findById(id).orElseThrow(() -> new AccountChangeRejected(null, "identity.account.missing"));
        if (account.version() != expectedVersion) {
            throw AccountChangeRejected.stale();
        }
        return account;
    }

    private void requireAnotherEnabledAdmin() {
        if (accounts.countByRoleAndEnabledTrue(StaffRole.ADMIN) <= 1) {
            throw new AccountChangeRejected(null, "identity.users.last-admin");
        }
    }

    private static void requireAcceptable(String username, String password, String field) {
        Passwords.problem(username, password).ifPresent(key -> {
            throw new AccountChangeRejected(field, key);
        });
    }
}
