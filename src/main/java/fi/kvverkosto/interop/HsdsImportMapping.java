package fi.kvverkosto.interop;

import static fi.kvverkosto.interop.HsdsFiles.ATTRIBUTES;
import static fi.kvverkosto.interop.HsdsFiles.MUNICIPALITIES;
import static fi.kvverkosto.interop.HsdsFiles.ORGANIZATIONS;
import static fi.kvverkosto.interop.HsdsFiles.SERVICES;
import static fi.kvverkosto.interop.HsdsFiles.TAXONOMIES;
import static fi.kvverkosto.interop.HsdsFiles.TERMS;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.CatalogSnapshot;
import fi.kvverkosto.directory.ClassificationRecord;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ProgrammeRecord;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.directory.ServiceStatus;
import fi.kvverkosto.directory.TaxonomyRecord;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.interop.InteropStore.AttributeKey;
import fi.kvverkosto.interop.Translations.Code;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns HSDS 3.0 files into the directory's records, following ADR 0004, and checks everything on the way: every
 * problem is collected with its file, record and field, and nothing is returned to write when there is any.
 *
 * <p>References may point into the files or at what the directory already holds, so a folder may carry only some of
 * the files (for example only {@code services.json}). What a file cannot express is kept from the directory: without
 * {@code attributes.json} the terms keep their Swedish and English texts, and {@code municipalities.json}, which has
 * no Swedish names for municipalities, keeps theirs. HSDS has no archiving, so an organisation keeps its archived flag.
 */
final class HsdsImportMapping {

    /** What to write when there are no problems. */
    record Result(
            CatalogSnapshot catalogue,
            Map<AttributeKey, UUID> attributeIds,
            Map<String, String> settings,
            List<ImportProblem> problems) {}

    static final String SETTING_MUNICIPALITIES_VERSION = "municipalities.version";
    static final String SETTING_MUNICIPALITIES_NOTE = "municipalities.source_note";
    static final String FINLAND = "urn:iso:3166-1:FI";

    private static final Pattern UUID_FORM =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KEY_IN_DESCRIPTION = Pattern.compile("Taxonomy key: ([^\\s]+?)\\.?\\s*$");
    private static final Pattern KEY_FORM = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Fields any record may carry that hold no catalogue data: HSDS change metadata, copies of linked records. */
    private static final Set<String> IGNORED = Set.of("metadata", "taxonomy_term", "taxonomy_detail", "organization");

    private static final Set<String> ORGANISATION_FIELDS = Set.of(
            "id",
            "name",
            "alternate_name",
            "description",
            "email",
            "website",
            "parent_organization_id",
            "attributes",
            "programs");
    private static final Set<String> PROGRAMME_FIELDS =
            Set.of("id", "organization_id", "name", "alternate_name", "description", "attributes");
    private static final Set<String> SERVICE_FIELDS = Set.of(
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "eligibility_description",
            "fees_description",
            "alert",
            "assured_date",
            "last_modified",
            "service_areas",
            "languages",
            "cost_options",
            "contacts",
            "attributes",
            "program_id",
            "program");
    private static final Set<String> TAXONOMY_FIELDS = Set.of("id", "name", "description", "version", "uri");
    private static final Set<String> TERM_FIELDS =
            Set.of("id", "code", "name", "description", "taxonomy", "taxonomy_id", "language", "parent_id", "term_uri");
    private static final Set<String> ATTRIBUTE_FIELDS =
            Set.of("id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value");
    private static final Set<String> AREA_FIELDS = Set.of("id", "service_id", "name", "description", "uri");
    private static final Set<String> LANGUAGE_FIELDS = Set.of("id", "service_id", "name", "code");
    private static final Set<String> COST_FIELDS =
            Set.of("id", "service_id", "option", "currency", "amount", "amount_description", "attributes");
    private static final Set<String> CONTACT_FIELDS =
            Set.of("id", "service_id", "name", "title", "department", "email", "phones");
    private static final Set<String> PHONE_FIELDS = Set.of("id", "contact_id", "service_id", "number");

    private static final List<Language> OTHER_LANGUAGES = List.of(Language.SV, Language.EN);
    private static final List<String> ORGANISATION_TRANSLATIONS = List.of("name", "description");
    private static final List<String> SERVICE_TRANSLATIONS =
            List.of("name", "description", "alert", "eligibility_description", "fees_description");

    private final CatalogSnapshot current;
    private final Problems problems = new Problems();
    private final Map<UUID, String> seenIds = new HashMap<>();
    private final Map<AttributeKey, UUID> attributeIds = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();

    private final Map<UUID, TaxonomyRecord> currentTaxonomies = new HashMap<>();
    private final Map<UUID, TermRecord> currentTerms = new HashMap<>();
    private final Map<UUID, OrganisationRecord> currentOrganisations = new HashMap<>();
    private final Set<UUID> currentProgrammes = new HashSet<>();
    private final Map<String, AreaRecord> currentAreas = new HashMap<>();
    private final Map<UUID, UUID> currentChildParents = new HashMap<>();

    private final Map<UUID, String> incomingTaxonomyKeys = new HashMap<>();
    private final Set<UUID> incomingTaxonomyIds = new HashSet<>();
    private final Map<UUID, TermRecord> incomingTerms = new LinkedHashMap<>();
    /** Every incoming term's code, "" when it cannot be told: a broken term is reported once, not at every use. */
    private final Map<UUID, String> incomingTermCodes = new HashMap<>();

    private final Set<UUID> incomingOrganisationIds = new HashSet<>();
    /** Programmes in the files, in order: from the organisations' {@code programs}, then new ones nested in services. */
    private final Map<UUID, ProgrammeRecord> incomingProgrammes = new LinkedHashMap<>();
    /** Services' {@code program_id}s, checked once every programme in the files is known. */
    private final List<Runnable> programmeReferences = new ArrayList<>();

    private final Set<String> incomingAreaUris = new HashSet<>();

