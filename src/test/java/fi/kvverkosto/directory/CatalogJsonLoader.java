package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the shared benchmark catalogue (HSDS 3.0 JSON, {@code ../shared/data/catalog}) into a {@link CatalogSnapshot}
 * for search tests, following ADR 4's mapping as far as search needs it. Test-only: the interop module's importer is
 * the real one. The folder comes from the system property {@value #PROPERTY}.
 */
final class CatalogJsonLoader {

    static final String PROPERTY = "kv.test.catalog";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CatalogJsonLoader() {}

    /** The catalogue folder, if it is there: the property, else {@code ../shared/data/catalog} (or one level up). */
    static Optional<Path> folder() {
        String configured = System.getProperty(PROPERTY);
        List<Path> candidates = configured != null
                ? List.of(Path.of(configured))
                : List.of(Path.of("../shared/data/catalog"), Path.of("../../shared/data/catalog"));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p.resolve("services.json")))
                .findFirst();
    }

    static CatalogSnapshot load(Path folder) {
        JsonNode termsJson = read(folder, "taxonomy_terms.json");
        Map<UUID, String> termCodes = new HashMap<>();
        termsJson.forEach(t -> termCodes.put(id(t, "id"), t.get("code").asString()));

        List<TaxonomyRecord> taxonomies = new ArrayList<>();
        for (JsonNode t : read(folder, "taxonomies.json")) {
            String description = t.get("description").asString();
            String key =
                    description.substring(description.lastIndexOf("Taxonomy key: ") + 14, description.length() - 1);
            taxonomies.add(new TaxonomyRecord(
                    id(t, "id"), key, t.get("name").asString(), description, text(t, "version"), text(t, "uri")));
        }

        List<TermRecord> terms = new ArrayList<>();
        for (JsonNode t : termsJson) {
            String description = t.path("description").asString("");
            int dash = description.indexOf(" – ");
            String labelFi = dash < 0 ? description : description.substring(0, dash);
            String definitionFi = dash < 0 ? null : description.substring(dash + 3);
            terms.add(new TermRecord(
                    id(t, "id"),
                    t.get("code").asString(),
                    id(t, "taxonomy_id"),
                    t.hasNonNull("parent_id") ? id(t, "parent_id") : null,
                    LocalizedText.of(labelFi, null, t.get("name").asString()),
                    LocalizedText.of(definitionFi, null, null),
                    t.path("language").asString("en"),
                    text(t, "term_uri")));
        }

        List<OrganisationRecord> organisations = new ArrayList<>();
        for (JsonNode o : read(folder, "organizations.json")) {
            organisations.add(new OrganisationRecord(
                    id(o, "id"),
                    LocalizedText.of(text(o, "name"), null, text(o, "alternate_name")),
                    LocalizedText.of(text(o, "description"), null, translation(o, termCodes, "description.en")),
                    text(o, "website"),
                    text(o, "email"),
                    o.hasNonNull("parent_organization_id") ? id(o, "parent_organization_id") : null,
                    classifications(o),
                    false,
                    null));
        }

        List<ServiceRecord> services = new ArrayList<>();
        for (JsonNode s : read(folder, "services.json")) {
            List<ServiceRecord.AreaEntry> areas = new ArrayList<>();
            s.path("service_areas")
                    .forEach(a -> areas.add(new ServiceRecord.AreaEntry(
                            id(a, "id"), a.get("uri").asString(), text(a, "name"), text(a, "description"))));
            List<ServiceRecord.LanguageEntry> languages = new ArrayList<>();
            s.path("languages")
                    .forEach(l -> languages.add(new ServiceRecord.LanguageEntry(
                            id(l, "id"), l.get("code").asString(), text(l, "name"))));
            List<ServiceRecord.CostEntry> costs = new ArrayList<>();
            s.path("cost_options")
                    .forEach(c -> costs.add(new ServiceRecord.CostEntry(
                            id(c, "id"),
                            LocalizedText.of(text(c, "option"), null, null),
                            text(c, "currency"),
                            c.hasNonNull("amount")
                                    ? new BigDecimal(c.get("amount").asString())
                                    : null,
                            text(c, "amount_description"))));
            services.add(new ServiceRecord(
                    id(s, "id"),
                    id(s, "organization_id"),
                    LocalizedText.of(text(s, "name"), null, text(s, "alternate_name")),
                    LocalizedText.of(text(s, "description"), null, translation(s, termCodes, "description.en")),
                    text(s, "url"),
                    text(s, "email"),
                    ServiceStatus.fromHsds(s.get("status").asString()).orElseThrow(),
                    LocalizedText.of(text(s, "alert"), null, null),
                    LocalizedText.of(text(s, "eligibility_description"), null, null),
                    LocalizedText.of(text(s, "fees_description"), null, null),
                    s.hasNonNull("assured_date")
                            ? LocalDate.parse(s.get("assured_date").asString())
                            : null,
                    null,
                    areas,
                    languages,
                    costs,
                    List.of(),
                    classifications(s)));
        }
        return new CatalogSnapshot(List.of(), taxonomies, terms, parentsFirst(organisations), services);
    }

    /**
     * The organisations with every parent before its children. CatalogExchange saves each organisation as it goes and
     * cannot yet save a child whose parent comes later in the list (the catalogue has four such).
     */
    private static List<OrganisationRecord> parentsFirst(List<OrganisationRecord> organisations) {
        List<OrganisationRecord> ordered = new ArrayList<>();
        java.util.Set<UUID> placed = new java.util.HashSet<>();
        while (ordered.size() < organisations.size()) {
            for (OrganisationRecord o : organisations) {
                if (!placed.contains(o.id()) && (o.parentId() == null || placed.contains(o.parentId()))) {
                    ordered.add(o);
                    placed.add(o.id());
                }
            }
        }
        return ordered;
    }

    private static List<ClassificationRecord> classifications(JsonNode owner) {
        List<ClassificationRecord> classifications = new ArrayList<>();
        for (JsonNode a : owner.path("attributes")) {
            if (!a.get("link_type").asString().equals("translation")) {
                classifications.add(new ClassificationRecord(id(a, "id"), id(a, "taxonomy_term_id")));
            }
        }
        return classifications;
    }

    private static String translation(JsonNode owner, Map<UUID, String> termCodes, String field) {
        for (JsonNode a : owner.path("attributes")) {
            if (("translation:" + field).equals(termCodes.get(id(a, "taxonomy_term_id")))) {
                return text(a, "value");
            }
        }
        return null;
    }

    private static JsonNode read(Path folder, String file) {
        return JSON.readTree(folder.resolve(file).toFile());
    }

    private static UUID id(JsonNode node, String field) {
        return UUID.fromString(node.get(field).asString());
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asString() : null;
    }
}
