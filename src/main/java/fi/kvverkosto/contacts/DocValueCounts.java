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
import java.util.UUID;
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

    /**
     * @param page the ids of the companies on the page asked for, first by name, or null when no page was asked for
     */
    record Counted(long total, Map<String, Map<String, Long>> counts, List<UUID> page) {}

    /**
     * The companies {@code offset} to {@code offset + limit} of the matches sorted by name as Hibernate Search sorts
     * {@code f.field("sort_name")} on the embedded Lucene backend: by the normalised name's bytes, a company without one
     * last (its default), ties by index order (Lucene's top field collector keeps the earlier document of equal values).
     */
    record Page(int offset, int limit) {

        int wanted() {
            return offset + limit;
        }
    }

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
        return count(reader, filters, today, maxValues, null);
    }

    /**
     * Counts the matches of the filters as {@link #count(IndexReader, Query, LocalDate, int)} and, when a page is asked
     * for, takes its companies by name from the same matches (a filter's page then needs no query of its own).
     */
    static Counted count(IndexReader reader, Query filters, LocalDate today, int maxValues, Page page) {
        var byName = page == null ? null : new FirstByName(page.wanted());
        var counter = new Counter(today.toEpochDay(), byName);
        try {
            if (everyCompany(filters)) {
                // Every live company of each segment, set at once rather than collected one by one.
                for (var leaf : reader.leaves()) {
                    counter.everyLive(leaf);
                }
            } else {
                new IndexSearcher(reader).search(filters, counter);
            }
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
        return new Counted(counter.total, counts, byName == null ? null : byName.page(page));
    }

    /** Whether the filters are none: every company, as {@link #filters} builds it for a search without any. */
    private static boolean everyCompany(Query filters) {
        return filters instanceof MatchAllDocsQuery
                || (filters instanceof BooleanQuery bool
                        && bool.clauses().size() == 1
                        && bool.clauses().getFirst().getOccur() == BooleanClause.Occur.MUST
                        && bool.clauses().getFirst().getQuery() instanceof MatchAllDocsQuery);
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
     * the field's values one by one (when every company of the segment matches, only the number of companies with each
     * value is read; else a common value's bit set, {@link DenseValues}, is intersected with the matches, 64 companies
     * at a time, and a rare value's postings are kept where they are matches), or the doc values of each match, added
     * into an array by ordinal. Both hold the same values: every facet field is a keyword field that is searched as
     * well as counted. Reading the common values' bit sets instead of their postings made the broad searches over the
     * million companies count in a fifth to a seventh of the CPU (docs/benchmarks.md).
     */
    private static final class Counter extends SimpleCollector {

        /**
         * About how many postings cost as much to read as one company's doc values of a field (a block of postings is
         * decoded at once, the doc values are looked up a company at a time): of 2, 4, 8 and 16, the best for the
         * broad searches over the million companies (docs/benchmarks.md); either way the counts are the same.
         */
        private static final long POSTINGS_PER_DOC = 8;

        /**
         * About how many words (64 companies) of a dense value's bit set cost as much to intersect with the matches as
         * one posting to read and look up ({@link DenseValues}).
         */
        private static final long WORDS_PER_POSTING = 4;

        private final long today;
        private final List<Map<String, Long>> byValue = new ArrayList<>();
        private LeafReaderContext leaf;
        private FixedBitSet matches;
        private int matched;
        private long total;
        private long offers;
        private long seeks;

        /** Takes the first companies by name from each segment's matches; null when no page is asked for. */
        private final FirstByName byName;

        Counter(long today, FirstByName byName) {
            this.today = today;
            this.byName = byName;
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

        /** Takes every live company of the segment as a match. */
        void everyLive(LeafReaderContext context) {
            doSetNextReader(context);
            var reader = context.reader();
            matches.set(0, reader.maxDoc());
            var live = reader.getLiveDocs();
            if (live != null) {
                for (int doc = 0; doc < reader.maxDoc(); doc++) {
                    if (!live.get(doc)) {
                        matches.clear(doc);
                    }
                }
            }
            matched = reader.numDocs();
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
                        if (terms == null) {
                            fromDocValues(reader, FACETS.get(i), byValue.get(i));
                            continue;
                        }
                        // Only what is read differs: the dense values' bit sets instead of their postings.
                        var dense = accepted == null ? null : DenseValues.of(reader, FACETS.get(i));
                        long read = dense == null
                                ? terms.getSumDocFreq()
                                : terms.getSumDocFreq() - dense.postings() + dense.words() / WORDS_PER_POSTING;
                        if (accepted == null || read <= POSTINGS_PER_DOC * matched) {
                            fromPostings(terms, accepted, dense, matches, byValue.get(i));
                        } else {
                            fromDocValues(reader, FACETS.get(i), byValue.get(i));
                        }
                    }
                    offers += inForce(reader, OFFER_UNTIL, accepted);
                    seeks += inForce(reader, SEEK_UNTIL, accepted);
                    if (byName != null) {
                        byName.take(leaf, matches, matched);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                leaf = null;
                matches = null;
            }
        }

        /**
         * Each value's matches: all its companies when every company matches ({@code accepted} null), the intersection
         * of its bit set with the matches when it is dense, else its postings kept where accepted.
         */
        private static void fromPostings(
                Terms terms, Bits accepted, DenseValues.Field dense, FixedBitSet matches, Map<String, Long> counts)
                throws IOException {
            var values = terms.iterator();
            PostingsEnum postings = null;
            int next = 0;
            for (var value = values.next(); value != null; value = values.next()) {
                long count = 0;
                if (accepted == null) {
                    count = values.docFreq();
                } else if (dense != null && dense.dense(values.docFreq())) {
                    count = FixedBitSet.intersectionCount(matches, dense.bits()[next++]);
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

    /**
     * The first companies by name of the matches, segment by segment, then merged: of each segment the first
     * {@code wanted} by the name's ordinal (the segment's names in byte order), ties by document, then of them all the
     * first by the name's bytes, ties by the document's place in the whole index, as Lucene's top field collector keeps
     * them. A segment is first read along its names in order, each name's companies kept where they match, until
     * enough are found (a page of a broad filter reads a few hundred names, not its hundred thousand matches' doc
     * values); when that reads as many companies as there are matches without finding enough (a narrow filter), each
     * match's name is read from the doc values instead, so at most twice the cheaper of the two.
     */
    private static final class FirstByName {

        private static final String NAME = "sort_name";

        /**
         * Hibernate Search's own doc values of the document id (the company's id as a string): the id is read where the
         * company is found, as Hibernate Search's id projection reads it.
         */
        private static final String ID =
                org.hibernate.search.backend.lucene.lowlevel.common.impl.MetadataFields.idDocValueFieldName();

        private final int wanted;
        private final List<Found> found = new ArrayList<>();

        /** A company found: its name (null: none), its document in the whole index and its id. */
        private record Found(BytesRef name, int doc, UUID id) {}

        private static final Comparator<Found> ORDER = Comparator.comparing(
                        Found::name, Comparator.nullsLast(Comparator.<BytesRef>naturalOrder()))
                .thenComparingInt(Found::doc);

        FirstByName(int wanted) {
            this.wanted = wanted;
        }

        void take(LeafReaderContext leaf, FixedBitSet matches, int matched) throws IOException {
            var reader = leaf.reader();
            var names = reader.terms(NAME);
            long[] firsts = null;
            // Only where some matches are not wanted, and no company has two names (the sort takes the least).
            if (matched > wanted && names != null && names.getSumDocFreq() == names.getDocCount()) {
                firsts = alongNames(names, matches, matched);
            }
            if (firsts == null) {
                firsts = fromDocValues(reader, matches, matched);
            }
            // The ids in document order, as doc values are read.
            java.util.Arrays.sort(firsts);
            var ids = DocValues.getBinary(reader, ID);
            var sorted = DocValues.getSortedSet(reader, NAME);
            for (long first : firsts) {
                int doc = (int) first;
                BytesRef name = null;
                if (sorted.advanceExact(doc)) {
                    name = BytesRef.deepCopyOf(sorted.lookupOrd(sorted.nextOrd()));
                }
                if (!ids.advanceExact(doc)) {
                    throw new IllegalStateException("A company without an id in the index: document " + doc);
                }
                found.add(new Found(
                        name,
                        leaf.docBase + doc,
                        UUID.fromString(ids.binaryValue().utf8ToString())));
            }
        }

        /**
         * The segment's first matches along its names in order; null when they are not found among as many companies
         * as there are matches (the doc values of the matches then read no more than this did), or when fewer than
         * wanted have a name (the rest, without one, would come in document order).
         */
        private long[] alongNames(Terms names, FixedBitSet matches, int matched) throws IOException {
            long[] firsts = new long[wanted];
            int count = 0;
            int read = 0;
            var values = names.iterator();
            PostingsEnum postings = null;
            for (var value = values.next(); value != null; value = values.next()) {
                postings = values.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (++read > matched) {
                        return null;
                    }
                    if (matches.get(doc)) {
                        firsts[count++] = doc;
                        if (count == wanted) {
                            return firsts;
                        }
                    }
                }
            }
            return null;
        }

        /**
         * The segment's first matches by the name's ordinal (a company without a name after all), then document: each
         * match's ordinal and document as one number ({@code ordinal << 31 | document}), the smallest kept in a heap.
         */
        private long[] fromDocValues(LeafReader reader, FixedBitSet matches, int matched) throws IOException {
            var values = DocValues.getSortedSet(reader, NAME);
            var single = DocValues.unwrapSingleton(values);
            long none = values.getValueCount();
            // The heap keeps the largest: the keys are kept negated.
            var heap = new org.apache.lucene.util.LongHeap(Math.min(wanted, matched));
            var docs = new BitSetIterator(matches, matched);
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                long ord;
                if (single != null) {
                    ord = single.advanceExact(doc) ? single.ordValue() : none;
                } else {
                    ord = values.advanceExact(doc) ? values.nextOrd() : none;
                }
                heap.insertWithOverflow(-(ord << 31 | doc));
            }
            long[] firsts = new long[heap.size()];
            for (int i = 0; i < firsts.length; i++) {
                firsts[i] = (-heap.pop()) & Integer.MAX_VALUE;
            }
            return firsts;
        }

        /** The page's companies of all the segments' first ones. */
        List<UUID> page(Page page) {
            found.sort(ORDER);
            return found.stream()
                    .skip(page.offset())
                    .limit(page.limit())
                    .map(Found::id)
                    .toList();
        }
    }
}
