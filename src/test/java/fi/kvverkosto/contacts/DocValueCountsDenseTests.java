package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The facet counts {@link DocValueCounts} reads from the bit sets of the dense values ({@link DenseValues}), against
 * Lucene's own count of each value's matches, over segments big enough to have both dense and sparse values: as
 * written, after deletions (the same segments, their bit sets kept, the deleted companies in them), after more
 * companies and a merge (new segments, the old ones' bit sets let go once no reader holds them), and from several
 * searches at once on segments not read before. DocValueCountsTests compares the same with Hibernate Search on the
 * application's index, where every value of its small segments is dense.
 */
class DocValueCountsDenseTests {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    private static final String[] MARKETS = {"SE", "NO", "DE", "EE", "US", "JP", "CN", "KE"};
    private static final String[] INDUSTRIES = {"C", "G", "M", "F", "J", "Q", "K"};
    private static final String[] MODES = {"export", "partner", "sourcing", "project", "subsidiary"};

    @Test
    void denseValuesCountAsTheirPostings() throws Exception {
        var random = new Random(7);
        try (var directory = new ByteBuffersDirectory();
                var writer =
                        new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : new int[] {20_000, 3_000, 100}) {
                for (int i = 0; i < size; i++) {
                    writer.addDocument(company(random));
                }
                writer.commit();
            }
            // Readers of the directory, not of the writer (which keeps its own segment readers in a pool).
            var first = DirectoryReader.open(directory);
            assertThat(first.leaves()).hasSize(3);
            var big = first.leaves().getFirst().reader();
            // Both kinds in the big segment: dense values of each field, sparse ones of some.
            for (var field : ContactSearch.VALUE_FACETS) {
                assertThat(DenseValues.of(big, field).bits())
                        .as("dense values of %s", field)
                        .isNotEmpty();
            }
            assertThat(DenseValues.of(big, "municipality").postings())
                    .as("sparse municipalities")
                    .isLessThan(big.terms("municipality").getSumDocFreq());
            assertSameCounts(first);

            // Deletions: the same segments, read with their bit sets as they were (deleted companies in them).
            writer.deleteDocuments(new Term("municipality", "091"), new Term("market", "KE"));
            writer.commit();
            var deleted = DirectoryReader.openIfChanged(first);
            assertThat(deleted.leaves().getFirst().reader().numDocs()).isLessThan(big.maxDoc());
            var kept = DenseValues.of(big, "market");
            assertThat(DenseValues.of(deleted.leaves().getFirst().reader(), "market"))
                    .isSameAs(kept);
            assertSameCounts(deleted);

            // More companies and a merge: one new segment, counted from its own bit sets.
            for (int i = 0; i < 2_000; i++) {
                writer.addDocument(company(random));
            }
            writer.getConfig().setMergePolicy(new org.apache.lucene.index.TieredMergePolicy());
            writer.forceMerge(1);
            writer.commit();
            var merged = DirectoryReader.openIfChanged(deleted);
            assertThat(merged.leaves()).hasSize(1);
            var oldCore = big.getCoreCacheHelper().getKey();
            assertThat(DenseValues.keeps(oldCore)).isTrue();
            first.close();
            deleted.close();
            assertThat(DenseValues.keeps(oldCore))
                    .as("the merged-away segment's bit sets")
                    .isFalse();
            concurrently(merged);
            assertSameCounts(merged);
            var newCore =
                    merged.leaves().getFirst().reader().getCoreCacheHelper().getKey();
            merged.close();
            assertThat(DenseValues.keeps(newCore)).isFalse();
        }
    }

    /** Several searches at once on a segment none has read yet: each counts what Lucene counts. */
    private static void concurrently(IndexReader reader) throws Exception {
        try (var threads = Executors.newFixedThreadPool(4)) {
            var counted = new ArrayList<Future<DocValueCounts.Counted>>();
            for (int i = 0; i < 8; i++) {
                var filter = filters().get(i % filters().size());
                counted.add(threads.submit(() -> DocValueCounts.count(reader, filter, TODAY, 1000)));
            }
            for (int i = 0; i < counted.size(); i++) {
                var filter = filters().get(i % filters().size());
                assertThat(counted.get(i).get().counts())
                        .as("counts of %s", filter)
                        .isEqualTo(expected(reader, filter));
            }
        }
    }

    private static void assertSameCounts(IndexReader reader) throws IOException {
        var searcher = new IndexSearcher(reader);
        for (var filter : filters()) {
            var counted = DocValueCounts.count(reader, filter, TODAY, 1000);
            assertThat(counted.total()).as("total of %s", filter).isEqualTo(searcher.count(filter));
            assertThat(counted.counts()).as("counts of %s", filter).isEqualTo(expected(reader, filter));
        }
    }

    /** Broad and narrow filters, as {@link DocValueCounts#filters} builds them: all, dense and sparse values. */
    private static List<Query> filters() {
        var markets = List.of(new BytesRef("SE"), new BytesRef("NO"));
        return List.of(
                new MatchAllDocsQuery(),
                new BooleanQuery.Builder()
                        .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                        .build(),
                filter(new TermQuery(new Term("industry", "C"))),
                filter(new TermInSetQuery("market", markets)),
                filter(new TermQuery(new Term("mode", "export"))),
                filter(new TermQuery(new Term("municipality", "179"))),
                filter(new TermQuery(new Term("market", "KE"))),
                filter(new TermQuery(new Term("industry", "K"))));
    }

    private static Query filter(Query clause) {
        return new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST)
                .add(clause, BooleanClause.Occur.FILTER)
                .build();
    }

    /** Lucene's count of each value's matches (the values without any left out, most first, as counted). */
    private static Map<String, Map<String, Long>> expected(IndexReader reader, Query filter) throws IOException {
        var searcher = new IndexSearcher(reader);
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        for (var field : ContactSearch.VALUE_FACETS) {
            var values = new ArrayList<Map.Entry<String, Long>>();
            for (var value : values(field)) {
                long count = searcher.count(new BooleanQuery.Builder()
                        .add(filter, BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER)
                        .build());
                if (count > 0) {
                    values.add(Map.entry(value, count));
                }
            }
            values.sort(Map.Entry.<String, Long>comparingByValue(java.util.Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            var sorted = new LinkedHashMap<String, Long>();
            values.forEach(e -> sorted.put(e.getKey(), e.getValue()));
            counts.put(field, sorted);
        }
        // No company has a listing.
        var listing = new LinkedHashMap<String, Long>();
        listing.put(Listing.OFFER, 0L);
        listing.put(Listing.SEEK, 0L);
        counts.put("listing", listing);
        return counts;
    }

    private static List<String> values(String field) {
        return switch (field) {
            case "market" -> List.of(MARKETS);
            case "industry" -> List.of(INDUSTRIES);
            case "mode" -> List.of(MODES);
            default -> {
                var municipalities = new ArrayList<String>();
                for (int m = 0; m < 300; m++) {
                    municipalities.add(String.format("%03d", m));
                }
                yield municipalities;
            }
        };
    }

    /**
     * A company of skewed values, as the real ones: a few markets, industries and municipalities common (dense in a
     * big segment), the rest rare; up to three markets and two modes, or none.
     */
    private static Document company(Random random) {
        var document = new Document();
        int markets = random.nextInt(4);
        for (int i = 0; i < markets; i++) {
            value(document, "market", MARKETS[skewed(random, MARKETS.length)]);
        }
        value(document, "industry", INDUSTRIES[skewed(random, INDUSTRIES.length)]);
        value(document, "municipality", String.format("%03d", skewed(random, 300)));
        if (markets > 0) {
            value(document, "mode", MODES[skewed(random, MODES.length)]);
            if (random.nextBoolean()) {
                value(document, "mode", MODES[skewed(random, MODES.length)]);
            }
        }
        return document;
    }

    /** Of 0 to n - 1, the first far more often than the last. */
    private static int skewed(Random random, int n) {
        return (int) (n * Math.pow(random.nextDouble(), 3));
    }

    /** A keyword field searched and counted, as ContactSearchMapping writes it (a value twice once). */
    private static void value(Document document, String field, String value) {
        for (var existing : document.getFields(field)) {
            if (existing.stringValue() != null && existing.stringValue().equals(value)) {
                return;
            }
        }
        document.add(new StringField(field, value, Field.Store.NO));
        document.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }
}
