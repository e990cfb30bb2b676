package fi.kvverkosto.finder;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The finder's quality on judged needs, measured as the shared benchmark does ({@code shared/tools/finder_eval.py}):
 * nDCG@5 with gains 2^grade − 1, recall@10 of the services graded ≥ 2 (≥ 1 where none is), needs without any relevant
 * service left out of both and reported as the mean number of results. Beside it, a plain BM25 baseline: Lucene's
 * standard analyzer over the same texts, no profile.
 *
 * <p>Used by {@link FinderQualityTests} in the suite and by {@code bench/finder-quality.sh} against a running server.
 */
final class FinderQuality {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One judged need. */
    record Need(String id, String lang, String text, JsonNode profile, Map<String, Integer> judgements) {}

    /** The figures of one system. */
    record Figures(double ndcg5, double recall10, double noFitResults, int errors) {
        String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%s: nDCG@5=%.3f recall@10=%.3f no-fit results=%.1f errors=%d",
                    name,
                    ndcg5,
                    recall10,
                    noFitResults,
                    errors);
        }
    }

    /** The ranking a system gives a need. */
    interface System {
        List<String> rank(Need need) throws Exception;
    }

    static List<Need> needs(Path queriesFile) throws IOException {
        List<Need> needs = new ArrayList<>();
        for (JsonNode q : JSON.readTree(queriesFile.toFile()).get("queries")) {
            Map<String, Integer> judgements = new LinkedHashMap<>();
            q.path("judgements")
                    .properties()
                    .forEach(e -> judgements.put(e.getKey(), e.getValue().asInt()));
            needs.add(new Need(
                    q.get("id").asString(),
                    q.path("lang").asString("fi"),
                    q.path("text").asString(""),
                    q.path("profile"),
                    judgements));
        }
        return needs;
    }

    /**
     * The same needs without some parts of their profiles ({@code stage}, {@code needs}, ...): how well the finder does
     * when a company does not answer those questions, and what it reads from the words instead.
     */
    static List<Need> withheld(List<Need> needs, List<String> fields) {
        List<Need> without = new ArrayList<>();
        for (Need need : needs) {
            var profile = need.profile().isObject()
                    ? ((tools.jackson.databind.node.ObjectNode) need.profile()).deepCopy()
                    : JSON.createObjectNode();
            fields.forEach(profile::remove);
            without.add(new Need(need.id(), need.lang(), need.text(), profile, need.judgements()));
        }
        return without;
    }

    static Figures judge(List<Need> needs, System system, List<String> report) {
        return judge(needs, system, report, Map.of());
    }

    static Figures judge(List<Need> needs, System system, List<String> report, Map<String, List<String>> details) {
        double ndcg = 0;
        double recall = 0;
        int judged = 0;
        int noFit = 0;
        int noFitResults = 0;
        int errors = 0;
        for (Need need : needs) {
            List<String> ranked;
            try {
                ranked = system.rank(need);
            } catch (Exception e) {
                errors++;
                ranked = List.of();
                report.add(need.id() + " ERROR " + e);
            }
            if (need.judgements().isEmpty()) {
                noFit++;
                noFitResults += Math.min(10, ranked.size());
                report.add(
                        String.format(Locale.ROOT, "%s no-fit results=%d %s", need.id(), ranked.size(), need.text()));
                report.addAll(details.getOrDefault(need.id(), List.of()));
                continue;
            }
            double n = ndcg(ranked, need.judgements(), 5);
            double r = recall(ranked, need.judgements(), 10);
            ndcg += n;
            recall += r;
            judged++;
            StringJoiner top = new StringJoiner(" ");
            for (int i = 0; i < Math.min(5, ranked.size()); i++) {
                top.add(String.valueOf(need.judgements().getOrDefault(ranked.get(i), 0)));
            }
            report.add(String.format(
                    Locale.ROOT,
                    "%s nDCG@5=%.2f recall@10=%.2f top5 grades=[%s] %s",
                    need.id(),
                    n,
                    r,
                    top,
                    need.text()));
            report.addAll(details.getOrDefault(need.id(), List.of()));
        }
        return new Figures(
                judged == 0 ? Double.NaN : ndcg / judged,
                judged == 0 ? Double.NaN : recall / judged,
                noFit == 0 ? Double.NaN : (double) noFitResults / noFit,
                errors);
    }

    static double ndcg(List<String> ranked, Map<String, Integer> judgements, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += (Math.pow(2, judgements.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal = judgements.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(k)
                .toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> judgements, int k) {
        List<String> relevant = judgements.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .map(Map.Entry::getKey)
                .toList();
        if (relevant.isEmpty()) {
            relevant = List.copyOf(judgements.keySet());
        }
        List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
        return (double) relevant.stream().filter(top::contains).count() / relevant.size();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** The finder through its HTTP API, asked exactly as the shared benchmark asks it. */
    static System api(String baseUrl) {
        return api(baseUrl, new HashMap<>());
    }

    /** The same, noting for each need its results' names, scores and reasons in {@code details}. */
    static System api(String baseUrl, Map<String, List<String>> details) {
        HttpClient http = HttpClient.newHttpClient();
        return need -> {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", need.text());
            params.put("lang", need.lang());
            params.put("limit", "10");
            JsonNode p = need.profile();
            for (String key : List.of("municipality", "industry", "size")) {
                if (p.has(key)) {
                    params.put(key, p.get(key).asString());
                }
            }
            if (p.has("stage")) {
                params.put("stage", p.get("stage").asString());
            }
            if (p.has("markets") && !p.get("markets").isEmpty()) {
                params.put("markets", String.join(",", strings(p.get("markets"))));
            }
            if (p.has("needs") && !p.get("needs").isEmpty()) {
                params.put("needs", String.join(",", strings(p.get("needs"))));
            }
            StringJoiner query = new StringJoiner("&");
            params.forEach((k, v) -> {
                if (!v.isEmpty()) {
                    query.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/finder?" + query))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            List<String> ids = new ArrayList<>();
            List<String> shown = new ArrayList<>();
            JsonNode answer = JSON.readTree(response.body());
            shown.add("    profile: stage " + answer.get("profile").path("stage") + ", needs from the words "
                    + answer.get("profile").path("derivedNeeds"));
            answer.get("results").forEach(r -> {
                ids.add(r.get("serviceId").asString());
                shown.add(String.format(
                        Locale.ROOT,
                        "    (%d) %.3f %.2f %s %s",
                        need.judgements().getOrDefault(r.get("serviceId").asString(), 0),
                        r.get("score").asDouble(),
                        r.path("textMatch").asDouble(),
                        r.get("name").asString(),
                        r.get("reasons")));
            });
            details.put(need.id(), shown);
            return ids;
        };
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    /**
     * Plain BM25 over each active service's name, English name, description, English description and provider names,
     * with Lucene's standard analyzer; the query is the need's text plus the names of its chosen needs, as in the
     * shared benchmark's baseline.
     */
    static System bm25(Path catalog) throws IOException {
        JsonNode services = JSON.readTree(catalog.resolve("services.json").toFile());
        Map<String, JsonNode> organisations = new HashMap<>();
        JSON.readTree(catalog.resolve("organizations.json").toFile())
                .forEach(o -> organisations.put(o.get("id").asString(), o));
        Map<String, String> needNames = new HashMap<>();
        JSON.readTree(catalog.resolve("taxonomy_terms.json").toFile()).forEach(t -> {
            String code = t.path("code").asString("");
            if (code.startsWith("kv-need:")) {
                needNames.put(
                        code.substring("kv-need:".length()),
                        t.get("name").asString() + " "
                                + t.path("description").asString("").split(" – ")[0]);
            }
        });
        var analyzer = new StandardAnalyzer();
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (JsonNode s : services) {
                if (!"active".equals(s.path("status").asString())) {
                    continue;
                }
                StringJoiner text = new StringJoiner(" ");
                text.add(s.path("name").asString(""));
                text.add(s.path("alternate_name").asString(""));
                text.add(s.path("description").asString(""));
                s.path("attributes").forEach(a -> {
                    if ("translation".equals(a.path("link_type").asString())) {
                        text.add(a.path("value").asString(""));
                    }
                });
                JsonNode org = organisations.get(s.path("organization_id").asString());
                if (org != null) {
                    text.add(org.path("name").asString(""));
                    text.add(org.path("alternate_name").asString(""));
                }
                Document doc = new Document();
                doc.add(new StoredField("id", s.get("id").asString()));
                doc.add(new TextField("text", text.toString(), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        var searcher = new IndexSearcher(DirectoryReader.open(directory));
        return need -> {
            StringJoiner text = new StringJoiner(" ");
            text.add(need.text());
            need.profile().path("needs").forEach(n -> text.add(needNames.getOrDefault(n.asString(), n.asString())));
            var query = new BooleanQuery.Builder();
            try (var stream = analyzer.tokenStream("text", text.toString())) {
                var term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    query.add(new TermQuery(new Term("text", term.toString())), BooleanClause.Occur.SHOULD);
                }
                stream.end();
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), 10).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return ids;
        };
    }
}
