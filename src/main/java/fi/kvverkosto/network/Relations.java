package fi.kvverkosto.network;

import fi.kvverkosto.identity.AuditedRevision;
import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.AfterCommit;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff work on declared relations: list, create, edit with optimistic locking, delete, history, CSV import (all or
 * nothing) and export. Admins may change every relation; an editor those whose source is one of their organisations
 * (checked here on every call, against the stored relation too).
 */
@Service
@Transactional
class Relations {

    private final RelationRepository relations;
    private final NetworkCatalog catalog;
    private final EditorAccess access;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Network network;

    Relations(
            RelationRepository relations,
            NetworkCatalog catalog,
            EditorAccess access,
            EntityManager entityManager,
            Clock clock,
            Network network) {
        this.relations = relations;
        this.catalog = catalog;
        this.access = access;
        this.entityManager = entityManager;
        this.clock = clock;
        this.network = network;
    }

    /** Tells the network, once this transaction has committed, that the relations have changed. */
    private void changed() {
        AfterCommit.run(network::relationsChanged);
    }

    /** A relation as the staff list shows it. */
    record Row(
            UUID id,
            UUID sourceId,
            LocalizedText sourceName,
            UUID targetId,
            LocalizedText targetName,
            RelationType type,
            LocalDate validFrom,
            LocalDate validTo,
            boolean validToday,
            boolean demo,
            boolean editable) {}

    /** An organisation to choose in a form. */
    record Choice(UUID id, LocalizedText name) {}

    /** An organisation's services to choose from in a form. */
    record ServiceGroup(Choice organisation, List<Choice> services) {}

    /** One saved version of a relation, newest first in a history. */
    record Version(
            int number,
            Instant savedAt,
            String username,
            String change,
            String source,
            String target,
            RelationType type,
            LocalizedText description,
            String evidence,
            LocalDate validFrom,
            LocalDate validTo) {}

    /** The outcome of saving: saved with the id, or someone else saved first (the stored version is newer). */
    sealed interface Outcome {
        record Saved(UUID id) implements Outcome {}

        record Conflict(RelationForm stored) implements Outcome {}
    }

    /** A problem of an import, at a line of the file; {@code key} is a message key of the network bundle. */
    record ImportProblem(long line, String column, String key, Object[] arguments) {}

    /** What an import found and, unless it was only checked, wrote. */
    record ImportResult(List<ImportProblem> problems, List<Row> preview, int created, int updated, boolean written) {}

    @Transactional(readOnly = true)
    List<Row> list() {
        var snapshot = catalog.get();
        LocalDate today = today();
        return relations.findAll().stream()
                .map(r -> row(r, snapshot, today))
                .sorted(Comparator.comparing((Row r) -> name(r.sourceName()))
                        .thenComparing(r -> r.type().ordinal())
                        .thenComparing(r -> name(r.targetName())))
                .toList();
    }

    /** The organisations that may be a relation's source for the signed-in user; every one for admins. */
    @Transactional(readOnly = true)
    List<Choice> sources() {
        return choices().stream()
                .filter(c -> access.canEditOrganisation(c.id()))
                .toList();
    }

    @Transactional(readOnly = true)
    List<Choice> choices() {
        return catalog.get().actors().values().stream()
                .map(a -> new Choice(a.id(), a.name()))
                .sorted(Comparator.comparing(c -> name(c.name())))
                .toList();
    }

    /**
     * The services a relation between these organisations may be about: the source's and the target's (each given as
     * the form's text; unknown ones are left out).
     */
    @Transactional(readOnly = true)
    List<ServiceGroup> serviceChoices(String sourceId, String targetId) {
        var snapshot = catalog.get();
        List<ServiceGroup> groups = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (String text : new String[] {sourceId, targetId}) {
            UUID id;
            try {
                id = text == null || text.isBlank() ? null : UUID.fromString(text.strip());
            } catch (IllegalArgumentException e) {
                id = null;
            }
            var actor = id == null ? null : snapshot.actor(id);
            if (actor != null && seen.add(id)) {
                groups.add(new ServiceGroup(
                        new Choice(actor.id(), actor.name()),
                        actor.offers().stream()
                                .map(o -> new Choice(o.id(), o.name()))
                                .sorted(Comparator.comparing(c -> name(c.name())))
                                .toList()));
            }
        }
        return groups;
    }