    private HsdsImportMapping(CatalogSnapshot current) {
        this.current = current;
        current.taxonomies().forEach(t -> currentTaxonomies.put(t.id(), t));
        current.terms().forEach(t -> currentTerms.put(t.id(), t));
        current.organisations().forEach(o -> {
            currentOrganisations.put(o.id(), o);
            o.classifications().forEach(c -> currentChildParents.put(c.id(), o.id()));
        });
        current.areas().forEach(a -> currentAreas.put(a.uri(), a));
        current.programmes().forEach(p -> currentProgrammes.add(p.id()));
        for (ServiceRecord s : current.services()) {
            s.areas().forEach(c -> currentChildParents.put(c.id(), s.id()));
            s.languages().forEach(c -> currentChildParents.put(c.id(), s.id()));
            s.costOptions().forEach(c -> currentChildParents.put(c.id(), s.id()));
            s.contacts().forEach(c -> currentChildParents.put(c.id(), s.id()));
            s.classifications().forEach(c -> currentChildParents.put(c.id(), s.id()));
        }
    }

    /**
     * Maps parsed files (by name) against what the directory holds now.
     *
     * @param documents the files' JSON, each already known to be valid JSON
     */
    static Result map(Map<String, JsonNode> documents, CatalogSnapshot current) {
        return new HsdsImportMapping(current).run(documents);
    }

    private Result run(Map<String, JsonNode> documents) {
        List<JsonNode> taxonomyNodes = records(TAXONOMIES, documents.get(TAXONOMIES));
        List<JsonNode> termNodes = records(TERMS, documents.get(TERMS));
        List<JsonNode> organisationNodes = records(ORGANIZATIONS, documents.get(ORGANIZATIONS));
        List<JsonNode> serviceNodes = records(SERVICES, documents.get(SERVICES));
        List<JsonNode> attributeNodes = records(ATTRIBUTES, documents.get(ATTRIBUTES));

        List<TaxonomyRecord> taxonomies = taxonomies(taxonomyNodes, termNodes);
        terms(termNodes, documents.containsKey(ATTRIBUTES));
        collectOrganisationIds(organisationNodes);
        List<OrganisationRecord> organisations = new ArrayList<>();
        for (int i = 0; i < organisationNodes.size(); i++) {
            var organisation = organisation(organisationNodes.get(i), i);
            if (organisation != null) {
                organisations.add(organisation);
            }
        }
        List<AreaRecord> areas =
                documents.containsKey(MUNICIPALITIES) ? municipalities(documents.get(MUNICIPALITIES)) : List.of();
        List<ServiceRecord> services = new ArrayList<>();
        for (int i = 0; i < serviceNodes.size(); i++) {
            var service = service(serviceNodes.get(i), i);
            if (service != null) {
                services.add(service);
            }
        }
        programmeReferences.forEach(Runnable::run);
        termTranslations(attributeNodes);

        if (!problems.isEmpty()) {
            return new Result(null, Map.of(), Map.of(), problems.list());
        }
        var catalogue = new CatalogSnapshot(
                areas,
                taxonomies,
                List.copyOf(incomingTerms.values()),
                organisations,
                services,
                List.copyOf(incomingProgrammes.values()));
        return new Result(catalogue, attributeIds, settings, List.of());
    }

    /** The records of a file that must hold an array; empty when the file is absent or not an array. */
    private List<JsonNode> records(String file, JsonNode root) {
        if (root == null) {
            return List.of();
        }
        if (!root.isArray()) {
            problems.add(file, null, null, "interop.problem.json.not-array");
            return List.of();
        }
        List<JsonNode> records = new ArrayList<>();
        root.forEach(records::add);
        return records;
    }

    // ---- taxonomies and terms

    private List<TaxonomyRecord> taxonomies(List<JsonNode> nodes, List<JsonNode> termNodes) {
        // The key comes first from the terms' "taxonomy" field, as ADR 0004 says.
        Map<UUID, String> keysFromTerms = new HashMap<>();
        for (JsonNode term : termNodes) {
            if (term.isObject()
                    && term.path("taxonomy").isString()
                    && term.path("taxonomy_id").isString()
                    && isUuid(term.path("taxonomy_id").asString())) {
                keysFromTerms.putIfAbsent(
                        UUID.fromString(term.path("taxonomy_id").asString()),
                        term.path("taxonomy").asString().strip());
            }
        }
        List<TaxonomyRecord> taxonomies = new ArrayList<>();
        Map<String, UUID> keys = new HashMap<>();
        currentTaxonomies.values().forEach(t -> keys.put(t.key(), t.id()));
        incomingTaxonomyIds.addAll(idsOf(nodes));
        // Keys of taxonomies about to be replaced are free for the incoming ones.
        incomingTaxonomyIds.forEach(id -> {
            var existing = currentTaxonomies.get(id);
            if (existing != null) {
                keys.remove(existing.key(), id);
            }
        });
        for (int i = 0; i < nodes.size(); i++) {
            var f = recordFields(TAXONOMIES, nodes.get(i), i);
            if (f == null) {
                continue;
            }
            f.onlyKnown(TAXONOMY_FIELDS);
            UUID id = f.claimId();
            String name = f.text("name", true, 500);
            String description = f.text("description", true, 4000);
            String version = f.text("version", false, 100);
            String uri = f.uri("uri", 1000);
            if (id == null) {
                continue;
            }
            String key = keysFromTerms.get(id);
            if (key == null && description != null) {
                var matcher = KEY_IN_DESCRIPTION.matcher(description);
                if (matcher.find()) {
                    key = matcher.group(1);
                }
            }
            if (key == null && currentTaxonomies.containsKey(id)) {
                key = currentTaxonomies.get(id).key();
            }
            if (key == null) {
                f.problem("description", "interop.problem.taxonomy.key-unknown");
                continue;
            }
            if (key.length() > 100 || !KEY_FORM.matcher(key).matches()) {
                f.problem("description", "interop.problem.taxonomy.key-form", key);
                continue;
            }
            UUID holder = keys.putIfAbsent(key, id);
            if (holder != null && !holder.equals(id)) {
                f.problem("description", "interop.problem.taxonomy.key-twice", key, holder);
                continue;
            }
            incomingTaxonomyKeys.put(id, key);
            if (name != null && description != null) {
                taxonomies.add(new TaxonomyRecord(id, key, name, description, version, uri));
            }
        }
        return taxonomies;
    }

