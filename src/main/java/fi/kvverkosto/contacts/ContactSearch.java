package fi.kvverkosto.contacts;

import fi.kvverkosto.shared.InvalidParameterException;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.util.common.data.Range;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches the companies' index, which holds public values only (see {@link Company}): so a filter or a facet count
 * never reveals what the searcher may not see, whoever searches. Unknown filter values are a 400 naming the parameter.
 */
@Component
class ContactSearch {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ContactSearch.class);

    static final List<String> FACETS = List.of("market", "industry", "municipality", "mode", "listing");

    /** The facets counted by their values (all but the listings, which are counted by their dates). */
    static final List<String> VALUE_FACETS = FACETS.subList(0, 4);

    /**
     * The field the words of a search are looked for in: the text analysed for Finnish, Swedish and English at once,
     * each word's terms in the three languages at its position, so that a word is one query over one field (ADR 10).
     */
    static final String TEXT_FIELD = "text_all";

    private static final int MAX_FACET_VALUES = 200;

    /**
     * How far into the results a search without words takes its page from the counting ({@link DocValueCounts}, which
     * keeps this many companies of each segment); a page beyond is read from Hibernate Search.
     */
    private static final int MAX_PAGED_BY_NAME = 10_000;

    private final EntityManager entityManager;
    private final ContactReference reference;

    /**
     * The facet counts and total of recent searches, by their filters (not their page): paging, and the many visitors
     * who open the same search, then count nothing again. Counted over public values only, so the same for every
     * audience. Emptied by every change of the index ({@link #changed}); off while the index is rebuilt.
     */
    private final Map<CountsKey, Counts> counts;

    /**
     * The companies (their ids, in order) on recent pages of results, by their whole query: a search seen since the last
     * change of the index then only reads those companies' cards, which come from the index as it is now (a company
     * whose card has changed shows its new card; one gone from the index sends the search to Lucene again). Ids only,
     * no data: like the counts, forgotten at every change of the index. Sorting by relevance a search of common words
     * over a million companies takes tens of milliseconds; reading twenty cards by id takes about one.
     */
    private final Map<PageKey, List<UUID>> pages;

    private final int countCacheSize;
    private final int pageCacheSize;
    private final AtomicLong generation = new AtomicLong();

    /**
     * After a change of the index, the most recent searches are counted again in the background ("warmed", as Solr
     * warms a new searcher's caches), so that their next visitors do not pay the count and the page: a search of
     * common words over a million companies takes tens of milliseconds to score and count. A burst of changes warms
     * once, a second after the last; a change during the warming stops it (the next one starts again).
     */
    private final int warmSearches;

    private final TransactionTemplate reading;
    private final ScheduledExecutorService warming = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("contacts-search-warming").daemon().factory());

    /**
     * Counts a search from the index while the request's thread reads its page from Hibernate Search: with a core to
     * spare the two take about as long as the longer of them (a search of common words: its page scores every match,
     * its count reads them again); with none, as long as before.
     */
    private final java.util.concurrent.ExecutorService counter = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("contacts-search-counting-", 0).daemon().factory());

    /** The searches to count again at the next warming, most recent last; guarded by itself. */
    private final LinkedHashMap<CountsKey, Boolean> toWarm = new LinkedHashMap<>();

    private ScheduledFuture<?> warmingSoon;

    /** False once the index turned out not to be the embedded Lucene one. */
    private volatile boolean embeddedLucene = true;

    private volatile boolean rebuilding;

    ContactSearch(
            EntityManager entityManager,
            ContactReference reference,
            @Value("${kv.contacts.count-cache-size:1000}") int countCacheSize,
            @Value("${kv.contacts.page-cache-size:1000}") int pageCacheSize,
            @Value("${kv.contacts.warm-searches:20}") int warmSearches,
            PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.reference = reference;
        this.countCacheSize = countCacheSize;
        this.pageCacheSize = pageCacheSize;
        this.warmSearches = countCacheSize > 0 ? warmSearches : 0;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
        this.counts = lru(countCacheSize);
        this.pages = lru(pageCacheSize);
    }

    /** A map of at most {@code capacity} entries that forgets the least recently read first, safe between threads. */
    private static <K, V> Map<K, V> lru(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }

    /** The filters of a search (its query on page 1): the counts of its every page. */
    private record CountsKey(long generation, LocalDate today, ContactQuery filters) {}

    private record Counts(long total, Map<String, Map<String, Long>> counts) {}

    /** A whole query (its filters and its page): the companies on that page. */
    private record PageKey(long generation, LocalDate today, ContactQuery query) {}

    /**
     * The index has changed (a write, an import, a rebuild): counts and pages kept so far are forgotten. Each is kept
     * under the generation its search began in, so what a search read before this change is never found after it.
     */
    void changed() {
        List<CountsKey> recent = List.of();
        if (warmSearches > 0) {
            synchronized (counts) {
                var keys = new ArrayList<>(counts.keySet());
                recent = keys.subList(Math.max(0, keys.size() - warmSearches), keys.size());
            }
        }
        generation.incrementAndGet();
        counts.clear();
        pages.clear();
        if (warmSearches > 0) {
            warmSoon(recent);
        }
    }

    private void warmSoon(List<CountsKey> recent) {
        synchronized (toWarm) {
            recent.forEach(kept -> {
                var key = new CountsKey(0, kept.today(), kept.filters());
                toWarm.remove(key);
                toWarm.put(key, Boolean.TRUE);
            });
            while (toWarm.size() > warmSearches) {
                toWarm.remove(toWarm.keySet().iterator().next());
            }
            if (toWarm.isEmpty()) {
                return;
            }
            if (warmingSoon != null) {
                warmingSoon.cancel(false);
            }
            try {
                warmingSoon = warming.schedule(this::warm, 1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The application is stopping: nothing to warm for.
            }
        }
    }

    /** Counts the searches waiting to be warmed, most recent first, under the generation it began in. */
    private void warm() {
        if (rebuilding) {
            return; // kept for the change that ends the rebuild
        }
        List<CountsKey> keys;
        synchronized (toWarm) {
            keys = new ArrayList<>(toWarm.keySet());
            toWarm.clear();
        }
        long began = generation.get();
        Collections.reverse(keys);
        try {
            reading.executeWithoutResult(status -> {
                for (var key : keys) {
                    if (generation.get() != began || rebuilding) {
                        return;
                    }
                    search(key.filters(), key.today());
                }
            });
        } catch (RuntimeException e) {
            log.warn("Warming the kept searches failed", e);
        }
    }

    @jakarta.annotation.PreDestroy
    void stopWarming() {
        warming.shutdownNow();
        counter.shutdownNow();
    }

    /** Whether the counts of this search are kept now (for tests of the warming). */
    boolean kept(ContactQuery query, LocalDate today) {
        return counts.containsKey(new CountsKey(generation.get(), today, query.firstPage()));
    }

    void rebuilding(boolean rebuilding) {
        this.rebuilding = rebuilding;
        changed();
    }

    /** A company found: its id and its public card (null in an index built before cards were stored). */
    record Hit(UUID id, String card) {}

    record Hits(long total, List<Hit> hits, Map<String, Map<String, Long>> counts) {

        List<UUID> ids() {
            return hits.stream().map(Hit::id).toList();
        }
    }

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
        if (query.near() != null && !MunicipalityCentres.known(query.near())) {
            throw new InvalidParameterException("near", "Unknown municipality code (of the region): " + query.near());
        }
        if (query.within() != null && (query.within() < 1 || query.within() > ContactQuery.MAX_WITHIN_KM)) {
            throw new InvalidParameterException(
                    "within", "Distance in whole kilometres from 1 to " + ContactQuery.MAX_WITHIN_KM);
        }
        if (query.q() != null && query.q().length() > 200) {
            throw new InvalidParameterException("q", "At most 200 characters");
        }
    }

    Hits search(ContactQuery query, LocalDate today) {
        check(query);
        long generation = this.generation.get();
        boolean keeping = !rebuilding;
        var key = new CountsKey(generation, today, query.firstPage());
        var known = countCacheSize > 0 && keeping ? counts.get(key) : null;
        if (known == null) {
            var hits = countedFromDocValues(query, today);
            if (hits == null) {
                hits = count(query, today);
            }
            if (countCacheSize > 0 && keeping) {
                counts.put(key, new Counts(hits.total(), hits.counts()));
            }
            if (keeping) {
                keep(new PageKey(generation, today, query), hits.hits());
            }
            return hits;
        }
        var pageKey = new PageKey(generation, today, query);
        var ids = pageCacheSize > 0 && keeping ? pages.get(pageKey) : null;
        var page = ids == null ? null : keptCards(ids);
        if (page == null) {
            page = page(query, today);
            if (keeping) {
                keep(pageKey, page);
            }
        }
        return new Hits(known.total(), page, known.counts());
    }

    private void keep(PageKey key, List<Hit> page) {
        if (pageCacheSize > 0) {
            pages.put(key, page.stream().map(Hit::id).toList());
        }
    }

    /** A page of results, sorted by relevance to the words (then by name), or by name when there are none. */
    private List<Hit> page(ContactQuery query, LocalDate today) {
        return cards(
                f -> predicate(f, query, today),
                f -> order(f, query),
                (query.page() - 1) * ContactQuery.PAGE_SIZE,
                ContactQuery.PAGE_SIZE);
    }

    private static org.hibernate.search.engine.search.sort.dsl.SortFinalStep order(
            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory f, ContactQuery query) {
        return query.q() == null ? f.field("sort_name") : f.score().then().field("sort_name");
    }

    /** The cards of a kept page's companies as the index holds them now, in its order; null if one is gone. */
    private List<Hit> keptCards(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var found = cards(f -> f.id().matchingAny(ids), f -> f.indexOrder(), 0, ids.size());
        if (found.size() != ids.size()) {
            return null;
        }
        Map<UUID, Hit> byId = new java.util.HashMap<>();
        found.forEach(h -> byId.put(h.id(), h));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * A search counted from the index ({@link DocValueCounts}). Without words its page, sorted by name, is taken from
     * the same matches and its cards read by id ({@link #keptCards}): one pass over the matches instead of two. With
     * words the counting is on another thread, with the page from {@link #cards} read meanwhile on this one (sorted by
     * relevance, then name; no total is asked for beyond the page, so Lucene may skip what cannot make it, little for
     * common words). Null when the backend is not the embedded Lucene one (Elasticsearch counts with its own
     * aggregations and reads its pages as before).
     */
    Hits countedFromDocValues(ContactQuery query, LocalDate today) {
        if (!embeddedLucene) {
            return null;
        }
        org.apache.lucene.index.IndexReader reader;
        try {
            reader = Search.session(entityManager)
                    .scope(Company.class)
                    .extension(org.hibernate.search.backend.lucene.LuceneExtension.get())
                    .openIndexReader();
        } catch (org.hibernate.search.util.common.SearchException e) {
            embeddedLucene = false;
            return null;
        }
        List<Hit> page;
        DocValueCounts.Counted counted;
        int offset = (query.page() - 1) * ContactQuery.PAGE_SIZE;
        if (query.q() == null && offset + ContactQuery.PAGE_SIZE <= MAX_PAGED_BY_NAME) {
            // Sorted by name: the page is taken from the matches the counting reads anyway, then its cards by id.
            try (reader) {
                var filters = DocValueCounts.filters(query, reference.codes(), today, null);
                counted = DocValueCounts.count(
                        reader,
                        filters,
                        today,
                        MAX_FACET_VALUES,
                        new DocValueCounts.Page(offset, ContactQuery.PAGE_SIZE));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            page = keptCards(counted.page());
            if (page == null) {
                // A company of the page left the index meanwhile: the page as the index is now.
                page = page(query, today);
            }
            return new Hits(counted.total(), page, counted.counts());
        }
        try (reader) {
            var analyzer = query.q() == null ? null : searchAnalyzer();
            var filters = DocValueCounts.filters(query, reference.codes(), today, analyzer);
            java.util.concurrent.Future<DocValueCounts.Counted> counting;
            try {
                counting = counter.submit(() -> DocValueCounts.count(reader, filters, today, MAX_FACET_VALUES));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // The application is stopping: counted here.
                counting = java.util.concurrent.CompletableFuture.completedFuture(
                        DocValueCounts.count(reader, filters, today, MAX_FACET_VALUES));
            }
            try {
                page = page(query, today);
            } finally {
                counted = counted(counting);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new Hits(counted.total(), page, counted.counts());
    }

    /** The counts once counted (the reader they read is closed only then). */
    private static DocValueCounts.Counted counted(java.util.concurrent.Future<DocValueCounts.Counted> counting) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return counting.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The companies' index's search analyser, by field: the one Hibernate Search analyses a search's words with. */
    private org.apache.lucene.analysis.Analyzer searchAnalyzer() {
        return Search.mapping(entityManager.getEntityManagerFactory())
                .indexedEntity(Company.class)
                .indexManager()
                .unwrap(org.hibernate.search.backend.lucene.index.LuceneIndexManager.class)
                .searchAnalyzer();
    }

    /** Counted by Hibernate Search's aggregations: any search, on any backend. */
    Hits count(ContactQuery query, LocalDate today) {
        var session = Search.session(entityManager);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String facet : VALUE_FACETS) {
            keys.put(facet, AggregationKey.of(facet));
        }
        AggregationKey<Map<Range<LocalDate>, Long>> offers = AggregationKey.of("offer");
        AggregationKey<Map<Range<LocalDate>, Long>> seeks = AggregationKey.of("seek");
        var step = session.search(Company.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field("card", String.class))
                        .as(Hit::new))
                .where(f -> predicate(f, query, today))
                .sort(f -> order(f, query));
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

    /**
     * Peers of a company for {@link Matching#peers}, in its order (earliest experience first, then by name): companies
     * of its industry (or, when it has none, its municipality) with public experience of the market asked for, or of a
     * market it has none of. Only such companies are read, a page at a time.
     */
    List<Hit> peerCandidates(CompanyView company, String market, int offset, int limit) {
        if (company.industry() == null && company.municipality() == null) {
            return List.of();
        }
        List<String> markets;
        if (market != null) {
            markets = List.of(market);
        } else {
            var known = new java.util.HashSet<String>();
            if (company.experiences() != null) {
                company.experiences().forEach(e -> known.add(e.market()));
            }
            markets = reference.codes().markets().keySet().stream()
                    .filter(m -> !known.contains(m))
                    .toList();
        }
        if (markets.isEmpty()) {
            return List.of();
        }
        return cards(
                f -> {
                    var bool = f.bool();
                    bool.filter(
                            company.industry() != null
                                    ? f.match().field("industry").matching(company.industry())
                                    : f.match().field("municipality").matching(company.municipality()));
                    bool.filter(f.terms().field("market").matchingAny(markets));
                    bool.mustNot(f.id().matching(company.id()));
                    return bool;
                },
                f -> f.field("earliest_since").missing().last().then().field("sort_name"),
                offset,
                limit);
    }

    /**
     * Candidates for {@link Matching#coInnovation}, by name: companies of another industry with a public offer of a
     * market, or with a word, of one of the company's seeks, or a seek of a market or with a word of one of its offers.
     * Matching then decides (listings in force, two shared words); only these companies are read, a page at a time.
     */
    List<Hit> coInnovationCandidates(CompanyView company, int offset, int limit) {
        var seeks = company.seeks() == null ? List.<CompanyView.ListingView>of() : company.seeks();
        var offers = company.offers() == null ? List.<CompanyView.ListingView>of() : company.offers();
        if (seeks.isEmpty() && offers.isEmpty()) {
            return List.of();
        }
        return cards(
                f -> {
                    var bool = f.bool();
                    var any = f.bool();
                    answering(f, any, seeks, "offer_market", "offer_word");
                    answering(f, any, offers, "seek_market", "seek_word");
                    bool.must(any);
                    bool.mustNot(f.id().matching(company.id()));
                    if (company.industry() != null) {
                        bool.mustNot(f.match().field("industry").matching(company.industry()));
                    }
                    return bool;
                },
                f -> f.field("sort_name"),
                offset,
                limit);
    }

    /**
     * A page of companies' ids and public cards, read from the index alone (a page of results, a kept page's cards,
     * the suggestions' candidates); the total is not counted beyond the page.
     */
    private List<Hit> cards(
            java.util.function.Function<SearchPredicateFactory, ? extends PredicateFinalStep> where,
            java.util.function.Function<
                            org.hibernate.search.engine.search.sort.dsl.SearchSortFactory,
                            ? extends org.hibernate.search.engine.search.sort.dsl.SortFinalStep>
                    sort,
            int offset,
            int limit) {
        return Search.session(entityManager)
                .search(Company.class)
                .select(f -> f.composite()
                        .from(f.id(UUID.class), f.field("card", String.class))
                        .as(Hit::new))
                .where(where)
                .sort(sort)
                .totalHitCountThreshold(offset + limit)
                .fetchHits(offset, limit);
    }

    private static void answering(
            SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> any,
            List<CompanyView.ListingView> ours,
            String marketField,
            String wordField) {
        var markets = ours.stream()
                .map(CompanyView.ListingView::market)
                .filter(m -> m != null)
                .distinct()
                .toList();
        var words = ours.stream()
                .flatMap(l -> Matching.words(l.summary()).stream())
                .distinct()
                .toList();
        if (!markets.isEmpty()) {
            any.should(f.terms().field(marketField).matchingAny(markets));
        }
        if (words.size() >= 2) {
            // Matching asks for two shared words: only companies with two of ours are candidates.
            var two = f.bool().minimumShouldMatchNumber(2);
            words.forEach(w -> two.should(f.match().field(wordField).matching(w)));
            any.should(two);
        }
        if (markets.isEmpty() && words.size() < 2) {
            any.should(f.matchNone());
        }
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, ContactQuery query, LocalDate today) {
        var bool = f.bool();
        bool.must(f.matchAll());
        if (query.q() != null) {
            bool.must(
                    f.simpleQueryString().field(TEXT_FIELD).matching(query.q()).defaultOperator(BooleanOperator.AND));
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
        if (query.near() != null) {
            // In the index, so the facet counts and the total respect it like every other filter.
            var centre = MunicipalityCentres.of(query.near()).orElseThrow();
            bool.filter(f.spatial().within().field("location").circle(centre, query.within(), DistanceUnit.KILOMETERS));
        }
        if (query.listing() != null) {
            String field = query.listing().toLowerCase(Locale.ROOT) + "_until";
            bool.filter(f.range().field(field).atLeast(today));
        }
        return bool;
    }
}
