package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
import fi.kvverkosto.directory.EditingChoices.Choices;
import fi.kvverkosto.directory.RecordHistory.History;
import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.LocalizedText;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff editing of organisations, with the same version check, history and archiving as {@link ServiceEditing}. Only
 * admins create organisations or change which organisation one belongs to; editors change the organisations assigned
 * to them. Every change publishes {@link OrganisationChanged}.
 */
@Service
class OrganisationEditing implements RecordEditing<OrganisationForm, OrganisationEditing.OrganisationHeading> {

    private final OrganisationRepository organisations;
    private final TaxonomyTermRepository terms;
    private final EditingChoices choices;
    private final EditorAccess access;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final RecordVersions<Organisation, OrganisationForm> versions;

    OrganisationEditing(
            OrganisationRepository organisations,
            TaxonomyTermRepository terms,
            EditingChoices choices,
            VersionFields versionFields,
            RecordHistory history,
            EditorAccess access,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.terms = terms;
        this.choices = choices;
        this.access = access;
        this.events = events;
        this.entityManager = entityManager;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.versions = new RecordVersions<>(
                choices,
                this::editable,
                OrganisationForm::of,
                versionFields::of,
                history::versionsOfOrganisation,
                history::organisationAt,
                e -> Records.orEmpty(e.name()),
                Organisation::version);
    }

    /** An organisation in the staff list. */
    record OrganisationRow(UUID id, LocalizedText name, boolean archived, long services, ZonedDateTime lastModified) {}

    /** What the edit pages say about the organisation being edited. */
    record OrganisationHeading(UUID id, LocalizedText name, boolean archived, long version)
            implements RecordEditing.Heading {}

    /**
     * The organisations the user may edit, filtered by a part of the name (any language) and by archived or not.
     *
     * @param archived null for all
     */
    @Transactional(readOnly = true)
    public List<OrganisationRow> list(String nameFilter, Boolean archived) {
        String needle = EditingFormats.clean(nameFilter);
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : organisations.countServicesByOrganisation()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return organisations.findAllByOrderByNameFiAsc().stream()
                .filter(o -> access.canEditOrganisation(o.id()))
                .filter(o -> archived == null || o.archived() == archived)
                .filter(o -> needle == null || EditingFormats.contains(Records.orEmpty(o.name()), needle))
                .map(o -> new OrganisationRow(
                        o.id(),
                        Records.orEmpty(o.name()),
                        o.archived(),
                        counts.getOrDefault(o.id(), 0L),
                        o.lastModified() == null ? null : o.lastModified().atZone(EditingFormats.ZONE)))
                .toList();
    }

    /** The organisations the user may add services to: theirs, not archived. */
    @Transactional(readOnly = true)
    public List<OrganisationRow> providersForNewServices() {
        return list(null, false);
    }

