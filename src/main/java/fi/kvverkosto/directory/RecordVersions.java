package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditingChoices.Choices;
import fi.kvverkosto.directory.RecordEditing.RestorePreview;
import fi.kvverkosto.directory.RecordHistory.Entry;
import fi.kvverkosto.directory.RecordHistory.History;
import fi.kvverkosto.directory.RecordHistory.Version;
import fi.kvverkosto.directory.VersionFields.Field;
import fi.kvverkosto.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The versions of one kind of record as the edit pages compare them: the conflict page, the history and restoring a
 * version read them the same way for services, organisations and programmes. Each editing service makes one, saying
 * how its records are read; it holds the transaction, and {@code editable} checks that the user may edit the record.
 *
 * @param <E> the entity
 * @param <F> its edit form
 */
final class RecordVersions<E, F extends RecordForm> {

    /** The fields people compare, of a version given as a form. */
    @FunctionalInterface
    interface Fields<F> {
        List<Field> of(F form, Choices choices, Locale locale);
    }

    /** A recorded version of a record, read-only. */
    @FunctionalInterface
    interface At<E> {
        Optional<E> find(UUID id, int revision);
    }

    private final EditingChoices choices;
    private final Function<UUID, E> editable;
    private final Function<E, F> formOf;
    private final Fields<F> fields;
    private final Function<UUID, List<Version>> versions;
    private final At<E> at;
    private final Function<E, LocalizedText> name;
    private final ToLongFunction<E> version;

    /**
     * @param editable the stored record, once the user is found to be allowed to edit it
     * @param versions every version of a record, oldest first
     */
    RecordVersions(
            EditingChoices choices,
            Function<UUID, E> editable,
            Function<E, F> formOf,
            Fields<F> fields,
            Function<UUID, List<Version>> versions,
            At<E> at,
            Function<E, LocalizedText> name,
            ToLongFunction<E> version) {
        this.choices = choices;
        this.editable = editable;
        this.formOf = formOf;
        this.fields = fields;
        this.versions = versions;
        this.at = at;
        this.name = name;
        this.version = version;
    }

    /** The stored version against the user's answers, and who saved it when. */
    EditConflict conflict(UUID id, F yours, Locale locale) {
        E stored = editable.apply(id);
        Choices choices = this.choices.load();
        List<Field> saved = fields.of(formOf.apply(stored), choices, locale);
        List<Field> submitted = fields.of(yours, choices, locale);
        List<Version> all = versions.apply(id);
        Version latest = all.isEmpty() ? null : all.getLast();
        return new EditConflict(
                id,
                name.apply(stored),
                version.applyAsLong(stored),
                latest == null ? null : latest.username(),
                latest == null ? null : latest.savedAt(),
                VersionFields.diff(saved, submitted),
                yours.parameters());
    }

    History history(UUID id, Locale locale) {
        E stored = editable.apply(id);
        Choices choices = this.choices.load();
        List<Version> all = versions.apply(id);
        List<List<Field>> fieldsOfEach = new ArrayList<>(all.size());
        for (Version v : all) {
            fieldsOfEach.add(at.find(id, v.number())
                    .map(e -> fields.of(formOf.apply(e), choices, locale))
                    .orElse(List.of()));
        }
        return new History(id, name.apply(stored), RecordHistory.entries(all, fieldsOfEach));
    }

    /** A version from the history with what restoring it would change now. */
    RestorePreview restorePreview(UUID id, int revision, Locale locale) {
        E stored = editable.apply(id);
        Entry entry = history(id, locale).entries().stream()
                .filter(e -> e.version().number() == revision)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        F then = formAt(id, revision);
        Choices choices = this.choices.load();
        var changes = VersionFields.changes(
                fields.of(formOf.apply(stored), choices, locale), fields.of(then, choices, locale));
        return new RestorePreview(name.apply(stored), entry, changes, version.applyAsLong(stored));
    }

    /** The record as it was after a revision, as a form to save over the stored one; its version is unset. */
    F formAt(UUID id, int revision) {
        editable.apply(id);
        F form = at.find(id, revision).map(formOf).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        form.setVersion(null);
        return form;
    }
}