    boolean isAdmin() {
        return access.isAdmin();
    }

    @Transactional(readOnly = true)
    RelationForm form(UUID id) {
        return RelationForm.of(editable(id));
    }

    @Transactional(readOnly = true)
    Row heading(UUID id) {
        return row(editable(id), catalog.get(), today());
    }

    /** Checks what Bean Validation cannot: known organisations, the user's right to the source, type, dates. */
    void validate(RelationForm form, Errors errors) {
        for (var problem : problems(form, true)) {
            errors.rejectValue(problem.column(), problem.key(), problem.arguments(), problem.key());
        }
    }

    Outcome save(UUID id, RelationForm form) {
        Relation relation;
        if (id == null) {
            relation = new Relation(UUID.randomUUID());
        } else {
            relation = editable(id);
            if (form.getVersion() == null || form.getVersion() != relation.version()) {
                return new Outcome.Conflict(RelationForm.of(relation));
            }
        }
        apply(relation, form, false);
        try {
            relations.saveAndFlush(relation);
            changed();
        } catch (ObjectOptimisticLockingFailureException e) {
            return new Outcome.Conflict(
                    RelationForm.of(relations.findById(relation.id()).orElseThrow()));
        }
        return new Outcome.Saved(relation.id());
    }

    /** Deletes a relation at the version the user saw; false when it has changed since. */
    boolean delete(UUID id, long version) {
        Relation relation = editable(id);
        if (relation.version() != version) {
            return false;
        }
        relations.delete(relation);
        relations.flush();
        changed();
        return true;
    }

    /** Every saved version of a relation, newest first; deleted relations keep their history. */
    @Transactional(readOnly = true)
    List<Version> history(UUID id) {
        relations.findById(id).ifPresent(r -> checkSource(r.sourceId()));
        var snapshot = catalog.get();
        List<?> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(Relation.class, false, true)
                .add(AuditEntity.id().eq(id))
                .getResultList();
        List<Version> versions = new ArrayList<>();
        for (Object row : rows) {
            if (row instanceof Object[] triple
                    && triple[0] instanceof Relation r
                    && triple[1] instanceof AuditedRevision revision) {
                if (r.sourceId() != null && !access.canEditOrganisation(r.sourceId())) {
                    throw new AccessDeniedException("Not an editor of the relation's source");
                }
                versions.add(new Version(
                        revision.number(),
                        revision.timestamp(),
                        revision.username(),
                        ((RevisionType) triple[2]).name().toLowerCase(Locale.ROOT),
                        label(snapshot, r.sourceId()),
                        label(snapshot, r.targetId()),
                        r.type(),
                        r.description(),
                        r.evidence(),
                        r.validFrom(),
                        r.validTo()));
            }
        }
        if (versions.isEmpty()) {
            throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
        }
        return versions.reversed();
    }

    /**
     * Checks a CSV file of relations and, unless {@code checkOnly}, writes every row in this one transaction; nothing
     * when any row has a problem. Admins only.
     */
    ImportResult importCsv(Reader reader, boolean checkOnly) throws IOException {
        requireAdmin();
        var parsed = RelationCsv.read(reader);
        if (parsed.missingColumn() != null) {
            return new ImportResult(
                    List.of(new ImportProblem(1, parsed.missingColumn(), "network.import.missing-column", new Object[] {
                        parsed.missingColumn()
                    })),
                    List.of(),
                    0,
                    0,
                    false);
        }
        return importRows(parsed.rows(), checkOnly, false);
    }

    /** Loads rows without a signed-in user: the demo data on start. */
    ImportResult importTrusted(Reader reader) throws IOException {
        var parsed = RelationCsv.read(reader);
        if (parsed.missingColumn() != null) {
            throw new IllegalArgumentException("Not a relations CSV: no column " + parsed.missingColumn());
        }
        return importRows(parsed.rows(), false, true);
    }

