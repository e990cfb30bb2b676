package fi.kvverkosto.interop;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogFixtures;
import fi.kvverkosto.directory.CatalogSnapshot;
import fi.kvverkosto.directory.ImportOutcome.Kind;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ServiceStatus;
import fi.kvverkosto.shared.BackgroundTasks.Progress;
import fi.kvverkosto.shared.LocalizedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports: translation ids kept and handed out, translation terms added, public data only, and back again. */
@SpringBootTest
class HsdsExporterTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An archived organisation with a service, and a defunct service: neither is public. */
    static final UUID ARCHIVED_ORGANISATION = UUID.fromString("0f4b1c32-7a0d-4a8e-9c6e-2f1d3b5a7c90");

    static final UUID SERVICE_OF_ARCHIVED = UUID.fromString("8e2d6b1a-3c4f-4d5e-8a9b-0c1d2e3f4a5b");
    static final UUID DEFUNCT_SERVICE = UUID.fromString("5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d");

    @Autowired
    HsdsExporter exporter;

    @Autowired
    HsdsImporter importer;

    @Autowired
    CatalogExchange exchange;

    @TempDir
    Path folder;

    @BeforeEach
    void directoryHoldsTheFixturesTheSmallFolderAndSomethingNotPublic() throws IOException {
        exchange.apply(withNonPublicRecords());
        var report = importer.run(HsdsFiles.fromDirectory(HsdsTestFiles.SMALL), false, Progress.NONE);
        assertThat(report.problems()).isEmpty();
    }

    static CatalogSnapshot withNonPublicRecords() {
        var fixtures = CatalogFixtures.aSmallCatalogue();
        var organisations = new ArrayList<>(fixtures.organisations());
        organisations.add(new OrganisationRecord(
                ARCHIVED_ORGANISATION,
                LocalizedText.finnish("Lopettanut Oy"),
                LocalizedText.finnish("Ei enää toiminnassa."),
                null,
                null,
                null,
                List.of(),
                true,
                null));
        var services = new ArrayList<>(fixtures.services());
        services.add(CatalogFixtures.service(SERVICE_OF_ARCHIVED, ARCHIVED_ORGANISATION)
                .name("Lopettaneen palvelu", null, null)
                .area(CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_1)
                .build());
        services.add(CatalogFixtures.service(DEFUNCT_SERVICE, CatalogFixtures.ORG_CHAMBER)
                .name("Lakkautettu neuvonta", null, null)
                .status(ServiceStatus.DEFUNCT, LocalizedText.finnish("Lakkautettu."))
                .area(CatalogFixtures.AREA_REGION)
                .terms(CatalogFixtures.KV_STAGE_1)
                .build());
        return new CatalogSnapshot(fixtures.areas(), fixtures.taxonomies(), fixtures.terms(), organisations, services);
    }

    @Test
    void importedTranslationIdsComeBackOut() throws IOException {
        exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);

        JsonNode imported =
                read(HsdsTestFiles.SMALL.resolve(HsdsFiles.SERVICES)).get(0);
        JsonNode exported = byId(read(folder.resolve(HsdsFiles.SERVICES)), HsdsTestFiles.SMALL_SERVICE_ADVICE);
        assertThat(exported).isEqualTo(imported);
        List<JsonNode> termTranslations = list(read(folder.resolve(HsdsFiles.ATTRIBUTES)));
        for (JsonNode attribute : read(HsdsTestFiles.SMALL.resolve(HsdsFiles.ATTRIBUTES))) {
            assertThat(termTranslations).contains(attribute);
        }
    }

    @Test
    void textsWithoutIdsGetNewOnesThatStay() throws IOException {
        byte[] first = exporter.export(HsdsExporter.Scope.TRANSFER).files().get(HsdsFiles.SERVICES);
        byte[] second = exporter.export(HsdsExporter.Scope.TRANSFER).files().get(HsdsFiles.SERVICES);

        assertThat(second).isEqualTo(first);
        JsonNode guarantee = byId(JSON.readTree(first), CatalogFixtures.SERVICE_EXPORT_GUARANTEE);
        JsonNode swedishName = list(guarantee.get("attributes")).stream()
                .filter(a -> a.path("value").asString("").equals("Exportgaranti"))
                .findFirst()
                .orElseThrow();
        assertThat(UUID.fromString(swedishName.get("id").asString()).version()).isEqualTo(4);
        assertThat(swedishName.get("link_type").asString()).isEqualTo("translation");
    }

    @Test
    void translationTermsTheDataLacksAreAddedWithFixedIds() throws IOException {
        exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);

        var alertInEnglish = Translations.Code.parse("translation:alert.en").orElseThrow();
        JsonNode closedFund = byId(read(folder.resolve(HsdsFiles.SERVICES)), CatalogFixtures.SERVICE_CLOSED_FUND);
        assertThat(list(closedFund.get("attributes"))).anySatisfy(a -> {
            assertThat(a.get("taxonomy_term_id").asString())
                    .isEqualTo(alertInEnglish.fixedTermId().toString());
            assertThat(a.get("value").asString()).isEqualTo("Applications closed.");
        });
        JsonNode term = byId(read(folder.resolve(HsdsFiles.TERMS)), alertInEnglish.fixedTermId());
        assertThat(term.get("code").asString()).isEqualTo("translation:alert.en");
        assertThat(list(read(folder.resolve(HsdsFiles.TAXONOMIES))))
                .extracting(t -> t.get("id").asString())
                .contains(term.get("taxonomy_id").asString());
    }

    @Test
    void openDataHoldsOnlyPublicRecordsAndATransferAlsoDefunctServices() throws IOException {
        var open = exporter.export(HsdsExporter.Scope.OPEN_DATA);
        var transfer = exporter.export(HsdsExporter.Scope.TRANSFER);

        var openServices = ids(JSON.readTree(open.files().get(HsdsFiles.SERVICES)));
        var transferServices = ids(JSON.readTree(transfer.files().get(HsdsFiles.SERVICES)));
        assertThat(openServices)
                .contains(CatalogFixtures.SERVICE_CLOSED_FUND.toString())
                .doesNotContain(DEFUNCT_SERVICE.toString(), SERVICE_OF_ARCHIVED.toString());
        assertThat(transferServices)
                .contains(DEFUNCT_SERVICE.toString())
                .doesNotContain(SERVICE_OF_ARCHIVED.toString());
        assertThat(ids(JSON.readTree(open.files().get(HsdsFiles.ORGANIZATIONS))))
                .doesNotContain(ARCHIVED_ORGANISATION.toString());
        assertThat(transfer.leftOutOrganisations()).isEqualTo(1);
    }

    @Test
    void anExportImportsBackWithoutChangingAnyRecord() throws IOException {
        exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);
        var before = exchange.snapshot();

        var report = importer.run(HsdsFiles.fromDirectory(folder), false, Progress.NONE);

        assertThat(report.problems()).isEmpty();
        // Records may count as updated only because the export's order renumbers their positions (this database
        // mixes several partial imports); what they hold is the same.
        assertThat(report.outcome().of(Kind.SERVICE).created()).isZero();
        assertThat(report.outcome().of(Kind.ORGANISATION).created()).isZero();
        assertThat(report.outcome().of(Kind.AREA).created()
                        + report.outcome().of(Kind.AREA).updated())
                .isZero();
        assertThat(exchange.snapshot().services()).containsExactlyInAnyOrderElementsOf(before.services());
        assertThat(exchange.snapshot().organisations()).containsExactlyInAnyOrderElementsOf(before.organisations());

        // The translation terms the first export added are now data: the next round changes nothing at all.
        exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);
        var again = importer.run(HsdsFiles.fromDirectory(folder), false, Progress.NONE);
        assertThat(again.outcome().changedAnything()).isFalse();
    }

    @Test
    void aStaleAttributesFileIsRemovedWhenTheExportHasNone() throws IOException {
        Files.writeString(folder.resolve(HsdsFiles.ATTRIBUTES), "[]");
        Files.writeString(folder.resolve("README.md"), "kept");

        var export = exporter.exportTo(folder, HsdsExporter.Scope.TRANSFER);

        assertThat(folder.resolve("README.md")).exists();
        assertThat(Files.exists(folder.resolve(HsdsFiles.ATTRIBUTES)))
                .isEqualTo(export.files().containsKey(HsdsFiles.ATTRIBUTES));
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readAllBytes(file));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    static List<String> ids(JsonNode array) {
        return list(array).stream().map(n -> n.get("id").asString()).toList();
    }

    static JsonNode byId(JsonNode array, UUID id) {
        return list(array).stream()
                .filter(n -> n.get("id").asString().equals(id.toString()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No record " + id));
    }
}
