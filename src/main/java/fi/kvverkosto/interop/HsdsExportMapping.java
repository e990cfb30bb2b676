package fi.kvverkosto.interop;

import static fi.kvverkosto.interop.HsdsJson.object;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.ClassificationRecord;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ProgrammeRecord;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.directory.TaxonomyRecord;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.interop.InteropStore.AttributeKey;
import fi.kvverkosto.interop.Translations.Code;
import fi.kvverkosto.shared.Language;
import fi.kvverkosto.shared.LocalizedText;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the directory's records as HSDS 3.0 JSON following ADR 0004, field by field in the order of the catalogue's
 * own files, leaving out empty values. Texts in other languages become translation attributes whose ids come from
 * {@link InteropStore} (new ones are handed out and remembered); translation terms the data lacks are added with the
 * fixed ids of {@link Translations}.
 */
final class HsdsExportMapping {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Map<UUID, TaxonomyRecord> taxonomies = new LinkedHashMap<>();
    private final Map<UUID, TermRecord> terms = new LinkedHashMap<>();
    private final Map<String, UUID> termIdsByCode = new HashMap<>();
    private final Map<AttributeKey, UUID> knownIds;
    private final Map<AttributeKey, UUID> newIds = new LinkedHashMap<>();
    private final Set<Code> missingTranslationTerms = new LinkedHashSet<>();

    /**
     * @param taxonomies every taxonomy, for the terms' keys
     * @param terms every term, for classifications' link types and the translation terms' ids
     * @param knownIds the attribute ids kept so far
     */
    HsdsExportMapping(List<TaxonomyRecord> taxonomies, List<TermRecord> terms, Map<AttributeKey, UUID> knownIds) {
        taxonomies.forEach(t -> this.taxonomies.put(t.id(), t));
        terms.forEach(t -> {
            this.terms.put(t.id(), t);
            termIdsByCode.put(t.code(), t.id());
        });
        this.knownIds = knownIds;
    }

    /** Ids handed out during this mapping, to be remembered. */
    Map<AttributeKey, UUID> newIds() {
        return newIds;
    }

    // ---- taxonomies and terms

    ObjectNode taxonomy(TaxonomyRecord taxonomy) {
        var node = object();
        node.put("id", taxonomy.id().toString());
        node.put("name", taxonomy.name());
        node.put("description", withKey(taxonomy.description(), taxonomy.key()));
        putText(node, "version", taxonomy.version());
        putText(node, "uri", taxonomy.uri());
        return node;
    }

    /** ADR 0004: "Taxonomy key: <key>." ends the description, so that the key survives without terms. */
    private static String withKey(String description, String key) {
        String marker = "Taxonomy key: " + key + ".";
        String text = description == null ? "" : description.strip();
        if (text.endsWith(marker)) {
            return text;
        }
        return text.isEmpty() ? marker : text + " " + marker;
    }

    ObjectNode term(TermRecord term) {
        Language language = Language.fromCode(term.nameLanguage()).orElse(Language.EN);
        var node = object();
        node.put("id", term.id().toString());
        node.put("code", term.code());
        String name = term.label().get(language);
        if (name == null) {
            name = term.label().isEmpty()
                    ? term.code()
                    : term.label().in(language).text();
        }
        node.put("name", name);
        String label = term.label().fi() != null
                ? term.label().fi()
                : term.label().isEmpty() ? null : term.label().in(Language.FI).text();
        String description = Translations.join(label, term.definition().fi());
        node.put("description", description == null ? name : description);
        node.put("taxonomy", taxonomyKey(term));
        node.put("taxonomy_id", term.taxonomyId().toString());
        node.put("language", language.code());
        putId(node, "parent_id", term.parentId());
        putText(node, "term_uri", term.termUri());
        return node;
    }

    /**
     * The Swedish and English label and definition of a term, for {@code attributes.json}: none for a term with no
     * text beyond its name and Finnish description (as in the benchmark catalogue); otherwise the other languages'
     * names, and for Swedish and English a description made like the HSDS one, {@code <label> – <definition>}, or
     * the label alone when there is no definition.
     */
    List<ObjectNode> termTranslations(TermRecord term) {
        Language nameLanguage = Language.fromCode(term.nameLanguage()).orElse(Language.EN);
        List<ObjectNode> attributes = new ArrayList<>();
        if (!hasTranslations(term, nameLanguage)) {
            return attributes;
        }
        for (Language language : List.of(Language.SV, Language.EN)) {
            if (language != nameLanguage && term.label().has(language)) {
                attributes.add(translation(
                        term.id(),
                        "taxonomy_term",
                        Code.of("name", language),
                        term.label().get(language)));
            }
        }
        for (Language language : List.of(Language.SV, Language.EN)) {
            if (term.label().has(language) || term.definition().has(language)) {
                String label = term.label().has(language)
                        ? term.label().get(language)
                        : term.label().in(language).text();
                attributes.add(translation(
                        term.id(),
                        "taxonomy_term",
                        Code.of("description", language),
                        Translations.join(
                                label.isEmpty() ? null : label,
                                term.definition().get(language))));
            }
        }
        return attributes;
    }

