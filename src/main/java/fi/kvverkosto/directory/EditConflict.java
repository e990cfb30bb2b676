package fi.kvverkosto.directory;

import fi.kvverkosto.directory.EditingFormats.Parameter;
import fi.kvverkosto.directory.VersionFields.FieldDiff;
import fi.kvverkosto.shared.LocalizedText;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Someone saved a record after the user loaded it, so the user's save was not applied. Holds both versions side by
 * side and the user's answers, so that the conflict page can show the differences and carry every answer on.
 *
 * @param name the record's name as saved
 * @param savedVersion the version now stored; continuing to edit continues from it
 * @param savedBy who saved the stored version ({@code system} for an import)
 * @param savedAt when
 * @param fields every field, {@code before} the saved value and {@code after} the user's
 * @param yourAnswers the user's answers as request parameters
 */
record EditConflict(
        UUID id,
        LocalizedText name,
        long savedVersion,
        String savedBy,
        ZonedDateTime savedAt,
        List<FieldDiff> fields,
        List<Parameter> yourAnswers) {

    public long differences() {
        return fields.stream().filter(FieldDiff::changed).count();
    }
}
