package fi.kvverkosto.finder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kvverkosto.RealCatalogueTest;
import fi.kvverkosto.TestCatalogue;
import fi.kvverkosto.interop.HsdsCatalogue;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Measures other weights of the ranking ({@link Ranking}) on the judged development needs, by coordinate ascent, and
 * tells how well weights chosen that way carry over to needs they were not chosen on: five-fold cross-validation
 * (choose on four fifths, measure on the fifth, against the current weights on the same fifth). Not part of the suite:
 * {@code mvn test -Dtest=FinderTuning -Dkv.tune=true [-Dkv.tune.weights=need,advisory]}; the report is in {@code target/finder-tuning.txt}.
 */
@RealCatalogueTest
@EnabledIfSystemProperty(named = "kv.tune", matches = "true")
class FinderTuning {

    private static final double[] FACTORS = {0, 0.5, 0.75, 1.25, 1.5, 2, 3};
    private static final int FOLDS = 5;
    private static final int ROUNDS = 2;

    /** The weights to tune ({@code -Dkv.tune.weights=need,advisory}); all when not given. */
    private static final List<String> TUNED = java.util.Arrays.stream(
                    System.getProperty("kv.tune.weights", "").split(","))
            .map(String::strip)
            .filter(name -> !name.isEmpty())
            .toList();

    @Autowired
    HsdsCatalogue catalogue;

    @Autowired
    Finder finder;

    @LocalServerPort
    int port;

    private final List<String> report = new ArrayList<>();

    @Test
    void tune() throws Exception {
        var folder = TestCatalogue.folder().orElseThrow();
        assertTrue(catalogue.importFolder(folder, false).succeeded());
        var needs = FinderQuality.needs(folder.resolve("../queries-dev.json"));
        var system = FinderQuality.api("http://localhost:" + port);

        double tunedHeldOut = 0;
        double currentHeldOut = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<FinderQuality.Need> train = new ArrayList<>();
            List<FinderQuality.Need> test = new ArrayList<>();
            for (int i = 0; i < needs.size(); i++) {
                (i % FOLDS == fold ? test : train).add(needs.get(i));
            }
            Ranking tuned = ascend(Ranking.DEFAULT, train, system);
            double tunedScore = objective(tuned, test, system);
            double currentScore = objective(Ranking.DEFAULT, test, system);
            tunedHeldOut += tunedScore * test.size();
            currentHeldOut += currentScore * test.size();
            note(
                    "fold %d: held-out objective %.3f tuned vs %.3f current; tuned %s",
                    fold, tunedScore, currentScore, tuned);
        }
        note(
                "cross-validated objective (nDCG@5 + recall@10 / 2): %.3f tuned vs %.3f current",
                tunedHeldOut / needs.size(), currentHeldOut / needs.size());

        Ranking all = ascend(Ranking.DEFAULT, needs, system);
        finder.useRanking(all);
        var figures = FinderQuality.judge(needs, system, new ArrayList<>());
        note("tuned on all needs: %s -> %s", all, figures.line("finder"));
        finder.useRanking(Ranking.DEFAULT);
        Files.write(Path.of("target/finder-tuning.txt"), report);
    }

    private Ranking ascend(Ranking start, List<FinderQuality.Need> needs, FinderQuality.System system)
            throws Exception {
        Ranking best = start;
        double bestScore = objective(best, needs, system);
        RecordComponent[] components = Ranking.class.getRecordComponents();
        for (int round = 0; round < ROUNDS; round++) {
            for (int c = 0; c < components.length; c++) {
                if (!TUNED.isEmpty() && !TUNED.contains(components[c].getName())) {
                    continue;
                }
                double base = values(best)[c];
                for (double factor : FACTORS) {
                    double value = base == 0 ? factor * 0.05 : base * factor;
                    Ranking candidate = with(best, c, value);
                    double score = objective(candidate, needs, system);
                    if (score > bestScore + 1e-9) {
                        best = candidate;
                        bestScore = score;
                    }
                }
            }
        }
        return best;
    }

    private double objective(Ranking ranking, List<FinderQuality.Need> needs, FinderQuality.System system) {
        finder.useRanking(ranking);
        var figures = FinderQuality.judge(needs, system, new ArrayList<>());
        return figures.ndcg5() + figures.recall10() / 2;
    }

    private static double[] values(Ranking ranking) throws Exception {
        RecordComponent[] components = Ranking.class.getRecordComponents();
        double[] values = new double[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = (double) components[i].getAccessor().invoke(ranking);
        }
        return values;
    }

    private static Ranking with(Ranking ranking, int component, double value) throws Exception {
        double[] values = values(ranking);
        values[component] = value;
        Object[] args = new Object[values.length];
        Class<?>[] types = new Class<?>[values.length];
        for (int i = 0; i < values.length; i++) {
            args[i] = values[i];
            types[i] = double.class;
        }
        return Ranking.class.getDeclaredConstructor(types).newInstance(args);
    }

    private void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        report.add(line);
        System.out.println(line);
    }
}
