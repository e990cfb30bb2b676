package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A CSV text read in two halves at once gives the same header, rows and line numbers as read in one go. */
class ContactImportCsvTests {

    @Test
    void readsInHalvesWhatItReadsInOneGo() throws IOException {
        var random = new Random(20);
        String[] values = {
            "Oy Ab", "  padded  ", "", "\"quoted, with a comma\"", "\"two\nlines\"", "\"a \"\"quote\"\" inside\"",
            "\"crlf\r\ninside\"", "Åbo", "x\"y", "\"\"", "\"\r\n\"", "\"\n\n\""
        };
        String[] breaks = {"\n", "\r\n", "\n", "\r\n", "\n\n", "\r\n\r\n", "\n   \n"};
        int halved = 0;
        for (int round = 0; round < 500; round++) {
            var text = new StringBuilder("businessId,name,personEmail").append(breaks[random.nextInt(breaks.length)]);
            int rows = random.nextInt(40);
            for (int row = 0; row < rows; row++) {
                int cells = 1 + random.nextInt(4);
                for (int cell = 0; cell < cells; cell++) {
                    text.append(cell == 0 ? "" : ",").append(values[random.nextInt(values.length)]);
                }
                if (row < rows - 1 || random.nextBoolean()) {
                    text.append(breaks[random.nextInt(breaks.length)]);
                }
            }
            var whole = ContactImport.csv(new StringReader(text.toString()));
            var halves = ContactImport.csv(text.toString(), 0);
            if (ContactImport.rowEnd(text.toString(), text.length() / 2) > 0) {
                halved++;
            }
            if (whole == null) {
                assertThat(halves).as(text.toString()).isNull();
            } else {
                assertThat(halves).as(text.toString()).isNotNull();
                assertThat(halves.header()).isEqualTo(whole.header());
                assertThat(halves.rows()).as(text.toString()).isEqualTo(whole.rows());
            }
        }
        assertThat(halved).isGreaterThan(300);
    }

    @Test
    void anUnreadableSecondHalfMakesTheFileUnreadable() throws IOException {
        var text = "businessId,name\n" + "1234567-8,Oy\n".repeat(10) + "2345678-9,\"open quote\n";

        assertThat(ContactImport.csv(new StringReader(text))).isNull();
        assertThat(ContactImport.csv(text, 0)).isNull();
    }
}
