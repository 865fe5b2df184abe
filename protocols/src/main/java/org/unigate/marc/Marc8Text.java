package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.marc4j.converter.impl.AnselToUnicode;

/**
 * MARC-8 through marc4j's {@link AnselToUnicode}, which knows every MARC-8 graphic set: ANSEL
 * with its combining marks (stored before the base letter, moved after it here), EACC for CJK,
 * Hebrew, Arabic, Cyrillic, Greek, sub/superscripts. Each value starts in the default sets
 * (G0 ASCII, G1 ANSEL), as MARC 21 requires of every field. The converter's complaints become
 * record problems.
 */
final class Marc8Text implements TextDecoder {

    private static final Pattern PLACEHOLDER = Pattern.compile("<U\\+[0-9A-Fa-fX]{4,6}>|\\{[0-9A-Fa-f]{6}\\}");

    private final List<String> errors = new ArrayList<>();
    private final AnselToUnicode converter = new AnselToUnicode((severity, message) -> errors.add(message));

    @Override
    public String name() {
        return "MARC-8";
    }

    @Override
    public String decode(byte[] bytes, int from, int to, Where where, Problems problems) {
        if (TextDecoder.isAscii(bytes, from, to) && !hasEscape(bytes, from, to)) {
            return TextDecoder.clean(new String(bytes, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1),
                    where, problems);
        }
        char[] chars = new char[to - from];
        for (int i = from; i < to; i++) {
            chars[i - from] = (char) (bytes[i] & 0xFF);
        }
        errors.clear();
        String text;
        try {
            converter.resetDefaultG0AndG1();
            text = converter.convert(chars);
        } catch (RuntimeException e) {
            // The converter can trip over truncated escape sequences; keep the bytes readable.
            problems.add(RecordProblem.Kind.ENCODING, where.toString(), "MARC-8 conversion failed (" + e + "); read as Latin-1");
            return TextDecoder.nfc(TextDecoder.clean(new String(chars), where, problems));
        }
        if (!errors.isEmpty()) {
            problems.add(RecordProblem.Kind.ENCODING, where.toString(), "MARC-8: " + String.join("; ", errors)
                    + "; unmappable characters dropped");
            // marc4j writes what it cannot map as "<U+XXXX>" or "{hex}" text; that is not data.
            text = PLACEHOLDER.matcher(text).replaceAll("");
        }
        return TextDecoder.nfc(TextDecoder.clean(text, where, problems));
    }

    private static boolean hasEscape(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0x1B) {
                return true;
            }
        }
        return false;
    }
}
