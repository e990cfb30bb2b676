package fi.kvverkosto.interop;

import fi.kvverkosto.directory.CatalogExchange;
import fi.kvverkosto.directory.CatalogReader;
import fi.kvverkosto.directory.OrganisationRecord;
import fi.kvverkosto.directory.ProgrammeRecord;
import fi.kvverkosto.directory.ServiceRecord;
import fi.kvverkosto.directory.ServiceStatus;
import fi.kvverkosto.directory.TermRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ArrayNode;

/**
 * Exports the catalogue as the HSDS folder of ADR 0004, and renders records for the HSDS API with the same mapping.
 *
 * <p>Archived organisations and their services are never exported: HSDS cannot mark an organisation archived, so an
 * importing system would publish them again. Open data leaves out defunct services too; a transfer keeps them, as HSDS
 * can say a service is defunct. Writing because translation attributes that never had an id get one, kept for the
 * next export.
 */
@Service
class HsdsExporter {

    /** Which records an export holds. */
    enum Scope {
        /** What anyone may see: the open-data download. */
        OPEN_DATA,
        /** For moving the catalogue to another instance: defunct services too. */
        TRANSFER
    }

    /**
     * The files of an export, by name in the format's order, with what went in and what was left out.
     *
     * @param leftOutOrganisations archived organisations
     * @param leftOutServices services of archived organisations, and in open data defunct services
     */
    record Export(
            Map<String, byte[]> files,
            int taxonomies,
            int terms,
            int organisations,
            int services,
            int leftOutOrganisations,
            int leftOutServices) {}

    private final CatalogExchange exchange;
    private final CatalogReader reader;
    private final InteropStore store;
    private final Clock clock;

    HsdsExporter(CatalogExchange exchange, CatalogReader reader, InteropStore store, Clock clock) {
        this.exchange = exchange;
        this.reader = reader;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Export export(Scope scope) {
        var snapshot = exchange.snapshot();
        Set<UUID> organisationIds = new HashSet<>();
        List<OrganisationRecord> organisations = snapshot.organisations().stream()
                .filter(o -> !o.archived())
                .peek(o -> organisationIds.add(o.id()))
                .toList();
        // A programme goes with its organisation; a service names its programme only when that is exported too.
        Map<UUID, List<ProgrammeRecord>> programmesByOrganisation = new HashMap<>();
        Set<UUID> programmeIds = new HashSet<>();
        snapshot.programmes().stream()
                .filter(p -> organisationIds.contains(p.organisationId()))
                .forEach(p -> {
                    programmesByOrganisation
                            .computeIfAbsent(p.organisationId(), k -> new ArrayList<>())
                            .add(p);
                    programmeIds.add(p.id());
                });
        List<ServiceRecord> services = snapshot.services().stream()
                .filter(s -> organisationIds.contains(s.organisationId()))
                .filter(s -> scope == Scope.TRANSFER || s.status() != ServiceStatus.DEFUNCT)
                .map(s -> s.programmeId() == null || programmeIds.contains(s.programmeId()) ? s : s.inProgramme(null))
                .toList();
        String version =
                store.setting(HsdsImportMapping.SETTING_MUNICIPALITIES_VERSION).orElse(null);
        String note =
                store.setting(HsdsImportMapping.SETTING_MUNICIPALITIES_NOTE).orElse(null);
        String today = LocalDate.now(clock).toString();

        Map<String, byte[]> files = null;
        for (int attempt = 0; attempt < 2 && files == null; attempt++) {
            var mapping = new HsdsExportMapping(snapshot.taxonomies(), snapshot.terms(), store.attributeIds());
            var organisationNodes = array();
            organisations.forEach(o -> organisationNodes.add(mapping.organisation(
                    o,
                    organisationIds.contains(o.parentId()),
                    programmesByOrganisation.getOrDefault(o.id(), List.of()))));
            var serviceNodes = array();
            services.forEach(s -> serviceNodes.add(mapping.service(s)));
            var attributeNodes = array();
            for (TermRecord term : snapshot.terms()) {
                mapping.termTranslations(term).forEach(attributeNodes::add);
            }
            var municipalities = mapping.municipalities(snapshot.areas(), version, note, today, organisationIds);
            var taxonomyNodes = array();
            snapshot.taxonomies().forEach(t -> taxonomyNodes.add(mapping.taxonomy(t)));
            mapping.addedTaxonomies().forEach(taxonomyNodes::add);
            var termNodes = array();
            snapshot.terms().forEach(t -> termNodes.add(mapping.term(t)));
            mapping.addedTerms().forEach(termNodes::add);

            var written = new LinkedHashMap<String, byte[]>();
            written.put(HsdsFiles.TAXONOMIES, HsdsJson.write(taxonomyNodes));
            written.put(HsdsFiles.TERMS, HsdsJson.write(termNodes));
            written.put(HsdsFiles.ORGANIZATIONS, HsdsJson.write(organisationNodes));
            written.put(HsdsFiles.SERVICES, HsdsJson.write(serviceNodes));
            if (municipalities != null) {
                written.put(HsdsFiles.MUNICIPALITIES, HsdsJson.write(municipalities));
            }
            if (!attributeNodes.isEmpty()) {
                written.put(HsdsFiles.ATTRIBUTES, HsdsJson.write(attributeNodes));
            }
            if (store.addAttributeIds(mapping.newIds()) || attempt == 1) {
                files = written;
            }
        }
        return new Export(
                files,
                snapshot.taxonomies().size(),
                snapshot.terms().size(),
                organisations.size(),
                services.size(),
                snapshot.organisations().size() - organisations.size(),
                snapshot.services().size() - services.size());
    }

    /**
     * Writes an export into a folder, creating it when needed. Files of other names are left alone, but a stale
     * {@code attributes.json} is removed when the export has none, or a later import would bring its texts back.
     */
    @Transactional
    public Export exportTo(Path directory, Scope scope) throws IOException {
        var export = export(scope);
        Files.createDirectories(directory);
        for (var file : export.files().entrySet()) {
            Files.write(directory.resolve(file.getKey()), file.getValue());
        }
        if (!export.files().containsKey(HsdsFiles.ATTRIBUTES)) {
            Files.deleteIfExists(directory.resolve(HsdsFiles.ATTRIBUTES));
        }
        return export;
    }

    /** The export as one zip, the files at its top level. */
    @Transactional
    public byte[] zip(Scope scope) {
        var export = export(scope);
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var file : export.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Renders records with the export's mapping, for the API: the vocabulary is the current taxonomies and terms,
     * and translation ids handed out are kept as an export keeps them.
     */
    @Transactional
    public <T> T render(Function<HsdsExportMapping, T> work) {
        var taxonomies = reader.allTaxonomies();
        var terms = reader.allTerms();
        T result = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            var mapping = new HsdsExportMapping(taxonomies, terms, store.attributeIds());
            result = work.apply(mapping);
            if (store.addAttributeIds(mapping.newIds())) {
                break;
            }
        }
        return result;
    }

    private static ArrayNode array() {
        return HsdsJson.NODES.arrayNode();
    }
}
