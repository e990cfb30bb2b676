package fi.kvverkosto.directory;

import java.util.List;

/** The whole catalogue at once, as imported or exported: reference areas, taxonomies, organisations, services,
 * programmes. */
public record CatalogSnapshot(
        List<AreaRecord> areas,
        List<TaxonomyRecord> taxonomies,
        List<TermRecord> terms,
        List<OrganisationRecord> organisations,
        List<ServiceRecord> services,
        List<ProgrammeRecord> programmes) {

    public CatalogSnapshot {
        areas = List.copyOf(areas);
        taxonomies = List.copyOf(taxonomies);
        terms = List.copyOf(terms);
        organisations = List.copyOf(organisations);
        services = List.copyOf(services);
        programmes = List.copyOf(programmes);
    }

    /** A catalogue without programmes (which its services then name none of, or ones the directory holds). */
    public CatalogSnapshot(
            List<AreaRecord> areas,
            List<TaxonomyRecord> taxonomies,
            List<TermRecord> terms,
            List<OrganisationRecord> organisations,
            List<ServiceRecord> services) {
        this(areas, taxonomies, terms, organisations, services, List.of());
    }
}
