package fi.kvverkosto.contacts;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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

    /** Big-endian, as the format wants, written straight into the buffer. */
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final OutputStream out;

    /**
     * The rows are encoded into this array and handed on a buffer at a time: a {@code DataOutputStream} over a
     * {@code BufferedOutputStream} took a lock and a copy for every number and every field (a third of the write's
     * samples in the application's profile, docs/benchmarks.md).
     */
    private final byte[] buffer = new byte[1 << 16];

    private int at;

    PgCopyBinary(OutputStream target) throws IOException {
        this.out = target;
        bytes(SIGNATURE);
        int4(0); // flags: no OIDs
        int4(0); // no header extension
    }

    void row(Object[] values) throws IOException {
        int2(values.length);
        for (Object value : values) {
            field(value);
        }
    }

    private void field(Object value) throws IOException {
        switch (value) {
            case null -> int4(-1);
            case String text -> {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                int4(bytes.length);
                bytes(bytes);
            }
            case UUID id -> {
                room(20);
                putInt(16);
                putLong(id.getMostSignificantBits());
                putLong(id.getLeastSignificantBits());
            }
            case Long number -> {
                room(12);
                putInt(8);
                putLong(number);
            }
            case Integer number -> {
                room(8);
                putInt(4);
                putInt(number);
            }
            case Boolean flag -> {
                room(5);
                putInt(1);
                buffer[at++] = (byte) (flag ? 1 : 0);
            }
            case Instant instant -> {
                room(12);
                putInt(8);
                putLong((instant.getEpochSecond() - EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000);
            }
            case LocalDate date -> {
                room(8);
                putInt(4);
                putInt((int) (date.toEpochDay() - EPOCH_DAYS));
            }
            default ->
                throw new IllegalArgumentException(
                        "No binary COPY form for " + value.getClass().getName());
        }
    }

    /** A 16-bit number, big-endian. */
    private void int2(int value) throws IOException {
        room(2);
        buffer[at++] = (byte) (value >>> 8);
        buffer[at++] = (byte) value;
    }

    private void int4(int value) throws IOException {
        room(4);
        putInt(value);
    }

    private void putInt(int value) {
        INT.set(buffer, at, value);
        at += 4;
    }

    private void putLong(long value) {
        LONG.set(buffer, at, value);
        at += 8;
    }

    private void bytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - at) {
            drain();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                return;
            }
        }
        System.arraycopy(bytes, 0, buffer, at, bytes.length);
        at += bytes.length;
    }

    /** Makes room for {@code size} more bytes (at most the buffer's length). */
    private void room(int size) throws IOException {
        if (size > buffer.length - at) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (at > 0) {
            out.write(buffer, 0, at);
            at = 0;
        }
    }

    /** Writes the trailer and flushes; the caller closes the COPY stream (which ends the COPY). */
    @Override
    public void close() throws IOException {
        int2(-1); // the trailer
        drain();
        out.flush();
    }
}
