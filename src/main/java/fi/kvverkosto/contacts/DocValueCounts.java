package fi.kvverkosto.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The total and facet counts of a search, counted straight from Lucene's doc values of the companies' index: an array
 * of counts per field and segment, where Hibernate Search's terms aggregation keeps a hash set of ordinals per document
 * and a hash map of counts (about three times the CPU over a million companies, docs/benchmarks.md), and scores and
 * sorts every match besides. The filters are those of {@link ContactSearch#predicate} in Lucene's own terms, over the
 * fields {@link ContactSearchMapping} writes; the words are parsed as Hibernate Search parses its simple query string
 * (Lucene's {@link SimpleQueryParser} over {@link ContactSearch#TEXT_FIELDS}, each of weight 1, every operator allowed,
 * AND by default, with the index's search analyser), so they match the same companies. {@code DocValueCountsTests}
 * checks that both give the same numbers.
 */
final class DocValueCounts {

    private static final List<String> FACETS = ContactSearch.VALUE_FACETS;
    private static final String OFFER_UNTIL = "offer_until";
    private static final String SEEK_UNTIL = "seek_until";

    private DocValueCounts() {}

    record Counted(long total, Map<String, Map<String, Long>> counts) {}

    /**
     * The query's words and filters as a Lucene query that matches what {@link ContactSearch#predicate} matches (its
     * scores are not those of Hibernate Search's query: it is for counting only). The analyser is the index's search
     * analyser, by field; it is only read when the query has words.
     */
    static Query filters(ContactQuery query, ContactReference.Codes codes, LocalDate today, Analyzer analyzer) {
        var bool = new BooleanQuery.Builder();
        bool.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        if (query.q() != null) {
            bool.add(words(query.q(), analyzer), BooleanClause.Occur.FILTER);
        }
        if (query.market() != null && query.mode() != null) {
            var pairs = codes.expand(query.market()).stream()
                    .map(m -> new BytesRef(m + ":" + query.mode()))
                    .toList();
            bool.add(new TermInSetQuery("market_mode", pairs), BooleanClause.Occur.FILTER);
        } else if (query.market() != null) {
            var markets =
                    codes.expand(query.market()).stream().map(BytesRef::new).toList();
            bool.add(new TermInSetQuery("market", markets), BooleanClause.Occur.FILTER);
        } else if (query.mode() != null) {
            bool.add(new TermQuery(new Term("mode", query.mode())), BooleanClause.Occur.FILTER);
        }
        if (query.industry() != null) {
            bool.add(new TermQuery(new Term("industry", query.industry())), BooleanClause.Occur.FILTER);
        }
        if (query.municipality() != null) {
            bool.add(new TermQuery(new Term("municipality", query.municipality())), BooleanClause.Occur.FILTER);
        }
        if (query.near() != null) {
            var centre = MunicipalityCentres.of(query.near()).orElseThrow();
            bool.add(
                    LatLonPoint.newDistanceQuery(
                            "location", centre.latitude(), centre.longitude(), query.within() * 1000.0),
                    BooleanClause.Occur.FILTER);
        }
        if (query.listing() != null) {
            String field = Listing.OFFER.equals(query.listing()) ? OFFER_UNTIL : SEEK_UNTIL;
            // Hibernate Search writes a LocalDate as its epoch day.
            bool.add(LongPoint.newRangeQuery(field, today.toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        return bool.build();
    }

    /**
     * The words as Hibernate Search's {@code simpleQueryString().fields(TEXT_FIELDS).defaultOperator(AND)} builds them
     * on the embedded Lucene backend (its {@code LuceneSimpleQueryStringPredicate}, 8.2): a {@link SimpleQueryParser}
     * with each field at weight 1 and all flags, the default operator MUST, and nothing added to the parsed query.
     */
    static Query words(String words, Analyzer analyzer) {
        Map<String, Float> weights = new LinkedHashMap<>();
        ContactSearch.TEXT_FIELDS.forEach(field -> weights.put(field, 1f));
        var parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(words);
    }

    /** Counts the matches of the filters: the total, each facet's values (most first) and the listings in force. */
    static Counted count(IndexReader reader, Query filters, LocalDate today, int maxValues) {
        var counter = new Counter(today.toEpochDay());
        try {
            new IndexSearcher(reader).search(filters, counter);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        counter.finishLeaf();
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (int i = 0; i < FACETS.size(); i++) {
            counts.put(FACETS.get(i), mostFirst(counter.byValue.get(i), maxValues));
        }
        var listing = new LinkedHashMap<String, Long>();
        listing.put(Listing.OFFER, counter.offers);
        listing.put(Listing.SEEK, counter.seeks);
        counts.put("listing", listing);
        return new Counted(counter.total, counts);
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts, int maxValues) {
        var entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        var sorted = new LinkedHashMap<String, Long>();
        entries.stream().limit(maxValues).forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Counts per segment into arrays by ordinal, turned into values when the segment ends. */
    private static final class Counter extends SimpleCollector {

        private final long today;
        private final List<Map<String, Long>> byValue = new ArrayList<>();
        private final SortedSetDocValues[] values = new SortedSetDocValues[FACETS.size()];
        private final long[][] ordinals = new long[FACETS.size()][];
        private SortedNumericDocValues offerUntil;
        private SortedNumericDocValues seekUntil;
        private long total;
        private long offers;
        private long seeks;

        Counter(long today) {
            this.today = today;
            for (int i = 0; i < FACETS.size(); i++) {
                byValue.add(new HashMap<>());
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            finishLeaf();
            for (int i = 0; i < FACETS.size(); i++) {
                values[i] = DocValues.getSortedSet(context.reader(), FACETS.get(i));
                ordinals[i] = new long[Math.toIntExact(values[i].getValueCount())];
            }
            offerUntil = DocValues.getSortedNumeric(context.reader(), OFFER_UNTIL);
            seekUntil = DocValues.getSortedNumeric(context.reader(), SEEK_UNTIL);
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            for (int i = 0; i < FACETS.size(); i++) {
                var dv = values[i];
                if (dv.advanceExact(doc)) {
                    long[] counts = ordinals[i];
                    for (int k = dv.docValueCount(); k > 0; k--) {
                        counts[(int) dv.nextOrd()]++;
                    }
                }
            }
            if (inForce(offerUntil, doc)) {
                offers++;
            }
            if (inForce(seekUntil, doc)) {
                seeks++;
            }
        }

        private boolean inForce(SortedNumericDocValues until, int doc) throws IOException {
            if (!until.advanceExact(doc)) {
                return false;
            }
            // Sorted ascending: the last is the latest.
            long latest = 0;
            for (int k = until.docValueCount(); k > 0; k--) {
                latest = until.nextValue();
            }
            return latest >= today;
        }

        /** Adds the segment's counts by ordinal to the counts by value. */
        void finishLeaf() throws UncheckedIOException {
            try {
                for (int i = 0; i < FACETS.size(); i++) {
                    if (ordinals[i] == null) {
                        continue;
                    }
                    for (int ord = 0; ord < ordinals[i].length; ord++) {
                        if (ordinals[i][ord] > 0) {
                            byValue.get(i).merge(values[i].lookupOrd(ord).utf8ToString(), ordinals[i][ord], Long::sum);
                        }
                    }
                    ordinals[i] = null;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
