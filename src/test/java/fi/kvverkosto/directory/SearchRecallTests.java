package fi.kvverkosto.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fi.kvverkosto.RealCatalogueTest;
import fi.kvverkosto.TestCatalogue;
import fi.kvverkosto.interop.HsdsCatalogue;
import fi.kvverkosto.shared.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Measures how well the search finds the judged services of the shared development queries ({@code queries-dev.json})
 * over the real catalogue, and writes the figures to {@code target/search-recall.txt}. Skipped when the shared data
 * folder is not there (see {@link TestCatalogue}).
 *
 * <p>In the context of {@link RealCatalogueTest}, shared with the finder's quality tests, whose database holds only the
 * real catalogue: its terms share codes with the test fixtures' and must not meet them.
 */
@RealCatalogueTest
class SearchRecallTests {

    /** Recall over the first 100 results, text only: 0.77 measured in November 2026, kept as a floor against regressions. */
    static final double RECALL_FLOOR = 0.75;

    @Autowired
    HsdsCatalogue catalogue;

    @Autowired
    ServiceDirectory directory;

    @Test
    void findsTheJudgedServicesOfTheDevelopmentQueries() throws IOException {
        var folder = TestCatalogue.folder();
        assumeTrue(folder.isPresent(), "shared catalogue not found in " + TestCatalogue.whereLooked());
        long started = System.nanoTime();
        var imported = catalogue.importFolder(folder.get(), false);
        assertThat(imported.succeeded()).as("%s", imported.problems()).isTrue();
        long applied = System.nanoTime();
        JsonNode queries = JsonMapper.builder()
                .build()
                .readTree(folder.get().resolve("../queries-dev.json").toFile())
                .get("queries");

        List<String> lines = new ArrayList<>();
        double recall10 = 0;
        double recallAll = 0;
        double recall10Grade2 = 0;
        double ndcg5 = 0;
        long hits = 0;
        int measured = 0;
        int withGrade2 = 0;
        for (JsonNode query : queries) {
            String text = query.get("text").asString();
            Map<UUID, Integer> judged = new HashMap<>();
            query.get("judgements")
                    .properties()
                    .forEach(e ->
                            judged.put(UUID.fromString(e.getKey()), e.getValue().asInt()));
            if (text.isBlank() || judged.isEmpty()) {
                continue;
            }
            Language language = Language.fromCode(query.get("lang").asString()).orElse(Language.FI);
            var result = directory.search(new ServiceSearch(text, Map.of(), 1, ServiceSearch.MAX_PAGE_SIZE), language);
            List<UUID> found =
                    result.services().stream().map(ServiceSummary::id).toList();
            int top10 = 0;
            int all = 0;
            int grade2 = 0;
            int grade2Top10 = 0;
            List<String> missed = new ArrayList<>();
            for (var judgement : judged.entrySet()) {
                int at = found.indexOf(judgement.getKey());
                if (at >= 0) {
                    all++;
                }
                if (at >= 0 && at < 10) {
                    top10++;
                } else {
                    missed.add(judgement.getKey().toString().substring(0, 8) + "(" + judgement.getValue() + ")"
                            + (at < 0 ? "" : "@" + (at + 1)));
                }
                if (judgement.getValue() >= 2) {
                    grade2++;
                    if (at >= 0 && at < 10) {
                        grade2Top10++;
                    }
                }
            }
            measured++;
            recall10 += (double) top10 / judged.size();
            recallAll += (double) all / judged.size();
            if (grade2 > 0) {
                withGrade2++;
                recall10Grade2 += (double) grade2Top10 / grade2;
            }
            ndcg5 += ndcg(found, judged, 5);
            hits += result.total();
            lines.add(String.format(
                    Locale.ROOT,
                    "%s %s %-70s hits=%3d recall@10=%d/%d recall@100=%d/%d missed@10=%s",
                    query.get("id").asString(),
                    language.code(),
                    text,
                    result.total(),
                    top10,
                    judged.size(),
                    all,
                    judged.size(),
                    missed));
        }
        String summary = String.format(
                Locale.ROOT,
                "queries=%d recall@10=%.3f recall@10(grade>=2)=%.3f recall@100=%.3f nDCG@5=%.3f mean hits=%.1f",
                measured,
                recall10 / measured,
                recall10Grade2 / withGrade2,
                recallAll / measured,
                ndcg5 / measured,
                (double) hits / measured);
        lines.add(summary);
        lines.add(String.format(
                Locale.ROOT,
                "catalogue applied and indexed in %d ms; %d queries in %d ms",
                (applied - started) / 1_000_000,
                measured,
                (System.nanoTime() - applied) / 1_000_000));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/search-recall.txt"), lines);
        lines.forEach(System.out::println);

        assertThat(measured).isGreaterThan(20);
        assertThat(recallAll / measured).as(summary).isGreaterThanOrEqualTo(RECALL_FLOOR);
    }

    private static double ndcg(List<UUID> found, Map<UUID, Integer> judged, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, found.size()); i++) {
            dcg += (Math.pow(2, judged.getOrDefault(found.get(i), 0)) - 1) / log2(i + 2);
        }
        List<Integer> ideal =
                judged.values().stream().sorted(Comparator.reverseOrder()).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
