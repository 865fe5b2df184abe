package org.unigate.marc;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Undoes UTF-8 that was once read as Latin-1/Windows-1252 and written out again as UTF-8
 * ("Ã©" for "é", "Ê¼" for "ʼ"). Only a value whose every non-ASCII character maps back to a
 * byte, and whose bytes then form valid multi-byte UTF-8, is treated as double-encoded: real
 * text practically never has that shape.
 */
final class Mojibake {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Mojibake() {
    }

    /** Undoing more than this many rounds would be guessing. */
    private static final int MAX_ROUNDS = 3;

    /** The repaired text (double or triple encoding undone), or null when it does not look double-encoded. */
    static String repair(String text) {
        String repaired = repairOnce(text);
        String next = repaired;
        for (int round = 1; next != null && round < MAX_ROUNDS; round++) {
            next = repairOnce(next);
            if (next != null) {
                repaired = next;
            }
        }
        return repaired;
    }

    private static String repairOnce(String text) {
        if (!hasLeadCandidate(text)) {
            return null;
        }
        byte[] bytes = new byte[text.length()];
        CharsetEncoder cp1252 = WINDOWS_1252.newEncoder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else if (cp1252.canEncode(c)) {
                bytes[i] = String.valueOf(c).getBytes(WINDOWS_1252)[0];
            } else {
                return null;
            }
        }
        if (!Utf8.isMultiByteUtf8(bytes, 0, bytes.length)) {
            return null;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A character that could be a UTF-8 lead byte read as Latin-1 (Â..ô). */
    private static boolean hasLeadCandidate(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if (c >= 0xC2 && c <= 0xF4) {
                return true;
            }
        }
        return false;
    }
}
