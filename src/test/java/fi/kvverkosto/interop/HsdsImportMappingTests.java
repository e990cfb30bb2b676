package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.kvverkosto.directory.AreaRecord;
import fi.kvverkosto.directory.AreaType;
import fi.kvverkosto.directory.CatalogFixtures;
import fi.kvverkosto.directory.CatalogSnapshot;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.directory.TermRecord;
import fi.kvverkosto.shared.LocalizedText;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Mapping HSDS files to the directory's records, and every kind of bad input it must catch, without a database. */
class HsdsImportMappingTests {

    static final String JYVASKYLA = "urn:fi:stat:kunta:179";
    static final String REGION = "urn:fi:stat:maakunta:13";

    /** The directory before the import: the small fixture catalogue and a few areas. */
    static CatalogSnapshot current() {
        var region = new AreaRecord(
                REGION,
                "13",
                AreaType.REGION,
                LocalizedText.of("Keski-Suomi", "Mellersta Finland", "Central Finland"),
                null,
                null,
                null,
                null,
                null);
        var subRegion = new AreaRecord(
                "urn:fi:stat:seutukunta:131",
                "131",
                AreaType.SUB_REGION,
                LocalizedText.of("Jyväskylän seutukunta", "Jyväskylä ekonomiska region", "Jyväskylä sub-region"),
                REGION,
                null,
                null,
                null,
                null);
        var jyvaskyla = new AreaRecord(
                JYVASKYLA,
                "179",
                AreaType.MUNICIPALITY,
                LocalizedText.of("Jyväskylä", "Jyväskylä", "Jyväskylä"),
                "urn:fi:stat:seutukunta:131",
                "kaupunki",
                null,
                null,
                null);
        var fixtures = CatalogFixtures.aSmallCatalogue();
        return new CatalogSnapshot(
                List.of(region, subRegion, jyvaskyla),
                fixtures.taxonomies(),
                fixtures.terms(),
                fixtures.organisations(),
                fixtures.services());
    }

    /** The small test folder as parsed documents, to change before mapping. */
    static Map<String, JsonNode> smallFolder() throws IOException {
        Map<String, JsonNode> documents = new LinkedHashMap<>();
        for (String name : HsdsFiles.NAMES) {
            var file = HsdsTestFiles.SMALL.resolve(name);
            if (Files.exists(file)) {
                documents.put(name, HsdsJson.parse(Files.readAllBytes(file)).root());
            }
        }
        return documents;
    }

    static HsdsImportMapping.Result map(Map<String, JsonNode> documents) {
        return HsdsImportMapping.map(documents, current());
    }

    static ObjectNode service(Map<String, JsonNode> documents, int index) {
        return (ObjectNode) documents.get(HsdsFiles.SERVICES).get(index);
    }

    static HsdsImportMapping.Result mapWith(Consumer<Map<String, JsonNode>> change) throws IOException {
        var documents = smallFolder();
        change.accept(documents);
        return map(documents);
    }

    @Test
    void mapsTheSmallFolderWithItsTranslations() throws IOException {
        var result = map(smallFolder());

        assertThat(result.problems()).isEmpty();
        ServiceRecord advice = result.catalogue().services().stream()
                .filter(s -> s.id().equals(HsdsTestFiles.SMALL_SERVICE_ADVICE))
                .findFirst()
                .orElseThrow();
        assertThat(advice.name()).isEqualTo(LocalizedText.of("Testineuvonta", "Testrådgivning", "Test advice"));
        assertThat(advice.description().en()).isEqualTo("Free advice for test companies.");
        assertThat(advice.areas()).extracting(ServiceRecord.AreaEntry::areaUri).containsExactly(JYVASKYLA);
        assertThat(advice.classifications())
                .singleElement()
                .satisfies(c -> assertThat(c.termId()).isEqualTo(HsdsTestFiles.SMALL_TERM_STAGE_1));
        assertThat(advice.lastModified()).hasToString("2026-11-20T10:00:00Z");
        var closed = result.catalogue().services().stream()
                .filter(s -> s.id().equals(HsdsTestFiles.SMALL_SERVICE_CLOSED))
                .findFirst()
                .orElseThrow();
        assertThat(closed.costOptions().getFirst().amount()).isEqualByComparingTo(new BigDecimal("150.50"));
        assertThat(closed.alert().fi()).isEqualTo("Haku on päättynyt.");
        // Two translation attributes of the organisation, three of the services, two of a term.
        assertThat(result.attributeIds()).hasSize(2 + 3 + 2);
    }

