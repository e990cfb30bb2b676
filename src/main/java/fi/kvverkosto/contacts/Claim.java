package fi.kvverkosto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A member's claim to keep a company's profile: pending until staff approve or reject it. Only an approved claim lets
 * the member edit the company ({@link SelfService}).
 */
@Entity
@Table(name = "contacts_claim")
class Claim {

    enum Status {
        PENDING,
        APPROVED,
        REJECTED,
        /** Approved once, then withdrawn by staff: the member no longer keeps the profile. */
        REVOKED
    }

    @Id
    private UUID id;

    @Version
    private long version;

    @Column(nullable = false)
    private UUID companyId;

    @Column(nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private String status;

    @Column(nullable = false)
    private Instant requestedAt;

    private Instant decidedAt;

    private String decidedBy;

    protected Claim() {}

    Claim(UUID companyId, UUID personId, Instant now) {
        this.id = UUID.randomUUID();
        this.companyId = companyId;
        this.personId = personId;
        this.status = Status.PENDING.name();
        this.requestedAt = now;
    }

    void decide(boolean approve, String by, Instant now) {
        if (status() != Status.PENDING) {
            throw new IllegalStateException("Claim " + id + " is already " + status);
        }
        status = (approve ? Status.APPROVED : Status.REJECTED).name();
        decidedBy = by;
        decidedAt = now;
    }

    /** Staff take back an approved claim: from this commit on the member cannot edit the company. */
    void revoke(String by, Instant now) {
        if (status() != Status.APPROVED) {
            throw new IllegalStateException("Claim " + id + " is " + status + ", not approved");
        }
        status = Status.REVOKED.name();
        decidedBy = by;
        decidedAt = now;
    }

    UUID id() {
        return id;
    }

    UUID companyId() {
        return companyId;
    }

    UUID personId() {
        return personId;
    }

    Status status() {
        return Status.valueOf(status);
    }

    Instant requestedAt() {
        return requestedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }
}