    /** Whether a term has any text besides its name's label and its Finnish label and definition. */
    private static boolean hasTranslations(TermRecord term, Language nameLanguage) {
        for (Language language : Language.values()) {
            if (language != Language.FI && term.definition().has(language)) {
                return true;
            }
            if (language != Language.FI
                    && language != nameLanguage
                    && term.label().has(language)) {
                return true;
            }
        }
        return false;
    }

    /** The translation taxonomy and terms that the attributes written so far need and the data lacks. */
    List<ObjectNode> addedTaxonomies() {
        if (missingTranslationTerms.isEmpty() || translationTaxonomyId() != Translations.TAXONOMY_ID) {
            return List.of();
        }
        var node = object();
        node.put("id", Translations.TAXONOMY_ID.toString());
        node.put("name", Translations.TAXONOMY_NAME);
        node.put("description", Translations.TAXONOMY_DESCRIPTION);
        node.put("version", "1.0");
        return List.of(node);
    }

    List<ObjectNode> addedTerms() {
        List<ObjectNode> added = new ArrayList<>();
        for (Code code : missingTranslationTerms) {
            var node = object();
            node.put("id", code.fixedTermId().toString());
            node.put("code", code.code());
            node.put("name", code.termName());
            node.put("description", code.termDescription());
            node.put("taxonomy", Translations.TAXONOMY_KEY);
            node.put("taxonomy_id", translationTaxonomyId().toString());
            node.put("language", "en");
            added.add(node);
        }
        return added;
    }

    private UUID translationTaxonomyId() {
        return taxonomies.values().stream()
                .filter(t -> t.key().equals(Translations.TAXONOMY_KEY))
                .map(TaxonomyRecord::id)
                .findFirst()
                .orElse(Translations.TAXONOMY_ID);
    }

    private String taxonomyKey(TermRecord term) {
        var taxonomy = taxonomies.get(term.taxonomyId());
        return taxonomy == null ? term.taxonomyKey() : taxonomy.key();
    }

    // ---- organisations

    /** An organisation with its attributes; {@code parentKnown} false leaves out a parent that is not exported. */
    ObjectNode organisation(OrganisationRecord organisation, boolean parentKnown) {
        return organisation(organisation, parentKnown, List.of());
    }

    /** An organisation with its attributes and its programmes ({@code programs}, left out when it has none). */
    ObjectNode organisation(OrganisationRecord organisation, boolean parentKnown, List<ProgrammeRecord> programmes) {
        var node = organisationFields(organisation, parentKnown);
        var attributes = node.putArray("attributes");
        classifications(attributes, organisation.id(), "organization", organisation.classifications());
        translations(attributes, organisation.id(), "organization", "name", organisation.name());
        translations(attributes, organisation.id(), "organization", "description", organisation.description());
        if (!programmes.isEmpty()) {
            var programs = node.putArray("programs");
            programmes.forEach(p -> programs.add(programme(p)));
        }
        return node;
    }

    // ---- programmes

    /** A programme as HSDS {@code program}: the English name as {@code alternate_name}, other texts as attributes. */
    ObjectNode programme(ProgrammeRecord programme) {
        var node = object();
        node.put("id", programme.id().toString());
        node.put("organization_id", programme.organisationId().toString());
        node.put("name", required(programme.name(), null));
        putText(node, "alternate_name", programme.name().en());
        node.put("description", required(programme.description(), required(programme.name(), null)));
        var attributes = HsdsJson.NODES.arrayNode();
        translations(attributes, programme.id(), "program", "name", programme.name());
        translations(attributes, programme.id(), "program", "description", programme.description());
        if (!attributes.isEmpty()) {
            node.set("attributes", attributes);
        }
        return node;
    }

    /** The organisation's own fields only, as HSDS lists and nests it. */
    ObjectNode organisationFields(OrganisationRecord organisation, boolean parentKnown) {
        var node = object();
        node.put("id", organisation.id().toString());
        node.put("name", required(organisation.name(), null));
        putText(node, "alternate_name", organisation.name().en());
        node.put("description", required(organisation.description(), required(organisation.name(), null)));
        putText(node, "email", organisation.email());
        putText(node, "website", organisation.website());
        if (parentKnown) {
            putId(node, "parent_organization_id", organisation.parentId());
        }
        return node;
    }

    // ---- services

