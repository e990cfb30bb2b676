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
import org.springframework.web.bind.annotation.RequestHeader;
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
    static final String SUGGESTIONS = "/verkosto/ehdotukset";
    /** Over this many rows, the map page shows the table a page at a time (the whole table is one link away). */
    static final int PAGED_OVER = 300;

    static final int PAGE_SIZE = 100;
    /** Up to this many actors, the name field suggests all of them; above, htmx asks for the matches as one types. */
    static final int SUGGEST_ALL = 300;

    static final int SUGGESTIONS_SHOWN = 20;
    static final Set<String> SORTS =
            Set.of("name", "type", "services", "degree", "betweenness", "closeness", "community");

    private final Network network;
    private final MunicipalityShapes shapes;
    private final org.springframework.context.MessageSource messages;

    NetworkPages(Network network, MunicipalityShapes shapes, org.springframework.context.MessageSource messages) {
        this.network = network;
        this.shapes = shapes;
        this.messages = messages;
    }

    /** A node with the names the table and details need. */
    record Row(Node node, String name) {}

    /** A relation with its ends' names and the services it names (see {@link Edge#services()}). */
    record EdgeRow(Edge edge, Node source, Node target, List<NetworkCatalog.Offer> services) {}

    /** Addresses of the map page that keep its filters and change one thing; the table's sort links use them. */
    record Links(
            NetworkQuery query,
            String size,
            boolean tableOnly,
            String sort,
            boolean descending,
            UUID focus,
            boolean all,
            int relationsPage) {

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
            if (query.services()) {
                b.queryParam(NetworkQuery.SERVICES, true);
            }
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
            if (all) {
                b.queryParam("all", true);
            }
            return b.build().encode().toUriString() + "#network-table";
        }

        private org.springframework.web.util.UriComponentsBuilder sorted() {
            var b = base().queryParam("sort", sort).queryParam("dir", descending ? "desc" : "asc");
            if (tableOnly) {
                b.queryParam("view", "table");
            }
            if (focus != null) {
                b.queryParam("focus", focus);
            }
            return b;
        }

        /** A page of the actors' table, keeping the page of the relations. */
        public String page(int number) {
            var b = sorted().queryParam("page", number);
            if (relationsPage > 1) {
                b.queryParam("relations", relationsPage);
            }
            return b.build().encode().toUriString() + "#network-table";
        }

        /** A page of the relations' table, keeping the page of the actors. */
        public String relationsPage(int actorsPage, int number) {
            var b = sorted().queryParam("relations", number);
            if (actorsPage > 1) {
                b.queryParam("page", actorsPage);
            }
            return b.build().encode().toUriString() + "#network-relations-heading";
        }

        /** Both tables whole, on the table view (without the picture's script). */
        public String whole() {
            var b = base().queryParam("sort", sort)
                    .queryParam("dir", descending ? "desc" : "asc")
                    .queryParam("view", "table")
                    .queryParam("all", true);
            if (focus != null) {
                b.queryParam("focus", focus);
            }
            return b.build().encode().toUriString() + "#network-table";
        }

        /** The whole network again, in the same view. */
        public String unfocused() {
            var b = base();
            if (tableOnly) {
                b.queryParam("view", "table");
            }
            return b.build().encode().toUriString();
        }

        /** The shortest-path form's answer for two actors, each given by id or by the name typed. */
        public String path(String from, String to) {
            var b = base().queryParam("from", from).queryParam("to", to);
            if (tableOnly) {
                b.queryParam("view", "table");
            }
            return b.build().encode().toUriString() + "#network-path-result";
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
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String relations,
            @RequestParam(required = false) String all,
            @RequestParam(required = false) String services,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean tableOnly = "table".equals(view);
        boolean whole = tableOnly && "true".equals(all);
        model.addAttribute("tableOnly", tableOnly);
        try {
            fill(stage, need, municipality, type, services, size, sort, dir, focus, from, to, model, locale, request);
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        @SuppressWarnings("unchecked")
        var rows = (List<Row>) model.getAttribute("rows");
        @SuppressWarnings("unchecked")
        var edges = (List<EdgeRow>) model.getAttribute("edges");
        Page actors = Page.of(rows.size(), whole, page);
        Page relationRows = Page.of(edges.size(), whole, relations);
        model.addAttribute("actorsPage", actors);
        model.addAttribute("relationsPage", relationRows);
        model.addAttribute("pagedRows", rows.subList(actors.from(), actors.to()));
        model.addAttribute("pagedEdges", edges.subList(relationRows.from(), relationRows.to()));
        var focusNode = (Node) model.getAttribute("focus");
        var links = new Links(
                (NetworkQuery) model.getAttribute("query"),
                (String) model.getAttribute("sizeBy"),
                tableOnly,
                (String) model.getAttribute("sort"),
                (Boolean) model.getAttribute("descending"),
                focusNode == null ? null : focusNode.id(),
                whole,
                relationRows.number());
        model.addAttribute("links", links);
        // A name that found its actor answers with the address by id, which stays the same when names change.
        var focusChoice = (Choice) model.getAttribute("focusChoice");
        var pathFrom = (Choice) model.getAttribute("pathFrom");
        var pathTo = (Choice) model.getAttribute("pathTo");
        if (focusChoice.byName() && focusChoice.id() != null) {
            return "redirect:" + links.focusOn(focusChoice.id());
        }
        if ((pathFrom.byName() || pathTo.byName()) && pathFrom.id() != null && pathTo.id() != null) {
            return "redirect:"
                    + links.path(pathFrom.id().toString(), pathTo.id().toString());
        }
        return "network/map";
    }

    /**
     * One page of a table of this many rows: the whole table up to {@link #PAGED_OVER} rows or when asked for (the
     * "whole table" link), else {@link #PAGE_SIZE} rows; a page number out of range shows the nearest page.
     */
    record Page(int number, int pages, int total, int from, int to) {

        static Page of(int total, boolean whole, String number) {
            if (whole || total <= PAGED_OVER) {
                return new Page(1, 1, total, 0, total);
            }
            int pages = (total + PAGE_SIZE - 1) / PAGE_SIZE;
            int n = 1;
            try {
                n = number == null ? 1 : Math.clamp(Integer.parseInt(number.strip()), 1, pages);
            } catch (NumberFormatException e) {
                // an edited link: the first page
            }
            return new Page(n, pages, total, (n - 1) * PAGE_SIZE, Math.min(total, n * PAGE_SIZE));
        }

        public boolean paged() {
            return pages > 1;
        }

        public List<Integer> numbers() {
            return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        }
    }

    @GetMapping(EMBED)
    String embed(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String services,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            fill(stage, need, municipality, type, services, size, null, null, null, null, null, model, locale, request);
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

    /** A municipality on the coverage map: its outline and how the chosen stage × need cell is served there. */
    record Area(NetworkCatalog.Municipality municipality, MunicipalityShapes.Shape shape, String reach) {}

    @GetMapping(COVERAGE)
    String coverage(
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            Model model,
            HttpServletResponse response) {
        var catalog = network.catalog();
        NetworkCatalog.Municipality chosen;
        List<NetworkCatalog.Term> stages = ServiceLandscape.pathStages(catalog);
        int stageIndex;
        NetworkCatalog.Term needTerm;
        try {
            chosen = municipality(municipality, catalog);
            stageIndex = stage == null || stage.isBlank() ? 0 : indexOf(stages, stage.strip(), NetworkQuery.STAGE);
            needTerm = catalog.needs()
                    .get(
                            need == null || need.isBlank()
                                    ? 0
                                    : indexOf(catalog.needs(), need.strip(), NetworkQuery.NEED));
        } catch (InvalidParameterException e) {
            return invalid(e, model, response);
        }
        var grids = catalog.municipalities().stream()
                .map(m -> ServiceLandscape.coverage(catalog, m))
                .toList();
        List<Area> areas = new ArrayList<>();
        for (var g : grids) {
            var shape = shapes.shape(g.municipality().code());
            if (shape != null) {
                Network.Reach reach = g.byNeed().get(needTerm.code()).get(stageIndex);
                areas.add(new Area(g.municipality(), shape, ServiceLandscape.key(reach)));
            }
        }
        model.addAttribute("mapStage", stages.get(stageIndex));
        model.addAttribute("mapNeed", needTerm);
        model.addAttribute("areas", areas);
        Map<String, Integer> areaCounts = new HashMap<>();
        for (Network.Reach r : Network.Reach.values()) {
            areaCounts.put(ServiceLandscape.key(r), 0);
        }
        areas.forEach(a -> areaCounts.merge(a.reach(), 1, Integer::sum));
        model.addAttribute("areaCounts", areaCounts);
        model.addAttribute("viewBox", shapes.viewBox());
        model.addAttribute("catalog", catalog);
        model.addAttribute("stages", stages);
        model.addAttribute("grids", grids);
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
            String services,
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
        var query = NetworkQuery.parse(stage, need, municipality, type, services, catalog);
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

        Choice focusChoice = choose(focus, view, locale);
        UUID focused = focusChoice.id();
        Set<UUID> around = focused != null && byId.containsKey(focused) ? view.neighbourhood(focused) : null;
        if (around != null) {
            rows.removeIf(r -> !around.contains(r.node().id()));
        }
        List<EdgeRow> edges = view.edges().stream()
                .filter(e -> around == null
                        || e.source().equals(focused)
                        || e.target().equals(focused))
                .map(e -> new EdgeRow(
                        e,
                        byId.get(e.source()),
                        byId.get(e.target()),
                        e.services().stream()
                                .map(catalog::offer)
                                .filter(java.util.Objects::nonNull)
                                .toList()))
                .toList();

        Choice pathFrom = choose(from, view, locale);
        Choice pathTo = choose(to, view, locale);
        if (pathFrom.id() != null && pathTo.id() != null) {
            model.addAttribute(
                    "path",
                    network.path(view, pathFrom.id(), pathTo.id())
                            .map(p -> p.stream().map(byId::get).toList())
                            .orElse(List.of()));
        }
        model.addAttribute("focusChoice", focusChoice);
        model.addAttribute("pathFrom", pathFrom);
        model.addAttribute("pathTo", pathTo);
        model.addAttribute("catalog", catalog);
        model.addAttribute("query", query);
        model.addAttribute("view", view);
        model.addAttribute("rows", rows);
        boolean suggestAll = view.nodes().size() <= SUGGEST_ALL;
        model.addAttribute("suggestAll", suggestAll);
        model.addAttribute(
                "actorNames",
                suggestAll
                        ? view.nodes().stream()
                                .map(n -> n.name().in(locale).text())
                                .distinct()
                                .sorted(collator)
                                .toList()
                        : List.of());
        model.addAttribute("edges", edges);
        model.addAttribute("byId", byId);
        model.addAttribute("sizeBy", sizeBy(size));
        model.addAttribute("sort", sortBy);
        model.addAttribute("descending", descending);
        model.addAttribute("focus", around == null ? null : byId.get(focused));
        model.addAttribute(
                "focusOffers",
                around == null || catalog.actor(focused) == null
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
        model.addAttribute("allTypes", RelationType.filterable());
        Map<String, fi.kvverkosto.shared.LocalizedText> typeLabels = new HashMap<>();
        catalog.providerTypes().forEach(t -> typeLabels.put(t.code(), t.label()));
        typeLabels.put(Network.SERVICE, serviceLabel());
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
        if (query.services()) {
            parts.add(NetworkQuery.SERVICES + "=true");
        }
        parts.add("lang=" + locale.getLanguage());
        return String.join("&", parts);
    }

    /** The legend's and tables' name for a service node, in the three languages like the provider types'. */
    private fi.kvverkosto.shared.LocalizedText serviceLabel() {
        java.util.function.Function<String, String> in =
                language -> messages.getMessage("network.node.service", null, Locale.of(language));
        return fi.kvverkosto.shared.LocalizedText.of(in.apply("fi"), in.apply("sv"), in.apply("en"));
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

    /**
     * An actor chosen by a name field (or by id, from a link): the id when the text names exactly one actor of the
     * view, else the actors whose names contain it (none when nothing matches).
     *
     * @param text what the field shows: the actor's name when chosen, else what was typed
     */
    record Choice(String text, UUID id, List<Node> candidates, boolean byName) {

        Choice(String text, UUID id, List<Node> candidates) {
            this(text, id, candidates, false);
        }

        public boolean given() {
            return !text.isBlank();
        }

        /** Typed but not resolved to one actor: the page lists the candidates or says none matched. */
        public boolean unresolved() {
            return given() && id == null;
        }
    }

    static Choice choose(String value, View view, Locale locale) {
        if (value == null || value.isBlank()) {
            return new Choice("", null, List.of());
        }
        UUID id = parseId(value);
        if (id != null) {
            return view.nodes().stream()
                    .filter(n -> n.id().equals(id))
                    .findFirst()
                    .map(n -> new Choice(n.name().in(locale).text(), n.id(), List.of()))
                    .orElseGet(() -> new Choice("", null, List.of()));
        }
        String typed = value.strip();
        String needle = typed.toLowerCase(locale);
        List<Node> exact = new ArrayList<>();
        List<Node> containing = new ArrayList<>();
        for (Node n : view.nodes()) {
            String name = n.name().in(locale).text().toLowerCase(locale);
            if (name.equals(needle)) {
                exact.add(n);
            }
            if (name.contains(needle)) {
                containing.add(n);
            }
        }
        List<Node> matches = exact.isEmpty() ? containing : exact;
        if (matches.size() == 1) {
            Node n = matches.getFirst();
            return new Choice(n.name().in(locale).text(), n.id(), List.of(), true);
        }
        var collator = java.text.Collator.getInstance(locale);
        return new Choice(
                typed,
                null,
                matches.stream()
                        .sorted(Comparator.comparing(n -> n.name().in(locale).text(), collator))
                        .limit(SUGGESTIONS_SHOWN)
                        .toList());
    }

    /**
     * Names of the view's actors containing what is typed in one of the map page's name fields, as options of its
     * datalist: htmx asks for them on networks too large to list every name in the page.
     */
    @GetMapping(SUGGESTIONS)
    String suggestions(
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String focus,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestHeader(value = "HX-Trigger-Name", required = false) String field,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String typed = "from".equals(field) ? from : "to".equals(field) ? to : focus;
        List<String> names = List.of();
        try {
            var catalog = network.catalog();
            View view = network.view(NetworkQuery.parse(stage, need, municipality, type, catalog));
            if (typed != null && typed.strip().length() >= 2) {
                String needle = typed.strip().toLowerCase(locale);
                var collator = java.text.Collator.getInstance(locale);
                names = view.nodes().stream()
                        .map(n -> n.name().in(locale).text())
                        .filter(name -> name.toLowerCase(locale).contains(needle))
                        .distinct()
                        .sorted(Comparator.comparing((String name) ->
                                        !name.toLowerCase(locale).startsWith(needle))
                                .thenComparing(collator::compare))
                        .limit(SUGGESTIONS_SHOWN)
                        .toList();
            }
        } catch (InvalidParameterException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("actorNames", names);
        return "network/map :: suggestions";
    }

    private static int indexOf(List<NetworkCatalog.Term> terms, String code, String parameter) {
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new InvalidParameterException(parameter, "Unknown " + parameter + " '" + code + "'");
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
