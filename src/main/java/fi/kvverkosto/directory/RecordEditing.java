package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditingChoices.Choices;
import fi.kvverkosto.directory.RecordHistory.Entry;
import fi.kvverkosto.directory.RecordHistory.History;
import fi.kvverkosto.directory.VersionFields.FieldDiff;
import fi.kvverkosto.shared.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.validation.Errors;

/**
 * What the staff edit pages ({@link RecordEditController}) ask of the editing of services, organisations and
 * programmes. Reading and saving a record check, on every call, that the user may edit it.
 *
 * @param <F> the record's edit form
 * @param <H> what the pages say about the record being edited
 */
interface RecordEditing<F extends RecordForm, H extends RecordEditing.Heading> {

    /** What the pages say about the record being edited; the shared pages need only its name. */
    interface Heading {

        LocalizedText name();
    }

    /** A version from the history and what restoring it would change in the stored record. */
    record RestorePreview(LocalizedText name, Entry entry, List<FieldDiff> changes, long currentVersion) {}

    Choices choices();

    F form(UUID id);

    H heading(UUID id);

    /**
     * The rules Bean Validation cannot express; errors name message keys of the {@code directory-admin} bundle.
     *
     * @param id null for a new record
     */
    void validate(UUID id, F form, Errors errors, Choices choices);

    /**
     * Creates a record ({@code id} null) or saves the answers over the stored one if it is still at the version the
     * form was loaded at. The form must have passed validation.
     */
    EditOutcome save(UUID id, F form, Locale locale);

    /** Saves a version from the history as the new one, with the same version check as {@link #save}. */
    default EditOutcome restore(UUID id, F form, Locale locale) {
        return save(id, form, locale);
    }

    /** The conflict page's content: the stored version against the user's answers. */
    EditConflict conflict(UUID id, F yours, Locale locale);

    History history(UUID id, Locale locale);

    RestorePreview restorePreview(UUID id, int revision, Locale locale);

    /** The record as it was after a revision, as a form to save over the stored one; its version is unset. */
    F formAt(UUID id, int revision);
}
