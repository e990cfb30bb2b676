package fi.kvverkosto.directory;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A search of the public services: optional text, filters (any of the values within a facet, all facets together) and
 * a page. Values are the facets' codes: {@code stage=4}, {@code municipality=179}, {@code market=DE}.
 *
 * @param text what the user typed, or null
 * @param page 1-based
 */
public record ServiceSearch(String text, Map<SearchFacet, Set<String>> filters, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 200;

    public ServiceSearch {
        text = text == null || text.isBlank() ? null : text.strip();
        var copy = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                var kept = new LinkedHashSet<String>();
                if (values != null) {
                    values.stream()
                            .filter(v -> v != null && !v.isBlank())
                            .map(String::strip)
                            .forEach(kept::add);
                }
                if (!kept.isEmpty()) {
                    copy.put(facet, Set.copyOf(kept));
                }
            });
        }
        filters = Map.copyOf(copy);
        page = Math.max(1, page);
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    /** Everything, first page. */
    public static ServiceSearch all() {
        return new ServiceSearch(null, Map.of(), 1, DEFAULT_PAGE_SIZE);
    }

    public static ServiceSearch text(String text) {
        return new ServiceSearch(text, Map.of(), 1, DEFAULT_PAGE_SIZE);
    }

    public ServiceSearch with(SearchFacet facet, String... values) {
        return with(facet, Set.of(values));
    }

    public ServiceSearch with(SearchFacet facet, Collection<String> values) {
        var copy = new EnumMap<SearchFacet, Set<String>>(SearchFacet.class);
        copy.putAll(filters);
        copy.put(facet, Set.copyOf(values));
        return new ServiceSearch(text, copy, page, pageSize);
    }

    public ServiceSearch withPage(int page, int pageSize) {
        return new ServiceSearch(text, filters, page, pageSize);
    }

    public boolean hasText() {
        return text != null;
    }

    /** The chosen values of a facet; empty when it does not narrow the search. */
    public Set<String> values(SearchFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }
}
