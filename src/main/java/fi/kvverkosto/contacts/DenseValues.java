package fi.kvverkosto.contacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.util.FixedBitSet;

/**
 * The companies of each common value of a keyword field, as a bit set per value and segment, for {@link DocValueCounts}
 * to count a broad search's facets by {@link FixedBitSet#intersectionCount} (a word of 64 companies at a time) instead
 * of reading each of the value's postings. A segment never changes once written, so neither do its bit sets: they are
 * kept by the segment's core (what its readers share, deletions aside) until the core is closed after a merge, and
 * they hold the deleted companies too (the postings do), which is exact because the matches they are intersected with
 * are live companies only. Nothing of a search's result is kept: only what the index says, as Lucene's doc values
 * would, so a change to the index is seen by the next search.
 *
 * <p>A value is dense when more than one company of {@link #DENSITY} of the segment's has it: its bit set is then read
 * faster than its postings (docs/benchmarks.md). Over the million companies of the benchmark (one segment) that is all
 * 42 markets, 18 of 21 industries, 28 of 30 municipalities and the 5 modes: 93 bit sets of 125 kB, 11.6 MB, built
 * by the first search that counts the field, from the postings it would have read anyway. Whatever the index, a field
 * has at most {@code DENSITY} times its values per company of dense values, so its bit sets take at most
 * {@code DENSITY / 8} bytes per value of a company (32: 78 MB over the benchmark's 2.4 million markets, were they all
 * dense).
 */
final class DenseValues {

    /**
     * One company of how many, at least, has a dense value: of 64, 128, 256, 512 and 1024, 256 and 512 were the
     * cheapest over the million companies' broad searches, alike (docs/benchmarks.md), and 256 keeps fewer bit sets.
     * It is 64 companies a word times {@code WORDS_PER_POSTING} of {@link DocValueCounts}: a value is dense where its
     * bit set reads less than its postings would. Either way the counts are the same.
     */
    static final int DENSITY = 256;

    /** The dense values of each segment core, by field; removed when the core is closed. */
    private static final Map<IndexReader.CacheKey, Map<String, Field>> SEGMENTS = new ConcurrentHashMap<>();

    private DenseValues() {}

    /**
     * The dense values of one field of one segment, in the order of the field's terms: a term is dense when its
     * {@code docFreq} is above {@code threshold} (the same of every reader of the core: its postings do not change).
     *
     * @param words the longs of all the bit sets, what intersecting them with the matches reads
     * @param postings the postings of the dense values, what is then not read
     */
    record Field(int threshold, FixedBitSet[] bits, long words, long postings) {

        boolean dense(int docFreq) {
            return docFreq > threshold;
        }
    }

    /** The field's dense values in the reader's segment; null when the segment cannot be told from another. */
    static Field of(LeafReader reader, String field) {
        var helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return null;
        }
        var key = helper.getKey();
        var fields = SEGMENTS.get(key);
        if (fields == null) {
            fields = new ConcurrentHashMap<>();
            var previous = SEGMENTS.putIfAbsent(key, fields);
            if (previous == null) {
                // The reader is open, so is the core: the listener is called once it closes.
                helper.addClosedListener(SEGMENTS::remove);
            } else {
                fields = previous;
            }
        }
        // One search builds a field's bit sets, any other of the same segment waits for them.
        return fields.computeIfAbsent(field, f -> build(reader, f));
    }

    /** Whether the bit sets of a segment core are kept (for the tests: not once the core is closed). */
    static boolean keeps(IndexReader.CacheKey core) {
        return SEGMENTS.containsKey(core);
    }

    private static Field build(LeafReader reader, String field) {
        int threshold = reader.maxDoc() / DENSITY;
        var bits = new ArrayList<FixedBitSet>();
        long postings = 0;
        try {
            var terms = reader.terms(field);
            if (terms != null) {
                var values = terms.iterator();
                PostingsEnum docs = null;
                for (var value = values.next(); value != null; value = values.next()) {
                    if (values.docFreq() > threshold) {
                        var set = new FixedBitSet(reader.maxDoc());
                        docs = values.postings(docs, PostingsEnum.NONE);
                        set.or(docs);
                        bits.add(set);
                        postings += values.docFreq();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long words = (long) bits.size() * FixedBitSet.bits2words(reader.maxDoc());
        return new Field(threshold, bits.toArray(FixedBitSet[]::new), words, postings);
    }
}
