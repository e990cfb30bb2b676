package fi.kvverkosto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A one-time link sent by e-mail to a person of the kv database: only the SHA-256 hash of its random token is stored,
 * so that a copy of the database signs nobody in. It is used once, before it expires ({@link SignInLinks}).
 */
@Entity
@Table(name = "contacts_sign_in_token")
class SignInToken {

    /** What the link is for: signing in, or confirming one's record is still right (the retention reminder). */
    static final String SIGN_IN = "sign-in";

    static final String REVIEW = "review";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String tokenHash;

    @Column(nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private Instant usedAt;

    protected SignInToken() {}

    SignInToken(String tokenHash, UUID personId, String purpose, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.tokenHash = tokenHash;
        this.personId = personId;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the link may still be used at this moment: never used, not expired. */
    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    UUID personId() {
        return personId;
    }

    String purpose() {
        return purpose;
    }
}
