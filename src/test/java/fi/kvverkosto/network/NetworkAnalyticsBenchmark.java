package fi.kvverkosto.network;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Times the analytics on a synthetic network (not a test: run by {@code bench/network-analytics.sh}). The graph is
 * seeded and random with a skewed degree distribution like a real referral network: each new node joins m earlier
 * nodes, chosen half uniformly and half in proportion to their degree (preferential attachment), until the edge count
 * is reached. Prints the median of the timed runs after one warm-up.
 *
 * <p>Arguments: nodes (10000), edges (100000), runs (3).
 */
public final class NetworkAnalyticsBenchmark {

    private NetworkAnalyticsBenchmark() {}

    public static void main(String[] args) {
        int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int edges = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int[][] adjacency = graph(nodes, edges, new Random(20261127));
        long counted = 0;
        for (int[] a : adjacency) {
            counted += a.length;
        }
        System.out.printf(
                "graph: %d nodes, %d edges; %d processors; %s %s%n",
                nodes,
                counted / 2,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        int[] sample = NetworkAnalytics.sources(adjacency);
        System.out.printf(
                "sources: %s%n", sample == null ? "all (exact)" : sample.length + " of " + nodes + " (estimate)");
        double[][] result = new double[1][];
        time(
                "betweenness as the application computes it",
                runs,
                () -> result[0] = NetworkAnalytics.betweenness(adjacency, true, sample));
        if (sample != null && !"false".equals(System.getProperty("exact", "true"))) {
            double[][] exact = new double[1][];
            time("betweenness exact (all sources)", 1, () -> exact[0] = NetworkAnalytics.betweenness(adjacency, true));
            double maxError = 0;
            double top = 0;
            for (int i = 0; i < nodes; i++) {
                maxError = Math.max(maxError, Math.abs(exact[0][i] - result[0][i]));
                top = Math.max(top, exact[0][i]);
            }
            System.out.printf(
                    "estimate vs exact: largest absolute error %.5f (largest betweenness %.5f); top-20 overlap %d%n",
                    maxError, top, overlap(exact[0], result[0], 20));
        }
        time("closeness as the application computes it", runs, () -> NetworkAnalytics.closeness(adjacency, sample));

        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ids.add(i);
        }
        List<Map.Entry<Integer, Integer>> pairs = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            for (int j : adjacency[i]) {
                if (i < j) {
                    pairs.add(new SimpleEntry<>(i, j));
                }
            }
        }
        time("whole analysis (+ communities, bridges)", 1, () -> NetworkAnalytics.analyse(ids, pairs));
    }

    /** How many of the k highest nodes by one score are among the k highest by the other. */
    static int overlap(double[] a, double[] b, int k) {
        Set<Integer> topA = top(a, k);
        Set<Integer> topB = top(b, k);
        topA.retainAll(topB);
        return topA.size();
    }

    private static Set<Integer> top(double[] scores, int k) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            order.add(i);
        }
        order.sort((x, y) -> Double.compare(scores[y], scores[x]));
        return new HashSet<>(order.subList(0, k));
    }

    static int[][] graph(int nodes, int edges, Random random) {
        int perNode = Math.max(1, (int) Math.ceil(edges / (double) nodes));
        List<int[]> pairs = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        int[] ends = new int[2 * edges + 2];
        int endCount = 0;
        for (int v = 1; v < nodes && pairs.size() < edges; v++) {
            for (int k = 0; k < perNode && pairs.size() < edges; k++) {
                int u = endCount > 0 && random.nextBoolean() ? ends[random.nextInt(endCount)] : random.nextInt(v);
                long key = (long) Math.min(u, v) * nodes + Math.max(u, v);
                if (u != v && seen.add(key)) {
                    pairs.add(new int[] {u, v});
                    ends[endCount++] = u;
                    ends[endCount++] = v;
                }
            }
        }
        while (pairs.size() < edges) {
            int u = random.nextInt(nodes);
            int v = random.nextInt(nodes);
            long key = (long) Math.min(u, v) * nodes + Math.max(u, v);
            if (u != v && seen.add(key)) {
                pairs.add(new int[] {u, v});
            }
        }
        return NetworkLayout.adjacency(nodes, pairs);
    }

    private static void time(String what, int runs, Runnable work) {
        work.run(); // warm-up
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(times);
        System.out.printf(
                "%s: median %.2f s of %d runs (min %.2f s)%n", what, times[runs / 2] / 1e9, runs, times[0] / 1e9);
    }
}
