package fi.kvverkosto.directory;

import fi.kvverkosto.shared.LocalizedText;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the staff forms read and write dates, amounts, addresses and e-mails. One place, so that a value shown on a form
 * reads back to the same value and the rules behind the error messages cannot drift apart.
 */
final class EditingFormats {

    /** The Finnish way of writing a date, which the forms show; ISO dates from browsers' date pickers also parse. */
    private static final DateTimeFormatter FINNISH_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Deliberately simple: something before and after one @, and a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}([.,]\\d{1,2})?");

    /** Staff pages show times in the region's own time zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

    private EditingFormats() {}

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Whether the text contains the needle in any of its languages, ignoring case. */
    static boolean contains(LocalizedText text, String needle) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return Stream.of(text.fi(), text.sv(), text.en())
                .anyMatch(t -> t != null && t.toLowerCase(Locale.ROOT).contains(lower));
    }

    static boolean isBlank(String... texts) {
        for (String text : texts) {
            if (clean(text) != null) {
                return false;
            }
        }
        return true;
    }

    static String formatDate(LocalDate date) {
        return date == null ? null : FINNISH_DATE.format(date);
    }

    /** A date written {@code 31.12.2026} or {@code 2026-12-31}; empty for blank or unreadable text. */
    static Optional<LocalDate> parseDate(String text) {
        String value = clean(text);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    value.contains("-")
                            ? LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE)
                            : LocalDate.parse(value, FINNISH_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isDate(String text) {
        return clean(text) == null || parseDate(text).isPresent();
    }

    static String formatAmount(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** An amount in euros, with a decimal comma or point and at most two decimals; empty for blank or wrong text. */
    static Optional<BigDecimal> parseAmount(String text) {
        String value = clean(text);
        if (value == null) {
            return Optional.empty();
        }
        String compact = value.replace(" ", "").replace("\u00a0", "");
        if (!AMOUNT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(',', '.')));
    }

    static boolean isAmount(String text) {
        return clean(text) == null || parseAmount(text).isPresent();
    }

    /** An absolute http or https address with a host; blank counts as valid (the field is optional). */
    static boolean isWebAddress(String text) {
        String value = clean(text);
        if (value == null) {
            return true;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isEmail(String text) {
        String value = clean(text);
        return value == null || EMAIL.matcher(value).matches();
    }

    /** A request parameter carrying one answer. */
    record Parameter(String name, String value) {}

    /** Collects the non-empty answers of a form as parameters. */
    static final class ParameterList {
        private final List<Parameter> parameters = new ArrayList<>();

        ParameterList add(String name, String value) {
            if (value != null && !value.isEmpty()) {
                parameters.add(new Parameter(name, value));
            }
            return this;
        }

        ParameterList addAll(String name, List<String> values) {
            values.forEach(v -> add(name, v));
            return this;
        }

        List<Parameter> list() {
            return List.copyOf(parameters);
        }
    }
}
