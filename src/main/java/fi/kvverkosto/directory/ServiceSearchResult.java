package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One page of a service search, with the options of every facet and how many services each would give.
 *
 * @param total how many services match in all
 * @param facets the options of each facet, in display order; a count is what the search would give with that option
 *     chosen instead of the facet's current choice (counts of one facet ignore that facet's own selection)
 * @param ignored filter values that name nothing known, left out of the search
 */
public record ServiceSearchResult(
        ServiceSearch search,
        List<ServiceSummary> services,
        long total,
        Map<SearchFacet, List<FacetOption>> facets,
        Map<SearchFacet, Set<String>> ignored) {

    public ServiceSearchResult {
        services = List.copyOf(services);
        facets = Map.copyOf(facets);
        ignored = Map.copyOf(ignored);
    }

    public int page() {
        return search.page();
    }

    public int pageCount() {
        return (int) Math.max(1, (total + search.pageSize() - 1) / search.pageSize());
    }

    public boolean hasIgnored() {
        return !ignored.isEmpty();
    }

    public List<FacetOption> options(SearchFacet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** The options of a facet that lie under no other (regions, or every option of a flat facet). */
    public List<FacetOption> topOptions(SearchFacet facet) {
        return options(facet).stream().filter(o -> o.parent() == null).toList();
    }

    /** The options that lie under one (a region's countries). */
    public List<FacetOption> childOptions(SearchFacet facet, String parent) {
        return options(facet).stream().filter(o -> parent.equals(o.parent())).toList();
    }

    /**
     * One value of a facet.
     *
     * @param value the code used in the request parameter
     * @param parent the value this one lies under (a market's region), or null
     * @param count the services the search gives with this value
     * @param selected whether the search has this value chosen
     */
    public record FacetOption(String value, LocalizedText label, String parent, long count, boolean selected) {}
}
