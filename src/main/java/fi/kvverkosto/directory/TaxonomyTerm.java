package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.EmbeddedColumnNaming;

/**
 * One term of a taxonomy: a stage, a need category, an industry, a market (countries below their region), a company
 * size or a cost model. Its code is unique across taxonomies: {@code <taxonomy key>:<code>}, e.g. {@code market:DE}.
 */
@Entity
@Table(name = "taxonomy_term")
class TaxonomyTerm {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "taxonomy_id")
    private Taxonomy taxonomy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private TaxonomyTerm parent;

    /** The short label ("Rahoitus", "Financing"). */
    @Embedded
    @EmbeddedColumnNaming("label_%s")
    private LocalizedText label;

    /** A sentence explaining the term. */
    @Embedded
    @EmbeddedColumnNaming("definition_%s")
    private LocalizedText definition;

    /** The language of the term's HSDS {@code name}. */
    @Column(nullable = false)
    private String nameLanguage;

    private String termUri;

    private int position;

    protected TaxonomyTerm() {}

    TaxonomyTerm(UUID id, String code, Taxonomy taxonomy) {
        this.id = id;
        this.code = code;
        this.taxonomy = taxonomy;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    /** The code without its taxonomy prefix: {@code 4} for {@code kv-stage:4}. */
    String localCode() {
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(colon + 1);
    }

    Taxonomy taxonomy() {
        return taxonomy;
    }

    String taxonomyKey() {
        return taxonomy.key();
    }

    TaxonomyTerm parent() {
        return parent;
    }

    LocalizedText label() {
        return label;
    }

    LocalizedText definition() {
        return definition;
    }

    String nameLanguage() {
        return nameLanguage;
    }

    String termUri() {
        return termUri;
    }

    int position() {
        return position;
    }

    void describe(
            String code,
            Taxonomy taxonomy,
            TaxonomyTerm parent,
            LocalizedText label,
            LocalizedText definition,
            String nameLanguage,
            String termUri,
            int position) {
        this.code = code;
        this.taxonomy = taxonomy;
        this.parent = parent;
        this.label = label;
        this.definition = definition;
        this.nameLanguage = nameLanguage;
        this.termUri = termUri;
        this.position = position;
    }
}
