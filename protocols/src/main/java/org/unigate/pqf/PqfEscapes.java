package org.unigate.pqf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * PQF's backslash escapes, as YAZ reads them in terms and string attribute values: {@code \t \n
 * \r \f}, {@code \xHH} (a byte, in hex), {@code \ooo} (a byte, in octal, first digit 0-3), and a
 * backslash before any other character stands for that character. Escapes work on the UTF-8 bytes,
 * so {@code \xe4\xb8\xad} is 中, as in YAZ.
 */
public final class PqfEscapes {

    private PqfEscapes() {
    }

    /**
     * Resolves the escapes in {@code text}.
     *
     * @throws IllegalArgumentException for a malformed {@code \x} or octal escape, or bytes that
     *     are not UTF-8
     */
    public static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int i = 0;
        while (i < in.length) {
            if (in[i] != '\\' || i + 1 == in.length) {
                out.write(in[i++]);
                continue;
            }
            char c = (char) in[i + 1];
            i += 2;
            switch (c) {
                case 't' -> out.write('\t');
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 'f' -> out.write('\f');
                case 'x' -> {
                    out.write(number(in, i, 2, 16, "\\x needs two hex digits"));
                    i += 2;
                }
                case '0', '1', '2', '3' -> {
                    out.write(number(in, i - 1, 3, 8, "an octal escape needs three digits"));
                    i += 2;
                }
                default -> out.write(in[i - 1]);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("escaped bytes are not valid UTF-8", e);
        }
    }

    private static int number(byte[] in, int from, int digits, int radix, String what) {
        if (from + digits > in.length) {
            throw new IllegalArgumentException(what);
        }
        int value = 0;
        for (int k = from; k < from + digits; k++) {
            int d = Character.digit((char) in[k], radix);
            if (d < 0) {
                throw new IllegalArgumentException(what);
            }
            value = value * radix + d;
        }
        return value;
    }

    /** The term as PQF: bare when that reads back unchanged, else in double quotes with escapes. */
    public static String encode(String text) {
        return needsQuotes(text) ? quote(text) : text;
    }

    static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return true;
        }
        char first = text.charAt(0);
        if (first == '@' || first == '"' || first == '{') {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 0x7f || c == '"' || c == '\\' || Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < ' ' || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
