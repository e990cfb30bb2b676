package fi.kvverkosto.contacts;

/**
 * The Finnish Business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is computed from the
 * seven digits with the weights 7, 9, 10, 5, 8, 4, 2: the sum modulo 11 gives 0 (check digit 0), 1 (no valid ID has
 * it) or r (check digit 11 − r). Older IDs with six digits are written with a leading zero.
 */
public final class BusinessId {

    static final java.util.regex.Pattern SIX_DIGITS = java.util.regex.Pattern.compile("\\d{6}-\\d");

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

    private BusinessId() {}

    /** Whether the text is a Business ID in its written form with a correct check digit. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 9 || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (i != 7 && (text.charAt(i) < '0' || text.charAt(i) > '9')) {
                return false;
            }
        }
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        int remainder = sum % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return text.charAt(8) - '0' == check;
    }

    /** The written form of what people type: spaces removed, a six-digit ID given its leading zero. */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().replace(" ", "");
        if (isSixDigits(value)) {
            value = "0" + value;
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * Whether {@link #SIX_DIGITS} matches the whole text, read without the regular expression (the CSV import
     * normalises every row's ID twice).
     */
    static boolean isSixDigits(String text) {
        if (text.length() != 8 || text.charAt(6) != '-') {
            return false;
        }
        for (int i = 0; i < 8; i++) {
            char c = text.charAt(i);
            if (i != 6 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
