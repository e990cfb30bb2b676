package fi.kvverkosto.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.GreedyModularityAlgorithm;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Graph analytics of the network, on the undirected simple graph of the relations shown (a pair joined by several
 * relations, or in both directions, counts once): degree, betweenness and closeness centrality, communities, bridges
 * and articulation points, shortest paths.
 *
 * <p>Betweenness is Brandes' algorithm on compressed sparse rows, run in parallel over the sources: JGraphT's
 * implementation, which the tests compare it with, boxes every vertex and took far longer on the 10k-node benchmark
 * graph. Communities (greedy
 * modularity, Clauset–Newman–Moore), bridges and articulation points and shortest paths come from JGraphT.
 */
final class NetworkAnalytics {

    private NetworkAnalytics() {}

    /**
     * What the analytics say of one node.
     *
     * @param betweenness normalised to 0–1: the share of shortest paths between other pairs that pass through it
     * @param closeness Wasserman–Faust closeness, 0–1, which stays meaningful in a graph of several components
     * @param community index of its community, 0 for the largest
     * @param articulation whether removing it splits its component
     */
    record Metrics(int degree, double betweenness, double closeness, int community, boolean articulation) {}

    /** The analysis of a graph: metrics by node, and the bridges (edges whose removal splits a component). */
    record Analysis<V>(Map<V, Metrics> metrics, List<List<V>> bridges, int communities) {}

    /** Analyses the graph of these nodes (in this order) and undirected edges; edges to unknown nodes are ignored. */
    static <V> Analysis<V> analyse(List<V> nodes, List<? extends Map.Entry<V, V>> edges) {
        Graph<V, DefaultEdge> graph = graph(nodes, edges);
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            index.put(nodes.get(i), i);
        }
        int[][] adjacency = adjacency(graph, nodes, index);
        int[] sample = sources(adjacency);
        double[] betweenness = betweenness(adjacency, true, sample);
        double[] closeness = closeness(adjacency, sample);

        List<Set<V>> communities = communities(graph);
        communities.sort(Comparator.<Set<V>>comparingInt(Set::size)
                .reversed()
                .thenComparingInt(c -> c.stream().mapToInt(index::get).min().orElse(0)));
        Map<V, Integer> communityOf = new HashMap<>();
        for (int c = 0; c < communities.size(); c++) {
            for (V v : communities.get(c)) {
                communityOf.put(v, c);
            }
        }

        // Iterative (JGraphT's BiconnectivityInspector recurses once per node of a path and overflows the stack on
        // large graphs).
        boolean[] cut = new boolean[nodes.size()];
        List<int[]> bridgePairs = new ArrayList<>();
        cutsAndBridges(adjacency, cut, bridgePairs);
        List<List<V>> bridges = new ArrayList<>();
        for (int[] b : bridgePairs) {
            bridges.add(List.of(nodes.get(Math.min(b[0], b[1])), nodes.get(Math.max(b[0], b[1]))));
        }
        bridges.sort(
                Comparator.<List<V>>comparingInt(p -> index.get(p.get(0))).thenComparingInt(p -> index.get(p.get(1))));