    /** A service with everything nested in it, as {@code services.json} and the API's full service carry it. */
    ObjectNode service(ServiceRecord service) {
        var node = serviceFields(service);
        String id = service.id().toString();
        var areas = node.putArray("service_areas");
        for (var area : service.areas()) {
            var a = areas.addObject();
            a.put("id", area.id().toString());
            a.put("service_id", id);
            putText(a, "name", area.name());
            putText(a, "description", area.description());
            a.put("uri", area.areaUri());
        }
        var languages = node.putArray("languages");
        for (var language : service.languages()) {
            var l = languages.addObject();
            l.put("id", language.id().toString());
            l.put("service_id", id);
            putText(l, "name", language.name());
            l.put("code", language.code());
        }
        var costs = node.putArray("cost_options");
        for (var cost : service.costOptions()) {
            var c = costs.addObject();
            c.put("id", cost.id().toString());
            c.put("service_id", id);
            putText(c, "option", cost.option().fi());
            putText(c, "currency", cost.currency());
            if (cost.amount() != null) {
                c.set("amount", HsdsJson.number(cost.amount()));
            }
            putText(c, "amount_description", cost.amountDescription());
            var translations = HsdsJson.NODES.arrayNode();
            translations(translations, cost.id(), "cost_option", "option", cost.option());
            if (!translations.isEmpty()) {
                c.set("attributes", translations);
            }
        }
        if (!service.contacts().isEmpty()) {
            var contacts = node.putArray("contacts");
            for (var contact : service.contacts()) {
                var c = contacts.addObject();
                c.put("id", contact.id().toString());
                c.put("service_id", id);
                putText(c, "name", contact.name());
                putText(c, "title", contact.title());
                putText(c, "department", contact.department());
                putText(c, "email", contact.email());
                if (contact.phone() != null) {
                    var phone = c.putArray("phones").addObject();
                    phone.put("id", attributeId(contact.id(), "phone").toString());
                    phone.put("contact_id", contact.id().toString());
                    phone.put("number", contact.phone());
                }
            }
        }
        var attributes = node.putArray("attributes");
        classifications(attributes, service.id(), "service", service.classifications());
        translations(attributes, service.id(), "service", "name", service.name());
        translations(attributes, service.id(), "service", "description", service.description());
        translations(attributes, service.id(), "service", "alert", service.alert());
        translations(attributes, service.id(), "service", "eligibility_description", service.eligibility());
        translations(attributes, service.id(), "service", "fees_description", service.fees());
        return node;
    }

    /** The service's own fields only (no nested records), as HSDS lists services. */
    ObjectNode serviceFields(ServiceRecord service) {
        var node = object();
        node.put("id", service.id().toString());
        node.put("organization_id", service.organisationId().toString());
        node.put("name", required(service.name(), null));
        putText(node, "alternate_name", service.name().en());
        putText(node, "description", service.description().fi());
        putText(node, "url", service.url());
        putText(node, "email", service.email());
        node.put("status", service.status().hsds());
        putText(node, "eligibility_description", service.eligibility().fi());
        putText(node, "fees_description", service.fees().fi());
        putText(node, "alert", service.alert().fi());
        putId(node, "program_id", service.programmeId());
        if (service.assuredDate() != null) {
            node.put("assured_date", service.assuredDate().toString());
        }
        if (service.lastModified() != null) {
            node.put("last_modified", instant(service.lastModified()));
        }
        return node;
    }

    // ---- municipalities.json

