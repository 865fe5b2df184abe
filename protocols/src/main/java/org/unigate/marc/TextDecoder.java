package org.unigate.marc;

import com.ibm.icu.text.Normalizer2;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one field or subfield value into NFC text, reporting what it had to
 * repair. One instance serves one record at a time (the MARC-8 one keeps converter state).
 */
interface TextDecoder {

    /** Where a value sits: its tag and subfield code (0 for a whole field), spelt out only for a problem. */
    record Where(String tag, char code) {
        @Override
        public String toString() {
            return code == 0 ? tag : tag + " $" + code;
        }
    }

    String decode(byte[] bytes, int from, int to, Where where, Problems problems);

    /** The name used in problem messages. */
    String name();

    static TextDecoder utf8() {
        return new Utf8Text();
    }

    static TextDecoder marc8() {
        return new Marc8Text();
    }

    static TextDecoder of(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? utf8() : new CharsetText(charset);
    }

    static boolean isAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Control characters have no place in MARC values (and are illegal in XML): stray MARC-8
     * escape sequences left in Unicode text by a bad conversion, and any other C0 control,
     * are removed, tabs and line breaks become spaces, and it is reported.
     */
    static String clean(String text, Object where, Problems problems) {
        int first = firstControl(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0x1B) {
                while (i + 1 < text.length() && "$,()-./!\"".indexOf(text.charAt(i + 1)) >= 0) {
                    i++;
                }
                if (i + 1 < text.length() && text.charAt(i + 1) >= 0x30 && text.charAt(i + 1) < 0x7F) {
                    i++;
                }
            } else if (c == '\t' || c == '\n' || c == '\r') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0x7F) {
                out.append(c);
            }
        }
        problems.add(RecordProblem.Kind.ENCODING, String.valueOf(where),
                "control characters (such as stray escape sequences) removed");
        return out.toString();
    }

    private static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    static String nfc(String text) {
        Normalizer2 nfc = Normalizer2.getNFCInstance();
        return nfc.isNormalized(text) ? text : nfc.normalize(text);
    }

    /** Any single-byte charset: ISO 8859-1 for old servers, or whatever a member declares. */
    record CharsetText(Charset charset) implements TextDecoder {
        @Override
        public String decode(byte[] bytes, int from, int to, Where where, Problems problems) {
            return nfc(clean(new String(bytes, from, to - from, charset), where, problems));
        }

        @Override
        public String name() {
            return charset.name();
        }
    }
}