    @Test
    void termLabelsComeFromTheNameTheDescriptionAndAttributesJson() throws IOException {
        var result = map(smallFolder());

        TermRecord stage = result.catalogue().terms().stream()
                .filter(t -> t.id().equals(HsdsTestFiles.SMALL_TERM_STAGE_1))
                .findFirst()
                .orElseThrow();
        assertThat(stage.code()).isEqualTo("test-stage:1");
        assertThat(stage.label()).isEqualTo(LocalizedText.of("Valmistautuminen", "Förberedelse", "Getting ready"));
        assertThat(stage.definition())
                .isEqualTo(LocalizedText.of("Yritys valmistautuu.", "Företaget förbereder sig.", null));
        assertThat(stage.nameLanguage()).isEqualTo("en");
        assertThat(result.catalogue().taxonomies())
                .extracting(t -> t.key())
                .containsExactly("test-stage", "translation");
    }

    @Test
    void withoutAttributesJsonATermKeepsTheTranslationsItHas() throws IOException {
        var documents = smallFolder();
        documents.remove(HsdsFiles.ATTRIBUTES);
        var existing = new TermRecord(
                HsdsTestFiles.SMALL_TERM_STAGE_1,
                "test-stage:1",
                HsdsTestFiles.SMALL_TAXONOMY,
                null,
                LocalizedText.of("Vanha", "Förberedelse", "Old"),
                LocalizedText.of("Vanha määritelmä.", "Svensk definition.", "English definition."),
                "en",
                null);
        var before = current();
        var terms = new java.util.ArrayList<>(before.terms());
        terms.add(existing);
        var current = new CatalogSnapshot(
                before.areas(), before.taxonomies(), terms, before.organisations(), before.services());

        var result = HsdsImportMapping.map(documents, current);

        assertThat(result.problems()).isEmpty();
        var stage = result.catalogue().terms().stream()
                .filter(t -> t.id().equals(HsdsTestFiles.SMALL_TERM_STAGE_1))
                .findFirst()
                .orElseThrow();
        assertThat(stage.label()).isEqualTo(LocalizedText.of("Valmistautuminen", "Förberedelse", "Getting ready"));
        assertThat(stage.definition())
                .isEqualTo(LocalizedText.of("Yritys valmistautuu.", "Svensk definition.", "English definition."));
    }

