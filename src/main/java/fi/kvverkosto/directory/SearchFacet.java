package fi.kvverkosto.directory;

import java.util.Optional;

/**
 * The ways the service search can be narrowed. Each is a request parameter of {@code /palvelut} and a keyword field of
 * the index, with its values expanded at indexing time so that filters and counts are exact: a region-wide service
 * counts for every municipality, a service with no industry for every industry, a service for the EU for each of its
 * countries.
 */
public enum SearchFacet {
    STAGE("stage", "kv-stage", true),
    NEED("need", "kv-need", true),
    MUNICIPALITY("municipality", null, false),
    INDUSTRY("industry", "industry", false),
    MARKET("market", "market", false),
    SIZE("size", "company-size", false),
    COST("cost", "cost", true),
    LANGUAGE("language", null, true);

    private final String parameter;
    private final String taxonomyKey;
    private final boolean multiple;

    SearchFacet(String parameter, String taxonomyKey, boolean multiple) {
        this.parameter = parameter;
        this.taxonomyKey = taxonomyKey;
        this.multiple = multiple;
    }

    /** The request parameter and index field: {@code stage}, {@code municipality}, ... */
    public String parameter() {
        return parameter;
    }

    /** The taxonomy whose terms are the values, or null for municipalities and languages. */
    public String taxonomyKey() {
        return taxonomyKey;
    }

    /** Whether the user may choose several values (checkboxes, any of them) or one (a select). */
    public boolean multiple() {
        return multiple;
    }

    public static Optional<SearchFacet> ofTaxonomy(String key) {
        for (SearchFacet facet : values()) {
            if (key.equals(facet.taxonomyKey)) {
                return Optional.of(facet);
            }
        }
        return Optional.empty();
    }
}
