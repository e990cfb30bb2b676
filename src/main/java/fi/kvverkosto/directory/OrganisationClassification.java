package fi.kvverkosto.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** An organisation classified with a term (its provider type); the id is that of the HSDS attribute. */
@Entity
@Table(name = "organisation_classification")
@Audited
class OrganisationClassification {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private TaxonomyTerm term;

    private int position;

    protected OrganisationClassification() {}

    OrganisationClassification(UUID id, Organisation organisation, TaxonomyTerm term, int position) {
        this.id = id;
        this.organisation = organisation;
        this.term = term;
        this.position = position;
    }

    UUID id() {
        return id;
    }

    TaxonomyTerm term() {
        return term;
    }

    int position() {
        return position;
    }

    void reposition(TaxonomyTerm term, int position) {
        this.term = term;
        this.position = position;
    }
}
