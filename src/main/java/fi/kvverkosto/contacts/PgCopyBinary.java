package fi.kvverkosto.contacts;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes rows in PostgreSQL's binary COPY format ({@code COPY … FROM STDIN (FORMAT binary)}): a header, each row as
 * its field count and each field as its length and bytes in the column type's binary form, and a trailer. The server
 * then reads each value as it is instead of parsing its text (uuids, timestamps, dates, numbers). The Java type of a
 * value must be that of its column: {@link UUID} uuid, {@link Long} bigint, {@link Integer} integer, {@link Boolean}
 * boolean, {@link String} text or varchar, {@link Instant} timestamp with time zone, {@link LocalDate} date; a null
 * is SQL NULL.
 */
final class PgCopyBinary implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    /** PostgreSQL's epoch for timestamps and dates: 2000-01-01 UTC, in seconds and in days of the Unix epoch. */
    private static final long EPOCH_SECONDS = 946_684_800L;

    private static final long EPOCH_DAYS = 10_957L;

    private final DataOutputStream out;

    PgCopyBinary(OutputStream target) throws IOException {
        this.out = new DataOutputStream(new BufferedOutputStream(target, 1 << 16));
        out.write(SIGNATURE);
        out.writeInt(0); // flags: no OIDs
        out.writeInt(0); // no header extension
    }

    void row(Object[] values) throws IOException {
        out.writeShort(values.length);
        for (Object value : values) {
            field(value);
        }
    }

    private void field(Object value) throws IOException {
        switch (value) {
            case null -> out.writeInt(-1);
            case String text -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
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
                out.writeInt(8);
                out.writeLong((instant.getEpochSecond() - EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000);
            }
            case LocalDate date -> {
                out.writeInt(4);
                out.writeInt((int) (date.toEpochDay() - EPOCH_DAYS));
            }
            default ->
                throw new IllegalArgumentException(
                        "No binary COPY form for " + value.getClass().getName());
        }
    }

    /** Writes the trailer and flushes; the caller closes the COPY stream (which ends the COPY). */
    @Override
    public void close() throws IOException {
        out.writeShort(-1);
        out.flush();
    }
}