    private ImportResult importRows(List<RelationCsv.Row> rows, boolean checkOnly, boolean trusted) {
        List<ImportProblem> problems = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        if (rows.isEmpty()) {
            problems.add(new ImportProblem(1, "", "network.import.empty", new Object[0]));
        }
        for (var row : rows) {
            if (row.idText() != null) {
                problems.add(new ImportProblem(row.line(), "id", "network.import.bad-id", new Object[] {row.idText()}));
            } else if (row.id() != null && !ids.add(row.id())) {
                problems.add(
                        new ImportProblem(row.line(), "id", "network.import.duplicate-id", new Object[] {row.id()}));
            }
            for (var p : problems(row.form(), !trusted)) {
                problems.add(new ImportProblem(row.line(), column(p.column()), p.key(), p.arguments()));
            }
        }
        if (!problems.isEmpty()) {
            return new ImportResult(problems, List.of(), 0, 0, false);
        }
        var snapshot = catalog.get();
        LocalDate today = today();
        List<Row> preview = new ArrayList<>();
        int created = 0;
        int updated = 0;
        for (var row : rows) {
            UUID id = row.id() == null ? UUID.randomUUID() : row.id();
            Optional<Relation> existing = relations.findById(id);
            Relation relation = existing.orElseGet(() -> new Relation(id));
            if (existing.isPresent()) {
                updated++;
            } else {
                created++;
            }
            if (!checkOnly) {
                apply(relation, row.form(), row.demo());
                relations.save(relation);
            } else {
                entityManager.detach(relation);
                apply(relation, row.form(), row.demo());
            }
            preview.add(row(relation, snapshot, today));
        }
        if (!checkOnly) {
            relations.flush();
            changed();
        }
        return new ImportResult(List.of(), preview, created, updated, !checkOnly);
    }

    /** Every relation as CSV, for admins. */
    @Transactional(readOnly = true)
    void exportCsv(Writer out) {
        requireAdmin();
        var snapshot = catalog.get();
        var all = relations.findAll().stream()
                .sorted(Comparator.comparing(Relation::sourceId)
                        .thenComparing(Relation::type)
                        .thenComparing(Relation::targetId)
                        .thenComparing(Relation::id))
                .toList();
        RelationCsv.write(all, id -> label(snapshot, id), id -> serviceLabel(snapshot, id), out);
    }

    @Transactional(readOnly = true)
    long count() {
        return relations.count();
    }

    private void apply(Relation relation, RelationForm form, boolean demo) {
        relation.update(
                UUID.fromString(form.getSourceId()),
                UUID.fromString(form.getTargetId()),
                RelationType.fromCode(form.getType()).orElseThrow(),
                RelationForm.clean(form.getServiceId()) == null
                        ? null
                        : UUID.fromString(RelationForm.clean(form.getServiceId())),
                form.description(),
                RelationForm.clean(form.getEvidence()),
                RelationForm.date(form.getValidFrom()),
                RelationForm.date(form.getValidTo()),
                demo,
                Instant.now(clock));
    }

