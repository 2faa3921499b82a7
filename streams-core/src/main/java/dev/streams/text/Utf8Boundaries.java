package dev.streams.text;

/**
 * Where a chunk of UTF-8 stops being whole characters. A chunk may end inside a character (one to
 * three bytes of a two- to four-byte sequence); those bytes wait for the next chunk. The check is
 * on the last four bytes only: whether the rest is valid is for the decoder to say.
 */
final class Utf8Boundaries {

    private Utf8Boundaries() {
    }

    /**
     * The end of the complete characters in {@code bytes[start, end)}: {@code end} when the chunk
     * does not end inside a character (or ends in bytes no character can start with: an error the
     * decoder will find), the index of the cut character's lead byte when it ends with a valid
     * start of a character, or {@code -1} when that start is already malformed in a way the JDK
     * decoder reports without waiting for more input (its second byte out of range for its lead,
     * Unicode's Table 3-7).
     */
    static int completeEnd(byte[] bytes, int start, int end) {
        int lead = end - 1;
        int earliest = Math.max(start, end - 3);
        while (lead >= earliest && (bytes[lead] & 0xC0) == 0x80) {
            lead--; // continuation bytes: the character started before them
        }
        if (lead < earliest) {
            return end; // no lead byte among the last three: complete, or malformed anyway
        }
        int b0 = bytes[lead] & 0xFF;
        int length = b0 < 0xC2 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : b0 < 0xF5 ? 4 : 1;
        if (lead + length <= end) {
            return end;
        }
        if (lead + 1 < end && !secondByteFits(b0, bytes[lead + 1] & 0xFF)) {
            return -1;
        }
        return lead;
    }

    /**
     * Whether {@code b1} may follow the lead byte {@code b0} of a three- or four-byte sequence,
     * as the JDK decoder checks before the sequence is complete: no overlong forms ({@code E0},
     * {@code F0}), nothing beyond U+10FFFF ({@code F4}). Surrogates ({@code ED A0..BF}) are left
     * for the decoder to report once the sequence is complete, as it does.
     */
    private static boolean secondByteFits(int b0, int b1) {
        return switch (b0) {
            case 0xE0 -> b1 >= 0xA0;
            case 0xF0 -> b1 >= 0x90;
            case 0xF4 -> b1 <= 0x8F;
            default -> true; // a continuation byte, as the scan above established
        };
    }
}
