package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks that the CSV import makes on every row without a regular expression (phone, website, a six-digit Business
 * ID, the languages of a cell) accept and split exactly as their patterns do.
 */
class ContactValidationPatternsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+358 40 123 4567",
                "040-1234567",
                "(09) 123 45",
                "12345",
                "1234",
                "+1234",
                "+12345",
                "++12345",
                "123456789012345678901",
                "12345678901234567890",
                "+12345678901234567890",
                "12 34a",
                "",
                "+",
                "1234 ",
                "\u0661\u0662\u0663\u0664\u0665"
            })
    void readsPhonesAsThePatternDoes(String text) {
        assertThat(ContactValidation.isPhone(text))
                .isEqualTo(ContactValidation.PHONE.matcher(text).matches());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.fi",
                "http://a.b",
                "https://a.",
                "https://.a",
                "https://ab",
                "https://a..b",
                "http://a b.c",
                "https://a.b\t",
                "ftp://a.b",
                "https:/a.b",
                "http://",
                "https://",
                "HTTPS://a.b",
                "https://ä.fi/ö?x=1",
                "http://.",
                "http://..",
                "http://a.b\u000b",
                "http://a\u00a0.b",
                ""
            })
    void readsWebsitesAsThePatternDoes(String text) {
        assertThat(ContactValidation.isWebsite(text))
                .isEqualTo(ContactValidation.WEBSITE.matcher(text).matches());
    }

    @Test
    void readsManyShortTextsAsThePatternsDo() {
        // Pieces rather than single characters, so that many of the texts are nearly valid.
        String[] pieces = {
            "1",
            "23",
            "+",
            " ",
            "(",
            ")",
            "-",
            "a",
            ".",
            "http://",
            "https://",
            "s",
            ":",
            "/",
            "\t",
            "\n",
            "\u000b",
            "\f",
            "\r",
            "\u00a0",
            "ä",
            "0123456",
            "012345",
            "-7"
        };
        var random = new Random(11);
        int[] accepted = new int[3];
        for (int i = 0; i < 300_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(9);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            accepted[0] += same(t, ContactValidation.PHONE, ContactValidation::isPhone);
            accepted[1] += same(t, ContactValidation.WEBSITE, ContactValidation::isWebsite);
            accepted[2] += same(t, BusinessId.SIX_DIGITS, BusinessId::isSixDigits);
            assertThat(ContactImport.splitLanguages(t)).as(t).isEqualTo(split(t, ContactImport.LANGUAGE_SEPARATOR));
        }
        assertThat(java.util.Arrays.stream(accepted).min().orElseThrow())
                .as("fewest accepted of phones, websites and six-digit IDs")
                .isGreaterThan(20);
    }

    @Test
    void splitsLanguagesAsThePatternDoes() {
        for (String text :
                new String[] {"fi", "fi,sv", "fi, sv ;en", ",fi", "fi,", " fi\tsv\n", ",;", "fi sv\u00a0en"}) {
            assertThat(ContactImport.splitLanguages(text))
                    .as(text)
                    .isEqualTo(split(text, ContactImport.LANGUAGE_SEPARATOR));
        }
    }

    /** 1 when both accept, 0 when both refuse; fails when they differ. */
    private static int same(String text, Pattern pattern, Predicate<String> check) {
        boolean expected = pattern.matcher(text).matches();
        assertThat(check.test(text)).as("%s: %s", pattern, text).isEqualTo(expected);
        return expected ? 1 : 0;
    }

    /** As the import split a cell before: the pattern's pieces, of which the company's input drops the empty ones. */
    private static java.util.List<String> split(String text, Pattern separator) {
        Function<String, Boolean> kept = piece -> !piece.isEmpty();
        return Arrays.stream(separator.split(text)).filter(kept::apply).toList();
    }
}
