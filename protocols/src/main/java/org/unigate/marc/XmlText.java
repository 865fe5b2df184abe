package org.unigate.marc;

/** Makes any string safe to write as XML 1.0 character data or an attribute value. */
final class XmlText {

    private XmlText() {
    }

    /** Characters XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF, lone surrogates) are dropped. */
    static String legal(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && isLegal(text, i)) {
            i += Character.charCount(text.codePointAt(i));
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isLegal(text, i)) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static boolean isLegal(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0xD800) {
            return true;
        }
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c >= 0xE000 && c != 0xFFFE && c != 0xFFFF;
    }
}
