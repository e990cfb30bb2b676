package fi.kvverkosto.directory;

import java.util.List;

/** The whole catalogue at once, as imported or exported: reference areas, taxonomies, organisations, services. */
public record CatalogSnapshot(
        List<AreaRecord> areas,
        List<TaxonomyRecord> taxonomies,
        List<TermRecord> terms,
        List<OrganisationRecord> organisations,
        List<ServiceRecord> services) {

    public CatalogSnapshot {
        areas = List.copyOf(areas);
        taxonomies = List.copyOf(taxonomies);
        terms = List.copyOf(terms);
        organisations = List.copyOf(organisations);
        services = List.copyOf(services);
    }
}
