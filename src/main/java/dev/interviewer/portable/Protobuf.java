package dev.interviewer.portable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the few protobuf messages inside Anki packages (the package version, the media list, a note type's kind)
 * from the wire format directly: a protobuf runtime and generated classes for three fields would weigh more than
 * this reader.
 */
final class Protobuf {
    private static final int VARINT = 0;
    private static final int FIXED64 = 1;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final byte[] bytes;
    private int pos;

    private Protobuf(byte[] bytes) {
        this.bytes = bytes;
    }

    /** A field as read from the wire: its number, and its value as a number or as bytes. */
    record Field(int number, long value, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Every field of a message, in wire order (repeated fields appear once per value). */
    static List<Field> fields(byte[] message) {
        Protobuf reader = new Protobuf(message);
        List<Field> fields = new ArrayList<>();
        while (reader.pos < message.length) {
            fields.add(reader.field());
        }
        return fields;
    }

    /** The last value of a number field (proto3: the last one wins), or {@code fallback} when it is absent. */
    static long number(byte[] message, int field, long fallback) {
        long value = fallback;
        for (Field f : fields(message)) {
            if (f.number() == field && f.bytes() == null) {
                value = f.value();
            }
        }
        return value;
    }

    private Field field() {
        long key = varint();
        int number = (int) (key >>> 3);
        int type = (int) (key & 7);
        return switch (type) {
            case VARINT -> new Field(number, varint(), null);
            case FIXED64 -> new Field(number, fixed(8), null);
            case FIXED32 -> new Field(number, fixed(4), null);
            case LENGTH_DELIMITED -> new Field(number, 0, slice(varint()));
            default -> throw new IllegalArgumentException("protobuf wire type " + type + " at byte " + pos);
        };
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = next();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("protobuf varint longer than 10 bytes at byte " + pos);
    }

    private long fixed(int size) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            value |= (long) (next() & 0xFF) << (8 * i);
        }
        return value;
    }

    private byte[] slice(long length) {
        if (length < 0 || length > bytes.length - pos) {
            throw new IllegalArgumentException("protobuf field of " + length + " bytes runs past the end at byte "
                    + pos);
        }
        byte[] slice = Arrays.copyOfRange(bytes, pos, pos + (int) length);
        pos += (int) length;
        return slice;
    }

    private byte next() {
        if (pos >= bytes.length) {
            throw new IllegalArgumentException("protobuf message ends inside a field");
        }
        return bytes[pos++];
    }
}