    private void terms(List<JsonNode> nodes, boolean withAttributesFile) {
        Map<String, UUID> codes = new HashMap<>();
        Set<UUID> incomingIds = idsOf(nodes);
        currentTerms.values().stream()
                .filter(t -> !incomingIds.contains(t.id()))
                .forEach(t -> codes.put(t.code(), t.id()));
        Set<UUID> knownTerms = new HashSet<>(currentTerms.keySet());
        knownTerms.addAll(incomingIds);
        for (int i = 0; i < nodes.size(); i++) {
            var f = recordFields(TERMS, nodes.get(i), i);
            if (f == null) {
                continue;
            }
            f.onlyKnown(TERM_FIELDS);
            UUID id = f.claimId();
            String rawCode = f.text("code", false, 200);
            String name = f.text("name", true, 500);
            String description = f.text("description", true, 4500);
            String taxonomyField = f.text("taxonomy", false, 100);
            UUID taxonomyId = f.uuid("taxonomy_id", true);
            String languageCode = f.text("language", false, 8);
            UUID parentId = f.uuid("parent_id", false);
            String termUri = f.uri("term_uri", 1000);
            Language language = Language.EN;
            if (languageCode != null) {
                var known = Language.fromCode(languageCode);
                if (known.isEmpty()) {
                    f.problem("language", "interop.problem.language.unknown", languageCode);
                } else {
                    language = known.get();
                }
            }
            String key = null;
            if (taxonomyId != null) {
                key = incomingTaxonomyKeys.get(taxonomyId);
                if (key == null && currentTaxonomies.containsKey(taxonomyId)) {
                    key = currentTaxonomies.get(taxonomyId).key();
                }
                if (key == null && !incomingTaxonomyIds.contains(taxonomyId)) {
                    f.problem("taxonomy_id", "interop.problem.reference.taxonomy", taxonomyId);
                }
            }
            if (key != null && taxonomyField != null && !taxonomyField.equals(key)) {
                f.problem("taxonomy", "interop.problem.term.taxonomy-mismatch", taxonomyField, key);
            }
            if (parentId != null && !knownTerms.contains(parentId)) {
                f.problem("parent_id", "interop.problem.reference.parent-term", parentId);
            } else if (parentId != null && parentId.equals(id)) {
                f.problem("parent_id", "interop.problem.reference.self", parentId);
            }
            String[] parts = Translations.split(description);
            if (parts[0] != null && parts[0].length() > 500) {
                f.problem("description", "interop.problem.text.too-long", parts[0].length(), 500);
            }
            if (parts[1] != null && parts[1].length() > 4000) {
                f.problem("description", "interop.problem.text.too-long", parts[1].length(), 4000);
            }
            if (id != null) {
                incomingTermCodes.put(id, "");
            }
            if (id == null || key == null || name == null || description == null) {
                continue;
            }
            String code = rawCode == null ? key + ":" + id : rawCode;
            if (!code.startsWith(key + ":")) {
                code = key + ":" + code;
            }
            if (code.length() > 200) {
                f.problem("code", "interop.problem.text.too-long", code.length(), 200);
                continue;
            }
            incomingTermCodes.put(id, code);
            UUID holder = codes.putIfAbsent(code, id);
            if (holder != null && !holder.equals(id)) {
                f.problem("code", "interop.problem.term.code-twice", code, holder);
                continue;
            }
            LocalizedText label = LocalizedText.of(parts[0], null, null).with(language, name);
            LocalizedText definition = LocalizedText.of(parts[1], null, null);
            TermRecord existing = currentTerms.get(id);
            if (!withAttributesFile && existing != null) {
                // Texts only attributes.json carries stay as they are when it is not imported.
                for (Language other : OTHER_LANGUAGES) {
                    if (other != language) {
                        label = label.with(other, existing.label().get(other));
                    }
                    definition = definition.with(other, existing.definition().get(other));
                }
            }
            incomingTerms.put(
                    id, new TermRecord(id, code, taxonomyId, parentId, label, definition, language.code(), termUri));
        }
    }

