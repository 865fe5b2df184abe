package org.unigate.marc;

import java.nio.charset.StandardCharsets;

/**
 * Lenient UTF-8: valid sequences decode as usual; a byte that starts no valid sequence is read
 * as Windows-1252, since stray Latin-1 bytes are by far the commonest cause of invalid UTF-8 in
 * catalogue data (pound signs, accented letters pasted from old systems). Double-encoded text
 * ("Ã©" for "é") is recognised and undone.
 */
final class Utf8Text implements TextDecoder {

    @Override
    public String name() {
        return "UTF-8";
    }

    @Override
    public String decode(byte[] bytes, int from, int to, Where where, Problems problems) {
        if (TextDecoder.isAscii(bytes, from, to)) {
            return TextDecoder.clean(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1), where, problems);
        }
        int bad = Utf8.firstInvalid(bytes, from, to);
        String text;
        if (bad < 0) {
            text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            String repaired = Mojibake.repair(text);
            if (repaired != null) {
                problems.add(RecordProblem.Kind.ENCODING, where.toString(),
                        "double-encoded UTF-8 (\"" + Problems.snippet(text) + "\") repaired");
                text = repaired;
            }
        } else {
            problems.add(RecordProblem.Kind.ENCODING, where.toString(),
                    String.format("invalid UTF-8 byte 0x%02X at offset %d; bytes that are not UTF-8 read as Windows-1252",
                            bytes[bad] & 0xFF, bad - from));
            text = Utf8.decodeLeniently(bytes, from, to);
        }
        return TextDecoder.nfc(TextDecoder.clean(text, where, problems));
    }
}
