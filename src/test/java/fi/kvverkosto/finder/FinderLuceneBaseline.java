package fi.kvverkosto.finder;

import fi.kvverkosto.directory.TextAnalysis;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The raw Lucene baseline of the finder benchmark (docs/benchmarks.md, "Finder (issue 3)"): opens the search index of
 * a data folder read-only with plain Lucene, with no Hibernate Search, Spring or database, and times, for the same
 * request mix as {@code bench/finder-wrk.sh}, what Lucene alone costs.
 *
 * <ul>
 *   <li>{@code text}: one plain BooleanQuery per request: the request text's analysed terms (each language's analysis,
 *       {@link TextAnalysis}) as SHOULD term queries on {@code name_<lang>} and {@code description_<lang>} of every
 *       language, the request's exact conditions (municipality, industry, size, active) as filters; top 10 by score,
 *       reading each hit's id. A request without text runs the filters alone.
 *   <li>{@code candidates}: the index work of one finder request written in plain Lucene: the text query over names,
 *       providers, term labels and descriptions of every language with the finder's weights and one-edit fuzzy
 *       matching on names and labels, then the classification query (every service at 0.001, plus the need and stage
 *       weights), each for 200 hits sorted by score then Finnish name, reading the 15 stored fields the finder
 *       projects; plus the two next-step queries when the request gives a stage. No glossary or synonym expansion and
 *       no stage derived from the results, so this is a lower bound of what the finder asks of Lucene.
 * </ul>
 *
 * <p>Run with {@code bench/finder-lucene.sh DATA_DIR} (the application stopped, so that it measures Lucene alone),
 * or: {@code java -cp <test classpath> fi.kvverkosto.finder.FinderLuceneBaseline DATA_DIR [--requests FILE]
 * [--mode text|candidates|both] [--threads N] [--rounds N] [--warmup N]}.
 */
public final class FinderLuceneBaseline {

    private static final int TEXT_HITS = 10;

    /** What the candidates mode leaves out or changes, to see what each part of the finder's index work costs. */
    record Variant(int candidates, boolean fuzzy, boolean storedFields, boolean nextSteps) {
        static final Variant FINDER = new Variant(200, true, true, true);

        String describe() {
            return equals(FINDER)
                    ? "as the finder"
                    : "%d candidates%s%s%s"
                            .formatted(
                                    candidates,
                                    fuzzy ? "" : ", no fuzzy",
                                    storedFields ? "" : ", ids only",
                                    nextSteps ? "" : ", no next steps");
        }
    }

    private static final Map<String, Float> TEXT_FIELDS =
            Map.of("name_", 3f, "provider_", 1.5f, "terms_", 1.5f, "description_", 1f);
    private static final float FUZZY_WEIGHT = 0.1f;
    private static final Set<String> PROJECTED = Set.of(
            "__HSEARCH_id",
            "name_fi",
            "name_sv",
            "name_en",
            "description_fi",
            "description_sv",
            "description_en",
            "provider_fi",
            "provider_sv",
            "provider_en",
            "organisation",
            "status",
            "term",
            "area");
    private static final Sort BY_SCORE_THEN_NAME =
            new Sort(SortField.FIELD_SCORE, new SortedSetSortField("sort_name_fi", false));

    private FinderLuceneBaseline() {}

    /** One finder request of the mix: its text, language and exact conditions. */
    record Request(String path, Map<String, String> parameters) {

        String text() {
            String q = parameters.get("q");
            return q == null || q.isBlank() ? null : q;
        }

        List<String> list(String name) {
            String value = parameters.get(name);
            return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
        }

        static Request parse(String path) {
            Map<String, String> parameters = new LinkedHashMap<>();
            int at = path.indexOf('?');
            if (at >= 0) {
                for (String pair : path.substring(at + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        parameters.put(
                                URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    }
                }
            }
            return new Request(path, parameters);
        }
    }

    public static void main(String[] args) throws Exception {
        Path data = null;
        Path requestsFile = Path.of("bench/finder-requests.txt");
        String mode = "both";
        int threads = 1;
        int rounds = 100;
        int warmup = 30;
        Variant variant = Variant.FINDER;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--candidates" ->
                    variant = new Variant(
                            Integer.parseInt(args[++i]), variant.fuzzy(), variant.storedFields(), variant.nextSteps());
                case "--no-fuzzy" ->
                    variant = new Variant(variant.candidates(), false, variant.storedFields(), variant.nextSteps());
                case "--ids-only" ->
                    variant = new Variant(variant.candidates(), variant.fuzzy(), false, variant.nextSteps());
                case "--no-next-steps" ->
                    variant = new Variant(variant.candidates(), variant.fuzzy(), variant.storedFields(), false);
                case "--requests" -> requestsFile = Path.of(args[++i]);
                case "--mode" -> mode = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                default -> data = Path.of(args[i]);
            }
        }
        if (data == null) {
            System.err.println(
                    "Usage: FinderLuceneBaseline DATA_DIR|INDEX_DIR [--requests FILE] [--mode text|candidates"
                            + "|both] [--threads N] [--rounds N] [--warmup N]");
            System.exit(2);
        }
        Path index = Files.isDirectory(data.resolve("index/service")) ? data.resolve("index/service") : data;
        List<Request> requests = Files.readAllLines(requestsFile).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(Request::parse)
                .toList();

