package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference data the staff forms choose from (areas, classification terms, providers, languages) and the names
 * the comparison and history pages show for the ids a record stores.
 */
@Component
class EditingChoices {

    static final String STAGE = "kv-stage";
    static final String NEED = "kv-need";
    static final String INDUSTRY = "industry";
    static final String MARKET = "market";
    static final String COMPANY_SIZE = "company-size";
    static final String COST = "cost";
    static final String PROVIDER_TYPE = "provider-type";

    /** The taxonomies that classify a service, in the order the form asks about them. */
    static final List<String> SERVICE_TAXONOMIES = List.of(STAGE, NEED, INDUSTRY, MARKET, COMPANY_SIZE, COST);

    /**
     * Languages a service can be delivered in: the platform's three, then those the region's services use or are
     * likely to. Codes a service already has but this list lacks are still offered, so that nothing is dropped.
     */
    static final List<String> LANGUAGES = List.of("fi", "sv", "en", "de", "fr", "es", "ru", "et", "zh");

    private final AreaRepository areas;
    private final TaxonomyTermRepository terms;
    private final OrganisationRepository organisations;
    private final ProgrammeRepository programmes;

    EditingChoices(
            AreaRepository areas,
            TaxonomyTermRepository terms,
            OrganisationRepository organisations,
            ProgrammeRepository programmes) {
        this.areas = areas;
        this.terms = terms;
        this.organisations = organisations;
        this.programmes = programmes;
    }

    @Transactional(readOnly = true)
    Choices load() {
        List<AreaChoice> areaChoices = areas.findAllByOrderByPositionAsc().stream()
                .map(a -> new AreaChoice(a.uri(), a.type(), Records.orEmpty(a.name())))
                .toList();
        Map<String, List<TermChoice>> byTaxonomy = new LinkedHashMap<>();
        for (TaxonomyTerm term : terms.findAllByOrderByPositionAsc()) {
            byTaxonomy
                    .computeIfAbsent(term.taxonomyKey(), k -> new ArrayList<>())
                    .add(new TermChoice(
                            term.id(),
                            term.code(),
                            term.taxonomyKey(),
                            term.parent() == null ? null : term.parent().id(),
                            Records.orEmpty(term.label())));
        }
        List<OrganisationChoice> organisationChoices = organisations.findAllByOrderByNameFiAsc().stream()
                .map(o -> new OrganisationChoice(
                        o.id(),
                        Records.orEmpty(o.name()),
                        o.archived(),
                        o.parent() == null ? null : o.parent().id()))
                .toList();
        List<ProgrammeChoice> programmeChoices = programmes.findPublic().stream()
                .map(p -> new ProgrammeChoice(
                        p.id(), Records.orEmpty(p.name()), p.organisation().id()))
                .toList();
        return new Choices(areaChoices, byTaxonomy, organisationChoices, programmeChoices);
    }

    /** A programme a service may be delivered under; {@code organisationId} is its owner. */
    record ProgrammeChoice(UUID id, LocalizedText name, UUID organisationId) {}

    /** A service area on the form. */
    record AreaChoice(String uri, AreaType type, LocalizedText name) {}

    /** A classification term on the form. */
    record TermChoice(UUID id, String code, String taxonomyKey, UUID parentId, LocalizedText label) {}

    /** A market region with the countries below it; the region itself can be chosen too. */
    record MarketGroup(TermChoice region, List<TermChoice> countries) {}

    /** A provider on the form. */
    record OrganisationChoice(UUID id, LocalizedText name, boolean archived, UUID parentId) {}

    /** A group of area checkboxes under one legend. */
    record AreaGroup(String key, List<AreaChoice> areas) {}

