package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A CSV text read in two halves at once, and read by {@link CsvRows} rather than commons-csv, gives the same header,
 * rows and line numbers as commons-csv reading it in one go.
 */
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
    void readsWhatCommonsCsvReads() throws IOException {
        var random = new Random(21);
        String[] values = {
            "Oy Ab",
            "  padded  ",
            "",
            "\"quoted, with a comma\"",
            "\"two\nlines\"",
            "\"a \"\"quote\"\" inside\"",
            "\"crlf\r\ninside\"",
            "Åbo",
            "x\"y",
            "\"\"",
            "\"\r\n\"",
            "\"\n\n\"",
            " \"lead\"",
            "\"trail\"  ",
            "\"x\"y",
            "\"open",
            "\t",
            "a\rb",
            "\"\r\"",
            "\"\"\"\"",
            "\u00a0"
        };
        String[] breaks = {"\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n   \n", "\r\r\n"};
        String[] names = {"businessId", "name", " personEmail ", "\"name\"", "", "name", "\"a,b\""};
        int plain = 0;
        int rejected = 0;
        for (int round = 0; round < 5_000; round++) {
            var text = new StringBuilder();
            if (random.nextInt(5) == 0) {
                text.append(breaks[random.nextInt(breaks.length)]);
            }
            int columns = random.nextInt(4);
            for (int column = 0; column <= columns; column++) {
                text.append(column == 0 ? "" : ",").append(names[random.nextInt(names.length)]);
            }
            text.append(breaks[random.nextInt(breaks.length)]);
            int rows = random.nextInt(12);
            for (int row = 0; row < rows; row++) {
                int cells = 1 + random.nextInt(4);
                for (int cell = 0; cell < cells; cell++) {
                    text.append(cell == 0 ? "" : ",").append(values[random.nextInt(values.length)]);
                }
                if (row < rows - 1 || random.nextBoolean()) {
                    text.append(breaks[random.nextInt(breaks.length)]);
                }
            }
            ContactImport.Table commons;
            boolean threw = false;
            try {
                commons = ContactImport.csv(new StringReader(text.toString()));
            } catch (IOException e) {
                // commons-csv refuses some headers with an exception rather than as an unreadable file.
                commons = null;
                threw = true;
            }
            var read = ContactImport.plainCsv(text.toString(), random.nextBoolean() ? 0 : Integer.MAX_VALUE);
            if (read != null) {
                plain++;
                assertThat(commons).as(text.toString()).isNotNull();
                assertThat(read.header()).as(text.toString()).isEqualTo(commons.header());
                assertThat(read.rows()).as(text.toString()).isEqualTo(commons.rows());
            } else if (commons == null) {
                rejected++;
            }
            // And whichever reads it, the import's reading is commons-csv's.
            String all = text.toString();
            int halvesFrom = random.nextBoolean() ? 0 : Integer.MAX_VALUE;
            if (threw) {
                assertThatThrownBy(() -> ContactImport.csv(all, halvesFrom)).isInstanceOf(IOException.class);
                continue;
            }
            var whole = ContactImport.csv(all, halvesFrom);
            if (commons == null) {
                assertThat(whole).as(all).isNull();
            } else {
                assertThat(whole).as(all).isNotNull();
                assertThat(whole.header()).isEqualTo(commons.header());
                assertThat(whole.rows()).as(all).isEqualTo(commons.rows());
            }
        }
        assertThat(plain).isGreaterThan(500);
        assertThat(rejected).isGreaterThan(500);
    }

    @Test
    void readsAnImportFileAsCommonsCsvDoes() throws IOException {
        var text = new StringBuilder("businessId,name,personName,personEmail,description\r\n");
        for (int i = 0; i < 3_000; i++) {
            text.append("0100000-2,Yritys ")
                    .append(i)
                    .append(" Oy,Anna Ä,anna")
                    .append(i)
                    .append("@example.org,")
                    .append(i % 3 == 0 ? "\"Vienti, tuonti\"" : "Vienti")
                    .append(i % 7 == 0 ? "\n" : "\r\n");
        }
        var commons = ContactImport.csv(new StringReader(text.toString()));
        var read = ContactImport.plainCsv(text.toString(), 0);

        assertThat(read).isNotNull();
        assertThat(read.header()).isEqualTo(commons.header());
        assertThat(read.rows()).isEqualTo(commons.rows());
        assertThat(read.rows()).hasSize(3_000);
    }

    @Test
    void anUnreadableSecondHalfMakesTheFileUnreadable() throws IOException {
        var text = "businessId,name\n" + "1234567-8,Oy\n".repeat(10) + "2345678-9,\"open quote\n";

        assertThat(ContactImport.csv(new StringReader(text))).isNull();
        assertThat(ContactImport.csv(text, 0)).isNull();
    }
}
