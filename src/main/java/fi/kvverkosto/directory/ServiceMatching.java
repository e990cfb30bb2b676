package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.ServiceDocumentBridge.AREA;
import static fi.kvverkosto.directory.ServiceDocumentBridge.DESCRIPTION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.INACTIVE;
import static fi.kvverkosto.directory.ServiceDocumentBridge.NAME;
import static fi.kvverkosto.directory.ServiceDocumentBridge.ORGANISATION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.PROVIDER;
import static fi.kvverkosto.directory.ServiceDocumentBridge.STATUS;
import static fi.kvverkosto.directory.ServiceDocumentBridge.TERM;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate services for a recommender: the public services that pass exact conditions, scored either by how well
 * their texts match a query (the same multilingual analysis, glossary and typo tolerance as the service search) or by
 * weighted conditions on their classification. Each match carries the service's classification and texts, so that the
 * caller can rank and explain without reading the database.
 *
 * <p>Ranking and explaining belong to the caller (the finder); this class only turns its wishes into index queries, so
 * that they run the same on the embedded Lucene backend and on Elasticsearch/OpenSearch.
 */
@Component
@Transactional(readOnly = true)
public class ServiceMatching {

    private final EntityManager entityManager;
    private final TaxonomyTermRepository terms;
    private final AreaRepository areas;
    private final QueryExpansion glossary;

    /**
     * The cards of the services matched lately, by id. On the real catalogue every service fits; on a very large one
     * the cache keeps the services that are asked for, and the rest are read from the index when they come up.
     */
    private final Cache<UUID, Card> cardCache;

    private final AtomicLong cardGeneration = new AtomicLong();

    ServiceMatching(
            EntityManager entityManager,
            TaxonomyTermRepository terms,
            AreaRepository areas,
            @Value("${kv.search.card-cache-size:20000}") long cardCacheSize) {
        this.entityManager = entityManager;
        this.cardCache = Caffeine.newBuilder().maximumSize(cardCacheSize).build();
        this.terms = terms;
        this.areas = areas;
        this.glossary = QueryExpansion.load(Set.of(Locale.getISOCountries()));
    }

    /**
     * The glossary's equivalents of a text in the other languages (and country names): what {@link #match} also
     * searches for.
     */
    public List<String> equivalents(String text) {
        return glossary.expand(text);
    }

    /** Every taxonomy term in reference order: the vocabulary a caller checks its conditions against. */
    public List<TermRecord> terms() {
        return terms.findAllByOrderByPositionAsc().stream().map(Records::of).toList();
    }

    /** Every area, from the largest to the municipalities, in reference order. */
    public List<AreaRecord> areas() {
        return areas.findAllByOrderByPositionAsc().stream().map(Records::of).toList();
    }

