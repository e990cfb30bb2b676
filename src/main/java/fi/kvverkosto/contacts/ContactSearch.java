package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.InvalidParameterException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;

/**
 * Searches the companies' index, which holds public values only (see {@link Company}): so a filter or a facet count
 * never reveals what the searcher may not see, whoever searches. Unknown filter values are a 400 naming the parameter.
 */
@Component
class ContactSearch {

    static final List<String> FACETS = List.of("market", "industry", "municipality", "mode", "listing");
    private static final int MAX_FACET_VALUES = 200;

    private final EntityManager entityManager;
    private final ContactReference reference;

    ContactSearch(EntityManager entityManager, ContactReference reference) {
        this.entityManager = entityManager;
        this.reference = reference;
    }

    record Hits(long total, List<UUID> ids, Map<String, Map<String, Long>> counts) {}

    /** Checks the query's values against the reference codes. */
    void check(ContactQuery query) {
        var codes = reference.codes();
        if (query.market() != null && !codes.markets().containsKey(query.market())) {
            throw new InvalidParameterException("market", "Unknown market: " + query.market());
        }
        if (query.industry() != null && !codes.industries().containsKey(query.industry())) {
            throw new InvalidParameterException("industry", "Unknown TOL 2008 industry: " + query.industry());
        }
        if (query.municipality() != null && !codes.municipalities().containsKey(query.municipality())) {
            throw new InvalidParameterException("municipality", "Unknown municipality code: " + query.municipality());
        }
        if (query.mode() != null && Mode.fromCode(query.mode()).isEmpty()) {
            throw new InvalidParameterException(
                    "mode", "Mode is one of export, subsidiary, partner, sourcing, project");
        }
        if (query.listing() != null
                && !Listing.OFFER.equals(query.listing())
                && !Listing.SEEK.equals(query.listing())) {
            throw new InvalidParameterException("listing", "Listing is offer or seek");
        }
        if (query.q() != null && query.q().length() > 200) {
            throw new InvalidParameterException("q", "At most 200 characters");
        }
    }

    Hits search(ContactQuery query, LocalDate today) {
        check(query);
        var session = Search.session(entityManager);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String facet : List.of("market", "industry", "municipality", "mode")) {
            keys.put(facet, AggregationKey.of(facet));
        }
        AggregationKey<Map<Range<LocalDate>, Long>> offers = AggregationKey.of("offer");
        AggregationKey<Map<Range<LocalDate>, Long>> seeks = AggregationKey.of("seek");
        var step = session.search(Company.class)
                .select(f -> f.id(UUID.class))
                .where(f -> predicate(f, query, today))
                .sort(f -> query.q() == null
                        ? f.field("sort_name")
                        : f.score().then().field("sort_name"));
        for (var entry : keys.entrySet()) {
            step = step.aggregation(
                    entry.getValue(),
                    f -> f.terms().field(entry.getKey(), String.class).maxTermCount(MAX_FACET_VALUES));
        }
        step = step.aggregation(
                        offers,
                        f -> f.range().field("offer_until", LocalDate.class).range(Range.atLeast(today)))
                .aggregation(
                        seeks,
                        f -> f.range().field("seek_until", LocalDate.class).range(Range.atLeast(today)));
        var result = step.fetch((query.page() - 1) * ContactQuery.PAGE_SIZE, ContactQuery.PAGE_SIZE);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        keys.forEach((facet, key) -> counts.put(facet, result.aggregation(key)));
        var listing = new LinkedHashMap<String, Long>();
        listing.put(
                Listing.OFFER,
                result.aggregation(offers).values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        listing.put(
                Listing.SEEK,
                result.aggregation(seeks).values().stream()
                        .mapToLong(Long::longValue)
                        .sum());
        counts.put("listing", listing);
        return new Hits(result.total().hitCount(), result.hits(), counts);
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, ContactQuery query, LocalDate today) {
        var bool = f.bool();
        bool.must(f.matchAll());
        if (query.q() != null) {
            bool.must(f.simpleQueryString()
                    .fields("text_fi", "text_sv", "text_en")
                    .matching(query.q())
                    .defaultOperator(BooleanOperator.AND));
        }
        var codes = reference.codes();
        if (query.market() != null && query.mode() != null) {
            List<String> pairs = new ArrayList<>();
            codes.expand(query.market()).forEach(m -> pairs.add(m + ":" + query.mode()));
            bool.filter(f.terms().field("market_mode").matchingAny(pairs));
        } else if (query.market() != null) {
            bool.filter(f.terms().field("market").matchingAny(codes.expand(query.market())));
        } else if (query.mode() != null) {
            bool.filter(f.match().field("mode").matching(query.mode()));
        }
        if (query.industry() != null) {
            bool.filter(f.match().field("industry").matching(query.industry()));
        }
        if (query.municipality() != null) {
            bool.filter(f.match().field("municipality").matching(query.municipality()));
        }
        if (query.listing() != null) {
            String field = query.listing().toLowerCase(Locale.ROOT) + "_until";
            bool.filter(f.range().field(field).atLeast(today));
        }
        return bool;
    }
}
