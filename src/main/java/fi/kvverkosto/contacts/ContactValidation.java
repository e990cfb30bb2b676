package fi.kvverkosto.contacts;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks companies and people before they are written, from whichever door they come (forms, the JSON API, imports,
 * demo data), and names each wrong field with a message key of the {@code contacts} bundle.
 */
@Component
class ContactValidation {

    /** Something deliverable: a local part, an @, a domain with a dot; no spaces. Not RFC 5322, on purpose. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /**
     * Whether {@link #EMAIL} matches the whole text, read without the regular expression (whose backtracking was a
     * quarter of the CSV import's field check): one {@code @} after at least one character, no white space
     * ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage return), and after the {@code @} at least
     * two dot-separated parts, none of them empty.
     */
    static boolean isEmail(String text) {
        int at = text.indexOf('@');
        if (at <= 0 || text.indexOf('@', at + 1) >= 0) {
            return false;
        }
        int parts = 0;
        int partLength = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
            if (i > at) {
                if (c == '.') {
                    if (partLength == 0) {
                        return false;
                    }
                    parts++;
                    partLength = 0;
                } else {
                    partLength++;
                }
            }
        }
        return partLength > 0 && parts >= 1;
    }

    static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{5,20}");

    /**
     * Whether {@link #PHONE} matches the whole text, read without the regular expression (the import checks every
     * row's; a pattern's matcher a row was work for the JIT-cold first import): an optional {@code +}, then 5 to 20
     * digits, spaces, parentheses and hyphens.
     */
    static boolean isPhone(String text) {
        int from = !text.isEmpty() && text.charAt(0) == '+' ? 1 : 0;
        int length = text.length() - from;
        if (length < 5 || length > 20) {
            return false;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || c == ' ' || c == '(' || c == ')' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    static final Pattern WEBSITE = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");

    /**
     * Whether {@link #WEBSITE} matches the whole text, read without the regular expression: {@code http://} or
     * {@code https://}, then no white space ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
     * return) and a dot with at least one character before and after it.
     */
    static boolean isWebsite(String text) {
        int from = text.startsWith("https://") ? 8 : text.startsWith("http://") ? 7 : -1;
        if (from < 0) {
            return false;
        }
        boolean dot = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || (c >= '\t' && c <= '\r')) {
                return false;
            }
            if (c == '.' && i > from && i < text.length() - 1) {
                dot = true;
            }
        }
        return dot;
    }

    static final int EARLIEST_YEAR = 1900;

    private final ContactReference reference;

    ContactValidation(ContactReference reference) {
        this.reference = reference;
    }

    /** A wrong field: its path in the input ({@code experiences[0].market}) and the message key. */
    record FieldProblem(String field, String code) {}

    List<FieldProblem> company(CompanyInput input, LocalDate today) {
        var codes = reference.codes();
        var problems = new ArrayList<FieldProblem>();
        if (input.businessId() != null && !BusinessId.isValid(input.businessId())) {
            problems.add(new FieldProblem("businessId", "contacts.error.business-id"));
        }
        require(problems, "name", input.name(), 300);
        if (input.municipality() != null && !codes.municipalities().containsKey(input.municipality())) {
            problems.add(new FieldProblem("municipality", "contacts.error.municipality"));
        }
        if (input.industry() != null && !codes.industries().containsKey(input.industry())) {
            problems.add(new FieldProblem("industry", "contacts.error.industry"));
        }
        if (input.size() != null && SizeClass.fromCode(input.size()).isEmpty()) {
            problems.add(new FieldProblem("size", "contacts.error.size"));
        }
        if (input.website() != null
                && (!isWebsite(input.website()) || input.website().length() > 500)) {
            problems.add(new FieldProblem("website", "contacts.error.website"));
        }
        languages(problems, "languages", input.languages());
        length(problems, "description", input.description(), 2000);
        visibility(problems, input.visibility(), CompanyField.class);
        for (int i = 0; i < input.experiences().size(); i++) {
            var e = input.experiences().get(i);
            String at = "experiences[" + i + "].";
            if (e == null) {
                problems.add(new FieldProblem("experiences[" + i + "]", "contacts.error.required"));
                continue;
            }
            if (e.market() == null || !codes.markets().containsKey(e.market())) {
                problems.add(new FieldProblem(at + "market", "contacts.error.market"));
            }
            if (e.mode() == null || Mode.fromCode(e.mode()).isEmpty()) {
                problems.add(new FieldProblem(at + "mode", "contacts.error.mode"));
            }
            if (e.since() != null && (e.since() < EARLIEST_YEAR || e.since() > today.getYear())) {
                problems.add(new FieldProblem(at + "since", "contacts.error.since"));
            }
            if (e.industry() != null && !codes.industries().containsKey(e.industry())) {
                problems.add(new FieldProblem(at + "industry", "contacts.error.industry"));
            }
            length(problems, at + "summary", e.summary(), 500);
        }
        for (int i = 0; i < input.listings().size(); i++) {
            var l = input.listings().get(i);
            String at = "listings[" + i + "].";
            if (l == null) {
                problems.add(new FieldProblem("listings[" + i + "]", "contacts.error.required"));
                continue;
            }
            if (!Listing.OFFER.equals(l.kind()) && !Listing.SEEK.equals(l.kind())) {
                problems.add(new FieldProblem(at + "kind", "contacts.error.kind"));
            }
            require(problems, at + "summary", l.summary(), 500);
            if (l.market() != null && !codes.markets().containsKey(l.market())) {
                problems.add(new FieldProblem(at + "market", "contacts.error.market"));
            }
            if (l.industry() != null && !codes.industries().containsKey(l.industry())) {
                problems.add(new FieldProblem(at + "industry", "contacts.error.industry"));
            }
            LocalDate expires = date(l.expires());
            if (expires == null) {
                problems.add(new FieldProblem(at + "expires", "contacts.error.date"));
            } else if (expires.isBefore(today) || expires.isAfter(today.plusYears(3))) {
                problems.add(new FieldProblem(at + "expires", "contacts.error.expires"));
            }
        }
        return problems;
    }

    List<FieldProblem> person(PersonInput input, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        require(problems, "name", input.name(), 200);
        length(problems, "role", input.role(), 200);
        if (input.email() != null && (!isEmail(input.email()) || input.email().length() > 254)) {
            problems.add(new FieldProblem("email", "contacts.error.email"));
        }
        if (input.phone() != null && !isPhone(input.phone())) {
            problems.add(new FieldProblem("phone", "contacts.error.phone"));
        }
        languages(problems, "languages", input.languages());
        visibility(problems, input.visibility(), PersonField.class);
        if (input.legalBasis() == null
                || LegalBasis.fromCode(input.legalBasis()).isEmpty()) {
            problems.add(new FieldProblem("legalBasis", "contacts.error.legal-basis"));
        }
        require(problems, "consentPurpose", input.consentPurpose(), 500);
        LocalDate given = date(input.consentGivenOn());
        if (given == null) {
            problems.add(new FieldProblem("consentGivenOn", "contacts.error.date"));
        } else if (given.isAfter(today)) {
            problems.add(new FieldProblem("consentGivenOn", "contacts.error.future"));
        }
        require(problems, "consentSource", input.consentSource(), 200);
        return problems;
    }

    private static void require(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            problems.add(new FieldProblem(field, "contacts.error.required"));
        } else {
            length(problems, field, value, max);
        }
    }

    private static void length(List<FieldProblem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "contacts.error.too-long"));
        }
    }

    private static void languages(List<FieldProblem> problems, String field, List<String> languages) {
        for (String language : languages) {
            if (!ContactReference.LANGUAGES.contains(language)) {
                problems.add(new FieldProblem(field, "contacts.error.language"));
                return;
            }
        }
    }

    private static <F extends Enum<F>> void visibility(
            List<FieldProblem> problems, Map<String, String> chosen, Class<F> fields) {
        for (var entry : chosen.entrySet()) {
            try {
                Enum.valueOf(fields, entry.getKey().toUpperCase(Locale.ROOT));
                Visibility.valueOf(String.valueOf(entry.getValue()).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("visibility." + entry.getKey(), "contacts.error.visibility"));
            }
        }
    }

    /**
     * An ISO date ({@code 2026-01-15}), or null. The common form, four-digit year, is read by hand (an import checks
     * hundreds of thousands, and the formatter's general parser was a tenth of the check's time); anything else goes
     * to {@link LocalDate#parse}, so that what is accepted does not change.
     */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
                int year = digits(text, 0, 4);
                int month = digits(text, 5, 7);
                int day = digits(text, 8, 10);
                if (year >= 0 && month >= 0 && day >= 0) {
                    return LocalDate.of(year, month, day);
                }
            }
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
