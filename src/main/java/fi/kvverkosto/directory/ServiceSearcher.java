package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.ServiceDocumentBridge.ALERT;
import static fi.kvverkosto.directory.ServiceDocumentBridge.AREA;
import static fi.kvverkosto.directory.ServiceDocumentBridge.DESCRIPTION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.INACTIVE;
import static fi.kvverkosto.directory.ServiceDocumentBridge.NAME;
import static fi.kvverkosto.directory.ServiceDocumentBridge.ORGANISATION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.PROVIDER;
import static fi.kvverkosto.directory.ServiceDocumentBridge.SORT_NAME;
import static fi.kvverkosto.directory.ServiceDocumentBridge.STATUS;
import static fi.kvverkosto.directory.ServiceDocumentBridge.TERMS;

import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Builds and runs the search queries: text against the fields of all three languages (so that a Swedish or English
 * query finds a Finnish-only service through its translations and the glossary, and the other way round), exact
 * filters on the expanded keyword fields, and counts for each facet that leave out that facet's own choice.
 *
 * <p>Runs in the caller's transaction. Results come from the index alone (projections), so that a page of results
 * costs one index query, not one database query per service.
 */
@Component
class ServiceSearcher {

    /** Field groups searched for text, with their weight: a word in the name counts more than one in a description. */
    private static final Map<String, Float> TEXT_FIELDS = textFields();

    /** Weight of the glossary's equivalents relative to the words the user typed. */
    private static final float EXPANSION_WEIGHT = 0.6f;

    /** Weight of a match on the first letters of words only, below a description's whole-word match. */
    private static final float PREFIX_WEIGHT = 0.5f;

    /** Weight of the typo-tolerant match, so that an exact word always counts more. */
    private static final float FUZZY_WEIGHT = 0.1f;

    private static final Set<SearchFacet> ALL_FACETS = EnumSet.allOf(SearchFacet.class);

    /** Enough for every municipality, industry or market in one facet. */
    private static final int MAX_FACET_VALUES = 500;

    private final EntityManager entityManager;
    private final AtomicReference<Expansion> expansion = new AtomicReference<>();

    ServiceSearcher(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private static Map<String, Float> textFields() {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(NAME, 3f);
        fields.put(PROVIDER, 1.5f);
        fields.put(TERMS, 1.5f);
        fields.put(DESCRIPTION, 1f);
        return fields;
    }

    /**
     * One page of services with the counts of every facet.
     *
     * @param restriction extra exact conditions on keyword fields (an organisation's id, a term's code), or empty
     * @param sortLanguage the language whose names order the results when there is no text
     */
    Page search(ServiceSearch search, Map<String, String> restriction, Language sortLanguage, Lookups lookups) {
        return search(search, restriction, sortLanguage, lookups, true);
    }

    /** One page of services without facet counts, for lists that show none (a provider's, a term's services). */
    Page list(ServiceSearch search, Map<String, String> restriction, Language sortLanguage, Lookups lookups) {
        return search(search, restriction, sortLanguage, lookups, false);
    }

    private Page search(
            ServiceSearch search,
            Map<String, String> restriction,
            Language sortLanguage,
            Lookups lookups,
            boolean withCounts) {
        var session = Search.session(entityManager);
        Map<SearchFacet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            keys.put(facet, AggregationKey.of(facet.parameter()));
        }
        List<String> expanded = search.hasText() ? expansion(lookups).expand(search.text()) : List.of();

        var query = session.search(ServiceListing.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.field(NAME + "fi", String.class),
                                f.field(NAME + "sv", String.class),
                                f.field(NAME + "en", String.class),
                                f.field(DESCRIPTION + "fi", String.class),
                                f.field(DESCRIPTION + "sv", String.class),
                                f.field(DESCRIPTION + "en", String.class),
                                f.field(PROVIDER + "fi", String.class),
                                f.field(PROVIDER + "sv", String.class),
                                f.field(PROVIDER + "en", String.class),
                                f.field(ALERT + "fi", String.class),
                                f.field(ALERT + "sv", String.class),
                                f.field(ALERT + "en", String.class),
                                f.field(ORGANISATION, String.class),
                                f.field(STATUS, String.class),
                                f.field(SearchFacet.STAGE.parameter(), String.class)
                                        .list(),
                                f.field(SearchFacet.NEED.parameter(), String.class)
                                        .list(),
                                f.field(AREA, String.class).list())
                        .asList())
                .where(f -> predicate(f, search, restriction, expanded, Set.of()))
                .sort(f -> sort(f, search.hasText(), sortLanguage));
        for (SearchFacet facet : SearchFacet.values()) {
            if (withCounts && search.values(facet).isEmpty()) {
                query = query.aggregation(
                        keys.get(facet),
                        f -> f.terms().field(facet.parameter(), String.class).maxTermCount(MAX_FACET_VALUES));
            }
        }
        var result = query.fetch((search.page() - 1) * search.pageSize(), search.pageSize());

