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
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The total and facet counts of a search, counted straight from the companies' Lucene index: each facet from the
 * postings of its values or from the doc values of the matches, whichever reads less ({@link Counter}), where Hibernate
 * Search's terms aggregation keeps a hash set of ordinals per document and a hash map of counts (about three times the
 * CPU over a million companies, docs/benchmarks.md), and scores and sorts every match besides. The filters are those of
 * {@link ContactSearch#predicate} in Lucene's own terms, over the fields {@link ContactSearchMapping} writes; the words
 * are parsed as Hibernate Search parses its simple query string (Lucene's {@link SimpleQueryParser} over
 * {@link ContactSearch#TEXT_FIELD} of weight 1, every operator allowed, AND by default, with the index's search
 * analyser), so they match the same companies. {@code DocValueCountsTests} checks that both give the same numbers.
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
     * The words as Hibernate Search's {@code simpleQueryString().field(TEXT_FIELD).defaultOperator(AND)} builds them on
     * the embedded Lucene backend (its {@code LuceneSimpleQueryStringPredicate}, 8.2): a {@link SimpleQueryParser} with
     * the field at weight 1 and all flags, the default operator MUST, and nothing added to the parsed query.
     */
    static Query words(String words, Analyzer analyzer) {
        var parser = new SimpleQueryParser(analyzer, Map.of(ContactSearch.TEXT_FIELD, 1f));
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

    /**
     * Collects a segment's matches into a bit set, then counts each facet's values in whichever of two ways reads less:
     * the postings of each of the field's values, kept where they are matches (when every company of the segment
     * matches, only the number of companies with each value is read), or the doc values of each match, added into an
     * array by ordinal. Both hold the same values: every facet field is a keyword field that is searched as well as
     * counted.
     */
    private static final class Counter extends SimpleCollector {

        /**
         * About how many postings cost as much to read as one company's doc values of a field (a block of postings is
         * decoded at once, the doc values are looked up a company at a time): of 2, 4, 8 and 16, the best for the
         * broad searches over the million companies (docs/benchmarks.md); either way the counts are the same.
         */
        private static final long POSTINGS_PER_DOC = 8;

        private final long today;
        private final List<Map<String, Long>> byValue = new ArrayList<>();
        private LeafReaderContext leaf;
        private FixedBitSet matches;
        private int matched;
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
        protected void doSetNextReader(LeafReaderContext context) {
            finishLeaf();
            leaf = context;
            matches = new FixedBitSet(context.reader().maxDoc());
            matched = 0;
        }

        @Override
        public void collect(int doc) {
            matches.set(doc);
            matched++;
        }

        /** Counts the segment's matches. */
        void finishLeaf() throws UncheckedIOException {
            if (leaf == null) {
                return;
            }
            try {
                var reader = leaf.reader();
                total += matched;
                if (matched > 0) {
                    // Every live company matched: all the postings count (null: no company deleted either).
                    Bits accepted = matched == reader.numDocs() ? reader.getLiveDocs() : matches;
                    for (int i = 0; i < FACETS.size(); i++) {
                        var terms = reader.terms(FACETS.get(i));
                        if (terms != null && terms.getSumDocFreq() <= POSTINGS_PER_DOC * matched) {
                            fromPostings(terms, accepted, byValue.get(i));
                        } else {
                            fromDocValues(reader, FACETS.get(i), byValue.get(i));
                        }
                    }
                    offers += inForce(reader, OFFER_UNTIL, accepted);
                    seeks += inForce(reader, SEEK_UNTIL, accepted);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                leaf = null;
                matches = null;
            }
        }

        private static void fromPostings(Terms terms, Bits accepted, Map<String, Long> counts) throws IOException {
            var values = terms.iterator();
            PostingsEnum postings = null;
            for (var value = values.next(); value != null; value = values.next()) {
                long count = 0;
                if (accepted == null) {
                    count = values.docFreq();
                } else {
                    postings = values.postings(postings, PostingsEnum.NONE);
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        if (accepted.get(doc)) {
                            count++;
                        }
                    }
                }
                if (count > 0) {
                    counts.merge(value.utf8ToString(), count, Long::sum);
                }
            }
        }

        private void fromDocValues(LeafReader reader, String field, Map<String, Long> counts) throws IOException {
            var values = DocValues.getSortedSet(reader, field);
            // A field no company of the segment has two values of (its municipality, its industry) is read as such.
            var single = DocValues.unwrapSingleton(values);
            long[] byOrdinal = new long[Math.toIntExact(values.getValueCount())];
            var docs = new BitSetIterator(matches, matched);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (single != null) {
                    if (single.advanceExact(doc)) {
                        byOrdinal[single.ordValue()]++;
                    }
                } else if (values.advanceExact(doc)) {
                    for (int k = values.docValueCount(); k > 0; k--) {
                        byOrdinal[(int) values.nextOrd()]++;
                    }
                }
            }
            for (int ord = 0; ord < byOrdinal.length; ord++) {
                if (byOrdinal[ord] > 0) {
                    counts.merge(values.lookupOrd(ord).utf8ToString(), byOrdinal[ord], Long::sum);
                }
            }
        }

        /** How many matches have a listing of the field in force today: from the matches or the listings, the fewer. */
        private long inForce(LeafReader reader, String field, Bits accepted) throws IOException {
            var until = DocValues.getSortedNumeric(reader, field);
            long count = 0;
            if (matched < until.cost()) {
                var docs = new BitSetIterator(matches, matched);
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if (until.advanceExact(doc) && latest(until) >= today) {
                        count++;
                    }
                }
            } else {
                for (int doc = until.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = until.nextDoc()) {
                    if ((accepted == null || accepted.get(doc)) && latest(until) >= today) {
                        count++;
                    }
                }
            }
            return count;
        }

        /** The latest of a company's dates (sorted ascending: the last). */
        private static long latest(SortedNumericDocValues until) throws IOException {
            long latest = 0;
            for (int k = until.docValueCount(); k > 0; k--) {
                latest = until.nextValue();
            }
            return latest;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
