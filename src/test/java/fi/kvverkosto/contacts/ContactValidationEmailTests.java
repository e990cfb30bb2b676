package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The e-mail check read without the regular expression accepts exactly what {@link ContactValidation#EMAIL} does. */
class ContactValidationEmailTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "antti.heikkila@example.org", "a@b.c", "a@b.c.d", "ä@ö.fi", "a.b@c.d", "a@@b.c", "@b.c", "a@b", "a@.b",
                "a@b.", "a@b..c", "a@b.c.", "a b@c.d", "a@b.c ", "a\t@b.c", "a@b.c\n", "a@b\u000b.c", "a@b.\fc",
                "a\r@b.c", "a\u00a0@b.c", "a@b.c@d.e", "", "@", ".", "a@b.c\u0085", "a@-.-"
            })
    void acceptsWhatThePatternAccepts(String text) {
        assertThat(ContactValidation.isEmail(text))
                .isEqualTo(ContactValidation.EMAIL.matcher(text).matches());
    }

    @Test
    void acceptsWhatThePatternAcceptsForManyShortTexts() {
        // Pieces rather than single characters, so that many of the texts are addresses and many nearly are.
        String[] pieces = {"a", "bc", "@", ".", "a.b", "@a.b", " ", "\t", "\n", "\u000b", "\f", "\r", "ä", "\u00a0"};
        var random = new Random(5);
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(7);
            for (int j = 0; j < length; j++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean expected = ContactValidation.EMAIL.matcher(text).matches();
            assertThat(ContactValidation.isEmail(text.toString()))
                    .as(text.toString())
                    .isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isGreaterThan(1_000);
    }
}