        try (var directory = FSDirectory.open(index);
                var reader = DirectoryReader.open(directory)) {
            var searcher = new IndexSearcher(reader);
            var analysis = new TextAnalysis();
            Set<String> fields = new TreeSet<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                for (FieldInfo info : leaf.reader().getFieldInfos()) {
                    fields.add(info.name);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "index %s: %d documents (%d live), %d segments, %d requests, %d thread(s), %d rounds after %d"
                            + " warm-up rounds%n",
                    index,
                    reader.maxDoc(),
                    reader.numDocs(),
                    reader.leaves().size(),
                    requests.size(),
                    threads,
                    rounds,
                    warmup);
            System.out.println("fields: " + fields);
            if (!fields.containsAll(List.of("name_fi", "description_fi", "inactive", "sort_name_fi"))) {
                throw new IllegalStateException("Not a kv-verkosto service index; its fields: " + fields);
            }
            Variant chosen = variant;
            for (String m : mode.equals("both") ? List.of("text", "candidates") : List.of(mode)) {
                Work work = m.equals("text")
                        ? request -> text(searcher, analysis, request)
                        : request -> candidates(searcher, analysis, request, chosen);
                run(m.equals("text") ? m : m + " (" + chosen.describe() + ")", work, requests, threads, warmup, rounds);
            }
        }
    }

    @FunctionalInterface
    interface Work {
        /** Runs one request and returns how many hits it read, so that nothing is optimised away. */
        long run(Request request) throws IOException;
    }

    private static void run(String mode, Work work, List<Request> requests, int threads, int warmup, int rounds)
            throws Exception {
        for (int r = 0; r < warmup; r++) {
            for (Request request : requests) {
                work.run(request);
            }
        }
        int n = requests.size();
        long[][] wall = new long[n][rounds * threads];
        long[][] cpu = new long[n][rounds * threads];
        ThreadMXBean clock = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<Long>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    long hits = 0;
                    for (int r = 0; r < rounds; r++) {
                        for (int k = 0; k < n; k++) {
                            int i = (k + thread * 7) % n; // threads start at different requests, as wrk's do
                            long cpuStart = clock.getCurrentThreadCpuTime();
                            long start = System.nanoTime();
                            hits += work.run(requests.get(i));
                            wall[i][thread * rounds + r] = System.nanoTime() - start;
                            cpu[i][thread * rounds + r] = clock.getCurrentThreadCpuTime() - cpuStart;
                        }
                    }
                    return hits;
                }));
            }
            for (Future<Long> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%n== raw Lucene, %s: per request (ms)%n", mode);
        System.out.printf(Locale.ROOT, "%8s %8s %8s  %s%n", "p50", "p95", "CPU p50", "request");
        for (int i = 0; i < n; i++) {
            long[] w = sorted(wall[i]);
            System.out.printf(
                    Locale.ROOT,
                    "%8.3f %8.3f %8.3f  %s%n",
                    percentile(w, 50),
                    percentile(w, 95),
                    percentile(sorted(cpu[i]), 50),
                    shorten(requests.get(i).path()));
        }
        long[] all = sorted(Arrays.stream(wall).flatMapToLong(Arrays::stream).toArray());
        long[] allCpu = sorted(Arrays.stream(cpu).flatMapToLong(Arrays::stream).toArray());
        System.out.printf(
                Locale.ROOT,
                "raw Lucene %s, all requests: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, %.0f requests/s (%d threads);"
                        + " CPU per request: mean %.3f ms, p50 %.3f ms, p95 %.3f ms%n",
                mode,
                percentile(all, 50),
                percentile(all, 95),
                percentile(all, 99),
                all.length / seconds,
                threads,
                Arrays.stream(allCpu).average().orElse(0) / 1e6,
                percentile(allCpu, 50),
                percentile(allCpu, 95));
    }

    private static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static double percentile(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static String shorten(String path) {
        String decoded = URLDecoder.decode(path.replace("/api/v1/finder?", ""), StandardCharsets.UTF_8);
        return decoded.length() > 110 ? decoded.substring(0, 107) + "..." : decoded;
    }

    /** The brief baseline: analysed terms on names and descriptions, the exact conditions, top 10. */
    static long text(IndexSearcher searcher, TextAnalysis analysis, Request request) throws IOException {
        var query = new BooleanQuery.Builder();
        String text = request.text();
        if (text != null) {
            var any = new BooleanQuery.Builder();
            for (Language language : Language.values()) {
                for (String term : new LinkedHashSet<>(analysis.terms(language, text))) {
                    any.add(new TermQuery(new Term("name_" + language.code(), term)), Occur.SHOULD);
                    any.add(new TermQuery(new Term("description_" + language.code(), term)), Occur.SHOULD);
                }
            }
            query.add(any.build(), Occur.MUST);
        } else {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        filters(query, request, Map.of());
        TopDocs top = searcher.search(query.build(), TEXT_HITS);
        var stored = searcher.storedFields();
        long read = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            read += stored.document(hit.doc, Set.of("__HSEARCH_id")).getFields().size();
        }
        return read;
    }

    /** The finder's index work in plain Lucene: the text and classification candidates, and the next steps. */
    static long candidates(IndexSearcher searcher, TextAnalysis analysis, Request request, Variant variant)
            throws IOException {
        long read = 0;
        String text = request.text();
        List<String> needs = request.list("needs");
        String stage = request.parameters().get("stage");
        if (text != null) {
            var any = new BooleanQuery.Builder();
            for (var field : TEXT_FIELDS.entrySet()) {
                for (Language language : Language.values()) {
                    String name = field.getKey() + language.code();
                    List<String> terms = new ArrayList<>(new LinkedHashSet<>(analysis.terms(language, text)));
                    if (terms.isEmpty()) {
                        continue;
                    }
                    var match = new BooleanQuery.Builder();
                    var fuzzy = new BooleanQuery.Builder();
                    for (String term : terms) {
                        match.add(new TermQuery(new Term(name, term)), Occur.SHOULD);
                        fuzzy.add(new FuzzyQuery(new Term(name, term), 1, 2), Occur.SHOULD);
                    }
                    any.add(new BoostQuery(match.build(), field.getValue()), Occur.SHOULD);
                    if (variant.fuzzy() && !field.getKey().equals("description_")) {
                        any.add(new BoostQuery(fuzzy.build(), field.getValue() * FUZZY_WEIGHT), Occur.SHOULD);
                    }
                }
            }
            var query = new BooleanQuery.Builder().add(any.build(), Occur.MUST);
            filters(query, request, Map.of());
            read += fetch(searcher, query.build(), variant);
        }
        if (text == null || !needs.isEmpty() || stage != null) {
            read += fetch(searcher, classified(request, needs, stage, Map.of()), variant);
        }
        if (variant.nextSteps() && stage != null && !stage.equals("x") && !stage.equals("5")) {
            int at = Integer.parseInt(stage);
            for (int s = at + 1; s <= Math.min(5, at + 2); s++) {
                String step = Integer.toString(s);
                read += fetch(searcher, classified(request, needs, step, Map.of("stage", step)), variant);
            }
        }
        return read;
    }

    private static Query classified(Request request, List<String> needs, String stage, Map<String, String> extra) {
        var scored = new BooleanQuery.Builder();
        scored.add(new BoostQuery(new ConstantScoreQuery(new MatchAllDocsQuery()), 0.001f), Occur.SHOULD);
        if (!needs.isEmpty()) {
            scored.add(new BoostQuery(new ConstantScoreQuery(terms("need", needs)), 0.3f), Occur.SHOULD);
        }
        if (stage != null) {
            scored.add(new BoostQuery(new ConstantScoreQuery(terms("stage", List.of(stage))), 0.15f), Occur.SHOULD);
        }
        var query = new BooleanQuery.Builder().add(scored.build(), Occur.MUST);
        filters(query, request, extra);
        return query.build();
    }

    private static void filters(BooleanQuery.Builder query, Request request, Map<String, String> extra) {
        for (String facet : List.of("municipality", "industry", "size")) {
            String value = request.parameters().get(facet);
            if (value != null && !value.isBlank()) {
                query.add(new TermQuery(new Term(facet, value)), Occur.FILTER);
            }
        }
        extra.forEach((field, value) -> query.add(new TermQuery(new Term(field, value)), Occur.FILTER));
        query.add(IntPoint.newExactQuery("inactive", 0), Occur.FILTER);
    }

    private static Query terms(String field, List<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }

    private static long fetch(IndexSearcher searcher, Query query, Variant variant) throws IOException {
        TopDocs top = searcher.search(query, variant.candidates(), BY_SCORE_THEN_NAME, false);
        var stored = searcher.storedFields();
        Set<String> fields = variant.storedFields() ? PROJECTED : Set.of("__HSEARCH_id");
        long read = 0;
        for (ScoreDoc hit : top.scoreDocs) {
            read += stored.document(hit.doc, fields).getFields().size();
        }
        return read;
    }
}
