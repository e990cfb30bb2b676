package fi.kvverkosto.interop;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * One thing wrong with an import, precise enough to find and fix: which file, which record (its id, or its position
 * {@code [3]} counting from 0 when the id itself is missing or broken), which field, and what to do about it.
 *
 * @param file the file name, for example {@code services.json}
 * @param record the record's id or position; null for a problem with the whole file
 * @param field the field, with nested positions ({@code service_areas[0].uri}); null for the whole record
 * @param messageKey the explanation in the {@code interop} bundle
 * @param args the values the explanation names
 */
public record ImportProblem(String file, String record, String field, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    /** The explanation in the reader's language. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(messageKey, args.toArray(), locale);
    }

    /** One line for logs and the command line: {@code file | record | field | message}. */
    public String line(MessageSource messages, Locale locale) {
        return String.join(
                " | ",
                file == null ? "-" : file,
                record == null ? "-" : record,
                field == null ? "-" : field,
                message(messages, locale));
    }
}
