package fi.kvverkosto.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CSV import's text as {@link ContactImport#csv(java.io.Reader)} does with commons-csv (commas, double
 * quotes, a header row, empty lines left out, every value trimmed, each row numbered by the line it ends on), in one
 * plain loop over the text: commons-csv's lexer reads a character at a time through several layers of methods, which
 * for the first import after a start were mostly interpreted or being compiled (a sixth of that import's time,
 * docs/benchmarks.md). Whatever is not plainly well-formed — a character after a closing quote other than a comma or a
 * line break, a quote left open at the end, a header name missing — makes it give up ({@code null}), and the text is
 * read by commons-csv instead, which then decides what the text means or that it cannot be read.
 * {@code ContactImportCsvTests} compares the two on many random texts.
 */
final class CsvRows {

    private CsvRows() {}

    /** Rows of a text (or of a part of one that begins at a row); {@code lines} ends as the last line counted. */
    static final class Reader {
        private final String text;
        private final int end;
        private int at;
        private long lines;

        /** Reads the text from its start; its first line is {@code linesBefore + 1}. */
        Reader(String text, long linesBefore) {
            this.text = text;
            this.end = text.length();
            this.lines = linesBefore;
        }

        /**
         * The next row's values, or an empty list when the text has no more rows; null when the text is not plainly
         * well-formed (see the class). {@link #line()} is then the line the row ends on.
         */
        List<String> next(int expectedValues) {
            skipEmptyLines();
            if (at >= end) {
                return List.of();
            }
            var values = new ArrayList<String>(expectedValues);
            while (true) {
                String value = text.charAt(at) == '"' ? quoted() : plain();
                if (value == null) {
                    return null;
                }
                values.add(value.trim());
                if (at >= end) {
                    // The last row without a line break: commons-csv counts the end of the text as one.
                    lines++;
                    return values;
                }
                char c = text.charAt(at);
                if (c == ',') {
                    at++;
                    if (at >= end) {
                        // A comma at the very end: one more, empty value.
                        values.add("");
                        lines++;
                        return values;
                    }
                } else if (c == '\n' || c == '\r') {
                    lineBreak();
                    return values;
                } else {
                    // After a closing quote: commons-csv skips white space or refuses the text; it decides.
                    return null;
                }
            }
        }

        /** The line the last row read ends on (the header is line 1 of a whole text). */
        long line() {
            return lines;
        }

        private void skipEmptyLines() {
            while (at < end) {
                char c = text.charAt(at);
                if (c != '\n' && c != '\r') {
                    return;
                }
                lineBreak();
            }
        }

        /** Reads the line break at {@code at}: a line feed, a carriage return, or the two together as one. */
        private void lineBreak() {
            if (text.charAt(at) == '\r' && at + 1 < end && text.charAt(at + 1) == '\n') {
                at++;
            }
            at++;
            lines++;
        }

        /** A value up to the next comma or line break (quotes inside it are its own characters). */
        private String plain() {
            int from = at;
            while (at < end) {
                char c = text.charAt(at);
                if (c == ',' || c == '\n' || c == '\r') {
                    break;
                }
                at++;
            }
            return text.substring(from, at);
        }

        /** A value in quotes, two quotes being one quote of the value; null when the quote is never closed. */
        private String quoted() {
            at++;
            int from = at;
            StringBuilder value = null;
            while (at < end) {
                char c = text.charAt(at);
                if (c == '"') {
                    if (at + 1 < end && text.charAt(at + 1) == '"') {
                        if (value == null) {
                            value = new StringBuilder(at - from + 16);
                        }
                        value.append(text, from, at + 1);
                        at += 2;
                        from = at;
                        continue;
                    }
                    String read = value == null
                            ? text.substring(from, at)
                            : value.append(text, from, at).toString();
                    at++;
                    return read;
                }
                if (c == '\r' || (c == '\n' && (at == 0 || text.charAt(at - 1) != '\r'))) {
                    // A line break inside the value still counts as a line of the file.
                    lines++;
                }
                at++;
            }
            return null;
        }
    }

    /**
     * The header and the rows of a whole text, or null to leave the text to commons-csv. The header is the first row;
     * a header name missing (empty) is left to commons-csv, which refuses it.
     */
    static ContactImport.Table table(String text) {
        var reader = new Reader(text, 0);
        List<String> header = reader.next(16);
        if (header == null || header.contains("")) {
            return null;
        }
        List<ContactImport.Table.Row> rows = rows(reader, header.size());
        return rows == null ? null : new ContactImport.Table(List.copyOf(header), rows);
    }

    /** The rest of the reader's rows, or null to leave the text to commons-csv. */
    static List<ContactImport.Table.Row> rows(Reader reader, int expectedValues) {
        var rows = new ArrayList<ContactImport.Table.Row>();
        while (true) {
            List<String> values = reader.next(expectedValues);
            if (values == null) {
                return null;
            }
            if (values.isEmpty()) {
                return rows;
            }
            rows.add(new ContactImport.Table.Row(reader.line(), values));
        }
    }
}
