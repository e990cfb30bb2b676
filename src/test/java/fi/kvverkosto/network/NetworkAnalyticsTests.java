package fi.kvverkosto.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;

/** The analytics on small graphs whose answers are known by hand, and betweenness against JGraphT's. */
class NetworkAnalyticsTests {

    private static List<Map.Entry<String, String>> edges(String... pairs) {
        List<Map.Entry<String, String>> edges = new ArrayList<>();
        for (String pair : pairs) {
            edges.add(new SimpleEntry<>(pair.substring(0, 1), pair.substring(1, 2)));
        }
        return edges;
    }

    @Test
    void pathGraphHasItsMiddleMostBetweenAndEveryEdgeABridge() {
        var edges = edges("ab", "bc", "cd", "de");
        var analysis = NetworkAnalytics.analyse(List.of("a", "b", "c", "d", "e"), edges);
        var m = analysis.metrics();
        // Unnormalised 0, 3, 4, 3, 0 over (n-1)(n-2)/2 = 6 pairs of other nodes.
        assertThat(m.get("a").betweenness()).isCloseTo(0, within(1e-9));
        assertThat(m.get("b").betweenness()).isCloseTo(3 / 6.0, within(1e-9));
        assertThat(m.get("c").betweenness()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(m.get("c").closeness()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(m.get("a").closeness()).isCloseTo(4 / 10.0, within(1e-9));
        assertThat(m.get("c").degree()).isEqualTo(2);
        assertThat(m.get("a").degree()).isEqualTo(1);
        assertThat(analysis.bridges()).hasSize(4);
        assertThat(m.values().stream().filter(NetworkAnalytics.Metrics::articulation))
                .hasSize(3);
        assertThat(m.get("a").articulation()).isFalse();
        assertThat(m.get("c").articulation()).isTrue();
    }

    @Test
    void starCentreLiesOnEveryPath() {
        var edges = edges("ab", "ac", "ad", "ae");
        var m = NetworkAnalytics.analyse(List.of("a", "b", "c", "d", "e"), edges)
                .metrics();
        assertThat(m.get("a").betweenness()).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("a").closeness()).isCloseTo(1.0, within(1e-9));
        assertThat(m.get("a").degree()).isEqualTo(4);
        assertThat(m.get("b").betweenness()).isCloseTo(0, within(1e-9));
        assertThat(m.get("b").closeness()).isCloseTo(4 / 7.0, within(1e-9));
    }

    @Test
    void twoTrianglesJoinedByOneEdgeAreTwoCommunitiesWithOneBridge() {
        var edges = edges("ab", "bc", "ca", "cd", "de", "ef", "fd");
        var analysis = NetworkAnalytics.analyse(List.of("a", "b", "c", "d", "e", "f"), edges);
        assertThat(analysis.communities()).isEqualTo(2);
        var m = analysis.metrics();
        assertThat(m.get("a").community())
                .isEqualTo(m.get("b").community())
                .isEqualTo(m.get("c").community());
        assertThat(m.get("d").community())
                .isEqualTo(m.get("e").community())
                .isEqualTo(m.get("f").community());
        assertThat(m.get("a").community()).isNotEqualTo(m.get("d").community());
        assertThat(analysis.bridges()).containsExactly(List.of("c", "d"));
        assertThat(m.entrySet().stream()
                        .filter(e -> e.getValue().articulation())
                        .map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("c", "d");
    }

    @Test
    void closenessStaysMeaningfulAcrossComponentsAndIsolatedNodesScoreZero() {
        var edges = edges("ab", "cd");
        var m = NetworkAnalytics.analyse(List.of("a", "b", "c", "d", "z"), edges)
                .metrics();
        // Reaches 1 of 4 others at distance 1: (1/1) * (1/4).
        assertThat(m.get("a").closeness()).isCloseTo(0.25, within(1e-9));
        assertThat(m.get("z").closeness()).isZero();
        assertThat(m.get("z").degree()).isZero();
    }

    @Test
    void parallelAndReverseRelationsCountOnce() {
        var edges = edges("ab", "ba", "ab", "bc");
        var m = NetworkAnalytics.analyse(List.of("a", "b", "c"), edges).metrics();
        assertThat(m.get("b").degree()).isEqualTo(2);
        assertThat(m.get("b").betweenness()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void shortestPathFollowsFewestRelations() {
        var edges = edges("ab", "bc", "cd", "ae", "ed", "dz");
        var nodes = List.of("a", "b", "c", "d", "e", "z", "q");
        assertThat(NetworkAnalytics.shortestPath(nodes, edges, "a", "z")).contains(List.of("a", "e", "d", "z"));
        assertThat(NetworkAnalytics.shortestPath(nodes, edges, "a", "q")).isEmpty();
        assertThat(NetworkAnalytics.shortestPath(nodes, edges, "a", "a")).contains(List.of("a"));
    }

    @Test
    void bridgesAndArticulationPointsAgreeWithJGraphTOnARandomGraph() {
        var random = new Random(7);
        List<Integer> nodes = nodes(300);
        List<Map.Entry<Integer, Integer>> edges = randomEdges(random, 330, 0, 300);
        var graph = NetworkAnalytics.graph(nodes, edges);
        var inspector = new org.jgrapht.alg.connectivity.BiconnectivityInspector<>(graph);
        var analysis = NetworkAnalytics.analyse(nodes, edges);
        var cuts = analysis.metrics().entrySet().stream()
                .filter(e -> e.getValue().articulation())
                .map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(cuts).isEqualTo(inspector.getCutpoints());
        var bridges = new java.util.HashSet<List<Integer>>();
        inspector.getBridges().forEach(e -> {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            bridges.add(List.of(Math.min(a, b), Math.max(a, b)));
        });
        assertThat(new java.util.HashSet<>(analysis.bridges())).isEqualTo(bridges);
    }

    @Test
    void largeGraphsEstimateBetweennessFromAnEvenSampleOfSources() {
        int n = 5_000;
        int[][] ring = new int[n][];
        for (int i = 0; i < n; i++) {
            ring[i] = new int[] {(i + n - 1) % n, (i + 1) % n};
        }
        // A ring is symmetric: every source adds the same total dependency, so the estimate's mean is the exact mean,
        // and the estimate of a node is within the spread of a handful of sources.
        int[] sample = {0, 1000, 2000, 3000, 4000};
        double[] exact = NetworkAnalytics.betweenness(ring, true);
        double[] estimated = NetworkAnalytics.betweenness(ring, true, sample);
        double exactMean = java.util.Arrays.stream(exact).average().orElseThrow();
        assertThat(java.util.Arrays.stream(estimated).average().orElseThrow()).isCloseTo(exactMean, within(1e-9));
        assertThat(estimated[17]).isCloseTo(exact[17], within(exact[17] * 0.5));
        assertThat(NetworkAnalytics.sources(ring)).isNull();
        int[][] big = new int[20_000][];
        for (int i = 0; i < big.length; i++) {
            big[i] = new int[20];
        }
        assertThat(NetworkAnalytics.sources(big)).hasSize(625).startsWith(0, 32);
    }

    @Test
    void betweennessAgreesWithJGraphTOnARandomGraph() {
        var random = new Random(42);
        List<Integer> nodes = nodes(200);
        List<Map.Entry<Integer, Integer>> edges = randomEdges(random, 600, 0, 200);
        var graph = NetworkAnalytics.graph(nodes, edges);
        var expected = new BetweennessCentrality<>(graph, false).getScores();
        int[][] adjacency = adjacency(graph, nodes);
        double[] actual = NetworkAnalytics.betweenness(adjacency, false);
        for (Integer v : nodes) {
            assertThat(actual[v]).as("node %d", v).isCloseTo(expected.get(v), within(1e-7));
        }
    }

    @Test
    void parallelBetweennessIsTheSequentialOneWhateverTheNumberOfWorkers() {
        var random = new Random(2026);
        int n = 400;
        List<Integer> nodes = nodes(n);
        List<Map.Entry<Integer, Integer>> edges = randomEdges(random, 1_600, 0, n);
        var graph = NetworkAnalytics.graph(nodes, edges);
        var expected = new BetweennessCentrality<>(graph, false).getScores();
        int[][] adjacency = adjacency(graph, nodes);
        double[] sequential = NetworkAnalytics.betweenness(adjacency, false, null, 1);
        for (Integer v : nodes) {
            assertThat(sequential[v]).as("node %d", v).isCloseTo(expected.get(v), within(1e-9));
        }
        // The same sums in the same order: equal to the last bit, not only close.
        assertThat(NetworkAnalytics.betweenness(adjacency, false, null, 2)).containsExactly(sequential);
        assertThat(NetworkAnalytics.betweenness(adjacency, false, null, 3)).containsExactly(sequential);
        int[] sample = {0, 50, 100, 150};
        assertThat(NetworkAnalytics.betweenness(adjacency, false, sample, 2))
                .containsExactly(NetworkAnalytics.betweenness(adjacency, false, sample, 1));
    }

    @Test
    void betweennessAgreesWithJGraphTOnDenseAndBrokenGraphsWhereTheSearchGoesBottomUp() {
        // Dense parts make the last levels smaller than the edges of the level before, so the search turns bottom-up;
        // a second component, a path and isolated nodes are left unreached from most sources.
        var random = new Random(11);
        List<Integer> nodes = nodes(300);
        List<Map.Entry<Integer, Integer>> edges = randomEdges(random, 2_000, 0, 150);
        edges.addAll(randomEdges(random, 300, 150, 100));
        for (int i = 250; i < 280; i++) {
            edges.add(new SimpleEntry<>(i, i + 1));
        }
        var graph = NetworkAnalytics.graph(nodes, edges);
        var expected = new BetweennessCentrality<>(graph, false).getScores();
        int[][] adjacency = adjacency(graph, nodes);
        double[] actual = NetworkAnalytics.betweenness(adjacency, false, null, 2);
        for (Integer v : nodes) {
            assertThat(actual[v]).as("node %d", v).isCloseTo(expected.get(v), within(1e-7));
        }
    }

    /** The nodes 0, 1, …, n - 1. */
    private static List<Integer> nodes(int n) {
        return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** {@code count} random edges (loops and parallel edges included) among the nodes from … from + span - 1. */
    private static List<Map.Entry<Integer, Integer>> randomEdges(Random random, int count, int from, int span) {
        List<Map.Entry<Integer, Integer>> edges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            edges.add(new SimpleEntry<>(from + random.nextInt(span), from + random.nextInt(span)));
        }
        return edges;
    }

    /** Each node's neighbours in the graph, as {@link NetworkAnalytics#betweenness} takes them. */
    private static int[][] adjacency(org.jgrapht.Graph<Integer, ?> graph, List<Integer> nodes) {
        int[][] adjacency = new int[nodes.size()][];
        for (Integer v : nodes) {
            adjacency[v] = org.jgrapht.Graphs.neighborListOf(graph, v).stream()
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        return adjacency;
    }
}
