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

/**
 * An area where a service is available: a reference to an {@link Area} by URI, with the name and description that
 * came with it in HSDS. Pages show the area's own translated name.
 */
@Entity
@Table(name = "service_area")
@Audited
class ServiceArea {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    @Column(nullable = false)
    private String areaUri;

    private String name;

    private String description;

    private int position;

    protected ServiceArea() {}

    ServiceArea(UUID id, ServiceListing service) {
        this.id = id;
        this.service = service;
    }

    UUID id() {
        return id;
    }

    String areaUri() {
        return areaUri;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    int position() {
        return position;
    }

    void describe(String areaUri, String name, String description, int position) {
        this.areaUri = areaUri;
        this.name = name;
        this.description = description;
        this.position = position;
    }
}