    /** The problems of a form as field, message key and arguments. */
    private List<ImportProblem> problems(RelationForm form, boolean checkAccess) {
        var snapshot = catalog.get();
        List<ImportProblem> problems = new ArrayList<>();
        UUID source = organisation(form.getSourceId(), "sourceId", snapshot, problems);
        UUID target = organisation(form.getTargetId(), "targetId", snapshot, problems);
        if (source != null && checkAccess && !access.canEditOrganisation(source)) {
            problems.add(new ImportProblem(0, "sourceId", "network.relation.source.not-yours", new Object[0]));
        }
        if (source != null && source.equals(target)) {
            problems.add(new ImportProblem(0, "targetId", "network.relation.target.same", new Object[0]));
        }
        if (RelationForm.clean(form.getType()) == null) {
            problems.add(new ImportProblem(0, "type", "network.relation.type.required", new Object[0]));
        } else if (RelationType.fromCode(form.getType())
                .filter(RelationType::declared)
                .isEmpty()) {
            problems.add(new ImportProblem(0, "type", "network.relation.type.unknown", new Object[] {form.getType()}));
        }
        String service = RelationForm.clean(form.getServiceId());
        if (service == null) {
            if (RelationType.fromCode(form.getType()).orElse(null) == RelationType.CO_DELIVERS) {
                problems.add(new ImportProblem(0, "serviceId", "network.relation.service.required", new Object[0]));
            }
        } else {
            NetworkCatalog.Offer offer = null;
            try {
                offer = snapshot.offer(UUID.fromString(service));
            } catch (IllegalArgumentException e) {
                // answered below
            }
            if (offer == null) {
                problems.add(
                        new ImportProblem(0, "serviceId", "network.relation.service.unknown", new Object[] {service}));
            } else if (source != null
                    && target != null
                    && !offer.organisationId().equals(source)
                    && !offer.organisationId().equals(target)) {
                problems.add(new ImportProblem(0, "serviceId", "network.relation.service.not-theirs", new Object[0]));
            }
        }
        LocalDate from = date(form.getValidFrom(), "validFrom", problems);
        LocalDate to = date(form.getValidTo(), "validTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new ImportProblem(0, "validTo", "network.relation.valid-to.before-from", new Object[0]));
        }
        for (String[] field : new String[][] {
            {"descriptionFi", form.getDescriptionFi(), "2000"},
            {"descriptionSv", form.getDescriptionSv(), "2000"},
            {"descriptionEn", form.getDescriptionEn(), "2000"},
            {"evidence", form.getEvidence(), "1000"}
        }) {
            if (field[1] != null && field[1].length() > Integer.parseInt(field[2])) {
                problems.add(new ImportProblem(0, field[0], "network.relation.too-long", new Object[0]));
            }
        }
        return problems;
    }

    private static UUID organisation(
            String text, String field, NetworkCatalog.Snapshot snapshot, List<ImportProblem> problems) {
        String value = RelationForm.clean(text);
        if (value == null) {
            problems.add(new ImportProblem(0, field, "network.relation." + field + ".required", new Object[0]));
            return null;
        }
        try {
            UUID id = UUID.fromString(value);
            if (snapshot.actor(id) != null) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        problems.add(new ImportProblem(0, field, "network.relation.organisation.unknown", new Object[] {value}));
        return null;
    }

    private static LocalDate date(String text, String field, List<ImportProblem> problems) {
        try {
            return RelationForm.date(text);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(0, field, "network.relation.date.invalid", new Object[] {text}));
            return null;
        }
    }

    /** The CSV column of a form field, for import problems. */
    private static String column(String field) {
        return switch (field) {
            case "sourceId" -> "source_id";
            case "targetId" -> "target_id";
            case "descriptionFi" -> "description_fi";
            case "descriptionSv" -> "description_sv";
            case "descriptionEn" -> "description_en";
            case "validFrom" -> "valid_from";
            case "validTo" -> "valid_to";
            case "serviceId" -> "service_id";
            default -> field;
        };
    }

    private Relation editable(UUID id) {
        Relation relation = relations
                .findById(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        checkSource(relation.sourceId());
        return relation;
    }

    private void checkSource(UUID source) {
        if (!access.canEditOrganisation(source)) {
            throw new AccessDeniedException("Not an editor of the relation's source " + source);
        }
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Importing and exporting relations is for admins");
        }
    }

    private Row row(Relation r, NetworkCatalog.Snapshot snapshot, LocalDate today) {
        return new Row(
                r.id(),
                r.sourceId(),
                nameOf(snapshot, r.sourceId()),
                r.targetId(),
                nameOf(snapshot, r.targetId()),
                r.type(),
                r.validFrom(),
                r.validTo(),
                r.validOn(today),
                r.demo(),
                access.canEditOrganisation(r.sourceId()));
    }

    private static LocalizedText nameOf(NetworkCatalog.Snapshot snapshot, UUID id) {
        var actor = id == null ? null : snapshot.actor(id);
        return actor == null ? LocalizedText.finnish(String.valueOf(id)) : actor.name();
    }

    private static String label(NetworkCatalog.Snapshot snapshot, UUID id) {
        return name(nameOf(snapshot, id));
    }

    private static String serviceLabel(NetworkCatalog.Snapshot snapshot, UUID id) {
        var offer = snapshot.offer(id);
        return offer == null ? String.valueOf(id) : name(offer.name());
    }

    private static String name(LocalizedText text) {
        String fi = text.fi();
        return fi == null ? "" : fi;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Helsinki")));
    }
}
