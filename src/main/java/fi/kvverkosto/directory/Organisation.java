package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A provider of services: a public agency, a chamber, a university, a municipality's business service, a firm. */
@Entity
@Table(name = "organisation")
@Audited
class Organisation {

    @Id
    private UUID id;

    @Version
    private long version;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedText name;

    @Embedded
    @EmbeddedColumnNaming("description_%s")
    private LocalizedText description;

    private String website;

    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrganisationClassification> classifications = new ArrayList<>();

    /** Keeps the order of the exchanged catalogue, so that exports come out in the order imported. */
    private int position;

    @Column(nullable = false)
    private boolean archived;

    @Column(nullable = false)
    private Instant lastModified;

    /**
     * The inverse side of {@code ServiceListing.organisation}: it lets the search index find the services to reindex
     * when the organisation's name changes or it is archived. Not audited: the services' own history records it.
     */
    @OneToMany(mappedBy = "organisation")
    @NotAudited
    private List<ServiceListing> services = new ArrayList<>();

    protected Organisation() {}

    Organisation(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    LocalizedText name() {
        return name;
    }

    LocalizedText description() {
        return description;
    }

    String website() {
        return website;
    }

    String email() {
        return email;
    }

    Organisation parent() {
        return parent;
    }

    List<OrganisationClassification> classifications() {
        return classifications;
    }

    boolean archived() {
        return archived;
    }

    Instant lastModified() {
        return lastModified;
    }

    void describe(LocalizedText name, LocalizedText description, String website, String email, Organisation parent) {
        this.name = name;
        this.description = description;
        this.website = website;
        this.email = email;
        this.parent = parent;
    }

    void classify(List<OrganisationClassification> replacement) {
        classifications.clear();
        classifications.addAll(replacement);
    }

    void archive() {
        archived = true;
    }

    void restore() {
        archived = false;
    }

    int position() {
        return position;
    }

    void place(int position) {
        this.position = position;
    }

    void touch(Instant when) {
        lastModified = when;
    }
}
