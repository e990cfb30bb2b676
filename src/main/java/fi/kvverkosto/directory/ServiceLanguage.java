package fi.kvverkosto.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** A language a service is delivered in: an ISO 639-1 code and the name it was exchanged with. */
@Entity
@Table(name = "service_language")
@Audited
class ServiceLanguage {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    @Column(nullable = false)
    private String code;

    private String name;

    private int position;

    protected ServiceLanguage() {}

    ServiceLanguage(UUID id, ServiceListing service) {
        this.id = id;
        this.service = service;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    int position() {
        return position;
    }

    void describe(String code, String name, int position) {
        this.code = code;
        this.name = name;
        this.position = position;
    }
}
