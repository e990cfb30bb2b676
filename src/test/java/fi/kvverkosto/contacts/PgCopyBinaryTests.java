package fi.kvverkosto.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The binary COPY encoding, byte for byte as PostgreSQL's documentation of the format spells it. */
class PgCopyBinaryTests {

    @Test
    void writesTheFormatByteForByteAcrossTheBuffersEdges() throws IOException {
        var random = new Random(12);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(new Object[] {
                new UUID(random.nextLong(), random.nextLong()),
                random.nextLong(),
                random.nextInt(),
                random.nextBoolean(),
                null,
                "Yritys " + i + " Oy, Åbo – 😀 " + "x".repeat(random.nextInt(300)),
                Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000), random.nextInt(1_000_000) * 1_000),
                LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1_000)),
                "\ud800 lone surrogate"
            });
        }
        // One value larger than the writer's buffer.
        rows.add(new Object[] {"ö".repeat(100_000)});

        var written = new ByteArrayOutputStream();
        try (var binary = new PgCopyBinary(written)) {
            for (Object[] row : rows) {
                binary.row(row);
            }
        }

        assertThat(written.toByteArray()).isEqualTo(expected(rows));
    }

    /** The format as its documentation gives it, written the plain way. */
    private static byte[] expected(List<Object[]> rows) throws IOException {
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write(new byte[] {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0});
        out.writeInt(0);
        out.writeInt(0);
        for (Object[] row : rows) {
            out.writeShort(row.length);
            for (Object value : row) {
                switch (value) {
                    case null -> out.writeInt(-1);
                    case String text -> {
                        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                        out.writeInt(utf8.length);
                        out.write(utf8);
                    }
                    case UUID id -> {
                        out.writeInt(16);
                        out.writeLong(id.getMostSignificantBits());
                        out.writeLong(id.getLeastSignificantBits());
                    }
                    case Long number -> {
                        out.writeInt(8);
                        out.writeLong(number);
                    }
                    case Integer number -> {
                        out.writeInt(4);
                        out.writeInt(number);
                    }
                    case Boolean flag -> {
                        out.writeInt(1);
                        out.writeByte(flag ? 1 : 0);
                    }
                    case Instant instant -> {
                        // Microseconds since 2000-01-01 UTC.
                        out.writeInt(8);
                        out.writeLong(
                                (instant.getEpochSecond() - 946_684_800L) * 1_000_000L + instant.getNano() / 1_000);
                    }
                    case LocalDate date -> {
                        // Days since 2000-01-01.
                        out.writeInt(4);
                        out.writeInt((int) (date.toEpochDay() - 10_957L));
                    }
                    default -> throw new IllegalArgumentException(value.toString());
                }
            }
        }
        out.writeShort(-1);
        out.flush();
        return bytes.toByteArray();
    }
}
