package fi.kvverkosto.network;

import fi.kvverkosto.network.Network.Edge;
import fi.kvverkosto.network.Network.Node;
import fi.kvverkosto.network.Network.View;
import fi.kvverkosto.shared.InvalidParameterException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public network pages: the map with its table (the text alternative, sortable and complete without JavaScript),
 * the embeddable read-only map, the service path and the coverage of the municipalities. The filters are the API's
 * query parameters, so a view's address is its link.
 */
@Controller
class NetworkPages {

    static final String MAP = "/verkosto";
    static final String EMBED = "/verkosto/upotus";
    static final String PATH = "/verkosto/palvelupolku";
    static final String COVERAGE = "/verkosto/kattavuus";
    static final Set<String> SORTS =
            Set.of("name", "type", "services", "degree", "betweenness", "closeness", "community");

    private final Network network;

    NetworkPages(Network network) {
        this.network = network;
    }

    /** A node with the names the table and details need. */
    record Row(Node node, String name) {}

    /** A relation with its ends' names. */
    record EdgeRow(Edge edge, Node source, Node target) {}

    /** Addresses of the map page that keep its filters and change one thing; the table's sort links use them. */
    record Links(NetworkQuery query, String size, boolean tableOnly, String sort, boolean descending, UUID focus) {

        private org.springframework.web.util.UriComponentsBuilder base() {
            var b = org.springframework.web.util.UriComponentsBuilder.fromPath(MAP);
            if (query.stage() != null) {
                b.queryParam(NetworkQuery.STAGE, query.stage());
            }
            if (query.need() != null) {
                b.queryParam(NetworkQuery.NEED, query.need());
            }
            if (query.municipality() != null) {
                b.queryParam(NetworkQuery.MUNICIPALITY, query.municipality());
            }
            b.queryParam(
                    NetworkQuery.TYPE,
                    String.join(
                            ",", query.types().stream().map(RelationType::code).toList()));
            b.queryParam("size", size);
            return b;
        }

        /** Sorted by a column: descending first for numbers, ascending for names; again reverses. */
        public String sortBy(String column) {
            boolean numeric = !column.equals("name") && !column.equals("type");
            boolean desc = column.equals(sort) ? !descending : numeric;
            var b = base().queryParam("sort", column).queryParam("dir", desc ? "desc" : "asc");
            if (tableOnly) {
                b.queryParam("view", "table");
            }
            if (focus != null) {
                b.queryParam("focus", focus);
            }
            return b.build().encode().toUriString() + "#network-table";
        }

        public String focusOn(UUID id) {
            var b = base().queryParam("focus", id);
            if (tableOnly) {
                b.queryParam("view", "table");
            }
            return b.build().encode().toUriString();
        }

        public String view(String mode) {
            var b = base().queryParam("view", mode);
            if (focus != null) {
                b.queryParam("focus", focus);
            }
            return b.build().encode().toUriString();
        }

        /** The column's aria-sort value, or null when the table is not sorted by it. */
        public String ariaSort(String column) {
            return column.equals(sort) ? (descending ? "descending" : "ascending") : null;
        }
    }

