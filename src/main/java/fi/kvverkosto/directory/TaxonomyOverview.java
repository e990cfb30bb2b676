package fi.kvverkosto.directory;

import java.util.List;

/**
 * A taxonomy with its terms and how many public services each classifies. Terms with a parent (a market's countries)
 * are listed under it. Names and descriptions of taxonomies are in the message bundles, under
 * {@code directory.taxonomy.<key>}.
 *
 * @param key {@code kv-stage}, {@code kv-need}, {@code industry}, ...
 * @param name the name it was exchanged with in HSDS, for taxonomies the bundles do not name
 * @param counts what the counts are of: services, or organisations for the provider types
 */
public record TaxonomyOverview(String key, String name, List<TermCount> terms, Counting counts) {

    public TaxonomyOverview {
        terms = List.copyOf(terms);
    }

    /** What a taxonomy classifies. */
    public enum Counting {
        SERVICES,
        ORGANISATIONS
    }

    /**
     * A term with the number of public services (or organisations) classified with it directly.
     *
     * @param children the terms under it, such as a region's countries
     */
    public record TermCount(TermRecord term, long count, List<TermCount> children) {

        public TermCount {
            children = List.copyOf(children);
        }
    }
}
