package fi.kvverkosto.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A person who keeps the data: a regional business developer (editor) or an administrator. Audited, so that the
 * history shows who granted a role or an organisation; the password hash and sign-in times are left out of it.
 */
@Entity
@Table(name = "staff_account")
@Audited
class StaffAccount {

    @Id
    private UUID id;

    /** A wrapper, so that Spring Data sees a new account (null) and persists it rather than merging it. */
    @Version
    private Long version;

    /** Always lower case (see {@link Usernames}), which makes the unique constraint case-insensitive. */
    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    private String email;

    @NotAudited
    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private StaffRole role;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_organisation", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<UUID> organisations = new HashSet<>();

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant passwordChangedAt;

    /** Written with a bulk update (see the repository) so that signing in never makes an admin's open form stale. */
    @NotAudited
    private Instant lastSignInAt;

    protected StaffAccount() {}

    StaffAccount(UUID id, String username, String passwordHash, StaffRole role, Instant now) {
        this.id = id;
        this.username = Usernames.normalize(username);
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
        this.displayName = this.username;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    String username() {
        return username;
    }

    String displayName() {
        return displayName;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffRole role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    Set<UUID> organisations() {
        return Set.copyOf(organisations);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant passwordChangedAt() {
        return passwordChangedAt;
    }

    Instant lastSignInAt() {
        return lastSignInAt;
    }

    void describe(String displayName, String email) {
        this.displayName = displayName;
        this.email = email;
    }

    void grant(StaffRole role, Collection<UUID> organisations, boolean enabled) {
        this.role = role;
        this.enabled = enabled;
        this.organisations.clear();
        this.organisations.addAll(organisations);
    }

    void changePassword(String passwordHash, Instant when) {
        this.passwordHash = passwordHash;
        this.passwordChangedAt = when;
    }
}
