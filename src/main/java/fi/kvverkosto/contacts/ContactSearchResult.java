package fi.kvverkosto.contacts;

import java.util.List;
import java.util.Map;

/**
 * One page of companies found, as the audience may see them, with the facets' counts over all the companies found.
 *
 * @param facets {@code market}, {@code industry}, {@code municipality}, {@code mode}, {@code listing}: each value with
 *     the number of companies found that have it
 */
public record ContactSearchResult(
        ContactQuery query, long total, List<CompanyView> companies, Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, String label, long count) {}

    public int pages() {
        return (int) Math.max(1, (total + ContactQuery.PAGE_SIZE - 1) / ContactQuery.PAGE_SIZE);
    }
}
