package fi.kvverkosto.directory;

import static fi.kvverkosto.directory.ServiceDocumentBridge.AREA;
import static fi.kvverkosto.directory.ServiceDocumentBridge.DESCRIPTION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.INACTIVE;
import static fi.kvverkosto.directory.ServiceDocumentBridge.NAME;
import static fi.kvverkosto.directory.ServiceDocumentBridge.ORGANISATION;
import static fi.kvverkosto.directory.ServiceDocumentBridge.PROVIDER;
import static fi.kvverkosto.directory.ServiceDocumentBridge.STATUS;
import static fi.kvverkosto.directory.ServiceDocumentBridge.TERM;

import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
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

    ServiceMatching(EntityManager entityManager, TaxonomyTermRepository terms, AreaRepository areas) {
        this.entityManager = entityManager;
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
        return Search.session(entityManager)
                .search(ServiceListing.class)
                .select(f -> f.composite()
                        .from(
                                f.id(UUID.class),
                                f.score(),
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
                .where(f -> {
                    var bool = f.bool();
                    bool.must(hasText ? ServiceSearcher.text(f, text, expanded, typos(text)) : scored(f, weights));
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
                .sort(f -> f.score().then().field(ServiceDocumentBridge.SORT_NAME + "fi"))
                .fetchHits(limit)
                .stream()
                .map(ServiceMatching::match)
                .toList();
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

    private static Match match(List<?> hit) {
        @SuppressWarnings("unchecked")
        List<String> terms = (List<String>) hit.get(13);
        @SuppressWarnings("unchecked")
        List<String> areas = (List<String>) hit.get(14);
        return new Match(
                (UUID) hit.get(0),
                (Float) hit.get(1),
                text(hit, 2),
                text(hit, 5),
                UUID.fromString((String) hit.get(11)),
                text(hit, 8),
                ServiceStatus.fromHsds((String) hit.get(12)).orElse(ServiceStatus.ACTIVE),
                Set.copyOf(terms),
                List.copyOf(areas));
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
            List<String> areaUris) {

        /** The local codes of the service's own terms in a taxonomy: {@code ["3", "4"]} for {@code kv-stage}. */
        public Set<String> codes(String taxonomyKey) {
            String prefix = taxonomyKey + ":";
            Set<String> codes = new java.util.LinkedHashSet<>();
            termCodes.stream()
                    .filter(code -> code.startsWith(prefix))
                    .forEach(code -> codes.add(code.substring(prefix.length())));
            return codes;
        }
    }
}
