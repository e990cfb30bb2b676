package fi.kvverkosto.network;

import java.util.Map;

/**
 * The colour of each provider type on the map, in the SVG and GEXF exports and in the legend: one list, served to the
 * page as a stylesheet ({@code /verkosto/tyypit.css}) that the map script reads back. Chosen from a colour-blind-safe
 * palette (Okabe–Ito and Tol's muted) and dark enough for 3:1 against white.
 */
final class ProviderColours {

    static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("public-national", "#0072B2"),
            Map.entry("public-regional", "#009E73"),
            Map.entry("public-funder", "#D55E00"),
            Map.entry("municipal", "#332288"),
            Map.entry("chamber-association", "#AA4499"),
            Map.entry("education-research", "#117733"),
            Map.entry("eu-network", "#1F5FA8"),
            Map.entry("network", "#882255"),
            Map.entry("private", "#8A6D00"),
            Map.entry("generic", "#666666"),
            Map.entry("fictional", "#8C564B"),
            // Not a provider type: services, when the map shows them (drawn as diamonds).
            Map.entry(Network.SERVICE, "#1B1F24"));

    static final String OTHER = "#555555";

    private ProviderColours() {}

    static String of(String type) {
        return BY_TYPE.getOrDefault(type, OTHER);
    }

    /** The stylesheet: a swatch class per type ({@code kv-swatch--municipal}). */
    static String css() {
        var css = new StringBuilder("/* Generated from network.ProviderColours */\n");
        BY_TYPE.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> css.append(".kv-swatch--")
                        .append(e.getKey())
                        .append(" { background-color: ")
                        .append(e.getValue())
                        .append("; }\n"));
        css.append(".kv-swatch--other { background-color: ").append(OTHER).append("; }\n");
        return css.toString();
    }

    /** Red, green and blue of a colour, for GEXF. */
    static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] {(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff};
    }
}