    @GetMapping(MAP)
    String map(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestParam(required = false) String focus,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String view,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean tableOnly = "table".equals(view);
        model.addAttribute("tableOnly", tableOnly);
        try {
            fill(stage, need, municipality, type, size, sort, dir, focus, from, to, model, locale, request);
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        var focusNode = (Node) model.getAttribute("focus");
        model.addAttribute(
                "links",
                new Links(
                        (NetworkQuery) model.getAttribute("query"),
                        (String) model.getAttribute("sizeBy"),
                        tableOnly,
                        (String) model.getAttribute("sort"),
                        (Boolean) model.getAttribute("descending"),
                        focusNode == null ? null : focusNode.id()));
        return "network/map";
    }

    @GetMapping(EMBED)
    String embed(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String size,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            fill(stage, need, municipality, type, size, null, null, null, null, null, model, locale, request);
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        return "network/embed";
    }

    @GetMapping(PATH)
    String servicePath(@RequestParam(required = false) String municipality, Model model, HttpServletResponse response) {
        var catalog = network.catalog();
        NetworkCatalog.Municipality chosen;
        try {
            chosen = municipality(municipality, catalog);
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        model.addAttribute("catalog", catalog);
        model.addAttribute("stages", ServiceLandscape.pathStages(catalog));
        model.addAttribute("rows", ServiceLandscape.path(catalog, chosen));
        model.addAttribute("municipality", chosen);
        return "network/path";
    }

    @GetMapping(COVERAGE)
    String coverage(@RequestParam(required = false) String municipality, Model model, HttpServletResponse response) {
        var catalog = network.catalog();
        NetworkCatalog.Municipality chosen;
        try {
            chosen = municipality(municipality, catalog);
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        model.addAttribute("catalog", catalog);
        model.addAttribute("stages", ServiceLandscape.pathStages(catalog));
        model.addAttribute(
                "grids",
                catalog.municipalities().stream()
                        .map(m -> ServiceLandscape.coverage(catalog, m))
                        .toList());
        model.addAttribute("subRegions", ServiceLandscape.subRegions(catalog));
        model.addAttribute("municipality", chosen);
        model.addAttribute("grid", chosen == null ? null : ServiceLandscape.coverage(catalog, chosen));
        return "network/coverage";
    }

    @GetMapping(path = "/verkosto/tyypit.css", produces = "text/css")
    ResponseEntity<String> colours() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/css;charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(ProviderColours.css());
    }

    /** A filter value the network does not know (an edited or outdated link): 400, naming the filter. */
    private static String invalid(InvalidParameterException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("parameter", e.parameter());
        return "network/invalid";
    }

    /** The centrality nodes are sized by: degree unless betweenness or closeness is asked for. */
    static String sizeBy(String size) {
        return "betweenness".equals(size) || "closeness".equals(size) ? size : "degree";
    }

    private void fill(
            String stage,
            String need,
            String municipality,
            List<String> type,
            String size,
            String sort,
            String dir,
            String focus,
            String from,
            String to,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        var catalog = network.catalog();
        var query = NetworkQuery.parse(stage, need, municipality, type, catalog);
        View view = network.view(query);
        Map<UUID, Node> byId = new HashMap<>();
        view.nodes().forEach(n -> byId.put(n.id(), n));

        String sortBy = sort != null && SORTS.contains(sort) ? sort : "name";
        boolean descending = dir == null ? !sortBy.equals("name") && !sortBy.equals("type") : dir.equals("desc");
        List<Row> rows = new ArrayList<>(view.nodes().stream()
                .map(n -> new Row(n, n.name().in(locale).text()))
                .toList());
        var collator = java.text.Collator.getInstance(locale);
        Comparator<Row> order = switch (sortBy) {
            case "type" -> Comparator.comparing((Row r) -> r.node().type());
            case "services" -> Comparator.comparingInt((Row r) -> r.node().services());
            case "degree" -> Comparator.comparingInt((Row r) -> r.node().degree());
            case "betweenness" -> Comparator.comparingDouble((Row r) -> r.node().betweenness());
            case "closeness" -> Comparator.comparingDouble((Row r) -> r.node().closeness());
            case "community" -> Comparator.comparingInt((Row r) -> r.node().community());
            default -> Comparator.comparing(Row::name, collator);
        };
        order = descending ? order.reversed() : order;
        rows.sort(order.thenComparing(Row::name, collator));

        UUID focused = parseId(focus);
        Set<UUID> around = focused != null && byId.containsKey(focused) ? view.neighbourhood(focused) : null;
        if (around != null) {
            rows.removeIf(r -> !around.contains(r.node().id()));
        }
        List<EdgeRow> edges = view.edges().stream()
                .filter(e -> around == null
                        || e.source().equals(focused)
                        || e.target().equals(focused))
                .map(e -> new EdgeRow(e, byId.get(e.source()), byId.get(e.target())))
                .toList();

        UUID pathFrom = parseId(from);
        UUID pathTo = parseId(to);
        if (pathFrom != null && pathTo != null) {
            model.addAttribute(
                    "path",
                    network.path(view, pathFrom, pathTo)
                            .map(p -> p.stream().map(byId::get).toList())
                            .orElse(List.of()));
        }
        model.addAttribute("pathFrom", pathFrom);
        model.addAttribute("pathTo", pathTo);
        model.addAttribute("catalog", catalog);
        model.addAttribute("query", query);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "allNodes",
                view.nodes().stream()
                        .sorted(Comparator.comparing(n -> n.name().in(locale).text(), collator))
                        .toList());
        model.addAttribute("edges", edges);
        model.addAttribute("byId", byId);
        model.addAttribute("sizeBy", sizeBy(size));
        model.addAttribute("sort", sortBy);
        model.addAttribute("descending", descending);
        model.addAttribute("focus", around == null ? null : byId.get(focused));
        model.addAttribute(
                "focusOffers",
                around == null
                        ? List.of()
                        : catalog.actor(focused).offers().stream()
                                .filter(NetworkCatalog.Offer::active)
                                .toList());
        model.addAttribute(
                "bridges",
                view.bridges().stream()
                        .map(b -> List.of(byId.get(b.get(0)), byId.get(b.get(1))))
                        .toList());
        model.addAttribute(
                "typesShown",
                view.nodes().stream().map(Node::type).distinct().sorted().toList());
        model.addAttribute("allTypes", List.of(RelationType.values()));
        Map<String, fi.kvverkosto.shared.LocalizedText> typeLabels = new HashMap<>();
        catalog.providerTypes().forEach(t -> typeLabels.put(t.code(), t.label()));
        model.addAttribute("typeLabels", typeLabels);
        String queryString = request.getQueryString();
        model.addAttribute("apiQuery", apiQuery(query, locale));
        model.addAttribute(
                "embedUrl",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path(EMBED)
                        .query(apiQuery(query, locale))
                        .build()
                        .toUriString());
        model.addAttribute("currentQuery", queryString == null ? "" : queryString);
    }

    /** The API's query string for a query and language: the map script and the export links use it. */
    static String apiQuery(NetworkQuery query, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (query.stage() != null) {
            parts.add("stage=" + query.stage());
        }
        if (query.need() != null) {
            parts.add("need=" + query.need());
        }
        if (query.municipality() != null) {
            parts.add("municipality=" + query.municipality());
        }
        parts.add("type="
                + String.join(
                        ",", query.types().stream().map(RelationType::code).toList()));
        parts.add("lang=" + locale.getLanguage());
        return String.join("&", parts);
    }

    private static NetworkCatalog.Municipality municipality(String code, NetworkCatalog.Snapshot catalog) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return catalog.municipalities().stream()
                .filter(m -> m.code().equals(code.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidParameterException(NetworkQuery.MUNICIPALITY, "Unknown municipality"));
    }

    private static UUID parseId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
