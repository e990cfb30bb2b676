package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditOutcome.Conflicted;
import fi.kvverkosto.directory.EditOutcome.Saved;
import fi.kvverkosto.directory.EditingChoices.Choices;
import fi.kvverkosto.directory.EditingChoices.OrganisationChoice;
import fi.kvverkosto.directory.RecordHistory.History;
import fi.kvverkosto.identity.EditorAccess;
import fi.kvverkosto.shared.LocalizedText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
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
 * Staff upkeep of programmes, with the same version check and history as {@link OrganisationEditing}. A programme is
 * its owning organisation's: whoever may edit that organisation may add, edit and remove its programmes, and move one
 * to another organisation they may edit. A programme is removed, not archived, and only while no service is delivered
 * under it; its history stays. Writes need no event of their own: {@link DirectoryChanges} publishes
 * {@link DirectoryChanged} after the commit, as for every write to the directory.
 */
@Service
class ProgrammeEditing implements RecordEditing<ProgrammeForm, ProgrammeEditing.ProgrammeHeading> {

    private final ProgrammeRepository programmes;
    private final OrganisationRepository organisations;
    private final EditingChoices choices;
    private final EditorAccess access;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final RecordVersions<Programme, ProgrammeForm> versions;

    ProgrammeEditing(
            ProgrammeRepository programmes,
            OrganisationRepository organisations,
            EditingChoices choices,
            VersionFields versionFields,
            RecordHistory history,
            EditorAccess access,
            PlatformTransactionManager transactionManager) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.choices = choices;
        this.access = access;
        this.transaction = new TransactionTemplate(transactionManager);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.versions = new RecordVersions<>(
                choices,
                this::editable,
                ProgrammeForm::of,
                versionFields::of,
                history::versionsOfProgramme,
                history::programmeAt,
                e -> Records.orEmpty(e.name()),
                Programme::version);
    }

    /** A programme in the staff list. */
    record ProgrammeRow(UUID id, LocalizedText name, LocalizedText owner, boolean ownerArchived, long services) {}

    /** What the edit pages say about the programme being edited. */
    record ProgrammeHeading(UUID id, LocalizedText name, UUID ownerId, long version, long services)
            implements RecordEditing.Heading {}

    /** The programmes of the organisations the user may edit (admins: all), filtered by a part of the name. */
    @Transactional(readOnly = true)
    public List<ProgrammeRow> list(String nameFilter) {
        String needle = EditingFormats.clean(nameFilter);
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : programmes.countServicesByProgramme()) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return programmes.findAllWithOwners().stream()
                .filter(p -> access.canEditOrganisation(p.organisation().id()))
                .filter(p -> needle == null || EditingFormats.contains(Records.orEmpty(p.name()), needle))
                .map(p -> new ProgrammeRow(
                        p.id(),
                        Records.orEmpty(p.name()),
                        Records.orEmpty(p.organisation().name()),
                        p.organisation().archived(),
                        counts.getOrDefault(p.id(), 0L)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Choices choices() {
        return choices.load();
    }

    /**
     * The organisations the user may make a programme's owner: those they may edit that are not archived, and the
     * current owner ({@code current}, may be null) even if it is archived.
     */
    List<OrganisationChoice> owners(Choices choices, String current) {
        UUID currentId = EditingChoices.uuidOrNull(current);
        return choices.organisations().stream()
                .filter(o -> o.id().equals(currentId) || (!o.archived() && access.canEditOrganisation(o.id())))
                .toList();
    }

    /** Whether the user may add programmes at all: admins, and editors with an organisation. */
    public boolean canCreate() {
        return access.isAdmin() || !owners(choices.load(), null).isEmpty();
    }

    /** An empty form, with the owner filled in when the user may choose only one. */
    @Transactional(readOnly = true)
    public ProgrammeForm blank(String organisationId) {
        List<OrganisationChoice> owners = owners(choices.load(), null);
        if (owners.isEmpty()) {
            throw new AccessDeniedException("No organisation to add programmes to");
        }
        String owner = EditingFormats.clean(organisationId);
        if (owner == null && owners.size() == 1) {
            owner = owners.getFirst().id().toString();
        }
        return ProgrammeForm.blank(owner);
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammeForm form(UUID id) {
        return ProgrammeForm.of(editable(id));
    }

    @Override
    @Transactional(readOnly = true)
    public ProgrammeHeading heading(UUID id) {
        return heading(editable(id));
    }

    @Override
    public void validate(UUID id, ProgrammeForm form, Errors errors, Choices choices) {
        String owner = EditingFormats.clean(form.getOrganisationId());
        if (owner != null) {
            String current = id == null
                    ? null
                    : readOnly.execute(tx -> programmes
                            .findById(id)
                            .map(p -> p.organisation().id().toString())
                            .orElse(null));
            if (owners(choices, current).stream()
                    .noneMatch(o -> o.id().toString().equals(owner))) {
                errors.rejectValue("organisationId", "directory-admin.form.owner.invalid");
            }
        }
    }

    /**
     * Creates a programme ({@code id} null) or saves the answers over the stored one if it is still at the version the
     * form was loaded at. The user must be allowed to edit both the current and the new owner.
     */
    @Override
    public EditOutcome save(UUID id, ProgrammeForm form, Locale locale) {
        try {
            return transaction.execute(tx -> saveInTransaction(id, form, locale));
        } catch (OptimisticLockingFailureException e) {
            return new Conflicted(conflict(id, form, locale));
        }
    }

    @Override
    public EditConflict conflict(UUID id, ProgrammeForm yours, Locale locale) {
        return readOnly.execute(tx -> versions.conflict(id, yours, locale));
    }

    /**
     * Removes the programme if no service is delivered under it; returns false, removing nothing, if one is (a service
     * may be moved into it at the same moment: the database's reference check then refuses the removal).
     */
    public boolean remove(UUID id) {
        try {
            return Boolean.TRUE.equals(transaction.execute(tx -> {
                Programme programme = editable(id);
                if (programmes.countServices(id) > 0) {
                    return false;
                }
                programmes.delete(programme);
                programmes.flush();
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            return false;
        }
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
    public ProgrammeForm formAt(UUID id, int revision) {
        return versions.formAt(id, revision);
    }

    private EditOutcome saveInTransaction(UUID id, ProgrammeForm form, Locale locale) {
        UUID ownerId = EditingChoices.uuidOrNull(EditingFormats.clean(form.getOrganisationId()));
        if (ownerId == null || !access.canEditOrganisation(ownerId)) {
            throw new AccessDeniedException("Not an editor of organisation " + ownerId);
        }
        Organisation owner =
                organisations.findById(ownerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
        Programme programme;
        if (id == null) {
            programme = new Programme(UUID.randomUUID(), owner);
            programme.place(programmes.maxPosition() + 1);
        } else {
            programme = editable(id);
            if (form.getVersion() == null || form.getVersion() != programme.version()) {
                return new Conflicted(conflict(id, form, locale));
            }
        }
        // From here on no queries run, so nothing is flushed before the commit checks the version.
        programme.describe(owner, form.name(), form.description());
        if (id == null) {
            programmes.save(programme);
        }
        return new Saved(programme.id());
    }

    private Programme editable(UUID id) {
        Programme programme =
                programmes.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.canEditOrganisation(programme.organisation().id())) {
            throw new AccessDeniedException("Not an editor of the organisation that owns programme " + id);
        }
        return programme;
    }

    private ProgrammeHeading heading(Programme programme) {
        return new ProgrammeHeading(
                programme.id(),
                Records.orEmpty(programme.name()),
                programme.organisation().id(),
                programme.version(),
                programmes.countServices(programme.id()));
    }
}
