package org.bettercaretogether.persistence.sampledata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format, in a growing buffer: a header, then each row as its number of columns
 * and each value as its length and its bytes (length -1 for null), then a trailer.
 *
 * <p>The binary format spares the database parsing every value from text (a timestamp or a UUID costs far more to
 * parse than to copy), which is most of the work of a COPY after the indexes. Each Java type is written as the
 * PostgreSQL type the generated jOOQ classes map it from: {@code UUID} as uuid, {@code String} as text (UTF-8),
 * {@code Boolean} as boolean, {@code Integer} as integer, {@code Long} as bigint, {@code LocalDate} as date and
 * {@code OffsetDateTime} as timestamptz. A value of another type is refused.
 */
final class CopyRows {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    /** PostgreSQL counts days and microseconds from 2000-01-01, UTC. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
    private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;

    private byte[] bytes;
    private int size;
    private int rows;

    CopyRows(int capacity) {
        bytes = new byte[Math.max(capacity, HEADER.length + 2)];
        System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
        size = HEADER.length;
    }

    /** Appends one row: the values in the order of the columns copied into. */
    void row(Object[] values) {
        ensure(2);
        putShort(values.length);
        for (Object value : values) {
            value(value);
        }
        rows++;
    }

    /** How many rows there are. */
    int rows() {
        return rows;
    }

    /** The rows with the trailer after them; no row may be added afterwards. */
    byte[] finish() {
        ensure(2);
        putShort(-1);
        return bytes;
    }

    /** How many bytes {@link #finish()} gave. */
    int size() {
        return size;
    }

    private void value(Object value) {
        switch (value) {
            case null -> {
                ensure(4);
                putInt(-1);
            }
            case String text -> text(text);
            case UUID id -> {
                ensure(20);
                putInt(16);
                putLong(id.getMostSignificantBits());
                putLong(id.getLeastSignificantBits());
            }
            case Boolean flag -> {
                ensure(5);
                putInt(1);
                bytes[size++] = (byte) (flag ? 1 : 0);
            }
            case Integer number -> {
                ensure(8);
                putInt(4);
                putInt(number);
            }
            case Long number -> {
                ensure(12);
                putInt(8);
                putLong(number);
            }
            case LocalDate day -> {
                ensure(8);
                putInt(4);
                putInt((int) (day.toEpochDay() - POSTGRES_EPOCH_DAY));
            }
            case OffsetDateTime time -> {
                ensure(12);
                putInt(8);
                putLong((time.toEpochSecond() - POSTGRES_EPOCH_SECOND) * 1_000_000 + time.getNano() / 1_000);
            }
            default -> throw new IllegalArgumentException("no binary COPY format for " + value.getClass().getName());
        }
    }

    /** UTF-8, written straight into the buffer behind a length filled in afterwards. */
    private void text(String text) {
        int length = text.length();
        ensure(4 + length * 3);
        int start = size;
        size += 4;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes[size++] = (byte) c;
            } else if (Character.isSurrogate(c)) {
                int end = Character.isHighSurrogate(c) && i + 1 < length ? i + 2 : i + 1;
                byte[] encoded = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, size, encoded.length);
                size += encoded.length;
                i = end - 1;
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        int written = size - start - 4;
        bytes[start] = (byte) (written >>> 24);
        bytes[start + 1] = (byte) (written >>> 16);
        bytes[start + 2] = (byte) (written >>> 8);
        bytes[start + 3] = (byte) written;
    }

    private void putShort(int value) {
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void putInt(int value) {
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
