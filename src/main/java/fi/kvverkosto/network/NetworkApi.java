package fi.kvverkosto.network;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kvverkosto.shared.InvalidParameterException;
import fi.kvverkosto.shared.Language;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network as data: {@code GET /api/v1/network} (JSON), {@code .graphml}, {@code .gexf}, {@code .svg}, CSV node
 * and edge lists, and the shortest path between two actors. Every one takes the same filters. The JSON shape is a
 * contract: add fields, never rename or remove them.
 */
@RestController
@Tag(name = "Network", description = "The network of service providers: actors, relations and their analytics.")
class NetworkApi {

    static final String BASE = "/api/v1/network";

    private final Network network;
    private final Clock clock;

    NetworkApi(Network network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    /**
     * An actor; {@code betweenness} and {@code closeness} 0–1, {@code x}, {@code y} its map position (0–1000). With
     * {@code services=true}, services too: type {@code service}, {@code provider} the organisation's id (absent on
     * organisations).
     */
    record NodeView(
            UUID id,
            String label,
            String type,
            int degree,
            double betweenness,
            double closeness,
            int community,
            boolean articulation,
            int services,
            double x,
            double y,
            @JsonInclude(JsonInclude.Include.NON_NULL) UUID provider) {}

    /**
     * A relation; {@code declared} false for those derived from the directory. {@code serviceId}: the service a declared
     * relation is about (always one for {@code co-delivers}), absent when none; {@code serviceIds}: every service the
     * relation names, for a shared offer the services of either actor that serve the shared stage × need pairs, absent
     * when none.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record EdgeView(UUID source, UUID target, String type, boolean declared, UUID serviceId, List<UUID> serviceIds) {}

    record Graph(List<NodeView> nodes, List<EdgeView> edges) {}

    /** The fewest relations between two actors, both included; empty when none joins them in this view. */
    record PathView(UUID from, UUID to, List<UUID> path) {}

    @GetMapping(path = BASE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The network",
            description = "The public organisations (nodes) with their centralities, and the relations between them"
                    + " (edges): declared by staff, or derived from the directory. Filters keep the organisations"
                    + " with an active service for a stage, a need and in a municipality, and relations of some types."
                    + " With services=true their services are nodes too, joined to their providers.")
    @ApiResponse(
            responseCode = "400",
            description = "A parameter has a value the network does not know; the problem names it in 'parameter'.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    Graph graph(@ParameterObject @ModelAttribute NetworkFilter filter) {
        var view = view(filter);
        Language language = filter.language();
        List<NodeView> nodes = new ArrayList<>();
        for (var n : view.nodes()) {
            nodes.add(new NodeView(
                    n.id(),
                    n.name().in(language).text(),
                    n.type(),
                    n.degree(),
                    round(n.betweenness()),
                    round(n.closeness()),
                    n.community(),
                    n.articulation(),
                    n.services(),
                    n.x(),
                    n.y(),
                    n.provider()));
        }
        List<EdgeView> edges = view.edges().stream()
                .map(e -> new EdgeView(
                        e.source(), e.target(), e.type().code(), e.declared(), e.serviceId(), e.services()))
                .toList();
        return new Graph(nodes, edges);
    }

    @GetMapping(path = BASE + ".graphml")
    @Operation(summary = "The network as GraphML", description = "The same nodes and edges, with the same filters.")
    void graphml(@ParameterObject @ModelAttribute NetworkFilter filter, HttpServletResponse response)
            throws IOException {
        var view = view(filter);
        write(
                response,
                "application/graphml+xml",
                "kv-verkosto.graphml",
                out -> GraphFormats.graphml(view, filter.language(), out));
    }

    @GetMapping(path = BASE + ".gexf")
    @Operation(summary = "The network as GEXF 1.2 (Gephi)", description = "With positions, sizes and colours.")
    void gexf(@ParameterObject @ModelAttribute NetworkFilter filter, HttpServletResponse response) throws IOException {
        var view = view(filter);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Helsinki")));
        write(
                response,
                "application/gexf+xml",
                "kv-verkosto.gexf",
                out -> GraphFormats.gexf(view, filter.language(), today, out));
    }

    @GetMapping(path = BASE + "/nodes.csv")
    @Operation(summary = "The network's nodes as CSV")
    void nodesCsv(@ParameterObject @ModelAttribute NetworkFilter filter, HttpServletResponse response)
            throws IOException {
        var view = view(filter);
        write(
                response,
                "text/csv",
                "kv-verkosto-nodes.csv",
                out -> GraphFormats.nodesCsv(view, filter.language(), out));
    }

    @GetMapping(path = BASE + "/edges.csv")
    @Operation(summary = "The network's edges as CSV")
    void edgesCsv(@ParameterObject @ModelAttribute NetworkFilter filter, HttpServletResponse response)
            throws IOException {
        var view = view(filter);
        write(
                response,
                "text/csv",
                "kv-verkosto-edges.csv",
                out -> GraphFormats.edgesCsv(view, filter.language(), out));
    }

    @GetMapping(path = BASE + ".svg")
    @Operation(
            summary = "The network as an SVG picture",
            description = "Sized by 'size': degree, betweenness or closeness.")
    void svg(
            @ParameterObject @ModelAttribute NetworkFilter filter,
            @RequestParam(required = false) String size,
            HttpServletResponse response)
            throws IOException {
        var view = view(filter);
        String sizeBy = NetworkPages.sizeBy(size);
        write(response, "image/svg+xml", "kv-verkosto.svg", out -> {
            try {
                out.write(GraphFormats.svg(view, filter.language(), "kv-verkosto", sizeBy));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @GetMapping(path = BASE + "/path", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Shortest referral path", description = "The fewest relations between two organisations.")
    PathView path(
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String need,
            @RequestParam(required = false) String municipality,
            @RequestParam(required = false) List<String> type) {
        UUID a = id("from", from);
        UUID b = id("to", to);
        var view = view(stage, need, municipality, type);
        return new PathView(a, b, network.path(view, a, b).orElse(List.of()));
    }

    private Network.View view(NetworkFilter filter) {
        return network.view(filter.query(network.catalog()));
    }

    private Network.View view(String stage, String need, String municipality, List<String> type) {
        return network.view(NetworkQuery.parse(stage, need, municipality, type, network.catalog()));
    }

    private static UUID id(String parameter, String value) {
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(parameter, "'" + value + "' is not an organisation id (a UUID)");
        }
    }

    static Language language(String lang) {
        return lang == null || lang.isBlank()
                ? Language.DEFAULT
                : Language.fromCode(lang.strip())
                        .orElseThrow(() -> new InvalidParameterException(
                                "lang", "Unknown language '" + lang + "': use fi, sv or en"));
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000) / 1_000_000.0;
    }

    private interface Body {
        void write(Writer out);
    }

    private static void write(HttpServletResponse response, String type, String filename, Body body)
            throws IOException {
        response.setContentType(type + ";charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + filename + "\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        body.write(writer);
        writer.flush();
    }
}
