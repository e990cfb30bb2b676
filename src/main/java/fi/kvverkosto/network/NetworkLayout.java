package fi.kvverkosto.network;

import java.util.List;

/**
 * Positions for the map, computed on the server so that the picture is the same on every visit and in every filtered
 * view: a Fruchterman–Reingold force layout started from a circle in the nodes' order, with no randomness. Isolated
 * nodes are drawn towards the centre. Coordinates fall within 0–{@link #SIZE}.
 */
final class NetworkLayout {

    static final double SIZE = 1000;
    private static final int ITERATIONS = 200;

    private NetworkLayout() {}

    /** x and y of each node, in the order given. */
    static double[][] of(int nodeCount, int[][] adjacency) {
        int n = nodeCount;
        double[][] position = new double[n][2];
        if (n == 0) {
            return position;
        }
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            // A slight spiral, so that no two nodes start on the same spot of a symmetric layout.
            double radius = 0.5 + 0.5 * i / n;
            position[i][0] = radius * Math.cos(angle);
            position[i][1] = radius * Math.sin(angle);
        }
        double k = Math.sqrt(4.0 / n);
        double temperature = 0.2;
        double[][] shift = new double[n][2];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            for (double[] s : shift) {
                s[0] = 0;
                s[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = position[i][0] - position[j][0];
                    double dy = position[i][1] - position[j][1];
                    double distance2 = Math.max(dx * dx + dy * dy, 1e-6);
                    double force = k * k / distance2;
                    shift[i][0] += dx * force;
                    shift[i][1] += dy * force;
                    shift[j][0] -= dx * force;
                    shift[j][1] -= dy * force;
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j : adjacency[i]) {
                    if (j <= i) {
                        continue;
                    }
                    double dx = position[i][0] - position[j][0];
                    double dy = position[i][1] - position[j][1];
                    double distance = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
                    double force = distance / k;
                    shift[i][0] -= dx * force;
                    shift[i][1] -= dy * force;
                    shift[j][0] += dx * force;
                    shift[j][1] += dy * force;
                }
                // Gravity keeps loose parts near the middle.
                shift[i][0] -= position[i][0] * 0.8 * k;
                shift[i][1] -= position[i][1] * 0.8 * k;
            }
            for (int i = 0; i < n; i++) {
                double length = Math.sqrt(shift[i][0] * shift[i][0] + shift[i][1] * shift[i][1]);
                if (length > 0) {
                    double step = Math.min(length, temperature);
                    position[i][0] += shift[i][0] / length * step;
                    position[i][1] += shift[i][1] / length * step;
                }
            }
            temperature *= 0.98;
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : position) {
            minX = Math.min(minX, p[0]);
            minY = Math.min(minY, p[1]);
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        for (double[] p : position) {
            p[0] = Math.round((p[0] - minX) / span * SIZE * 10) / 10.0;
            p[1] = Math.round((p[1] - minY) / span * SIZE * 10) / 10.0;
        }
        return position;
    }

    /** Adjacency lists by index from pairs of indexes. */
    static int[][] adjacency(int n, List<int[]> pairs) {
        int[] count = new int[n];
        for (int[] p : pairs) {
            count[p[0]]++;
            count[p[1]]++;
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = new int[count[i]];
        }
        int[] fill = new int[n];
        for (int[] p : pairs) {
            adjacency[p[0]][fill[p[0]]++] = p[1];
            adjacency[p[1]][fill[p[1]]++] = p[0];
        }
        return adjacency;
    }
}
