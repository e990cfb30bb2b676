package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BusinessIdTests {

    @ParameterizedTest
    @ValueSource(strings = {"0112038-9", "1572860-0", "2617416-4", "0737546-2", "9900001-8"})
    void acceptsIdsWithTheirCheckDigit(String id) {
        assertThat(BusinessId.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0112038-8",
                "1572860-1",
                "2617416-5",
                "112038-9",
                "01120389",
                "0112038-",
                "abcdefg-h",
                "",
                "0112038-9 ",
                "0112038+9",
                "011203８-9",
                "٠١١٢٠٣٨-٩",
                "0112038-99"
            })
    void rejectsWrongCheckDigitsAndForms(String id) {
        assertThat(BusinessId.isValid(id)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void rejectsEveryIdWhoseRemainderIsOne() {
        // 0000006: 6 × 2 = 12, which is 1 modulo 11: no check digit makes it valid.
        for (int check = 0; check <= 9; check++) {
            assertThat(BusinessId.isValid("0000006-" + check)).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void normalisesSixDigitIdsAndSpaces() {
        assertThat(BusinessId.normalise(" 112038-9 ")).isEqualTo("0112038-9");
        assertThat(BusinessId.isValid(BusinessId.normalise("112038-9"))).isTrue();
        assertThat(BusinessId.normalise("  ")).isNull();
    }
}
