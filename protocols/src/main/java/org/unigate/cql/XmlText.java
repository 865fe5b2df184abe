package org.unigate.cql;

/** Makes text safe for XML 1.0 character data. */
final class XmlText {

    private XmlText() {
    }

    /** Replaces characters XML 1.0 cannot carry (controls, U+FFFE/U+FFFF, unpaired surrogates) with U+FFFD. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = !pair && (Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF
                    || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