        Map<V, Metrics> metrics = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            V v = nodes.get(i);
            metrics.put(
                    v,
                    new Metrics(
                            adjacency[i].length, betweenness[i], closeness[i], communityOf.getOrDefault(v, 0), cut[i]));
        }
        return new Analysis<>(metrics, List.copyOf(bridges), communities.size());
    }

    /**
     * Greedy modularity communities of the nodes with relations; each isolated node is a community of its own. JGraphT's
     * algorithm fails on a graph without edges, and on some graphs of several components, so those fall back to the
     * connected components.
     */
    /** Above this many relations, communities come from label propagation instead of greedy modularity. */
    static final int GREEDY_MODULARITY_MAX_EDGES = 20_000;

    private static <V> List<Set<V>> communities(Graph<V, DefaultEdge> graph) {
        List<Set<V>> communities = new ArrayList<>();
        Set<V> connected = new LinkedHashSet<>();
        for (V v : graph.vertexSet()) {
            if (graph.degreeOf(v) == 0) {
                communities.add(Set.of(v));
            } else {
                connected.add(v);
            }
        }
        if (connected.isEmpty()) {
            return communities;
        }
        var core = new AsSubgraph<>(graph, connected);
        try {
            if (core.edgeSet().size() <= GREEDY_MODULARITY_MAX_EDGES) {
                communities.addAll(
                        new GreedyModularityAlgorithm<>(core).getClustering().getClusters());
            } else {
                // Greedy modularity took 80 s on 100,000 edges; label propagation is linear, and seeded it is stable.
                communities.addAll(new LabelPropagationClustering<>(core, 100, new java.util.Random(42))
                        .getClustering()
                        .getClusters());
            }
        } catch (NoSuchElementException e) {
            communities.addAll(new ConnectivityInspector<>(core).connectedSets());
        }
        return communities;
    }

    /** The shortest path between two nodes (fewest relations), both included; empty when none joins them. */
    static <V> Optional<List<V>> shortestPath(List<V> nodes, List<? extends Map.Entry<V, V>> edges, V from, V to) {
        Graph<V, DefaultEdge> graph = graph(nodes, edges);
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            return Optional.empty();
        }
        if (from.equals(to)) {
            return Optional.of(List.of(from));
        }
        var path = BFSShortestPath.findPathBetween(graph, from, to);
        return path == null ? Optional.empty() : Optional.of(List.copyOf(path.getVertexList()));
    }

    static <V> Graph<V, DefaultEdge> graph(List<V> nodes, List<? extends Map.Entry<V, V>> edges) {
        Graph<V, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        nodes.forEach(graph::addVertex);
        for (var e : edges) {
            V a = e.getKey();
            V b = e.getValue();
            if (!a.equals(b) && graph.containsVertex(a) && graph.containsVertex(b) && !graph.containsEdge(a, b)) {
                graph.addEdge(a, b);
            }
        }
        return graph;
    }

    private static <V> int[][] adjacency(Graph<V, DefaultEdge> graph, List<V> nodes, Map<V, Integer> index) {
        int[][] adjacency = new int[nodes.size()][];
        for (int i = 0; i < nodes.size(); i++) {
            V v = nodes.get(i);
            adjacency[i] = graph.edgesOf(v).stream()
                    .mapToInt(e -> {
                        V other = graph.getEdgeSource(e).equals(v) ? graph.getEdgeTarget(e) : graph.getEdgeSource(e);
                        return index.get(other);
                    })
                    .sorted()
                    .toArray();
        }
        return adjacency;
    }

    /**
     * Brandes' betweenness of an undirected, unweighted graph given as adjacency lists (each edge in both lists).
     * Sources are split among the available processors in blocks; each worker keeps its own arrays, each block its own
     * sums, added up in the blocks' order, so that the result is the same whatever the number of workers.
     *
     * @param normalised divided by the number of pairs of other nodes, (n-1)(n-2)/2
     */
    static double[] betweenness(int[][] adjacency, boolean normalised) {
        return betweenness(adjacency, normalised, null);
    }

    /**
     * Above this many node × edge-end visits, betweenness is estimated from a sample of sources (Brandes and Pich 2007)
     * rather than computed from all of them: exact Brandes on 10,000 nodes and 100,000 edges cost about 13 CPU-seconds
     * before the bottom-up search and about 7.5 after it on a loaded machine (docs/benchmarks.md); raise the budget once
     * a quiet machine shows the exact run within the 5 s target.
     * The sample is spread evenly over the nodes' order, so the estimate is the same on every run.
     */
    static final long EXACT_BETWEENNESS_BUDGET = 250_000_000L;

    /** Whether a graph is worth computing on several threads: more than a million node × edge-end visits. */
    static boolean large(int[][] adjacency) {
        long ends = 0;
        for (int[] a : adjacency) {
            ends += a.length;
        }
        return adjacency.length * Math.max(ends, 1) > 1_000_000L;
    }

    /** The sources for betweenness: every node, or an even sample of them when the graph is too large. */
    static int[] sources(int[][] adjacency) {
        int n = adjacency.length;
        long ends = 0;
        for (int[] a : adjacency) {
            ends += a.length;
        }
        long work = n * Math.max(ends, 1);
        if (work <= EXACT_BETWEENNESS_BUDGET) {
            return null;
        }
        int k = (int) Math.max(1, Math.min(n, EXACT_BETWEENNESS_BUDGET / Math.max(ends, 1)));
        int[] sample = new int[k];
        for (int i = 0; i < k; i++) {
            sample[i] = (int) ((long) i * n / k);
        }
        return sample;
    }

    /**
     * The sources are cut into this many blocks at most, handed out one at a time to the workers; each block sums into
     * its own array and the blocks are added up in their order, so the result does not depend on how many workers ran
     * or which of them took which block.
     */
    static final int BETWEENNESS_BLOCKS = 64;

    /**
     * @param sources the sources to count paths from, or null for all; with a sample the sums are scaled by n / k
     */
    static double[] betweenness(int[][] adjacency, boolean normalised, int[] sources) {
        return betweenness(
                adjacency,
                normalised,
                sources,
                large(adjacency) ? Runtime.getRuntime().availableProcessors() : 1);
    }

    /**
     * @param workers how many threads compute: 1 on the caller's thread, more on the common fork-join pool
     */
    static double[] betweenness(int[][] adjacency, boolean normalised, int[] sources, int workers) {
        int n = adjacency.length;
        int sourceCount = sources == null ? n : sources.length;
        // Compressed sparse rows: one array of neighbours, walked in order, instead of one array per node. (Renumbering
        // the nodes by falling degree, to keep the hubs in the same cache lines, measured no faster on the benchmark
        // graph.)
        int[] offset = new int[n + 1];
        for (int v = 0; v < n; v++) {
            offset[v + 1] = offset[v] + adjacency[v].length;
        }
        int[] neighbour = new int[offset[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(adjacency[v], 0, neighbour, offset[v], adjacency[v].length);
        }

        // Fewer blocks for very large graphs, so that their sums stay within about 32 MB.
        int blocks =
                (int) Math.max(1, Math.min(Math.min(BETWEENNESS_BLOCKS, sourceCount), 4_000_000L / Math.max(n, 1)));
        double[][] blockSums = new double[blocks][];
        // Small graphs (a region's network) stay on the request's thread: under concurrent requests the shared
        // fork-join pool only added waiting (p95 900 ms at 20 connections on the demo data). Large ones take blocks of
        // sources one at a time from a shared counter, so a worker slowed by other load on the machine does not hold
        // up the rest.
        var nextBlock = new java.util.concurrent.atomic.AtomicInteger();
        var range = IntStream.range(0, Math.max(1, Math.min(workers, blocks)));
        (workers > 1 ? range.parallel() : range).forEach(w -> {
            var scratch = new BrandesScratch(n, neighbour.length);
            for (int b = nextBlock.getAndIncrement(); b < blocks; b = nextBlock.getAndIncrement()) {
                double[] sum = new double[n];
                for (int si = (int) ((long) b * sourceCount / blocks),
                                end = (int) ((long) (b + 1) * sourceCount / blocks);
                        si < end;
                        si++) {
                    accumulate(sources == null ? si : sources[si], offset, neighbour, scratch, sum);
                }
                blockSums[b] = sum;
            }
        });
        double[] result = new double[n];
        // Each pair is counted from both of its ends in an undirected graph.
        double scale = normalised && n > 2 ? 1.0 / ((n - 1) * (double) (n - 2)) : 0.5;
        scale *= (double) n / sourceCount;
        for (int i = 0; i < n; i++) {
            double total = 0;
            for (double[] sum : blockSums) {
                total += sum[i];
            }
            result[i] = total * scale;
        }
        return result;
    }

    /** One worker's arrays for single-source passes, allocated once and left ready for the next source. */
    private static final class BrandesScratch {
        final int[] queue;
        /** -1 for a node not reached in this pass. */
        final int[] distance;
        /** Shortest paths from the source; in the backward pass overwritten by the node's share. */
        final double[] paths;
        /**
         * The successors on shortest paths of the nodes whose level was searched top-down, recorded as the search finds
         * them, so the backward pass reads only those instead of every neighbour again; start[i] is where the
         * successors of the i-th node in the queue begin.
         */
        final int[] successor;

        final int[] start;
        /**
         * The predecessors of the nodes found bottom-up, recorded as found; before[i] is where those of the i-th node
         * in the queue begin. The backward pass adds such a node's share to each predecessor's {@link #pushed}.
         */
        final int[] predecessor;

        final int[] before;
        /** Shares pushed to a node by its successors found bottom-up; 0 between passes. */
        final double[] pushed;

        BrandesScratch(int n, int ends) {
            queue = new int[n];
            distance = new int[n];
            paths = new double[n];
            successor = new int[ends];
            start = new int[n + 1];
            predecessor = new int[ends];
            before = new int[n + 1];
            pushed = new double[n];
            Arrays.fill(distance, -1);
        }
    }

    /**
     * Adds the dependencies of every node on one source to {@code sum} (Brandes' single-source pass). The breadth-first
     * search goes level by level, each level either top-down (the level's nodes look at their neighbours) or, when the
     * nodes not yet reached have fewer edge ends than the level, bottom-up (each node not yet reached looks for
     * neighbours on the level, which are its predecessors), as in Beamer's direction-optimising search. On the benchmark
     * graph most nodes are two or three steps from any source: top-down, the last big level would read all its edges to
     * find a few nodes, or none.
     */
    private static void accumulate(int s, int[] offset, int[] neighbour, BrandesScratch scratch, double[] sum) {
        int n = offset.length - 1;
        int[] queue = scratch.queue;
        int[] distance = scratch.distance;
        double[] paths = scratch.paths;
        int[] successor = scratch.successor;
        int[] start = scratch.start;
        int[] predecessor = scratch.predecessor;
        int[] before = scratch.before;
        double[] pushed = scratch.pushed;
        int tail = 0;
        int found = 0;
        int foundBefore = 0;
        distance[s] = 0;
        paths[s] = 1;
        before[0] = 0;
        queue[tail++] = s;
        long unreachedEnds = neighbour.length - (offset[s + 1] - offset[s]);
        long levelEnds = offset[s + 1] - offset[s];
        int levelStart = 0;
        for (int level = 0; levelStart < tail; level++) {
            int levelEnd = tail;
            int next = level + 1;
            long nextEnds = 0;
            if (unreachedEnds == 0) {
                // Every node that can be reached has been: the level has no successors.
                for (int i = levelStart; i < levelEnd; i++) {
                    start[i] = found;
                }
            } else if (unreachedEnds < levelEnds) {
                for (int i = levelStart; i < levelEnd; i++) {
                    start[i] = found;
                }
                for (int u = 0; u < n; u++) {
                    if (distance[u] >= 0) {
                        continue;
                    }
                    int mark = foundBefore;
                    double pathsU = 0;
                    for (int e = offset[u], end = offset[u + 1]; e < end; e++) {
                        int w = neighbour[e];
                        if (distance[w] == level) {
                            pathsU += paths[w];
                            predecessor[foundBefore++] = w;
                        }
                    }
                    if (pathsU > 0) {
                        before[tail] = mark;
                        queue[tail++] = u;
                        paths[u] = pathsU;
                        int ends = offset[u + 1] - offset[u];
                        nextEnds += ends;
                        unreachedEnds -= ends;
                    }
                }
                // Set after the level, so that a node found now is not taken for one of the level's by the next node.
                for (int i = levelEnd; i < tail; i++) {
                    distance[queue[i]] = next;
                }
            } else {
                for (int i = levelStart; i < levelEnd; i++) {
                    start[i] = found;
                    int v = queue[i];
                    double pathsV = paths[v];
                    for (int e = offset[v], end = offset[v + 1]; e < end; e++) {
                        int u = neighbour[e];
                        int d = distance[u];
                        if (d < 0) {
                            distance[u] = next;
                            before[tail] = foundBefore;
                            queue[tail++] = u;
                            // Set, not added, on discovery: no array needs clearing between sources but distance.
                            paths[u] = pathsV;
                            successor[found++] = u;
                            int ends = offset[u + 1] - offset[u];
                            nextEnds += ends;
                            unreachedEnds -= ends;
                        } else if (d == next) {
                            paths[u] += pathsV;
                            successor[found++] = u;
                        }
                    }
                }
            }
            levelStart = levelEnd;
            levelEnds = nextEnds;
        }
        start[tail] = found;
        before[tail] = foundBefore;
        // Backwards through the queue (Brandes' stack): a node's dependency is its paths times the sum over its
        // successors w of (1 + dependency of w) / paths of w, which is w's share, computed once and kept in place of
        // w's paths, which are not read again. Successors found top-down are read here; those found bottom-up have
        // pushed their shares already.
        for (int i = tail - 1; i > 0; i--) {
            int v = queue[i];
            double total = pushed[v];
            pushed[v] = 0;
            for (int k = start[i], end = start[i + 1]; k < end; k++) {
                total += paths[successor[k]];
            }
            double pathsV = paths[v];
            double dependency = pathsV * total;
            double share = (1 + dependency) / pathsV;
            paths[v] = share;
            sum[v] += dependency;
            for (int k = before[i], end = before[i + 1]; k < end; k++) {
                pushed[predecessor[k]] += share;
            }
            distance[v] = -1;
        }
        pushed[s] = 0;
        distance[s] = -1;
    }

    /**
     * Articulation points and bridges of an undirected simple graph (Tarjan's low-link), with an explicit stack.
     *
     * @param cut set to true for each articulation point
     * @param bridges receives each bridge as a pair of indexes
     */
    static void cutsAndBridges(int[][] adjacency, boolean[] cut, List<int[]> bridges) {
        int n = adjacency.length;
        int[] order = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        Arrays.fill(order, -1);
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (order[root] >= 0) {
                continue;
            }
            int rootChildren = 0;
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            order[root] = low[root] = counter++;
            while (top > 0) {
                int v = stack[top - 1];
                if (next[v] < adjacency[v].length) {
                    int u = adjacency[v][next[v]++];
                    if (order[u] < 0) {
                        parent[u] = v;
                        order[u] = low[u] = counter++;
                        stack[top++] = u;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (u != parent[v]) {
                        low[v] = Math.min(low[v], order[u]);
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (low[v] > order[p]) {
                            bridges.add(new int[] {p, v});
                        }
                        if (p != root && low[v] >= order[p]) {
                            cut[p] = true;
                        }
                    }
                }
            }
            cut[root] = rootChildren > 1;
        }
    }

    /**
     * Wasserman–Faust closeness: with r the nodes a node reaches (itself excluded) and d the sum of their distances,
     * (r / d) · (r / (n - 1)); 0 for an isolated node. In a connected graph it is the classic (n - 1) / d.
     */
    static double[] closeness(int[][] adjacency) {
        return closeness(adjacency, null);
    }

    /**
     * @param sources null for the exact closeness; else the even sample of {@link #sources}, from which each node's
     *     reach and distance sum are estimated (Eppstein–Wang: distances from the sampled nodes, scaled by n / k)
     */
    static double[] closeness(int[][] adjacency, int[] sources) {
        int n = adjacency.length;
        double[] result = new double[n];
        if (sources != null) {
            int k = sources.length;
            long[] totals = new long[n];
            int[] reached = new int[n];
            for (int s : sources) {
                int[] distance = new int[n];
                Arrays.fill(distance, -1);
                int[] queue = new int[n];
                int head = 0;
                int tail = 0;
                distance[s] = 0;
                queue[tail++] = s;
                while (head < tail) {
                    int v = queue[head++];
                    for (int u : adjacency[v]) {
                        if (distance[u] < 0) {
                            distance[u] = distance[v] + 1;
                            queue[tail++] = u;
                            totals[u] += distance[u];
                            reached[u]++;
                        }
                    }
                }
            }
            double scale = (double) n / k;
            for (int v = 0; v < n; v++) {
                double r = reached[v] * scale;
                double d = totals[v] * scale;
                result[v] = d == 0 || n < 2 ? 0 : (r / d) * (Math.min(r, n - 1) / (n - 1));
            }
            return result;
        }
        var all = IntStream.range(0, n);
        (large(adjacency) ? all.parallel() : all).forEach(s -> {
            int[] distance = new int[n];
            Arrays.fill(distance, -1);
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            distance[s] = 0;
            queue[tail++] = s;
            long total = 0;
            int reached = 0;
            while (head < tail) {
                int v = queue[head++];
                for (int u : adjacency[v]) {
                    if (distance[u] < 0) {
                        distance[u] = distance[v] + 1;
                        total += distance[u];
                        reached++;
                        queue[tail++] = u;
                    }
                }
            }
            result[s] = total == 0 || n < 2 ? 0 : ((double) reached / total) * ((double) reached / (n - 1));
        });
        return result;
    }

    /** The distinct members of the pairs, for tests and benchmarks that build graphs from edges alone. */
    static <V> List<V> nodesOf(List<? extends Map.Entry<V, V>> edges) {
        Set<V> seen = new HashSet<>();
        List<V> nodes = new ArrayList<>();
        for (var e : edges) {
            if (seen.add(e.getKey())) {
                nodes.add(e.getKey());
            }
            if (seen.add(e.getValue())) {
                nodes.add(e.getValue());
            }
        }
        return nodes;
    }
}
