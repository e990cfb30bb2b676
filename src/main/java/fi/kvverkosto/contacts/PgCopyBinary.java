package fi.kvverkosto.contacts;

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
 * is SQL NULL. The bytes are gathered in a buffer of its own and written to the target a buffer at a time: a
 * {@code DataOutputStream} over a {@code BufferedOutputStream} took two locked calls a field (JFR of a 200,000-row
 * import: the largest item of the writing thread).
 */
final class PgCopyBinary implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};

    /** PostgreSQL's epoch for timestamps and dates: 2000-01-01 UTC, in seconds and in days of the Unix epoch. */
    private static final long EPOCH_SECONDS = 946_684_800L;

    private static final long EPOCH_DAYS = 10_957L;

    private final OutputStream target;
    private final byte[] buffer = new byte[1 << 16];
    private int length;

    PgCopyBinary(OutputStream target) throws IOException {
        this.target = target;
        write(SIGNATURE);
        writeInt(0); // flags: no OIDs
        writeInt(0); // no header extension
    }

    void row(Object[] values) throws IOException {
        writeShort(values.length);
        for (Object value : values) {
            field(value);
        }
    }

    private void field(Object value) throws IOException {
        switch (value) {
            case null -> writeInt(-1);
            case String text -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                writeInt(bytes.length);
                write(bytes);
            }
            case UUID id -> {
                writeInt(16);
                writeLong(id.getMostSignificantBits());
                writeLong(id.getLeastSignificantBits());
            }
            case Long number -> {
                writeInt(8);
                writeLong(number);
            }
            case Integer number -> {
                writeInt(4);
                writeInt(number);
            }
            case Boolean flag -> {
                writeInt(1);
                room(1);
                buffer[length++] = (byte) (flag ? 1 : 0);
            }
            case Instant instant -> {
                writeInt(8);
                writeLong((instant.getEpochSecond() - EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000);
            }
            case LocalDate date -> {
                writeInt(4);
                writeInt((int) (date.toEpochDay() - EPOCH_DAYS));
            }
            default ->
                throw new IllegalArgumentException(
                        "No binary COPY form for " + value.getClass().getName());
        }
    }

    /** Makes room for {@code bytes} more bytes in the buffer, sending what it holds when it is too full. */
    private void room(int bytes) throws IOException {
        if (length + bytes > buffer.length) {
            target.write(buffer, 0, length);
            length = 0;
        }
    }

    private void writeShort(int value) throws IOException {
        room(2);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void writeInt(int value) throws IOException {
        room(4);
        buffer[length++] = (byte) (value >>> 24);
        buffer[length++] = (byte) (value >>> 16);
        buffer[length++] = (byte) (value >>> 8);
        buffer[length++] = (byte) value;
    }

    private void writeLong(long value) throws IOException {
        writeInt((int) (value >>> 32));
        writeInt((int) value);
    }

    private void write(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length) {
            room(buffer.length);
            target.write(bytes);
            return;
        }
        room(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    /** Writes the trailer and flushes; the caller closes the COPY stream (which ends the COPY). */
    @Override
    public void close() throws IOException {
        writeShort(-1);
        target.write(buffer, 0, length);
        length = 0;
        target.flush();
    }
}