    /**
     * The catalogue's own municipalities file for the region that has municipalities, or null when there is none.
     * Only the first such region fits the format.
     *
     * @param exportedOrganisations development organisations outside the export are left out
     */
    ObjectNode municipalities(
            List<AreaRecord> areas,
            String version,
            String sourceNote,
            String generated,
            Set<UUID> exportedOrganisations) {
        Map<String, AreaRecord> byUri = new LinkedHashMap<>();
        areas.forEach(a -> byUri.put(a.uri(), a));
        AreaRecord region = null;
        for (AreaRecord area : areas) {
            if (area.type() == AreaType.MUNICIPALITY) {
                var subRegion = byUri.get(area.parentUri());
                var candidate = subRegion == null ? null : byUri.get(subRegion.parentUri());
                if (candidate != null && candidate.type() == AreaType.REGION) {
                    region = candidate;
                    break;
                }
            }
        }
        if (region == null) {
            return null;
        }
        var node = object();
        node.put("schema", "municipalities.schema.json");
        node.put("version", version == null ? generated : version);
        node.put("generated", generated);
        putText(node, "source_note", sourceNote);
        var r = node.putObject("region");
        r.put("code", region.code());
        r.put("name_fi", required(region.name(), region.code()));
        putText(r, "name_sv", region.name().sv());
        putText(r, "name_en", region.name().en());
        r.put("area_uri", region.uri());
        var subRegions = node.putArray("sub_regions");
        var municipalities = node.putArray("municipalities");
        for (AreaRecord subRegion : areas) {
            if (subRegion.type() != AreaType.SUB_REGION || !region.uri().equals(subRegion.parentUri())) {
                continue;
            }
            var s = subRegions.addObject();
            s.put("code", subRegion.code());
            s.put("name_fi", required(subRegion.name(), subRegion.code()));
            putText(s, "name_en", subRegion.name().en());
            s.put("area_uri", subRegion.uri());
            var codes = s.putArray("municipality_codes");
            areas.stream()
                    .filter(m ->
                            m.type() == AreaType.MUNICIPALITY && subRegion.uri().equals(m.parentUri()))
                    .forEach(m -> codes.add(m.code()));
        }
        for (AreaRecord municipality : areas) {
            var subRegion = byUri.get(municipality.parentUri());
            if (municipality.type() != AreaType.MUNICIPALITY
                    || subRegion == null
                    || !region.uri().equals(subRegion.parentUri())) {
                continue;
            }
            var m = municipalities.addObject();
            m.put("code", municipality.code());
            m.put("name_fi", required(municipality.name(), municipality.code()));
            m.put("type", municipality.municipalityKind() == null ? "kunta" : municipality.municipalityKind());
            m.put("sub_region_code", subRegion.code());
            m.put("sub_region_name_fi", required(subRegion.name(), subRegion.code()));
            m.put("area_uri", municipality.uri());
            UUID developer = municipality.developmentOrganisationId();
            if (developer != null && exportedOrganisations.contains(developer)) {
                var d = m.putObject("development_organization");
                d.put("organization_id", developer.toString());
                d.put(
                        "name",
                        municipality.developmentOrganisationName() == null
                                ? ""
                                : municipality.developmentOrganisationName());
            } else {
                // The format requires the field: null says no development organisation is known.
                m.putNull("development_organization");
            }
            if (municipality.note() != null) {
                m.put("note", municipality.note());
            } else {
                m.putNull("note");
            }
        }
        return node;
    }

    // ---- attributes

    private void classifications(
            ArrayNode attributes, UUID ownerId, String entity, List<ClassificationRecord> classifications) {
        for (ClassificationRecord classification : classifications) {
            var a = attributes.addObject();
            a.put("id", classification.id().toString());
            a.put("link_id", ownerId.toString());
            TermRecord term = terms.get(classification.termId());
            a.put("link_type", term == null ? "classification" : taxonomyKey(term));
            a.put("link_entity", entity);
            a.put("taxonomy_term_id", classification.termId().toString());
        }
    }

    /**
     * Swedish and English texts of a field whose Finnish text an HSDS field carries; for names English is the
     * {@code alternate_name}. English comes before Swedish, as in the catalogue.
     */
    private void translations(ArrayNode attributes, UUID ownerId, String entity, String field, LocalizedText text) {
        var languages = field.equals("name") ? List.of(Language.SV) : List.of(Language.EN, Language.SV);
        for (Language language : languages) {
            if (text.has(language)) {
                attributes.add(translation(ownerId, entity, Code.of(field, language), text.get(language)));
            }
        }
    }

    private ObjectNode translation(UUID ownerId, String entity, Code code, String value) {
        var a = object();
        a.put("id", attributeId(ownerId, code.key()).toString());
        a.put("link_id", ownerId.toString());
        a.put("link_type", Translations.TAXONOMY_KEY);
        a.put("link_entity", entity);
        a.put("taxonomy_term_id", translationTermId(code).toString());
        a.put("value", value);
        return a;
    }

    private UUID translationTermId(Code code) {
        UUID id = termIdsByCode.get(code.code());
        if (id == null) {
            missingTranslationTerms.add(code);
            return code.fixedTermId();
        }
        return id;
    }

    private UUID attributeId(UUID owner, String key) {
        var attributeKey = new AttributeKey(owner, key);
        UUID id = knownIds.get(attributeKey);
        if (id == null) {
            id = newIds.computeIfAbsent(attributeKey, k -> UUID.randomUUID());
        }
        return id;
    }

    // ---- values

    /** HSDS asks for millisecond accuracy; finer times keep their digits so that a re-import changes nothing. */
    static String instant(Instant instant) {
        return instant.getNano() % 1_000_000 == 0 ? MILLIS.format(instant) : instant.toString();
    }

    /** A required text: the Finnish one, else another language's, else the fallback. */
    private static String required(LocalizedText text, String fallback) {
        if (text.fi() != null) {
            return text.fi();
        }
        return text.isEmpty()
                ? (fallback == null ? "" : fallback)
                : text.in(Language.FI).text();
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static void putId(ObjectNode node, String field, UUID value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }
}
