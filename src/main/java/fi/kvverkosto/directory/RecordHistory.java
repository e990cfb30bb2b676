package fi.kvverkosto.directory;

import fi.kvverkosto.identity.AuditedRevision;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.springframework.stereotype.Component;

/**
 * Reads the recorded versions (Envers revisions) of services, organisations and programmes, their parts included: a change to a
 * service's areas or classifications alone is a version of the service too. Callers hold the transaction.
 */
@Component
class RecordHistory {

    private final EntityManager entityManager;

    RecordHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * One recorded version: its revision number, when it was saved and by whom.
     *
     * @param username the staff member, or {@code system} for imports
     */
    record Version(int number, ZonedDateTime savedAt, String username) {

        static Version of(AuditedRevision revision) {
            return new Version(
                    revision.number(), revision.timestamp().atZone(EditingFormats.ZONE), revision.username());
        }
    }

    /**
     * A version in a record's history with what it changed compared with the version before it.
     *
     * @param changes the fields whose value changed; for the first version, every field it filled in
     * @param current whether this version is the one stored now (restoring it would change nothing)
     */
    record Entry(Version version, List<VersionFields.FieldDiff> changes, boolean first, boolean current) {}

    /** A record's history, newest first. */
    record History(UUID id, LocalizedText name, List<Entry> entries) {}

    /** Pairs each version with its fields and compares it with the one before; newest first. */
    static List<Entry> entries(List<Version> versions, List<List<VersionFields.Field>> fields) {
        List<Entry> entries = new ArrayList<>(versions.size());
        List<VersionFields.Field> previous = List.of();
        for (int i = 0; i < versions.size(); i++) {
            entries.add(new Entry(
                    versions.get(i), VersionFields.changes(previous, fields.get(i)), i == 0, i == versions.size() - 1));
            previous = fields.get(i);
        }
        return entries.reversed();
    }

    /** Every version of a service, oldest first. */
    List<Version> versionsOfService(UUID id) {
        var versions = new TreeMap<Integer, Version>();
        collect(
                versions,
                reader().createQuery()
                        .forRevisionsOfEntity(ServiceListing.class, false, true)
                        .add(AuditEntity.id().eq(id)));
        for (Class<?> part : List.of(
                ServiceArea.class,
                ServiceLanguage.class,
                CostOption.class,
                ServiceContact.class,
                ServiceClassification.class)) {
            collect(
                    versions,
                    reader().createQuery()
                            .forRevisionsOfEntity(part, false, true)
                            .add(AuditEntity.relatedId("service").eq(id)));
        }
        return List.copyOf(versions.values());
    }

    /** Every version of an organisation, oldest first. */
    List<Version> versionsOfOrganisation(UUID id) {
        var versions = new TreeMap<Integer, Version>();
        collect(
                versions,
                reader().createQuery()
                        .forRevisionsOfEntity(Organisation.class, false, true)
                        .add(AuditEntity.id().eq(id)));
        collect(
                versions,
                reader().createQuery()
                        .forRevisionsOfEntity(OrganisationClassification.class, false, true)
                        .add(AuditEntity.relatedId("organisation").eq(id)));
        return List.copyOf(versions.values());
    }

    /** Every version of a programme, oldest first; a programme has no parts. */
    List<Version> versionsOfProgramme(UUID id) {
        var versions = new TreeMap<Integer, Version>();
        collect(
                versions,
                reader().createQuery()
                        .forRevisionsOfEntity(Programme.class, false, true)
                        .add(AuditEntity.id().eq(id)));
        return List.copyOf(versions.values());
    }

    /** The service as it was right after a revision, with its parts; read-only. */
    Optional<ServiceListing> serviceAt(UUID id, int revision) {
        return Optional.ofNullable(reader().find(ServiceListing.class, id, revision));
    }

    Optional<Organisation> organisationAt(UUID id, int revision) {
        return Optional.ofNullable(reader().find(Organisation.class, id, revision));
    }

    Optional<Programme> programmeAt(UUID id, int revision) {
        return Optional.ofNullable(reader().find(Programme.class, id, revision));
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(entityManager);
    }

    private static void collect(TreeMap<Integer, Version> versions, AuditQuery query) {
        List<?> rows = query.getResultList();
        List<AuditedRevision> revisions = new ArrayList<>(rows.size());
        for (Object row : rows) {
            if (row instanceof Object[] triple && triple[1] instanceof AuditedRevision revision) {
                revisions.add(revision);
            }
        }
        revisions.forEach(r -> versions.putIfAbsent(r.number(), Version.of(r)));
    }
}
