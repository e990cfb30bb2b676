package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Paged, filtered reads of the public catalogue for other modules (the HSDS API): only what anyone may see, so never
 * defunct services, archived organisations or the services of archived organisations.
 *
 * <p>Search here is a plain case-insensitive substring match on names and descriptions in every language; the ranked
 * full-text search lives elsewhere.
 */
@Service
@Transactional(readOnly = true)
public class CatalogReader {

    private static final Sort CATALOGUE_ORDER = Sort.by("position", "id");

    private final ServiceListingRepository services;
    private final OrganisationRepository organisations;
    private final TaxonomyRepository taxonomies;
    private final TaxonomyTermRepository terms;
    private final ProgrammeRepository programmes;

    CatalogReader(
            ServiceListingRepository services,
            OrganisationRepository organisations,
            TaxonomyRepository taxonomies,
            TaxonomyTermRepository terms,
            ProgrammeRepository programmes) {
        this.services = services;
        this.organisations = organisations;
        this.taxonomies = taxonomies;
        this.terms = terms;
        this.programmes = programmes;
    }

    /**
     * Which public services to list; null fields do not filter.
     *
     * @param search words to find in names and descriptions
     * @param modifiedAfter only services changed at or after this instant
     */
    public record ServiceQuery(
            String search, UUID organisationId, UUID taxonomyTermId, UUID taxonomyId, Instant modifiedAfter) {}

    /** Which public organisations to list; null fields do not filter. */
    public record OrganisationQuery(String search, UUID taxonomyTermId, UUID taxonomyId, Instant modifiedAfter) {}

    /** Which taxonomy terms to list; null fields do not filter. */
    public record TermQuery(String search, UUID taxonomyId, UUID parentId) {}

    /** @param page zero-based */
    public Page<ServiceRecord> services(ServiceQuery query, int page, int size) {
        return services.findPublic(
                        query.organisationId(),
                        query.taxonomyTermId(),
                        query.taxonomyId(),
                        since(query.modifiedAfter()),
                        pattern(query.search()),
                        PageRequest.of(page, size, CATALOGUE_ORDER))
                .map(Records::of);
    }

    public Optional<ServiceRecord> service(UUID id) {
        return services.findById(id).filter(ServiceListing::isPublic).map(Records::of);
    }

    /** The public services of an organisation, in catalogue order; empty when the organisation is archived. */
    public List<ServiceRecord> servicesOf(UUID organisationId) {
        return services.findByOrganisationIdOrderByNameFiAsc(organisationId).stream()
                .filter(ServiceListing::isPublic)
                .sorted(Comparator.comparingInt(ServiceListing::position))
                .map(Records::of)
                .toList();
    }

    /**
     * Every public service (active or inactive, never defunct, never of an archived organisation) with its provider,
     * for choice lists in other modules' forms; in no particular order.
     */
    public List<ServiceOption> serviceOptions() {
        return services.findPublicOptions().stream()
                .map(row -> new ServiceOption(
                        (UUID) row[0],
                        LocalizedText.of((String) row[1], (String) row[2], (String) row[3]),
                        (ServiceStatus) row[4],
                        (UUID) row[5],
                        LocalizedText.of((String) row[6], (String) row[7], (String) row[8])))
                .toList();
    }

    /** @param page zero-based */
    public Page<OrganisationRecord> organisations(OrganisationQuery query, int page, int size) {
        return organisations
                .findPublic(
                        query.taxonomyTermId(),
                        query.taxonomyId(),
                        since(query.modifiedAfter()),
                        pattern(query.search()),
                        PageRequest.of(page, size, CATALOGUE_ORDER))
                .map(Records::of);
    }

    public Optional<OrganisationRecord> organisation(UUID id) {
        return organisations.findById(id).filter(o -> !o.archived()).map(Records::of);
    }

    /** The public organisations among these ids, by id. */
    public Map<UUID, OrganisationRecord> organisations(Collection<UUID> ids) {
        Map<UUID, OrganisationRecord> found = new HashMap<>();
        organisations.findAllById(ids).stream()
                .filter(o -> !o.archived())
                .forEach(o -> found.put(o.id(), Records.of(o)));
        return found;
    }

    /** The programmes of public organisations, in catalogue order. */
    public List<ProgrammeRecord> programmes() {
        return programmes.findPublic().stream().map(Records::of).toList();
    }

    /** A programme of a public organisation. */
    public Optional<ProgrammeRecord> programme(UUID id) {
        return programmes.findById(id).filter(p -> !p.organisation().archived()).map(Records::of);
    }

    /** @param page zero-based */
    public Page<TaxonomyRecord> taxonomies(String search, int page, int size) {
        return taxonomies
                .findMatching(pattern(search), PageRequest.of(page, size, CATALOGUE_ORDER))
                .map(Records::of);
    }

    public Optional<TaxonomyRecord> taxonomy(UUID id) {
        return taxonomies.findById(id).map(Records::of);
    }

    /** Every taxonomy in catalogue order: the vocabulary a record's classifications are told in. */
    public List<TaxonomyRecord> allTaxonomies() {
        return taxonomies.findAllByOrderByPositionAsc().stream()
                .map(Records::of)
                .toList();
    }

    /** @param page zero-based */
    public Page<TermRecord> terms(TermQuery query, int page, int size) {
        return terms.findMatching(
                        query.taxonomyId(),
                        query.parentId(),
                        pattern(query.search()),
                        PageRequest.of(page, size, CATALOGUE_ORDER))
                .map(Records::of);
    }

    public Optional<TermRecord> term(UUID id) {
        return terms.findById(id).map(Records::of);
    }

    /** Every taxonomy term in catalogue order. */
    public List<TermRecord> allTerms() {
        return terms.findAllByOrderByPositionAsc().stream().map(Records::of).toList();
    }

    /** No time filter is "changed since 1970": every record's time is later, and the parameter keeps its type. */
    private static Instant since(Instant modifiedAfter) {
        return modifiedAfter == null ? Instant.EPOCH : modifiedAfter;
    }

    /** A LIKE pattern for a substring match, or null for no search; '!' escapes the wildcards users may type. */
    static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        String escaped = search.strip()
                .toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