    /**
     * The best candidates for a query.
     *
     * @param text what to match in the services' texts, or null to score by {@code weights} alone
     * @param equivalents further words that count less than the text (synonyms the caller knows)
     * @param required every entry must hold: the field (a {@link SearchFacet}'s parameter) has any of the values
     * @param weights conditions that add their weight to the score of the services that meet them
     * @param activeOnly leave out inactive and defunct services
     */
    public List<Match> match(
            String text,
            List<String> equivalents,
            Map<SearchFacet, Set<String>> required,
            List<Weight> weights,
            boolean activeOnly,
            int limit) {
        boolean hasText = text != null && !text.isBlank();
        List<String> expanded = new ArrayList<>(equivalents);
        if (hasText) {
            expanded.addAll(glossary.expand(text));
        }
        // Two phases: the index scores and returns ids alone (from doc values, cheap); the texts and classification of
        // each hit come from the card cache, and only the cards not cached yet are read from stored fields, in one
        // query. A recommender reads far more candidates than it shows, and the same services again and again.
        List<List<?>> hits = Search.session(entityManager)
                .search(ServiceListing.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score()).asList())
                .where(f -> {
                    var bool = f.bool();
                    bool.must(
                            hasText
                                    ? ServiceSearcher.text(
                                            f, text, expanded, typos(text), ServiceSearcher.Shape.BY_WORD)
                                    : scored(f, weights));
                    required.forEach((facet, values) -> {
                        if (!values.isEmpty()) {
                            bool.filter(f.terms().field(facet.parameter()).matchingAny(values));
                        }
                    });
                    if (activeOnly) {
                        bool.filter(f.match().field(INACTIVE).matching(0));
                    }
                    return bool;
                })
                // By score alone and without an exact count of all matches: Lucene then skips the documents that
                // cannot reach the best ones (block-max WAND), where a second sort key or a total would make it score
                // every match. Ties keep index order.
                .totalHitCountThreshold(limit)
                .fetchHits(limit);
        List<UUID> ids = new ArrayList<>(hits.size());
        hits.forEach(hit -> ids.add((UUID) hit.get(0)));
        Map<UUID, Card> cards = cards(ids);
        List<Match> matches = new ArrayList<>(hits.size());
        for (List<?> hit : hits) {
            Card card = cards.get((UUID) hit.get(0));
            if (card != null) { // null only when the service went away between the two phases
                matches.add(card.match((Float) hit.get(1)));
            }
        }
        return matches;
    }

    /** The cards of some services: from the cache, the missing ones from the index's stored fields in one query. */
    private Map<UUID, Card> cards(List<UUID> ids) {
        Map<UUID, Card> found = new HashMap<>(cardCache.getAllPresent(ids));
        if (found.size() == ids.size()) {
            return found;
        }
        List<UUID> missing = ids.stream().filter(id -> !found.containsKey(id)).toList();
        long generation = cardGeneration.get();
        List<List<?>> rows = Search.session(entityManager)
                .search(ServiceListing.class)
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
                                f.field(ORGANISATION, String.class),
                                f.field(STATUS, String.class),
                                f.field(TERM, String.class).list(),
                                f.field(AREA, String.class).list())
                        .asList())
                .where(f -> f.id().matchingAny(missing))
                .fetchHits(missing.size());
        Map<UUID, Card> loaded = new HashMap<>();
        rows.forEach(row -> loaded.put((UUID) row.get(0), card(row)));
        found.putAll(loaded);
        // A card read while a change was committing may be stale: it serves this answer but is not kept.
        if (cardGeneration.get() == generation) {
            cardCache.putAll(loaded);
        }
        return found;
    }

    /** The directory has changed: every card may be stale. */
    @EventListener(DirectoryChanged.class)
    void forgetCards() {
        cardGeneration.incrementAndGet();
        cardCache.invalidateAll();
    }

    /**
     * Typo tolerance on names for short texts, where one mistyped word is most of the query; a longer text's other
     * words and its prefixes carry it, and fuzzy matching of every word costs more than it finds.
     */
    private static ServiceSearcher.Typos typos(String text) {
        return text.strip().split("\\s+").length <= SHORT_TEXT_WORDS
                ? ServiceSearcher.Typos.NAMES
                : ServiceSearcher.Typos.NOWHERE;
    }

    private static final int SHORT_TEXT_WORDS = 4;

    private static PredicateFinalStep scored(SearchPredicateFactory f, List<Weight> weights) {
        var any = f.bool();
        any.should(f.matchAll().constantScore().boost(0.001f));
        for (Weight weight : weights) {
            if (!weight.values().isEmpty()) {
                any.should(f.terms()
                        .field(weight.facet().parameter())
                        .matchingAny(weight.values())
                        .constantScore()
                        .boost(weight.weight()));
            }
        }
        return any;
    }

    private static Card card(List<?> row) {
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) row.get(12);
        @SuppressWarnings("unchecked")
        List<String> areas = (List<String>) row.get(13);
        return new Card(
                (UUID) row.get(0),
                text(row, 1),
                text(row, 4),
                UUID.fromString((String) row.get(10)),
                text(row, 7),
                ServiceStatus.fromHsds((String) row.get(11)).orElse(ServiceStatus.ACTIVE),
                Set.copyOf(terms),
                List.copyOf(areas),
                Match.byTaxonomy(Set.copyOf(terms)));
    }

    /** What a match carries besides its score: the service's texts and classification as the index holds them. */
    private record Card(
            UUID serviceId,
            LocalizedText name,
            LocalizedText description,
            UUID organisationId,
            LocalizedText organisationName,
            ServiceStatus status,
            Set<String> termCodes,
            List<String> areaUris,
            Map<String, Set<String>> codesByTaxonomy) {

        Match match(float score) {
            return new Match(
                    serviceId,
                    score,
                    name,
                    description,
                    organisationId,
                    organisationName,
                    status,
                    termCodes,
                    areaUris,
                    codesByTaxonomy);
        }
    }

    private static LocalizedText text(List<?> hit, int first) {
        return LocalizedText.of((String) hit.get(first), (String) hit.get(first + 1), (String) hit.get(first + 2));
    }

    /** A condition on a keyword field that adds {@code weight} to the score of the services meeting it. */
    public record Weight(SearchFacet facet, Set<String> values, float weight) {}

    /**
     * A candidate service.
     *
     * @param score the index's score: text relevance, or the sum of the weights met
     * @param termCodes the service's own classification, {@code <taxonomy>:<code>} (not expanded)
     * @param areaUris the service's own areas
     * @param codesByTaxonomy {@code termCodes} grouped by taxonomy (see {@link #codes})
     */
    public record Match(
            UUID serviceId,
            float score,
            LocalizedText name,
            LocalizedText description,
            UUID organisationId,
            LocalizedText organisationName,
            ServiceStatus status,
            Set<String> termCodes,
            List<String> areaUris,
            Map<String, Set<String>> codesByTaxonomy) {

        /** The local codes of the service's own terms in a taxonomy: {@code ["3", "4"]} for {@code kv-stage}. */
        public Set<String> codes(String taxonomyKey) {
            return codesByTaxonomy.getOrDefault(taxonomyKey, Set.of());
        }

        /** The local codes of terms by taxonomy key, from {@code <taxonomy>:<code>}. */
        static Map<String, Set<String>> byTaxonomy(Set<String> termCodes) {
            Map<String, Set<String>> codes = new HashMap<>();
            for (String code : termCodes) {
                int colon = code.indexOf(':');
                if (colon > 0) {
                    codes.computeIfAbsent(code.substring(0, colon), k -> new java.util.LinkedHashSet<>())
                            .add(code.substring(colon + 1));
                }
            }
            Map<String, Set<String>> frozen = new HashMap<>();
            codes.forEach((taxonomy, values) -> frozen.put(taxonomy, java.util.Collections.unmodifiableSet(values)));
            return Map.copyOf(frozen);
        }
    }
}
