package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check's date reading (a hand-written fast path for the common form) accepts exactly what LocalDate.parse does. */
class ContactValidationDateTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2026-01-15", "2024-02-29", "0000-01-01", "9999-12-31", "+12026-01-01", "2026-02-29", "2026-13-01",
                "2026-00-10", "2026-01-32", "2026-1-15", "2026-01-5", "20260115", "2026/01/15", "2026-01-1x",
                "x026-01-15", "2026-٠١-15", " 2026-01-15", "2026-01-15T00:00", "", "-2026-01-15"
            })
    void readsWhatLocalDateParseReads(String text) {
        LocalDate expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeException e) {
            expected = null;
        }
        assertThat(ContactValidation.date(text)).isEqualTo(expected);
    }
}
