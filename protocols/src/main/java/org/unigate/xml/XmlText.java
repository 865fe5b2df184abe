package org.unigate.xml;

/**
 * Text made legal in XML 1.0, whose documents cannot carry control characters (but tab, line
 * feed and carriage return), lone surrogates, U+FFFE or U+FFFF, not even escaped: text from
 * clients, members and configuration may hold any of them.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Whether XML 1.0 allows the code point in a document. */
    public static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** The text with each character XML 1.0 forbids made U+FFFD, so a reader sees that something was there. */
    public static String replaceIllegal(String text) {
        return clean(text, true);
    }

    /** The text without the characters XML 1.0 forbids; null becomes empty. */
    public static String dropIllegal(String text) {
        return text == null ? "" : clean(text, false);
    }

    private static String clean(String text, boolean replace) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = legal(cp);
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.appendCodePoint(cp);
                } else if (replace) {
                    out.append('\uFFFD');
                }
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }
}
