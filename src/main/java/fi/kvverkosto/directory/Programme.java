package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.envers.Audited;

/**
 * A collection of related services that one organisation owns (HSDS {@code program}): a funder's programme, say, under
 * which several providers deliver services. The English name travels in HSDS as {@code alternate_name}, like an
 * organisation's.
 */
@Entity
@Table(name = "programme")
@Audited
class Programme {

    @Id
    private UUID id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Embedded
    @EmbeddedColumnNaming("name_%s")
    private LocalizedText name;

    @Embedded
    @EmbeddedColumnNaming("description_%s")
    private LocalizedText description;

    /** Keeps the order of the exchanged catalogue, so that exports come out in the order imported. */
    private int position;

    protected Programme() {}

    Programme(UUID id, Organisation organisation) {
        this.id = id;
        this.organisation = organisation;
    }

    UUID id() {
        return id;
    }

    long version() {
        return version;
    }

    Organisation organisation() {
        return organisation;
    }

    LocalizedText name() {
        return name;
    }

    LocalizedText description() {
        return description;
    }

    int position() {
        return position;
    }

    void describe(Organisation organisation, LocalizedText name, LocalizedText description) {
        this.organisation = organisation;
        this.name = name;
        this.description = description;
    }

    void place(int position) {
        this.position = position;
    }
}