        List<ServiceSummary> services = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            services.add(summary(hit, lookups));
        }
        Map<SearchFacet, Map<String, Long>> counts = new EnumMap<>(SearchFacet.class);
        if (!withCounts) {
            return new Page(services, result.total().hitCount(), counts);
        }
        List<SearchFacet> chosen = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            if (search.values(facet).isEmpty()) {
                counts.put(facet, result.aggregation(keys.get(facet)));
            } else {
                chosen.add(facet);
            }
        }
        // Counts of a chosen facet: what each of its values would give instead of the current choice. One more pass
        // gives them for all chosen facets at once, however many there are.
        if (chosen.size() == 1) {
            SearchFacet facet = chosen.getFirst();
            var others = session.search(ServiceListing.class)
                    .where(f -> predicate(f, search, restriction, expanded, Set.of(facet)))
                    .aggregation(
                            keys.get(facet),
                            f -> f.terms()
                                    .field(facet.parameter(), String.class)
                                    .maxTermCount(MAX_FACET_VALUES))
                    .fetch(0);
            counts.put(facet, others.aggregation(keys.get(facet)));
        } else if (chosen.size() > 1) {
            counts.putAll(sidewaysCounts(search, restriction, expanded, chosen));
        }
        return new Page(services, result.total().hitCount(), counts);
    }

    /**
     * The counts of several chosen facets in one pass ("drill sideways"). A chosen facet's counts come from the services
     * that pass every other filter, whatever they have for that facet. So the pass reads the services that fail at most
     * one of the chosen filters, with their values of the chosen facets, and counts each service for the facets whose
     * filter it may leave out: for all of them when it passes every filter, for the one it fails otherwise. The counts
     * are those that a terms aggregation gives over the search without that facet's filter, one pass per facet.
     */
    private Map<SearchFacet, Map<String, Long>> sidewaysCounts(
            ServiceSearch search, Map<String, String> restriction, List<String> expanded, List<SearchFacet> chosen) {
        List<List<?>> hits = Search.session(entityManager)
                .search(ServiceListing.class)
                .select(f -> f.composite()
                        .from(chosen.stream()
                                .map(facet -> f.field(facet.parameter(), String.class)
                                        .list()
                                        .toProjection())
                                .toArray(SearchProjection<?>[]::new))
                        .asList())
                .where(f -> {
                    var bool = f.bool();
                    bool.must(predicate(f, search, restriction, expanded, ALL_FACETS));
                    var nearly = f.bool();
                    for (SearchFacet facet : chosen) {
                        nearly.should(f.terms().field(facet.parameter()).matchingAny(search.values(facet)));
                    }
                    bool.filter(nearly.minimumShouldMatchNumber(chosen.size() - 1));
                    return bool;
                })
                .sort(f -> f.indexOrder())
                .fetchAllHits();

        Map<SearchFacet, Map<String, Long>> counts = new EnumMap<>(SearchFacet.class);
        chosen.forEach(facet -> counts.put(facet, new HashMap<>()));
        for (List<?> hit : hits) {
            SearchFacet failed = null;
            int failures = 0;
            for (int i = 0; i < chosen.size(); i++) {
                if (Collections.disjoint(values(hit, i), search.values(chosen.get(i)))) {
                    failed = chosen.get(i);
                    failures++;
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                SearchFacet facet = chosen.get(i);
                if (failures == 0 || (failures == 1 && facet == failed)) {
                    // Once per service and value, as a terms aggregation counts.
                    new LinkedHashSet<>(values(hit, i))
                            .forEach(value -> counts.get(facet).merge(value, 1L, Long::sum));
                }
            }
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> values(List<?> hit, int index) {
        return (List<String>) hit.get(index);
    }

    /** How many public services the index holds. */
    long count() {
        return Search.session(entityManager)
                .search(ServiceListing.class)
                .where(f -> f.matchAll())
                .fetchTotalHitCount();
    }

    /** The number of public services per value of a keyword field ({@code term}, {@code organisation}). */
    Map<String, Long> countBy(String field) {
        var key = AggregationKey.<Map<String, Long>>of(field);
        return Search.session(entityManager)
                .search(ServiceListing.class)
                .where(f -> f.matchAll())
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(10_000))
                .fetch(0)
                .aggregation(key);
    }

    /** The text, the restriction and the filters of every facet but those left out. */
    private PredicateFinalStep predicate(
            SearchPredicateFactory f,
            ServiceSearch search,
            Map<String, String> restriction,
            List<String> expanded,
            Set<SearchFacet> leftOut) {
        var bool = f.bool();
        bool.must(f.matchAll());
        if (search.hasText()) {
            bool.must(text(f, search.text(), expanded));
        }
        for (SearchFacet facet : SearchFacet.values()) {
            Set<String> values = search.values(facet);
            if (!leftOut.contains(facet) && !values.isEmpty()) {
                bool.filter(f.terms().field(facet.parameter()).matchingAny(values));
            }
        }
        restriction.forEach((field, value) -> bool.filter(f.match().field(field).matching(value)));
        return bool;
    }

    /** Any of the words in any language's fields; equivalents from the glossary and near misses count less. */
    static PredicateFinalStep text(SearchPredicateFactory f, String text, List<String> expanded) {
        return text(f, text, expanded, Typos.NAMES_AND_LABELS, Shape.BY_FIELD);
    }

    /** Where a query tolerates typos: each fuzzy field costs an automaton per word of the query. */
    enum Typos {
        NAMES_AND_LABELS,
        NAMES,
        NOWHERE
    }

    /**
     * How the text query is put together. Both shapes hold the same terms with the same weights, so they give every
     * service the same score (up to the last bit of a float: the same numbers summed in another order) and the same
     * best hits.
     */
    enum Shape {
        /** One clause per field, each a disjunction of the text's words: a disjunction of disjunctions. */
        BY_FIELD,
        /**
         * One clause per word and field, in one flat disjunction. Lucene's block-max WAND skips documents by the
         * score bounds of each clause; nested disjunctions compute theirs again and again, and on 100,000 services the
         * flat query takes about half the time (docs/benchmarks.md, "Finder latency").
         */
        BY_WORD
    }

    static PredicateFinalStep text(
            SearchPredicateFactory f, String text, List<String> expanded, Typos typos, Shape shape) {
        var any = f.bool();
        List<String> words = pieces(text, shape);
        String joined = String.join(" ", expanded);
        List<String> equivalents = joined.isEmpty() ? List.of() : pieces(joined, shape);
        TEXT_FIELDS.forEach((prefix, weight) -> {
            for (Language language : Language.values()) {
                String field = prefix + language.code();
                for (String word : words) {
                    any.should(f.match().field(field).matching(word).boost(weight));
                }
                for (String word : equivalents) {
                    any.should(f.match().field(field).matching(word).boost(weight * EXPANSION_WEIGHT));
                }
                if (prefix.equals(NAME)) {
                    // Inflected stems: the first letters of each word of the name and the description.
                    for (String word : words) {
                        any.should(f.match()
                                .field(ServiceDocumentBridge.PREFIX + language.code())
                                .matching(word)
                                .boost(PREFIX_WEIGHT));
                    }
                }
                boolean fuzzy = switch (typos) {
                    case NAMES_AND_LABELS -> !prefix.equals(DESCRIPTION);
                    case NAMES -> prefix.equals(NAME);
                    case NOWHERE -> false;
                };
                if (fuzzy) {
                    // Typo tolerance: one edit, the first two letters right.
                    for (String word : words) {
                        any.should(f.match()
                                .field(field)
                                .matching(word)
                                .fuzzy(1, 2)
                                .boost(weight * FUZZY_WEIGHT));
                    }
                }
            }
        });
        return any;
    }

    /**
     * The pieces of a text to match one by one: the whole text, or its words. Words are split at white space only,
     * where the analysers' tokenizer always splits too, so that each word is analysed exactly as within the text (its
     * compound parts, stems and stop words are decided within the word).
     */
    private static List<String> pieces(String text, Shape shape) {
        if (shape == Shape.BY_FIELD) {
            return List.of(text);
        }
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static SortFinalStep sort(SearchSortFactory f, boolean byRelevance, Language language) {
        var inactiveLast = f.field(INACTIVE).asc();
        return byRelevance
                ? inactiveLast.then().score().then().field(SORT_NAME + language.code())
                : inactiveLast.then().field(SORT_NAME + language.code());
    }

    private static ServiceSummary summary(List<?> hit, Lookups lookups) {
        @SuppressWarnings("unchecked")
        List<String> stages = (List<String>) hit.get(15);
        @SuppressWarnings("unchecked")
        List<String> needs = (List<String>) hit.get(16);
        @SuppressWarnings("unchecked")
        List<String> areas = (List<String>) hit.get(17);
        return new ServiceSummary(
                (UUID) hit.get(0),
                text(hit, 1),
                text(hit, 4),
                UUID.fromString((String) hit.get(13)),
                text(hit, 7),
                ServiceStatus.fromHsds((String) hit.get(14)).orElse(ServiceStatus.ACTIVE),
                text(hit, 10),
                lookups.terms("kv-stage", stages),
                lookups.terms("kv-need", needs),
                areas.stream()
                        .map(lookups.areas()::get)
                        .filter(Objects::nonNull)
                        .toList());
    }

    private static LocalizedText text(List<?> hit, int first) {
        return LocalizedText.of((String) hit.get(first), (String) hit.get(first + 1), (String) hit.get(first + 2));
    }

    /** The glossary with the countries of the market taxonomy, rebuilt only when those change. */
    private QueryExpansion expansion(Lookups lookups) {
        Set<String> countries = lookups.countryCodes();
        Expansion current = expansion.get();
        if (current == null || !current.countries().equals(countries)) {
            current = new Expansion(countries, QueryExpansion.load(countries));
            expansion.set(current);
        }
        return current.expansion();
    }

    private record Expansion(Set<String> countries, QueryExpansion expansion) {}

    /** A page of results with the counts of every facet's values. */
    record Page(List<ServiceSummary> services, long total, Map<SearchFacet, Map<String, Long>> counts) {}

    /** Terms and areas by code, to label what the index stores as codes. */
    record Lookups(Map<String, TermRecord> termsByCode, Map<String, AreaRecord> areas) {

        List<TermRecord> terms(String taxonomyKey, List<String> localCodes) {
            return localCodes.stream()
                    .map(code -> termsByCode.get(taxonomyKey + ":" + code))
                    .filter(Objects::nonNull)
                    .toList();
        }

        Set<String> countryCodes() {
            Set<String> codes = new java.util.TreeSet<>();
            termsByCode.values().stream()
                    .filter(t ->
                            t.taxonomyKey().equals("market") && t.localCode().matches("[A-Z]{2}"))
                    .forEach(t -> codes.add(t.localCode()));
            return codes;
        }

        static Lookups of(List<TermRecord> terms, List<AreaRecord> areas) {
            Map<String, TermRecord> byCode = new HashMap<>();
            terms.forEach(t -> byCode.put(t.code(), t));
            Map<String, AreaRecord> byUri = new LinkedHashMap<>();
            areas.forEach(a -> byUri.put(a.uri(), a));
            return new Lookups(Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(byUri));
        }
    }
}
