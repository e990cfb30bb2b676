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

/**
 * A service classified with a term: its stage, need, industry, market, company size or cost model. The id is that of
 * the HSDS attribute that carries the classification. No industry means all industries; no market, all markets.
 */
@Entity
@Table(name = "service_classification")
@Audited
class ServiceClassification {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ServiceListing service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "term_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private TaxonomyTerm term;

    private int position;

    protected ServiceClassification() {}

    ServiceClassification(UUID id, ServiceListing service, TaxonomyTerm term, int position) {
        this.id = id;
        this.service = service;
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
