package fi.kvverkosto.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing done with a person's data, by whom and when; holds ids only, so that it outlives an erasure. */
@Entity
@Table(name = "contacts_audit")
class AuditEntry {

    @Id
    private UUID id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    private UUID personId;

    private UUID companyId;

    private String note;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, String action, UUID personId, UUID companyId, String note) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.personId = personId;
        this.companyId = companyId;
        this.note = note;
    }

    Instant at() {
        return at;
    }

    String actor() {
        return actor;
    }

    String action() {
        return action;
    }

    UUID personId() {
        return personId;
    }

    UUID companyId() {
        return companyId;
    }

    String note() {
        return note;
    }
}
