package fi.kvverkosto.directory;

import fi.kvverkosto.directory.ServiceSearchResult.FacetOption;
import fi.kvverkosto.directory.TaxonomyOverview.TermCount;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public may read of the directory: the service search with its facets, a service, a provider with its
 * services, the taxonomies with their counts and the areas. Other modules (the home page, later the finder) read the
 * directory through this facade; it returns records only, and never anything archived.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDirectory {

    /** Taxonomies that classify nothing the public browses: translation terms only carry texts in HSDS. */
    static final Set<String> HIDDEN_TAXONOMIES = Set.of("translation");

    static final String PROVIDER_TYPE = "provider-type";

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    private final ServiceSearcher searcher;
    private final ServiceListingRepository services;
    private final OrganisationRepository organisations;
    private final ReferenceData referenceData;

    ServiceDirectory(
            ServiceSearcher searcher,
            ServiceListingRepository services,
            OrganisationRepository organisations,
            ReferenceData referenceData) {
        this.searcher = searcher;
        this.services = services;
        this.organisations = organisations;
        this.referenceData = referenceData;
    }

    /**
     * Searches the public services. Without text, results are in name order in the given language; with text, by
     * relevance. Inactive services always come after active ones. Filter values that name nothing known are left out
     * and reported in {@link ServiceSearchResult#ignored()}.
     */
    public ServiceSearchResult search(ServiceSearch search, Language language) {
        var reference = referenceData.get();
        var lookups = reference.lookups();
        Map<SearchFacet, Set<String>> known = new EnumMap<>(SearchFacet.class);
        Map<SearchFacet, Set<String>> ignored = new EnumMap<>(SearchFacet.class);
        for (var entry : search.filters().entrySet()) {
            Set<String> valid = validValues(entry.getKey(), lookups);
            for (String value : entry.getValue()) {
                boolean ok = valid == null ? LANGUAGE_CODE.matcher(value).matches() : valid.contains(value);
                (ok ? known : ignored)
                        .computeIfAbsent(entry.getKey(), k -> new LinkedHashSet<>())
                        .add(value);
            }
        }
        var effective = new ServiceSearch(search.text(), known, search.page(), search.pageSize());
        var page = searcher.search(effective, Map.of(), language, lookups);
        int lastPage = (int) Math.max(1, (page.total() + effective.pageSize() - 1) / effective.pageSize());
        if (effective.page() > lastPage) {
            effective = effective.withPage(lastPage, effective.pageSize());
            // The counts do not depend on the page: only the services of the last page are needed.
            var last = searcher.list(effective, Map.of(), language, lookups);
            page = new ServiceSearcher.Page(last.services(), last.total(), page.counts());
        }
        return new ServiceSearchResult(
                effective, page.services(), page.total(), options(effective, page, reference), ignored);
    }

    /** A public service in full; empty when there is none or it is archived or its provider is. */
    public Optional<ServiceDetail> service(UUID id) {
        return services.findById(id).filter(ServiceListing::isPublic).map(this::detail);
    }

    /** The providers that are not archived, in name order for the language, with their public service counts. */
    public List<OrganisationSummary> organisations(Language language) {
        Map<String, Long> counts = searcher.countBy(ServiceDocumentBridge.ORGANISATION);
        var collator = Collator.getInstance(language.locale());
        return organisations.findAll().stream()
                .filter(o -> !o.archived())
                .map(o -> summary(o, counts))
                .sorted(Comparator.comparing(o -> o.name().in(language).text(), collator))
                .toList();
    }

    /** A provider that is not archived, with its public services (active first, then by name). */
    public Optional<OrganisationDetail> organisation(UUID id, Language language) {
        return organisations.findById(id).filter(o -> !o.archived()).map(o -> {
            Map<String, Long> counts = searcher.countBy(ServiceDocumentBridge.ORGANISATION);
            var lookups = referenceData.get().lookups();
            List<ServiceSummary> offered = new ArrayList<>();
            for (int page = 1; ; page++) {
                var search = ServiceSearch.all().withPage(page, ServiceSearch.MAX_PAGE_SIZE);
                var result = searcher.list(
                        search, Map.of(ServiceDocumentBridge.ORGANISATION, id.toString()), language, lookups);
                offered.addAll(result.services());
                if (result.services().size() < ServiceSearch.MAX_PAGE_SIZE) {
                    break;
                }
            }
            Organisation parent = o.parent();
            return new OrganisationDetail(
                    o.id(),
                    Records.orEmpty(o.name()),
                    Records.orEmpty(o.description()),
                    o.website(),
                    o.email(),
                    types(o),
                    parent == null || parent.archived() ? null : summary(parent, counts),
                    organisations.findAll().stream()
                            .filter(u -> !u.archived()
                                    && u.parent() != null
                                    && u.parent().id().equals(id))
                            .map(u -> summary(u, counts))
                            .toList(),
                    offered);
        });
    }

    /** The taxonomies the public browses, in their order, each with its terms and counts. */
    public List<TaxonomyOverview> taxonomies() {
        Map<String, Long> serviceCounts = searcher.countBy(ServiceDocumentBridge.TERM);
        Map<String, Long> organisationCounts = organisationCountsByTerm();
        var reference = referenceData.get();
        return reference.taxonomies().stream()
                .filter(t -> !HIDDEN_TAXONOMIES.contains(t.key()))
                .map(t -> overview(t, reference.terms(), serviceCounts, organisationCounts))
                .toList();
    }

    public Optional<TaxonomyOverview> taxonomy(String key) {
        return taxonomies().stream().filter(t -> t.key().equals(key)).findFirst();
    }

    /** A term of a browsable taxonomy by its local code: {@code term("kv-stage", "4")}. */
    public Optional<TermRecord> term(String taxonomyKey, String localCode) {
        if (HIDDEN_TAXONOMIES.contains(taxonomyKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(referenceData.get().lookups().termsByCode().get(taxonomyKey + ":" + localCode));
    }

    /**
     * The public services classified with a term itself, active first, then by name. (A service without industries is
     * for all of them, but is not listed under each: {@link #search} with the facet gives those too.)
     */
    public ServiceSearchResult servicesWithTerm(TermRecord term, int page, Language language) {
        var lookups = referenceData.get().lookups();
        var search = ServiceSearch.all().withPage(page, ServiceSearch.DEFAULT_PAGE_SIZE);
        var result = searcher.list(search, Map.of(ServiceDocumentBridge.TERM, term.code()), language, lookups);
        return new ServiceSearchResult(search, result.services(), result.total(), Map.of(), Map.of());
    }

    /** The providers of a provider type that are not archived, in name order. */
    public List<OrganisationSummary> organisationsWithTerm(TermRecord term, Language language) {
        return organisations(language).stream()
                .filter(o -> o.types().stream().anyMatch(t -> t.id().equals(term.id())))
                .toList();
    }

    /** Every area, from the largest to the municipalities, in their reference order. */
    public List<AreaRecord> areas() {
        return referenceData.get().areas();
    }

    /** The municipalities of the region, in their reference order. */
    public List<AreaRecord> municipalities() {
        return areas().stream().filter(a -> a.type() == AreaType.MUNICIPALITY).toList();
    }

    /** The values a facet accepts, or null for languages, which accept any ISO 639 code. */
    private static Set<String> validValues(SearchFacet facet, ServiceSearcher.Lookups lookups) {
        if (facet == SearchFacet.LANGUAGE) {
            return null;
        }
        Set<String> values = new LinkedHashSet<>();
        if (facet == SearchFacet.MUNICIPALITY) {
            lookups.areas().values().stream()
                    .filter(a -> a.type() == AreaType.MUNICIPALITY)
                    .forEach(a -> values.add(a.code()));
        } else {
            lookups.termsByCode().values().stream()
                    .filter(t -> t.taxonomyKey().equals(facet.taxonomyKey()))
                    .forEach(t -> values.add(t.localCode()));
        }
        return values;
    }

    private Map<SearchFacet, List<FacetOption>> options(
            ServiceSearch search, ServiceSearcher.Page page, ReferenceData.Snapshot reference) {
        Map<SearchFacet, List<FacetOption>> options = new EnumMap<>(SearchFacet.class);
        var lookups = reference.lookups();
        List<TermRecord> ordered = reference.terms();
        for (SearchFacet facet : SearchFacet.values()) {
            Map<String, Long> counts = page.counts().getOrDefault(facet, Map.of());
            Set<String> selected = search.values(facet);
            List<FacetOption> list = new ArrayList<>();
            switch (facet) {
                case MUNICIPALITY ->
                    lookups.areas().values().stream()
                            .filter(a -> a.type() == AreaType.MUNICIPALITY)
                            .forEach(a -> list.add(option(a.code(), a.name(), null, counts, selected)));
                case LANGUAGE -> {
                    Set<String> codes = new LinkedHashSet<>(List.of("fi", "sv", "en"));
                    counts.keySet().stream().sorted().forEach(codes::add);
                    codes.addAll(selected);
                    for (String code : codes) {
                        list.add(option(code, languageName(code), null, counts, selected));
                    }
                }
                default -> {
                    List<TermRecord> facetTerms = ordered.stream()
                            .filter(t -> t.taxonomyKey().equals(facet.taxonomyKey()))
                            .toList();
                    Map<java.util.UUID, TermRecord> byId = new HashMap<>();
                    facetTerms.forEach(t -> byId.put(t.id(), t));
                    // Terms with a parent (countries) follow it (their region).
                    for (TermRecord term : facetTerms) {
                        if (term.parentId() == null || !byId.containsKey(term.parentId())) {
                            list.add(option(term.localCode(), term.label(), null, counts, selected));
                            for (TermRecord child : facetTerms) {
                                if (term.id().equals(child.parentId())) {
                                    list.add(option(
                                            child.localCode(), child.label(), term.localCode(), counts, selected));
                                }
                            }
                        }
                    }
                }
            }
            options.put(facet, list);
        }
        return options;
    }

    private static FacetOption option(
            String value, LocalizedText label, String parent, Map<String, Long> counts, Set<String> selected) {
        return new FacetOption(value, label, parent, counts.getOrDefault(value, 0L), selected.contains(value));
    }

    /** A language's name in each of the platform's languages, from the JDK's locale data. */
    static LocalizedText languageName(String code) {
        Locale language = Locale.forLanguageTag(code);
        return LocalizedText.of(
                language.getDisplayLanguage(Language.FI.locale()),
                language.getDisplayLanguage(Language.SV.locale()),
                language.getDisplayLanguage(Language.EN.locale()));
    }

    private ServiceDetail detail(ServiceListing service) {
        Map<String, AreaRecord> areasByUri = new HashMap<>();
        areas().forEach(a -> areasByUri.put(a.uri(), a));
        Map<String, List<TermRecord>> byTaxonomy = new LinkedHashMap<>();
        referenceData.get().taxonomies().forEach(t -> byTaxonomy.put(t.key(), new ArrayList<>()));
        service.classifications().stream()
                .map(ServiceClassification::term)
                .sorted(Comparator.comparingInt(TaxonomyTerm::position))
                .forEach(term -> byTaxonomy
                        .computeIfAbsent(term.taxonomyKey(), k -> new ArrayList<>())
                        .add(Records.of(term)));
        byTaxonomy.values().removeIf(List::isEmpty);
        HIDDEN_TAXONOMIES.forEach(byTaxonomy::remove);
        var record = Records.of(service);
        return new ServiceDetail(
                service.id(),
                record.name(),
                record.description(),
                service.url(),
                service.email(),
                service.status(),
                record.alert(),
                record.eligibility(),
                record.fees(),
                service.assuredDate(),
                service.lastModified(),
                summary(service.organisation(), searcher.countBy(ServiceDocumentBridge.ORGANISATION)),
                service.areas().stream()
                        .map(a -> areasByUri.get(a.areaUri()))
                        .filter(java.util.Objects::nonNull)
                        .toList(),
                service.languages().stream().map(ServiceLanguage::code).toList(),
                record.costOptions(),
                record.contacts(),
                byTaxonomy);
    }

    private OrganisationSummary summary(Organisation organisation, Map<String, Long> counts) {
        return new OrganisationSummary(
                organisation.id(),
                Records.orEmpty(organisation.name()),
                Records.orEmpty(organisation.description()),
                organisation.website(),
                types(organisation),
                counts.getOrDefault(organisation.id().toString(), 0L));
    }

    private static List<TermRecord> types(Organisation organisation) {
        return organisation.classifications().stream()
                .map(OrganisationClassification::term)
                .map(Records::of)
                .toList();
    }

    private Map<String, Long> organisationCountsByTerm() {
        Map<String, Long> counts = new HashMap<>();
        organisations.findAll().stream()
                .filter(o -> !o.archived())
                .flatMap(o -> o.classifications().stream())
                .forEach(c -> counts.merge(c.term().code(), 1L, Long::sum));
        return counts;
    }

    private static TaxonomyOverview overview(
            TaxonomyRecord taxonomy,
            List<TermRecord> all,
            Map<String, Long> serviceCounts,
            Map<String, Long> organisationCounts) {
        boolean ofOrganisations = taxonomy.key().equals(PROVIDER_TYPE);
        Map<String, Long> counts = ofOrganisations ? organisationCounts : serviceCounts;
        List<TermRecord> own =
                all.stream().filter(t -> t.taxonomyId().equals(taxonomy.id())).toList();
        Set<UUID> ids = new java.util.HashSet<>();
        own.forEach(t -> ids.add(t.id()));
        List<TermCount> top = own.stream()
                .filter(t -> t.parentId() == null || !ids.contains(t.parentId()))
                .map(t -> count(t, own, counts))
                .toList();
        return new TaxonomyOverview(
                taxonomy.key(),
                taxonomy.name(),
                top,
                ofOrganisations ? TaxonomyOverview.Counting.ORGANISATIONS : TaxonomyOverview.Counting.SERVICES);
    }

    private static TermCount count(TermRecord term, List<TermRecord> all, Map<String, Long> counts) {
        return new TermCount(
                term,
                counts.getOrDefault(term.code(), 0L),
                all.stream()
                        .filter(t -> term.id().equals(t.parentId()))
                        .map(t -> count(t, all, counts))
                        .toList());
    }
}
