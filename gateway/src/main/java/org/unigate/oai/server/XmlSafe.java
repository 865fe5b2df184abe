package org.unigate.oai.server;

/** Text from clients and configuration made legal in XML 1.0 (control characters, lone surrogates dropped). */
final class XmlSafe {

    private XmlSafe() {
    }

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            int c = s.codePointAt(i);
            int width = Character.charCount(c);
            boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!legal && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (legal && out != null) {
                out.appendCodePoint(c);
            }
            i += width - 1;
        }
        return out == null ? s : out.toString();
    }
}