    /** {@code attributes.json}: the Swedish and English labels and definitions of terms. */
    private void termTranslations(List<JsonNode> nodes) {
        Map<UUID, Set<String>> given = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            var f = recordFields(ATTRIBUTES, nodes.get(i), i);
            if (f == null) {
                continue;
            }
            f.onlyKnown(ATTRIBUTE_FIELDS);
            UUID id = f.claimId();
            UUID termId = f.uuid("link_id", true);
            UUID translationTermId = f.uuid("taxonomy_term_id", true);
            String entity = f.text("link_entity", false, 100);
            f.text("link_type", false, 100);
            String value = f.text("value", false, 4500);
            if (entity != null && !entity.equals("taxonomy_term")) {
                f.problem("link_entity", "interop.problem.attributes-file.entity", entity);
                continue;
            }
            if (termId == null || translationTermId == null || id == null) {
                continue;
            }
            TermRecord term = incomingTerms.containsKey(termId) ? incomingTerms.get(termId) : currentTerms.get(termId);
            if (term == null) {
                if (!incomingTermCodes.containsKey(termId)) {
                    f.problem("link_id", "interop.problem.reference.term", termId);
                }
                continue;
            }
            String code = termCode(translationTermId);
            if (code == null) {
                f.problem("taxonomy_term_id", "interop.problem.reference.term", translationTermId);
                continue;
            }
            if (code.isEmpty()) {
                continue;
            }
            var translation = Code.parse(code);
            Language nameLanguage = Language.fromCode(term.nameLanguage()).orElse(Language.EN);
            boolean allowed = translation.isPresent()
                    && ((translation.get().field().equals("name")
                                    && translation.get().language() != nameLanguage)
                            || (translation.get().field().equals("description")
                                    && translation.get().language() != Language.FI));
            if (!allowed) {
                f.problem(
                        "taxonomy_term_id",
                        "interop.problem.attributes-file.not-translation",
                        code,
                        "translation:name.sv, translation:description.sv, translation:description.en");
                continue;
            }
            if (value == null) {
                f.problem("value", "interop.problem.translation.value");
                continue;
            }
            if (!given.computeIfAbsent(termId, k -> new HashSet<>()).add(code)) {
                f.problem("taxonomy_term_id", "interop.problem.translation.twice", code);
                continue;
            }
            Language language = translation.get().language();
            LocalizedText label = term.label();
            LocalizedText definition = term.definition();
            if (translation.get().field().equals("name")) {
                label = label.with(language, value);
            } else {
                String[] parts = Translations.split(value);
                if (language != nameLanguage && !given.get(termId).contains("translation:name." + language.code())) {
                    label = label.with(language, parts[0]);
                }
                definition = definition.with(language, parts[1]);
            }
            incomingTerms.put(
                    termId,
                    new TermRecord(
                            term.id(),
                            term.code(),
                            term.taxonomyId(),
                            term.parentId(),
                            label,
                            definition,
                            term.nameLanguage(),
                            term.termUri()));
            attributeIds.put(new AttributeKey(termId, translation.get().key()), id);
        }
    }

    /** A term's code; "" for an incoming term with problems of its own, null for no such term. */
    private String termCode(UUID termId) {
        if (incomingTerms.containsKey(termId)) {
            return incomingTerms.get(termId).code();
        }
        if (incomingTermCodes.containsKey(termId)) {
            return incomingTermCodes.get(termId);
        }
        return currentTerms.containsKey(termId) ? currentTerms.get(termId).code() : null;
    }

    // ---- organisations

    private void collectOrganisationIds(List<JsonNode> nodes) {
        incomingOrganisationIds.addAll(idsOf(nodes));
    }

    private boolean knownOrganisation(UUID id) {
        return incomingOrganisationIds.contains(id) || currentOrganisations.containsKey(id);
    }

    private OrganisationRecord organisation(JsonNode node, int index) {
        var f = recordFields(ORGANIZATIONS, node, index);
        if (f == null) {
            return null;
        }
        f.onlyKnown(ORGANISATION_FIELDS);
        UUID id = f.claimId();
        String name = f.text("name", true, 500);
        String alternateName = f.text("alternate_name", false, 500);
        String description = f.text("description", true, Integer.MAX_VALUE);
        String email = f.email("email");
        String website = f.url("website", 1000);
        UUID parentId = f.uuid("parent_organization_id", false);
        if (parentId != null && !knownOrganisation(parentId)) {
            f.problem("parent_organization_id", "interop.problem.reference.parent-organisation", parentId);
        } else if (parentId != null && parentId.equals(id)) {
            f.problem("parent_organization_id", "interop.problem.reference.self", parentId);
        }
        var attributes = attributes(f, id, "organization", allowed(ORGANISATION_TRANSLATIONS));
        var programmeNodes = f.array("programs");
        for (int i = 0; i < programmeNodes.size(); i++) {
            var p = f.nested("programs", i, programmeNodes.get(i));
            if (p != null) {
                programme(p, id, true);
            }
        }
        if (id == null || name == null || description == null) {
            return null;
        }
        for (ClassificationRecord c : attributes.classifications()) {
            childOf(f, c.id(), id, "attributes");
        }
        var texts = attributes.texts();
        LocalizedText names = translated(f, LocalizedText.of(name, null, alternateName), texts.get("name"), "name");
        LocalizedText descriptions = translated(f, LocalizedText.finnish(description), texts.get("description"), null);
        var existing = currentOrganisations.get(id);
        var organisation = new OrganisationRecord(
                id,
                names,
                descriptions,
                website,
                email,
                parentId,
                attributes.classifications(),
                existing != null && existing.archived(),
                existing == null ? null : existing.lastModified());
        // HSDS organisations carry no time of change: an unchanged one keeps its time, a changed one gets "now".
        return organisation.equals(existing) ? organisation : withoutTime(organisation);
    }

    private static OrganisationRecord withoutTime(OrganisationRecord o) {
        return new OrganisationRecord(
                o.id(),
                o.name(),
                o.description(),
                o.website(),
                o.email(),
                o.parentId(),
                o.classifications(),
                o.archived(),
                null);
    }

    // ---- services

    private ServiceRecord service(JsonNode node, int index) {
        var f = recordFields(SERVICES, node, index);
        if (f == null) {
            return null;
        }
        f.onlyKnown(SERVICE_FIELDS);
        UUID id = f.claimId();
        UUID organisationId = f.uuid("organization_id", true);
        if (organisationId != null && !knownOrganisation(organisationId)) {
            f.problem("organization_id", "interop.problem.reference.organisation", organisationId);
        }
        String name = f.text("name", true, 500);
        String alternateName = f.text("alternate_name", false, 500);
        String description = f.text("description", false, Integer.MAX_VALUE);
        String url = f.url("url", 1000);
        String email = f.email("email");
        String statusText = f.text("status", true, 32);
        ServiceStatus status = null;
        if (statusText != null) {
            status = ServiceStatus.fromHsds(statusText).orElse(null);
            if (status == null) {
                f.problem("status", "interop.problem.status.unknown", statusText);
            }
        }
        String eligibility = f.text("eligibility_description", false, 4000);
        String fees = f.text("fees_description", false, 4000);
        String alert = f.text("alert", false, 4000);
        LocalDate assured = f.date("assured_date");
        Instant modified = f.dateTime("last_modified");

        List<ServiceRecord.AreaEntry> areas = new ArrayList<>();
        var areaNodes = f.array("service_areas");
        for (int i = 0; i < areaNodes.size(); i++) {
            var a = f.nested("service_areas", i, areaNodes.get(i));
            if (a == null) {
                continue;
            }
            a.onlyKnown(AREA_FIELDS);
            UUID areaId = a.claimId();
            a.parent("service_id", id);
            String uri = a.text("uri", true, 255);
            if (uri != null && !incomingAreaUris.contains(uri) && !currentAreas.containsKey(uri)) {
                a.problem("uri", "interop.problem.reference.area", uri);
            }
            String areaName = a.text("name", false, 500);
            String areaDescription = a.text("description", false, 2000);
            if (areaId != null && uri != null) {
                childOf(f, areaId, id, a.prefix + "id");
                areas.add(new ServiceRecord.AreaEntry(areaId, uri, areaName, areaDescription));
            }
        }
        List<ServiceRecord.LanguageEntry> languages = new ArrayList<>();
        var languageNodes = f.array("languages");
        for (int i = 0; i < languageNodes.size(); i++) {
            var l = f.nested("languages", i, languageNodes.get(i));
            if (l == null) {
                continue;
            }
            l.onlyKnown(LANGUAGE_FIELDS);
            UUID languageId = l.claimId();
            l.parent("service_id", id);
            String code = l.text("code", true, 16);
            String languageName = l.text("name", false, 255);
            if (languageId != null && code != null) {
                childOf(f, languageId, id, l.prefix + "id");
                languages.add(new ServiceRecord.LanguageEntry(languageId, code, languageName));
            }
        }
        List<ServiceRecord.CostEntry> costs = new ArrayList<>();
        var costNodes = f.array("cost_options");
        for (int i = 0; i < costNodes.size(); i++) {
            var c = f.nested("cost_options", i, costNodes.get(i));
            if (c == null) {
                continue;
            }
            c.onlyKnown(COST_FIELDS);
            UUID costId = c.claimId();
            c.parent("service_id", id);
            String option = c.text("option", false, 4000);
            String currency = c.text("currency", false, 8);
            BigDecimal amount = c.amount("amount");
            String amountDescription = c.text("amount_description", false, 2000);
            var attributes = attributes(c, costId, "cost_option", allowed(List.of("option")));
            if (costId != null) {
                childOf(f, costId, id, c.prefix + "id");
                LocalizedText options = translated(
                        c, LocalizedText.finnish(option), attributes.texts().get("option"), null);
                costs.add(new ServiceRecord.CostEntry(costId, options, currency, amount, amountDescription));
            }
        }
        List<ServiceRecord.ContactEntry> contacts = new ArrayList<>();
        var contactNodes = f.array("contacts");
        for (int i = 0; i < contactNodes.size(); i++) {
            var c = f.nested("contacts", i, contactNodes.get(i));
            if (c == null) {
                continue;
            }
            c.onlyKnown(CONTACT_FIELDS);
            UUID contactId = c.claimId();
            c.parent("service_id", id);
            String contactName = c.text("name", false, 500);
            String title = c.text("title", false, 500);
            String department = c.text("department", false, 500);
            String contactEmail = c.email("email");
            String phone = null;
            var phones = c.array("phones");
            if (phones.size() > 1) {
                c.problem("phones", "interop.problem.phones.many");
            }
            if (!phones.isEmpty()) {
                var p = c.nested("phones", 0, phones.getFirst());
                if (p != null) {
                    p.onlyKnown(PHONE_FIELDS);
                    UUID phoneId = p.claimId();
                    p.parent("contact_id", contactId);
                    p.parent("service_id", id);
                    phone = p.text("number", true, 100);
                    if (phoneId != null && contactId != null) {
                        attributeIds.put(new AttributeKey(contactId, "phone"), phoneId);
                    }
                }
            }
            if (contactId != null) {
                childOf(f, contactId, id, c.prefix + "id");
                contacts.add(
                        new ServiceRecord.ContactEntry(contactId, contactName, title, department, contactEmail, phone));
            }
        }
        var attributes = attributes(f, id, "service", allowed(SERVICE_TRANSLATIONS));
        UUID programmeId = f.uuid("program_id", false);
        var programmeNode = f.value("program");
        if (programmeNode != null) {
            var p = f.nested("program", programmeNode);
            UUID nestedId = p == null ? null : programme(p, organisationId, false);
            if (programmeId != null && nestedId != null && !programmeId.equals(nestedId)) {
                f.problem("program_id", "interop.problem.programme.mismatch", programmeId, nestedId);
            }
            programmeId = programmeId == null ? nestedId : programmeId;
        }
        if (programmeId != null) {
            UUID wanted = programmeId;
            programmeReferences.add(() -> {
                if (!incomingProgrammes.containsKey(wanted) && !currentProgrammes.contains(wanted)) {
                    f.problem("program_id", "interop.problem.reference.programme", wanted);
                }
            });
        }
        if (id == null || organisationId == null || name == null || status == null) {
            return null;
        }
        for (ClassificationRecord c : attributes.classifications()) {
            childOf(f, c.id(), id, "attributes");
        }
        var texts = attributes.texts();
        return new ServiceRecord(
                id,
                organisationId,
                translated(f, LocalizedText.of(name, null, alternateName), texts.get("name"), "name"),
                translated(f, LocalizedText.finnish(description), texts.get("description"), null),
                url,
                email,
                status,
                translated(f, LocalizedText.finnish(alert), texts.get("alert"), null),
                translated(f, LocalizedText.finnish(eligibility), texts.get("eligibility_description"), null),
                translated(f, LocalizedText.finnish(fees), texts.get("fees_description"), null),
                assured,
                modified,
                areas,
                languages,
                costs,
                contacts,
                attributes.classifications(),
                programmeId);
    }

    // ---- programmes

    /**
     * A programme, from an organisation's {@code programs} ({@code inOwner}: its {@code organization_id}, if given, must
     * name that organisation) or nested in a service as {@code program} (its {@code organization_id} may name another
     * known organisation and defaults to the service's). A service may carry a copy of a programme given before, which
     * must name the same organisation; the first one given is kept. Returns the programme's id, or null.
     */
    private UUID programme(Fields p, UUID nestedIn, boolean inOwner) {
        p.onlyKnown(PROGRAMME_FIELDS);
        String idText = p.value("id") != null && p.value("id").isString()
                ? p.value("id").asString()
                : null;
        if (isUuid(idText) && incomingProgrammes.containsKey(UUID.fromString(idText.strip()))) {
            UUID id = UUID.fromString(idText.strip());
            UUID owner = p.uuid("organization_id", false);
            if (inOwner
                    || (owner != null
                            && !owner.equals(incomingProgrammes.get(id).organisationId()))) {
                p.problem("id", "interop.problem.programme.differs", id);
            }
            return id;
        }
        UUID id = p.claimId();
        UUID organisationId;
        if (inOwner) {
            p.parent("organization_id", nestedIn);
            organisationId = nestedIn;
        } else {
            organisationId = p.uuid("organization_id", false);
            if (organisationId != null && !knownOrganisation(organisationId)) {
                p.problem("organization_id", "interop.problem.reference.organisation", organisationId);
                organisationId = null;
            } else if (organisationId == null) {
                organisationId = nestedIn;
            }
        }
        var programme = programmeRecord(p, id, organisationId);
        if (programme != null) {
            incomingProgrammes.put(id, programme);
        }
        return id;
    }

    private ProgrammeRecord programmeRecord(Fields p, UUID id, UUID organisationId) {
        String name = p.text("name", true, 500);
        String alternateName = p.text("alternate_name", false, 500);
        String description = p.text("description", true, Integer.MAX_VALUE);
        var attributes = attributes(p, id, "program", allowed(ORGANISATION_TRANSLATIONS));
        if (!attributes.classifications().isEmpty()) {
            p.problem("attributes", "interop.problem.programme.classified");
        }
        if (id == null || organisationId == null || name == null || description == null) {
            return null;
        }
        var texts = attributes.texts();
        return new ProgrammeRecord(
                id,
                organisationId,
                translated(p, LocalizedText.of(name, null, alternateName), texts.get("name"), "name"),
                translated(p, LocalizedText.finnish(description), texts.get("description"), null));
    }

    /** A nested record's id must not belong to another record's part in the directory. */
    private void childOf(Fields f, UUID childId, UUID parentId, String field) {
        UUID owner = currentChildParents.get(childId);
        if (owner != null && !owner.equals(parentId)) {
            f.problem(field, "interop.problem.id.taken", childId, owner);
        }
    }

    /** The translations a record may carry: its fields in Swedish and English. */
    private static Set<String> allowed(List<String> fields) {
        Set<String> codes = new HashSet<>();
        for (String field : fields) {
            for (Language language : OTHER_LANGUAGES) {
                codes.add(Code.of(field, language).code());
            }
        }
        return codes;
    }

    /** A record's classifications in their order, and its translated texts by field and language. */
    private record Attributes(List<ClassificationRecord> classifications, Map<String, Map<Language, String>> texts) {}

    private Attributes attributes(Fields owner, UUID ownerId, String entity, Set<String> translations) {
        List<ClassificationRecord> classifications = new ArrayList<>();
        Map<String, Map<Language, String>> texts = new HashMap<>();
        var nodes = owner.array("attributes");
        for (int i = 0; i < nodes.size(); i++) {
            var a = owner.nested("attributes", i, nodes.get(i));
            if (a == null) {
                continue;
            }
            a.onlyKnown(ATTRIBUTE_FIELDS);
            UUID id = a.claimId();
            UUID termId = a.uuid("taxonomy_term_id", true);
            a.parent("link_id", ownerId);
            String linkEntity = a.text("link_entity", false, 100);
            if (linkEntity != null && !linkEntity.equals(entity)) {
                a.problem("link_entity", "interop.problem.attribute.entity", linkEntity, entity);
            }
            a.text("link_type", false, 100);
            String value = a.text("value", false, Integer.MAX_VALUE);
            if (termId == null) {
                continue;
            }
            String code = termCode(termId);
            if (code == null) {
                a.problem("taxonomy_term_id", "interop.problem.reference.term", termId);
                continue;
            }
            if (code.isEmpty()) {
                continue;
            }
            if (!code.startsWith(Translations.TAXONOMY_KEY + ":")) {
                if (value != null) {
                    a.problem("value", "interop.problem.field.unsupported");
                }
                if (id != null) {
                    classifications.add(new ClassificationRecord(id, termId));
                }
                continue;
            }
            if (!translations.contains(code)) {
                a.problem(
                        "taxonomy_term_id",
                        "interop.problem.translation.unsupported",
                        code,
                        String.join(", ", translations.stream().sorted().toList()));
                continue;
            }
            var translation = Code.parse(code).orElseThrow();
            if (value == null) {
                a.problem("value", "interop.problem.translation.value");
                continue;
            }
            var byLanguage = texts.computeIfAbsent(translation.field(), k -> new EnumMap<>(Language.class));
            if (byLanguage.putIfAbsent(translation.language(), value) != null) {
                a.problem("taxonomy_term_id", "interop.problem.translation.twice", code);
                continue;
            }
            int limit = maxLength(translation.field());
            if (value.length() > limit) {
                a.problem("value", "interop.problem.text.too-long", value.length(), limit);
            }
            if (id != null && ownerId != null) {
                attributeIds.put(new AttributeKey(ownerId, translation.key()), id);
            }
        }
        return new Attributes(classifications, texts);
    }

    private static int maxLength(String field) {
        return switch (field) {
            case "name" -> 500;
            case "description" -> Integer.MAX_VALUE;
            default -> 4000;
        };
    }

    /**
     * Adds translations to a text. The English name may come as {@code alternate_name} or as an attribute, not both
     * with different texts.
     */
    private LocalizedText translated(
            Fields f, LocalizedText text, Map<Language, String> translations, String conflictField) {
        if (translations == null) {
            return text;
        }
        LocalizedText result = text;
        for (var entry : translations.entrySet()) {
            String already = result.get(entry.getKey());
            if (already != null && !already.equals(entry.getValue().strip()) && conflictField != null) {
                f.problem("alternate_name", "interop.problem.translation.conflict", conflictField);
                continue;
            }
            result = result.with(entry.getKey(), entry.getValue());
        }
        return result;
    }

    // ---- municipalities.json

    private List<AreaRecord> municipalities(JsonNode root) {
        if (!root.isObject()) {
            problems.add(MUNICIPALITIES, null, null, "interop.problem.json.not-object");
            return List.of();
        }
        var file = new Fields(MUNICIPALITIES, null, "", root);
        file.onlyKnown(
                Set.of("schema", "version", "generated", "source_note", "region", "sub_regions", "municipalities"));
        String version = file.text("version", true, 100);
        String note = file.text("source_note", false, 4000);
        file.text("schema", false, 1000);
        file.date("generated");
        settings.put(SETTING_MUNICIPALITIES_VERSION, version);
        settings.put(SETTING_MUNICIPALITIES_NOTE, note);

        List<AreaRecord> areas = new ArrayList<>();
        JsonNode regionNode = root.get("region");
        if (regionNode == null || !regionNode.isObject()) {
            file.problem("region", regionNode == null ? "interop.problem.required" : "interop.problem.json.not-object");
            return List.of();
        }
        var r = new Fields(MUNICIPALITIES, "region", "region.", regionNode);
        r.onlyKnown(Set.of("code", "name_fi", "name_sv", "name_en", "area_uri"));
        String regionCode = r.text("code", true, 32);
        String regionUri = r.text("area_uri", true, 255);
        String regionFi = r.text("name_fi", true, 255);
        String regionSv = r.text("name_sv", false, 255);
        String regionEn = r.text("name_en", false, 255);
        if (regionCode == null || regionUri == null || regionFi == null) {
            return List.of();
        }
        AreaRecord existingRegion = currentAreas.get(regionUri);
        areas.add(new AreaRecord(
                regionUri,
                regionCode,
                AreaType.REGION,
                keepOthers(LocalizedText.of(regionFi, regionSv, regionEn), existingRegion),
                existingRegion != null
                        ? existingRegion.parentUri()
                        : currentAreas.containsKey(FINLAND) ? FINLAND : null,
                null,
                null,
                null,
                null));
        incomingAreaUris.add(regionUri);

        Map<String, AreaRecord> subRegions = new LinkedHashMap<>();
        Map<String, String> listedIn = new HashMap<>();
        var subRegionNodes = file.array("sub_regions");
        for (int i = 0; i < subRegionNodes.size(); i++) {
            JsonNode node = subRegionNodes.get(i);
            String label = node.path("code").isString() ? node.path("code").asString() : "[" + i + "]";
            if (!node.isObject()) {
                problems.add(MUNICIPALITIES, label, "sub_regions[" + i + "]", "interop.problem.json.not-object");
                continue;
            }
            var s = new Fields(MUNICIPALITIES, label, "sub_regions[" + i + "].", node);
            s.onlyKnown(Set.of("code", "name_fi", "name_en", "area_uri", "municipality_codes"));
            String code = s.text("code", true, 32);
            String fi = s.text("name_fi", true, 255);
            String en = s.text("name_en", false, 255);
            String uri = s.text("area_uri", true, 255);
            for (JsonNode listed : s.array("municipality_codes")) {
                if (listed.isString() && code != null) {
                    listedIn.put(listed.asString(), code);
                }
            }
            if (code == null || fi == null || uri == null) {
                continue;
            }
            if (subRegions.containsKey(code)) {
                s.problem("code", "interop.problem.municipality.code-twice", code);
                continue;
            }
            AreaRecord existing = currentAreas.get(uri);
            subRegions.put(
                    code,
                    new AreaRecord(
                            uri,
                            code,
                            AreaType.SUB_REGION,
                            keepOthers(LocalizedText.of(fi, null, en), existing),
                            regionUri,
                            null,
                            null,
                            null,
                            null));
            incomingAreaUris.add(uri);
        }
        areas.addAll(subRegions.values());

        Set<String> municipalityCodes = new HashSet<>();
        var municipalityNodes = file.array("municipalities");
        for (int i = 0; i < municipalityNodes.size(); i++) {
            JsonNode node = municipalityNodes.get(i);
            String label = node.path("code").isString() ? node.path("code").asString() : "[" + i + "]";
            if (!node.isObject()) {
                problems.add(MUNICIPALITIES, label, "municipalities[" + i + "]", "interop.problem.json.not-object");
                continue;
            }
            var m = new Fields(MUNICIPALITIES, label, "municipalities[" + i + "].", node);
            m.onlyKnown(Set.of(
                    "code",
                    "name_fi",
                    "type",
                    "sub_region_code",
                    "sub_region_name_fi",
                    "area_uri",
                    "development_organization",
                    "note"));
            String code = m.text("code", true, 32);
            String fi = m.text("name_fi", true, 255);
            String kind = m.text("type", true, 32);
            String subRegionCode = m.text("sub_region_code", true, 32);
            m.text("sub_region_name_fi", false, 255);
            String uri = m.text("area_uri", true, 255);
            String municipalityNote = m.text("note", false, 2000);
            if (kind != null && !kind.equals("kunta") && !kind.equals("kaupunki")) {
                m.problem("type", "interop.problem.municipality.type", kind);
            }
            AreaRecord subRegion = subRegionCode == null ? null : subRegions.get(subRegionCode);
            if (subRegionCode != null && subRegion == null) {
                m.problem("sub_region_code", "interop.problem.municipality.sub-region", subRegionCode);
            }
            if (code != null
                    && subRegionCode != null
                    && listedIn.containsKey(code)
                    && !listedIn.get(code).equals(subRegionCode)) {
                m.problem("sub_region_code", "interop.problem.municipality.listed-elsewhere", listedIn.get(code));
            }
            UUID developerId = null;
            String developerName = null;
            JsonNode developer = node.get("development_organization");
            if (developer != null && !developer.isNull()) {
                if (!developer.isObject()) {
                    m.problem("development_organization", "interop.problem.json.not-object");
                } else {
                    var d = new Fields(MUNICIPALITIES, label, m.prefix + "development_organization.", developer);
                    d.onlyKnown(Set.of("organization_id", "name"));
                    developerId = d.uuid("organization_id", true);
                    developerName = d.text("name", true, 500);
                    if (developerId != null && !knownOrganisation(developerId)) {
                        d.problem("organization_id", "interop.problem.reference.organisation", developerId);
                    }
                }
            }
            if (code == null || fi == null || uri == null || subRegion == null || kind == null) {
                continue;
            }
            if (!municipalityCodes.add(code)) {
                m.problem("code", "interop.problem.municipality.code-twice", code);
                continue;
            }
            areas.add(new AreaRecord(
                    uri,
                    code,
                    AreaType.MUNICIPALITY,
                    keepOthers(LocalizedText.finnish(fi), currentAreas.get(uri)),
                    subRegion.uri(),
                    kind,
                    developerId,
                    developerName,
                    municipalityNote));
            incomingAreaUris.add(uri);
        }
        for (var listed : listedIn.entrySet()) {
            if (!municipalityCodes.contains(listed.getKey())) {
                problems.add(
                        MUNICIPALITIES,
                        listed.getValue(),
                        "municipality_codes",
                        "interop.problem.municipality.unknown",
                        listed.getKey());
            }
        }
        return areas;
    }

    /** Swedish and English names the file does not give stay as the directory has them. */
    private static LocalizedText keepOthers(LocalizedText incoming, AreaRecord existing) {
        if (existing == null) {
            return incoming;
        }
        LocalizedText result = incoming;
        for (Language language : OTHER_LANGUAGES) {
            if (!result.has(language)) {
                result = result.with(language, existing.name().get(language));
            }
        }
        return result;
    }

    // ---- fields

    private Fields recordFields(String file, JsonNode node, int index) {
        String label = "[" + index + "]";
        if (!node.isObject()) {
            problems.add(file, label, null, "interop.problem.json.not-object");
            return null;
        }
        JsonNode id = node.get("id");
        if (id != null && id.isString() && isUuid(id.asString())) {
            label = id.asString();
        }
        return new Fields(file, label, "", node);
    }

    /** The well-formed ids of records, read before the records themselves so that references may point forward. */
    private static Set<UUID> idsOf(List<JsonNode> nodes) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (JsonNode node : nodes) {
            if (node.isObject()
                    && node.path("id").isString()
                    && isUuid(node.path("id").asString())) {
                ids.add(UUID.fromString(node.path("id").asString().strip()));
            }
        }
        return ids;
    }

    private static boolean isUuid(String text) {
        return text != null && UUID_FORM.matcher(text.strip()).matches();
    }

    /** Reads the fields of one (possibly nested) record and reports what is wrong with them. */
    private final class Fields {
        private final String file;
        private final String record;
        private final String prefix;
        private final JsonNode node;

        Fields(String file, String record, String prefix, JsonNode node) {
            this.file = file;
            this.record = record;
            this.prefix = prefix;
            this.node = node;
        }

        void problem(String field, String key, Object... args) {
            problems.add(file, record, field == null ? null : prefix + field, key, args);
        }

        /** A record nested as a field's value; null (after saying so) when it is not an object. */
        Fields nested(String field, JsonNode element) {
            if (!element.isObject()) {
                problem(field, "interop.problem.json.not-object");
                return null;
            }
            return new Fields(file, record, prefix + field + ".", element);
        }

        /** A record nested in an array field; null (after saying so) when it is not an object. */
        Fields nested(String field, int index, JsonNode element) {
            String path = field + "[" + index + "]";
            if (!element.isObject()) {
                problem(path, "interop.problem.json.not-object");
                return null;
            }
            return new Fields(file, record, prefix + path + ".", element);
        }

        /** Fields kv-verkosto does not keep may not carry data, or it would be lost without a word. */
        void onlyKnown(Set<String> supported) {
            for (String name : node.propertyNames()) {
                if (supported.contains(name) || IGNORED.contains(name)) {
                    continue;
                }
                JsonNode value = node.get(name);
                boolean empty = value.isNull()
                        || (value.isContainer() && value.isEmpty())
                        || (value.isString() && value.asString().isBlank());
                if (!empty) {
                    problem(name, "interop.problem.field.unsupported");
                }
            }
        }

        JsonNode value(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value;
        }

        String text(String field, boolean required, int maxLength) {
            JsonNode value = value(field);
            if (value == null) {
                if (required) {
                    problem(field, "interop.problem.required");
                }
                return null;
            }
            if (!value.isString()) {
                problem(field, "interop.problem.text.type");
                return null;
            }
            String text = value.asString().strip();
            if (text.isEmpty()) {
                if (required) {
                    problem(field, "interop.problem.required");
                }
                return null;
            }
            if (text.length() > maxLength) {
                problem(field, "interop.problem.text.too-long", text.length(), maxLength);
                return null;
            }
            return text;
        }

        UUID uuid(String field, boolean required) {
            String text = text(field, required, Integer.MAX_VALUE);
            if (text == null) {
                return null;
            }
            if (!isUuid(text)) {
                problem(field, "interop.problem.uuid", text);
                return null;
            }
            return UUID.fromString(text);
        }

        /** The record's own id, which no other record in the files may have. */
        UUID claimId() {
            UUID id = uuid("id", true);
            if (id != null) {
                String where = file + " " + record + (prefix.isEmpty() ? "" : " " + prefix + "id");
                String first = seenIds.putIfAbsent(id, where);
                if (first != null) {
                    problem("id", "interop.problem.id.twice", id, first);
                }
            }
            return id;
        }

        /** A nested record's reference to the record it is nested in must name that record, if given. */
        void parent(String field, UUID parentId) {
            UUID given = uuid(field, false);
            if (given != null && parentId != null && !given.equals(parentId)) {
                problem(field, "interop.problem.parent.mismatch", given, parentId);
            }
        }

        List<JsonNode> array(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return List.of();
            }
            if (!value.isArray()) {
                problem(field, "interop.problem.json.not-array-field");
                return List.of();
            }
            List<JsonNode> elements = new ArrayList<>();
            value.forEach(elements::add);
            return elements;
        }

        String url(String field, int maxLength) {
            String text = text(field, false, maxLength);
            if (text == null) {
                return null;
            }
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return text;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(field, "interop.problem.url", text);
            return null;
        }

        /** A persistent identifier: any absolute URI, a URN included. */
        String uri(String field, int maxLength) {
            String text = text(field, false, maxLength);
            if (text == null) {
                return null;
            }
            try {
                if (new URI(text).isAbsolute()) {
                    return text;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            problem(field, "interop.problem.uri", text);
            return null;
        }

        String email(String field) {
            String text = text(field, false, 320);
            if (text != null && !EMAIL.matcher(text).matches()) {
                problem(field, "interop.problem.email", text);
                return null;
            }
            return text;
        }

        LocalDate date(String field) {
            String text = text(field, false, 100);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(field, "interop.problem.date", text);
                return null;
            }
        }

        Instant dateTime(String field) {
            String text = text(field, false, 100);
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problem(field, "interop.problem.date-time", text);
                return null;
            }
        }

        /** An amount of money: a JSON number with at most two decimals, as the directory keeps it. */
        BigDecimal amount(String field) {
            JsonNode value = value(field);
            if (value == null) {
                return null;
            }
            if (!value.isNumber()) {
                problem(field, "interop.problem.number", value.isString() ? value.asString() : value.toString());
                return null;
            }
            BigDecimal amount = value.decimalValue();
            if (amount.stripTrailingZeros().scale() > 2
                    || amount.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
                problem(field, "interop.problem.number.range", amount.toPlainString());
                return null;
            }
            return amount;
        }
    }
}
