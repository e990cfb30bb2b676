package fi.kvverkosto.interop;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.shared.InvalidParameterException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.media.ObjectSchema;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The read-only HSDS 3.0 API over the public catalogue: the same records, in the same mapping (ADR 0004), as the
 * open-data export, paged in the HSDS page wrapper. Anyone may read it; archived organisations and defunct services
 * are not there.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "HSDS 3.0",
        description = "Open Referral Human Services Data Specification 3.0 API over the public service catalogue."
                + " Records follow the HSDS 3.0 schemas; texts are in Finnish, with the English name in"
                + " alternate_name and other Swedish and English texts as attributes with translation:<field>.<lang>"
                + " terms. Data licence: CC BY 4.0.")
@ApiResponse(
        responseCode = "400",
        description = "A parameter has a value the API does not accept; the problem names it in 'parameter'.",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class HsdsApi {

    static final String HSDS_VERSION = "3.0.1";
    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;

    private static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    static {
        // HSDS records are built as JSON trees; describe them as objects, not as Jackson's node class.
        var record = new ObjectSchema()
                .description("An HSDS 3.0 record; see the schema named in the operation's description.");
        SpringDocUtils.getConfig()
                .replaceWithSchema(JsonNode.class, record)
                .replaceWithSchema(ObjectNode.class, record);
    }

    private final CatalogReader reader;
    private final HsdsExporter exporter;

    HsdsApi(CatalogReader reader, HsdsExporter exporter) {
        this.reader = reader;
        this.exporter = exporter;
    }

    /** What {@code GET /} answers: the HSDS version and where the API is described. */
    @Schema(description = "Information about this API and its relationship with HSDS.")
    record ApiInfo(
            @Schema(description = "HSDS version of this API.", example = HSDS_VERSION)
            String version,

            @Schema(description = "URL of the information on the HSDS profile of this API.")
            String profile,

            @JsonProperty("openapi_url") @Schema(description = "URL of the OpenAPI document defining this API.")
            String openapiUrl,

            @Schema(description = "A human-readable description of this API feed.")
            String description,

            Publisher publisher) {}

    /** Who publishes the feed. */
    record Publisher(String name, String website) {}

    /** The HSDS page wrapper around a list. */
    @Schema(description = "A page of results, as HSDS 3.0 wraps every list.")
    record HsdsPage(
            @JsonProperty("total_items") @Schema(description = "The total number of matching records.")
            long totalItems,

            @JsonProperty("total_pages") @Schema(description = "Count of total pages.")
            int totalPages,

            @JsonProperty("page_number") @Schema(description = "The number of this page, from 1.")
            int pageNumber,

            @Schema(description = "The number of records on this page.")
            int size,

            @JsonProperty("first_page") @Schema(description = "Whether this is the first page.")
            boolean firstPage,

            @JsonProperty("last_page") @Schema(description = "Whether this is the last page.")
            boolean lastPage,

            @Schema(description = "Whether there are no results.")
            boolean empty,

            @ArraySchema(
                    schema = @Schema(type = "object", description = "HSDS records: see the schema of each endpoint."))
            List<JsonNode> contents) {

        static HsdsPage of(Page<?> page, int pageNumber, List<JsonNode> contents) {
            return new HsdsPage(
                    page.getTotalElements(),
                    page.getTotalPages(),
                    pageNumber,
                    contents.size(),
                    pageNumber == 1,
                    pageNumber >= page.getTotalPages(),
                    contents.isEmpty(),
                    contents);
        }
    }

    @GetMapping({"", "/"})
    @Operation(
            summary = "Information about this API and its relationship with HSDS",
            operationId = "getAPIMetaInformation")
    @ApiResponse(
            responseCode = "200",
            description = "Information about this API.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiInfo.class)))
    ApiInfo info() {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath();
        return new ApiInfo(
                HSDS_VERSION,
                base.cloneBuilder().path("/avoin-data").toUriString(),
                base.cloneBuilder().path("/v3/api-docs").toUriString(),
                "Growth and internationalisation services for SMEs in Central Finland (Keski-Suomi), with their"
                        + " providers, taxonomies and service areas. Open data, CC BY 4.0.",
                new Publisher("kv-verkosto", base.cloneBuilder().path("/").toUriString()));
    }

    @GetMapping("/services")
    @Operation(
            summary = "A page of public services",
            description = "Services with their one-to-one fields and their organization; with full=true, fully"
                    + " nested (service areas, languages, cost options, contacts, attributes). Defunct services and"
                    + " those of archived organizations are not listed. Schema: " + SCHEMAS
                    + "compiled/service_list.json",
            operationId = "getPaginatedListOfServices")
    @ApiResponse(
            responseCode = "200",
            description = "A page of services.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HsdsPage.class)))
    HsdsPage services(
            @Parameter(description = "Words to find in names and descriptions, in any language; case does not matter.")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = "integer", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Results per page, 1 to 500.",
                            schema = @Schema(type = "integer", defaultValue = "50"))
                    @RequestParam(name = "per_page", required = false)
                    String perPage,
            @Parameter(description = "Only services classified with this taxonomy term (UUID).")
                    @RequestParam(name = "taxonomy_term_id", required = false)
                    String taxonomyTermId,
            @Parameter(description = "Only services classified with a term of this taxonomy (UUID).")
                    @RequestParam(name = "taxonomy_id", required = false)
                    String taxonomyId,
            @Parameter(description = "Only services of this organization (UUID).")
                    @RequestParam(name = "organization_id", required = false)
                    String organizationId,
            @Parameter(
                            description = "Only services modified at or after this date-time (ISO 8601, e.g."
                                    + " 2026-11-26T00:00:00Z) or date (2026-11-26).")
                    @RequestParam(name = "modified_after", required = false)
                    String modifiedAfter,
            @Parameter(
                            description = "true: fully nested services.",
                            schema = @Schema(type = "boolean", defaultValue = "false"))
                    @RequestParam(required = false)
                    String full) {
        int pageNumber = pageNumber(page);
        var query = new CatalogReader.ServiceQuery(
                search,
                uuid("organization_id", organizationId),
                uuid("taxonomy_term_id", taxonomyTermId),
                uuid("taxonomy_id", taxonomyId),
                modifiedAfter(modifiedAfter));
        boolean nested = flag("full", full);
        Page<ServiceRecord> result = reader.services(query, pageNumber - 1, perPage(perPage));
        var organisations = reader.organisations(result.getContent().stream()
                .map(ServiceRecord::organisationId)
                .distinct()
                .toList());
        var publicParents = new PublicParents();
        List<JsonNode> contents = exporter.render(mapping -> result.getContent().stream()
                .map(service -> {
                    ObjectNode node = nested ? mapping.service(service) : mapping.serviceFields(service);
                    var organisation = organisations.get(service.organisationId());
                    if (organisation != null) {
                        node.set(
                                "organization",
                                mapping.organisationFields(organisation, publicParents.test(organisation)));
                    }
                    return (JsonNode) node;
                })
                .toList());
        return HsdsPage.of(result, pageNumber, contents);
    }

    @GetMapping("/services/{id}")
    @Operation(
            summary = "A fully nested public service",
            description = "Schema: " + SCHEMAS + "compiled/service.json",
            operationId = "getFullyNestedServiceById")
    @ApiResponse(
            responseCode = "200",
            description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(
            responseCode = "404",
            description = "No public service has this id.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    JsonNode service(@Parameter(description = "The service's id (UUID).") @PathVariable String id) {
        var service = parseId(id).flatMap(reader::service).orElseThrow(() -> notFound("service", id));
        var organisation = reader.organisation(service.organisationId()).orElse(null);
        var programme = service.programmeId() == null
                ? null
                : reader.programme(service.programmeId()).orElse(null);
        var publicParents = new PublicParents();
        return exporter.render(mapping -> {
            var node = mapping.service(service);
            if (programme != null) {
                node.set("program", mapping.programme(programme));
            } else {
                node.remove("program_id");
            }
            if (organisation != null) {
                node.set("organization", mapping.organisation(organisation, publicParents.test(organisation)));
            }
            return node;
        });
    }

    @GetMapping("/organizations")
    @Operation(
            summary = "A page of public organizations",
            description = "Organizations with their one-to-one fields; archived organizations are not listed. Schema: "
                    + SCHEMAS + "compiled/organization_list.json",
            operationId = "getPaginatedListOfOrganizations")
    @ApiResponse(
            responseCode = "200",
            description = "A page of organizations.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HsdsPage.class)))
    HsdsPage organizations(
            @Parameter(description = "Words to find in names and descriptions, in any language; case does not matter.")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = "integer", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Results per page, 1 to 500.",
                            schema = @Schema(type = "integer", defaultValue = "50"))
                    @RequestParam(name = "per_page", required = false)
                    String perPage,
            @Parameter(description = "Only organizations classified with this taxonomy term (UUID).")
                    @RequestParam(name = "taxonomy_term_id", required = false)
                    String taxonomyTermId,
            @Parameter(description = "Only organizations classified with a term of this taxonomy (UUID).")
                    @RequestParam(name = "taxonomy_id", required = false)
                    String taxonomyId,
            @Parameter(description = "Only organizations modified at or after this date-time or date (ISO 8601).")
                    @RequestParam(name = "modified_after", required = false)
                    String modifiedAfter) {
        int pageNumber = pageNumber(page);
        var query = new CatalogReader.OrganisationQuery(
                search,
                uuid("taxonomy_term_id", taxonomyTermId),
                uuid("taxonomy_id", taxonomyId),
                modifiedAfter(modifiedAfter));
        Page<OrganisationRecord> result = reader.organisations(query, pageNumber - 1, perPage(perPage));
        var publicParents = new PublicParents();
        List<JsonNode> contents = exporter.render(mapping -> result.getContent().stream()
                .map(o -> (JsonNode) mapping.organisationFields(o, publicParents.test(o)))
                .toList());
        return HsdsPage.of(result, pageNumber, contents);
    }

    @GetMapping("/organizations/{id}")
    @Operation(
            summary = "A public organization with its attributes and public services",
            description = "Schema: " + SCHEMAS + "compiled/organization.json",
            operationId = "getOrganizationById")
    @ApiResponse(
            responseCode = "200",
            description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(
            responseCode = "404",
            description = "No public organization has this id.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    JsonNode organization(@Parameter(description = "The organization's id (UUID).") @PathVariable String id) {
        var organisation = parseId(id).flatMap(reader::organisation).orElseThrow(() -> notFound("organization", id));
        var services = reader.servicesOf(organisation.id());
        var programmes = reader.programmes().stream()
                .filter(p -> p.organisationId().equals(organisation.id()))
                .toList();
        var publicParents = new PublicParents();
        return exporter.render(mapping -> {
            var node = mapping.organisation(organisation, publicParents.test(organisation), programmes);
            var list = node.putArray("services");
            services.forEach(s -> list.add(mapping.serviceFields(s)));
            return node;
        });
    }

    @GetMapping("/taxonomies")
    @Operation(
            summary = "A page of taxonomies",
            description = "Schema: " + SCHEMAS + "taxonomy.json",
            operationId = "getPaginatedListOfTaxonomies")
    @ApiResponse(
            responseCode = "200",
            description = "A page of taxonomies.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HsdsPage.class)))
    HsdsPage taxonomies(
            @Parameter(description = "Words to find in names and descriptions; case does not matter.")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = "integer", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Results per page, 1 to 500.",
                            schema = @Schema(type = "integer", defaultValue = "50"))
                    @RequestParam(name = "per_page", required = false)
                    String perPage) {
        int pageNumber = pageNumber(page);
        var result = reader.taxonomies(search, pageNumber - 1, perPage(perPage));
        List<JsonNode> contents = exporter.render(mapping -> result.getContent().stream()
                .map(t -> (JsonNode) mapping.taxonomy(t))
                .toList());
        return HsdsPage.of(result, pageNumber, contents);
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "A taxonomy", operationId = "getTaxonomyById")
    @ApiResponse(
            responseCode = "200",
            description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(
            responseCode = "404",
            description = "No taxonomy has this id.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    JsonNode taxonomy(@Parameter(description = "The taxonomy's id (UUID).") @PathVariable String id) {
        var taxonomy = parseId(id).flatMap(reader::taxonomy).orElseThrow(() -> notFound("taxonomy", id));
        return exporter.render(mapping -> mapping.taxonomy(taxonomy));
    }

    @GetMapping("/taxonomy_terms")
    @Operation(
            summary = "A page of taxonomy terms",
            description = "Term names are English; descriptions are '<Finnish label> – <Finnish definition>'. Schema: "
                    + SCHEMAS + "taxonomy_term.json",
            operationId = "getPaginatedListOfTaxonomyTerms")
    @ApiResponse(
            responseCode = "200",
            description = "A page of taxonomy terms.",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = HsdsPage.class)))
    HsdsPage taxonomyTerms(
            @Parameter(description = "Words to find in codes, labels and definitions; case does not matter.")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = "integer", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Results per page, 1 to 500.",
                            schema = @Schema(type = "integer", defaultValue = "50"))
                    @RequestParam(name = "per_page", required = false)
                    String perPage,
            @Parameter(description = "Only terms of this taxonomy (UUID).")
                    @RequestParam(name = "taxonomy_id", required = false)
                    String taxonomyId,
            @Parameter(description = "Only terms whose parent is this term (UUID).")
                    @RequestParam(name = "parent_id", required = false)
                    String parentId) {
        int pageNumber = pageNumber(page);
        var query = new CatalogReader.TermQuery(search, uuid("taxonomy_id", taxonomyId), uuid("parent_id", parentId));
        var result = reader.terms(query, pageNumber - 1, perPage(perPage));
        List<JsonNode> contents = exporter.render(mapping -> result.getContent().stream()
                .map(t -> (JsonNode) mapping.term(t))
                .toList());
        return HsdsPage.of(result, pageNumber, contents);
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "A taxonomy term", operationId = "getTaxonomyTermById")
    @ApiResponse(
            responseCode = "200",
            description = "The record.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
    @ApiResponse(
            responseCode = "404",
            description = "No taxonomy term has this id.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = ProblemDetail.class)))
    JsonNode taxonomyTerm(@Parameter(description = "The term's id (UUID).") @PathVariable String id) {
        var term = parseId(id).flatMap(reader::term).orElseThrow(() -> notFound("taxonomy term", id));
        return exporter.render(mapping -> mapping.term(term));
    }

    // ---- parameters

    private static int pageNumber(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        int page = integer("page", value, "page must be a whole number from 1 up, e.g. page=2");
        if (page < 1) {
            throw new InvalidParameterException("page", "page must be a whole number from 1 up, e.g. page=2");
        }
        return page;
    }

    private static int perPage(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_PER_PAGE;
        }
        String message = "per_page must be a whole number from 1 to " + MAX_PER_PAGE + ", e.g. per_page=100";
        int perPage = integer("per_page", value, message);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new InvalidParameterException("per_page", message);
        }
        return perPage;
    }

    private static int integer(String name, String value, String message) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, message);
        }
    }

    private static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parseId(value)
                .orElseThrow(() -> new InvalidParameterException(
                        name, name + " must be a UUID such as 2408a608-da4f-4a88-b838-0bde50103fba"));
    }

    private static Optional<UUID> parseId(String value) {
        String text = value.strip();
        if (!text.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(text));
    }

    /** An ISO 8601 date-time with an offset, or a date meaning its start in UTC. */
    private static Instant modifiedAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidParameterException(
                        "modified_after",
                        "modified_after must be an ISO 8601 date-time such as 2026-11-26T12:00:00Z or a date such as"
                                + " 2026-11-26");
            }
        }
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, name + " must be true or false");
        };
    }

    private static ResponseStatusException notFound(String what, String id) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No public " + what + " has the id " + id);
    }

    /** Whether an organisation's parent is public, so that no record points at one the API does not show. */
    private final class PublicParents implements Predicate<OrganisationRecord> {
        private final Map<UUID, Boolean> known = new HashMap<>();

        @Override
        public boolean test(OrganisationRecord organisation) {
            UUID parent = organisation.parentId();
            return parent != null
                    && known.computeIfAbsent(parent, p -> reader.organisation(p).isPresent());
        }
    }
}