    @Override
    @Transactional(readOnly = true)
    public Choices choices() {
        return choices.load();
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationForm form(UUID id) {
        return OrganisationForm.of(editable(id));
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationHeading heading(UUID id) {
        return heading(editable(id));
    }

    public OrganisationForm blank() {
        requireAdmin();
        return OrganisationForm.blank();
    }

    public boolean canCreate() {
        return access.isAdmin();
    }

    /** Whether the user may change which organisation this one belongs to. */
    public boolean canChangeParent() {
        return access.isAdmin();
    }

    @Override
    public void validate(UUID id, OrganisationForm form, Errors errors, Choices choices) {
        if (!EditingFormats.isWebAddress(form.getWebsite())) {
            errors.rejectValue("website", "directory-admin.form.url.invalid");
        }
        if (!EditingFormats.isEmail(form.getEmail())) {
            errors.rejectValue("email", "directory-admin.form.email.invalid");
        }
        if (EditingFormats.clean(form.getParentId()) != null && !validParent(id, form.getParentId(), choices)) {
            errors.rejectValue("parentId", "directory-admin.form.parent.invalid");
        }
        if (form.getProviderTypes().stream()
                .anyMatch(t -> choices.term(t)
                        .filter(term -> term.taxonomyKey().equals(EditingChoices.PROVIDER_TYPE))
                        .isEmpty())) {
            errors.rejectValue("providerTypes", "directory-admin.form.choice.invalid");
        }
    }

    /**
     * Creates an organisation ({@code id} null, admins only) or saves the answers over the stored one if it is still
     * at the version the form was loaded at. The archived state is not on the form: it is kept.
     */
    @Override
    public EditOutcome save(UUID id, OrganisationForm form, Locale locale) {
        return save(id, form, false, locale);
    }

    /** Saves a version from the history, which brings back that version's archived state too. */
    @Override
    public EditOutcome restore(UUID id, OrganisationForm form, Locale locale) {
        return save(id, form, true, locale);
    }

    private EditOutcome save(UUID id, OrganisationForm form, boolean restoring, Locale locale) {
        try {
            return transaction.execute(tx -> saveInTransaction(id, form, restoring, locale));
        } catch (OptimisticLockingFailureException e) {
            return new Conflicted(conflict(id, form, locale));
        }
    }

    @Override
    public EditConflict conflict(UUID id, OrganisationForm yours, Locale locale) {
        return readOnly.execute(tx -> versions.conflict(id, yours, locale));
    }

    /** Archives the organisation: kept with its history; it and all its services are hidden from the public. */
    public void archive(UUID id) {
        change(id, Organisation::archive);
    }

    public void unarchive(UUID id) {
        change(id, Organisation::restore);
    }

    @Override
    @Transactional(readOnly = true)
    public History history(UUID id, Locale locale) {
        return versions.history(id, locale);
    }

    @Override
    @Transactional(readOnly = true)
    public RestorePreview restorePreview(UUID id, int revision, Locale locale) {
        return versions.restorePreview(id, revision, locale);
    }

    @Override
    @Transactional(readOnly = true)
    public OrganisationForm formAt(UUID id, int revision) {
        return versions.formAt(id, revision);
    }

    private EditOutcome saveInTransaction(UUID id, OrganisationForm form, boolean restoring, Locale locale) {
        Organisation organisation;
        if (id == null) {
            requireAdmin();
            organisation = new Organisation(UUID.randomUUID());
            organisation.place(organisations.maxPosition() + 1);
        } else {
            organisation = editable(id);
            if (form.getVersion() == null || form.getVersion() != organisation.version()) {
                return new Conflicted(conflict(id, form, locale));
            }
        }
        UUID parentId = EditingChoices.uuidOrNull(EditingFormats.clean(form.getParentId()));
        UUID currentParent =
                organisation.parent() == null ? null : organisation.parent().id();
        if (!Objects.equals(parentId, currentParent) && !access.isAdmin()) {
            throw new AccessDeniedException("Only admins change which organisation another belongs to");
        }
        Organisation parent = parentId == null ? null : organisations.getReferenceById(parentId);
        // From here on no queries run, so nothing is flushed before the commit checks the version.
        organisation.describe(
                form.name(),
                form.description(),
                EditingFormats.clean(form.getWebsite()),
                EditingFormats.clean(form.getEmail()),
                parent);
        syncProviderTypes(organisation, form.getProviderTypes());
        if (restoring) {
            if (form.isArchived()) {
                organisation.archive();
            } else {
                organisation.restore();
            }
        }
        organisation.touch(nextTimestamp(organisation.lastModified()));
        if (id == null) {
            entityManager.persist(organisation);
        }
        events.publishEvent(new OrganisationChanged(organisation.id()));
        return new Saved(organisation.id());
    }

    private void syncProviderTypes(Organisation organisation, List<String> providerTypes) {
        Map<UUID, OrganisationClassification> current = new HashMap<>();
        List<OrganisationClassification> kept = new ArrayList<>();
        for (OrganisationClassification c : organisation.classifications()) {
            if (c.term().taxonomyKey().equals(EditingChoices.PROVIDER_TYPE)) {
                current.putIfAbsent(c.term().id(), c);
            } else {
                kept.add(c);
            }
        }
        List<OrganisationClassification> result = new ArrayList<>();
        for (String id : new LinkedHashSet<>(providerTypes)) {
            UUID termId = EditingChoices.uuidOrNull(id);
            OrganisationClassification c = current.get(termId);
            if (c == null) {
                c = new OrganisationClassification(
                        UUID.randomUUID(), organisation, terms.getReferenceById(termId), result.size());
            } else {
                c.reposition(c.term(), result.size());
            }
            result.add(c);
        }
        for (OrganisationClassification c : kept) {
            c.reposition(c.term(), result.size());
            result.add(c);
        }
        organisation.classify(result);
    }

    private void change(UUID id, Consumer<Organisation> change) {
        // Archiving has nothing typed to lose: if someone saves at the same moment, try once more on their version.
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(tx -> {
                    Organisation organisation = editable(id);
                    change.accept(organisation);
                    organisation.touch(nextTimestamp(organisation.lastModified()));
                    events.publishEvent(new OrganisationChanged(id));
                });
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    /** A parent must exist and must not be the organisation itself or one below it, which would make a loop. */
    private static boolean validParent(UUID id, String parentText, Choices choices) {
        var parent = choices.organisation(parentText);
        if (parent.isEmpty()) {
            return false;
        }
        UUID cursor = parent.get().id();
        for (int depth = 0; cursor != null && depth < 100; depth++) {
            if (cursor.equals(id)) {
                return false;
            }
            cursor = choices.organisation(cursor.toString())
                    .map(EditingChoices.OrganisationChoice::parentId)
                    .orElse(null);
        }
        return true;
    }

    private Organisation editable(UUID id) {
        Organisation organisation =
                organisations.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canEditOrganisation(organisation.id())) {
            throw new AccessDeniedException("Not an editor of organisation " + id);
        }
        return organisation;
    }

    private void requireAdmin() {
        if (!access.isAdmin()) {
            throw new AccessDeniedException("Only admins create organisations");
        }
    }

    private static OrganisationHeading heading(Organisation organisation) {
        return new OrganisationHeading(
                organisation.id(),
                Records.orEmpty(organisation.name()),
                organisation.archived(),
                organisation.version());
    }

    private Instant nextTimestamp(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
    }
}