    @Test
    void taxonomyKeyComesFromTheDescriptionWhenTermsDoNotSayIt() throws IOException {
        var result =
                mapWith(documents -> documents.get(HsdsFiles.TERMS).forEach(t -> ((ObjectNode) t).remove("taxonomy")));

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().taxonomies()).extracting(t -> t.key()).contains("test-stage");
    }

    @Test
    void missingRequiredFieldNamesFileRecordAndField() throws IOException {
        var result = mapWith(documents -> service(documents, 0).remove("name"));

        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::record, ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple(
                        HsdsFiles.SERVICES,
                        HsdsTestFiles.SMALL_SERVICE_ADVICE.toString(),
                        "name",
                        "interop.problem.required"));
        assertThat(result.catalogue()).isNull();
    }

    @Test
    void valueThatIsNotAUuidIsNamedByItsPosition() throws IOException {
        var result = mapWith(documents -> service(documents, 1).put("id", "not-a-uuid"));

        assertThat(result.problems())
                .extracting(ImportProblem::record, ImportProblem::field, ImportProblem::messageKey)
                .contains(tuple("[1]", "id", "interop.problem.uuid"));
        assertThat(result.problems().getFirst().args()).contains("not-a-uuid");
    }

    @Test
    void danglingReferencesAreProblems() throws IOException {
        String unknown = UUID.randomUUID().toString();
        var result = mapWith(documents -> {
            service(documents, 0).put("organization_id", unknown);
            ((ObjectNode) service(documents, 0).get("attributes").get(0)).put("taxonomy_term_id", unknown);
            ((ObjectNode) service(documents, 0).get("service_areas").get(0)).put("uri", "urn:fi:stat:kunta:999");
            ((ObjectNode) documents.get(HsdsFiles.TERMS).get(1)).put("parent_id", unknown);
            ((ObjectNode) documents.get(HsdsFiles.TERMS).get(0)).put("taxonomy_id", unknown);
            ((ObjectNode) documents.get(HsdsFiles.ORGANIZATIONS).get(0)).put("parent_organization_id", unknown);
        });

        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::field, ImportProblem::messageKey)
                .contains(
                        tuple(HsdsFiles.SERVICES, "organization_id", "interop.problem.reference.organisation"),
                        tuple(HsdsFiles.SERVICES, "attributes[0].taxonomy_term_id", "interop.problem.reference.term"),
                        tuple(HsdsFiles.SERVICES, "service_areas[0].uri", "interop.problem.reference.area"),
                        tuple(HsdsFiles.TERMS, "parent_id", "interop.problem.reference.parent-term"),
                        tuple(HsdsFiles.TERMS, "taxonomy_id", "interop.problem.reference.taxonomy"),
                        tuple(
                                HsdsFiles.ORGANIZATIONS,
                                "parent_organization_id",
                                "interop.problem.reference.parent-organisation"));
    }

    @Test
    void referencesMayPointAtWhatTheDirectoryAlreadyHolds() throws IOException {
        var result = mapWith(
                documents -> service(documents, 0).put("organization_id", CatalogFixtures.ORG_CHAMBER.toString()));

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void duplicateIdsAcrossFilesAreProblems() throws IOException {
        var result = mapWith(documents -> {
            var services = (ArrayNode) documents.get(HsdsFiles.SERVICES);
            services.add(services.get(0).deepCopy());
            ((ObjectNode) service(documents, 1).get("cost_options").get(0))
                    .put("id", HsdsTestFiles.SMALL_ORGANISATION.toString());
        });

        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::field, ImportProblem::messageKey)
                .contains(
                        tuple(HsdsFiles.SERVICES, "id", "interop.problem.id.twice"),
                        tuple(HsdsFiles.SERVICES, "cost_options[0].id", "interop.problem.id.twice"));
        assertThat(result.problems())
                .filteredOn(p -> p.field().equals("cost_options[0].id"))
                .first()
                .satisfies(p -> assertThat(p.args().get(1)).contains(HsdsFiles.ORGANIZATIONS));
    }

    @Test
    void duplicateTermCodesAreProblemsAlsoAgainstTheDirectory() throws IOException {
        var result = mapWith(documents -> {
            ((ObjectNode) documents.get(HsdsFiles.TERMS).get(1)).put("code", "test-stage:1");
            var terms = (ArrayNode) documents.get(HsdsFiles.TERMS);
            var stealer = (ObjectNode) terms.get(0).deepCopy();
            stealer.put("id", UUID.randomUUID().toString());
            stealer.put("code", "kv-stage:1"); // a fixture term's code, under another id
            stealer.put("taxonomy", "kv-stage");
            stealer.put("taxonomy_id", CatalogFixtures.TAXONOMY_KV_STAGE.toString());
            terms.add(stealer);
        });

        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(
                        tuple("code", "interop.problem.term.code-twice"),
                        tuple("code", "interop.problem.term.code-twice"));
    }

    @Test
    void badValuesAreProblems() throws IOException {
        var result = mapWith(documents -> {
            var service = service(documents, 0);
            service.put("status", "temporarily closed");
            service.put("url", "www.example.org");
            service.put("email", "no-at-sign.example.org");
            service.put("assured_date", "20.11.2026");
            service.put("last_modified", "yesterday");
            ((ObjectNode) service.get("cost_options").get(0)).put("amount", "free");
        });

        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("status", "interop.problem.status.unknown"),
                        tuple("url", "interop.problem.url"),
                        tuple("email", "interop.problem.email"),
                        tuple("assured_date", "interop.problem.date"),
                        tuple("last_modified", "interop.problem.date-time"),
                        tuple("cost_options[0].amount", "interop.problem.number"));
    }

    @Test
    void nestedRecordsMustNameTheirParent() throws IOException {
        var result = mapWith(documents -> {
            var service = service(documents, 0);
            ((ObjectNode) service.get("languages").get(0))
                    .put("service_id", HsdsTestFiles.SMALL_SERVICE_CLOSED.toString());
            ((ObjectNode) service.get("attributes").get(0))
                    .put("link_id", HsdsTestFiles.SMALL_SERVICE_CLOSED.toString());
        });

        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("languages[0].service_id", "interop.problem.parent.mismatch"),
                        tuple("attributes[0].link_id", "interop.problem.parent.mismatch"));
    }

    @Test
    void fieldsTheDirectoryCannotKeepAreNotDroppedSilently() throws IOException {
        var result = mapWith(documents -> {
            service(documents, 0).put("application_process", "Call us.");
            service(documents, 0).putNull("interpretation_services");
            service(documents, 0).putArray("schedules");
        });

        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactly(tuple("application_process", "interop.problem.field.unsupported"));
    }

    @Test
    void fileThatIsNotAnArrayIsAProblem() throws IOException {
        var result = mapWith(documents -> documents.put(HsdsFiles.SERVICES, HsdsJson.object()));

        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::messageKey)
                .containsExactly(tuple(HsdsFiles.SERVICES, "interop.problem.json.not-array"));
    }

    @Test
    void everyProblemIsCollectedInOneGo() throws IOException {
        var result = mapWith(documents -> {
            service(documents, 0).remove("status");
            service(documents, 1).put("organization_id", "123");
            ((ObjectNode) documents.get(HsdsFiles.ORGANIZATIONS).get(0)).remove("description");
        });

        assertThat(result.problems()).hasSize(3);
    }

    @Test
    void translationWithoutTextOrOfAFieldThatHasNoneIsAProblem() throws IOException {
        var result = mapWith(documents -> {
            var attributes = service(documents, 0).get("attributes");
            ((ObjectNode) attributes.get(1)).remove("value");
            // translation:description.sv is for descriptions; a cost option has only its option text.
            var cost = (ObjectNode) service(documents, 0).get("cost_options").get(0);
            var translation = cost.putArray("attributes").addObject();
            translation.put("id", UUID.randomUUID().toString());
            translation.put("taxonomy_term_id", "331c5f3b-4fd4-4db6-9b3d-cad50c7537b0");
            translation.put("value", "Gratis");
        });

        assertThat(result.problems())
                .extracting(ImportProblem::field, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("attributes[1].value", "interop.problem.translation.value"),
                        tuple(
                                "cost_options[0].attributes[0].taxonomy_term_id",
                                "interop.problem.translation.unsupported"));
    }

    @Test
    void municipalitiesKeepTheNamesTheFileDoesNotGive() {
        var file = HsdsJson.parse("""
                {"version": "2026-01", "region": {"code": "13", "name_fi": "Keski-Suomi", "area_uri": "urn:fi:stat:maakunta:13"},
                 "sub_regions": [{"code": "131", "name_fi": "Jyväskylän seutu", "name_en": "Jyväskylä area",
                                  "area_uri": "urn:fi:stat:seutukunta:131", "municipality_codes": ["179"]}],
                 "municipalities": [{"code": "179", "name_fi": "Jyväskylä", "type": "kaupunki", "sub_region_code": "131",
                                     "sub_region_name_fi": "Jyväskylän seutu", "area_uri": "urn:fi:stat:kunta:179",
                                     "development_organization": null, "note": "Kaupungin elinvoimapalvelut."}]}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .root();

        var result = map(Map.of(HsdsFiles.MUNICIPALITIES, file));

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().areas())
                .extracting(AreaRecord::uri, a -> a.name())
                .containsExactly(
                        tuple(REGION, LocalizedText.of("Keski-Suomi", "Mellersta Finland", "Central Finland")),
                        tuple(
                                "urn:fi:stat:seutukunta:131",
                                LocalizedText.of("Jyväskylän seutu", "Jyväskylä ekonomiska region", "Jyväskylä area")),
                        tuple(JYVASKYLA, LocalizedText.of("Jyväskylä", "Jyväskylä", "Jyväskylä")));
        assertThat(result.catalogue().areas().getLast().note()).isEqualTo("Kaupungin elinvoimapalvelut.");
        assertThat(result.settings()).containsEntry(HsdsImportMapping.SETTING_MUNICIPALITIES_VERSION, "2026-01");
    }

    @Test
    void brokenJsonIsReportedWithLineAndColumn() {
        var parsed = HsdsJson.parse("[\n  {\"id\": \"x\",\n   \"name\" \"y\"}\n]".getBytes());

        assertThat(parsed.root()).isNull();
        assertThat(parsed.line()).isEqualTo(3);
        assertThat(parsed.column()).isBetween(8, 12);
    }
    // ---- programmes

    static final String PROGRAMME = "0c6f7a3e-5a1b-4c2d-9e8f-1a2b3c4d5e6f";

    static ObjectNode organisation(Map<String, JsonNode> documents, int index) {
        return (ObjectNode) documents.get(HsdsFiles.ORGANIZATIONS).get(index);
    }

    static ObjectNode programme(ObjectNode owner) {
        var programme = owner.putArray("programs").addObject();
        programme.put("id", PROGRAMME);
        programme.put("organization_id", owner.get("id").asString());
        programme.put("name", "Testiohjelma");
        programme.put("alternate_name", "Test programme");
        programme.put("description", "Ohjelma testiyrityksille.");
        return programme;
    }

    @Test
    void programmesComeFromTheOrganisationsAndServicesNameThem() throws IOException {
        var result = mapWith(documents -> {
            programme(organisation(documents, 0));
            service(documents, 0).put("program_id", PROGRAMME);
        });

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().programmes()).singleElement().satisfies(p -> {
            assertThat(p.id()).hasToString(PROGRAMME);
            assertThat(p.organisationId()).isEqualTo(HsdsTestFiles.SMALL_ORGANISATION);
            assertThat(p.name()).isEqualTo(LocalizedText.of("Testiohjelma", null, "Test programme"));
            assertThat(p.description().fi()).isEqualTo("Ohjelma testiyrityksille.");
        });
        assertThat(result.catalogue().services())
                .filteredOn(s -> s.id().equals(HsdsTestFiles.SMALL_SERVICE_ADVICE))
                .singleElement()
                .satisfies(s -> assertThat(s.programmeId()).hasToString(PROGRAMME));
    }

    @Test
    void aProgrammeMayComeNestedInAServiceAndBelongToAnotherOrganisation() throws IOException {
        var result = mapWith(documents -> {
            var nested = service(documents, 0).putObject("program");
            nested.put("id", PROGRAMME);
            nested.put("organization_id", CatalogFixtures.ORG_FINNVERA.toString());
            nested.put("name", "Vientiohjelma");
            nested.put("description", "Rahoitusta vientiin.");
            // A second service carries a copy of it, as HSDS nests it in every service.
            var copy = service(documents, 1).putObject("program");
            copy.put("id", PROGRAMME);
            copy.put("name", "Vientiohjelma");
            copy.put("description", "Rahoitusta vientiin.");
            copy.put("organization_id", CatalogFixtures.ORG_FINNVERA.toString());
        });

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().programmes())
                .singleElement()
                .satisfies(p -> assertThat(p.organisationId()).isEqualTo(CatalogFixtures.ORG_FINNVERA));
        assertThat(result.catalogue().services())
                .allSatisfy(s -> assertThat(s.programmeId()).hasToString(PROGRAMME));
    }

    @Test
    void noProgrammesIsFine() throws IOException {
        var result = map(smallFolder());

        assertThat(result.problems()).isEmpty();
        assertThat(result.catalogue().programmes()).isEmpty();
        assertThat(result.catalogue().services())
                .allSatisfy(s -> assertThat(s.programmeId()).isNull());
    }

    @Test
    void badProgrammesAreProblemsSaidClearly() throws IOException {
        String unknown = "7d4f5b0e-1111-4a2b-8c3d-4e5f6a7b8c9d";
        var result = mapWith(documents -> {
            programme(organisation(documents, 0)).put("organization_id", unknown);
            service(documents, 0).put("program_id", "not-a-uuid");
            service(documents, 1).put("program_id", unknown);
            var nested = service(documents, 1).putObject("program");
            nested.put("id", unknown);
            nested.put("organization_id", unknown);
            nested.put("name", "Ohjelma");
        });

        assertThat(result.catalogue()).isNull();
        assertThat(result.problems())
                .extracting(ImportProblem::file, ImportProblem::field, ImportProblem::messageKey)
                .contains(
                        tuple(
                                HsdsFiles.ORGANIZATIONS,
                                "programs[0].organization_id",
                                "interop.problem.parent.mismatch"),
                        tuple(HsdsFiles.SERVICES, "program_id", "interop.problem.uuid"),
                        tuple(HsdsFiles.SERVICES, "program.organization_id", "interop.problem.reference.organisation"),
                        tuple(HsdsFiles.SERVICES, "program.description", "interop.problem.required"),
                        tuple(HsdsFiles.SERVICES, "program_id", "interop.problem.reference.programme"));
    }

    @Test
    void aServiceMayNameAProgrammeTheDirectoryHolds() throws IOException {
        var withProgramme = current();
        var existing = new fi.kvverkosto.directory.ProgrammeRecord(
                UUID.fromString(PROGRAMME),
                CatalogFixtures.ORG_FINNVERA,
                LocalizedText.finnish("Ohjelma"),
                LocalizedText.finnish("Kuvaus"));
        var directory = new CatalogSnapshot(
                withProgramme.areas(),
                withProgramme.taxonomies(),
                withProgramme.terms(),
                withProgramme.organisations(),
                withProgramme.services(),
                List.of(existing));
        var documents = smallFolder();
        service(documents, 0).put("program_id", PROGRAMME);

        var result = HsdsImportMapping.map(documents, directory);

        assertThat(result.problems()).isEmpty();
    }
}