    /** Everything the forms choose from, loaded once per request. Methods templates call are public, as SpEL needs. */
    record Choices(
            List<AreaChoice> areas,
            Map<String, List<TermChoice>> termsByTaxonomy,
            List<OrganisationChoice> organisations,
            List<ProgrammeChoice> programmes) {

        Optional<ProgrammeChoice> programme(String id) {
            UUID uuid = uuidOrNull(id);
            return uuid == null
                    ? Optional.empty()
                    : programmes.stream().filter(p -> p.id().equals(uuid)).findFirst();
        }

        public List<TermChoice> terms(String taxonomyKey) {
            return termsByTaxonomy.getOrDefault(taxonomyKey, List.of());
        }

        /** The EU, Finland and the region; the sub-regions; the municipalities. */
        public List<AreaGroup> areaGroups() {
            return List.of(
                    new AreaGroup(
                            "wide",
                            areas.stream()
                                    .filter(a -> a.type() == AreaType.UNION
                                            || a.type() == AreaType.COUNTRY
                                            || a.type() == AreaType.REGION)
                                    .toList()),
                    new AreaGroup(
                            "sub-regions",
                            areas.stream()
                                    .filter(a -> a.type() == AreaType.SUB_REGION)
                                    .toList()),
                    new AreaGroup(
                            "municipalities",
                            areas.stream()
                                    .filter(a -> a.type() == AreaType.MUNICIPALITY)
                                    .toList()));
        }

        /** Markets grouped by region; terms without a region and without countries come last, in a group of none. */
        public List<MarketGroup> marketGroups() {
            List<TermChoice> markets = terms(MARKET);
            Map<UUID, List<TermChoice>> children = markets.stream()
                    .filter(t -> t.parentId() != null)
                    .collect(Collectors.groupingBy(TermChoice::parentId, LinkedHashMap::new, Collectors.toList()));
            List<MarketGroup> groups = new ArrayList<>();
            List<TermChoice> loose = new ArrayList<>();
            for (TermChoice term : markets) {
                if (term.parentId() != null) {
                    continue;
                }
                if (children.containsKey(term.id())) {
                    groups.add(new MarketGroup(term, children.get(term.id())));
                } else {
                    loose.add(term);
                }
            }
            if (!loose.isEmpty()) {
                groups.add(new MarketGroup(null, loose));
            }
            return groups;
        }

        /** The languages to offer: the usual ones, then any other the form already holds. */
        public List<String> languages(List<String> chosen) {
            List<String> codes = new ArrayList<>(LANGUAGES);
            chosen.stream().filter(c -> !codes.contains(c)).forEach(codes::add);
            return codes;
        }

        Optional<TermChoice> term(String id) {
            UUID uuid = uuidOrNull(id);
            return uuid == null
                    ? Optional.empty()
                    : termsByTaxonomy.values().stream()
                            .flatMap(List::stream)
                            .filter(t -> t.id().equals(uuid))
                            .findFirst();
        }

        Optional<AreaChoice> area(String uri) {
            return areas.stream().filter(a -> a.uri().equals(uri)).findFirst();
        }

        Optional<OrganisationChoice> organisation(String id) {
            UUID uuid = uuidOrNull(id);
            return uuid == null
                    ? Optional.empty()
                    : organisations.stream().filter(o -> o.id().equals(uuid)).findFirst();
        }

        /** Names of the chosen ids in the reader's language, in the order of the reference data; unknown ids as is. */
        String areaNames(List<String> uris, Locale locale) {
            return names(uris, areas, AreaChoice::uri, a -> a.name().text(locale));
        }

        String termLabels(String taxonomyKey, List<String> ids, Locale locale) {
            return names(
                    ids,
                    terms(taxonomyKey),
                    t -> t.id().toString(),
                    t -> t.label().text(locale));
        }

        public String organisationName(String id, Locale locale) {
            return organisation(id).map(o -> o.name().text(locale)).orElse(id == null ? "" : id);
        }

        private static <T> String names(
                List<String> ids, List<T> reference, Function<T, String> key, Function<T, String> name) {
            List<String> result = new ArrayList<>();
            for (T item : reference) {
                if (ids.contains(key.apply(item))) {
                    result.add(name.apply(item));
                }
            }
            ids.stream()
                    .filter(id -> reference.stream().noneMatch(r -> key.apply(r).equals(id)))
                    .sorted(Comparator.naturalOrder())
                    .forEach(result::add);
            return String.join(", ", result);
        }
    }

    static UUID uuidOrNull(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
