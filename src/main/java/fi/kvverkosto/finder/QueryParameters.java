package fi.kvverkosto.finder;

import java.util.ArrayList;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * A request's query parameters read as Spring MVC binds them to {@code @RequestParam String} and
 * {@code @RequestParam List<String>} arguments, without going through its conversion service: one value as it is,
 * repeated values joined with commas for a text, and one value split at commas (trimmed) for a list. The finder API
 * reads its parameters this way because binding ten of them through the conversion service was a third of the request
 * thread's profile samples for an answer it keeps (its converter cache compares the parameters' annotations on every
 * look-up).
 */
final class QueryParameters {

    private QueryParameters() {}

    /** The parameter as a {@code String} argument would get it: {@code null} when absent. */
    static String text(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.size() == 1 ? values.getFirst() : String.join(",", values);
    }

    /** The parameter as a {@code List<String>} argument would get it: {@code null} when absent. */
    static List<String> list(List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            return new ArrayList<>(values);
        }
        List<String> fields = new ArrayList<>();
        for (String field : StringUtils.commaDelimitedListToStringArray(values.getFirst())) {
            fields.add(field.trim());
        }
        return fields;
    }
}
