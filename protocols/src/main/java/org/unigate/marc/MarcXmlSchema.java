package org.unigate.marc;

import java.util.regex.Pattern;

/** The value patterns of MARC21slim.xsd, and the mappings that bring any value inside them. */
final class MarcXmlSchema {

    private static final Pattern DATA_TAG =
            Pattern.compile("0[1-9A-Z][0-9A-Z]|0[1-9a-z][0-9a-z]|[1-9A-Z][0-9A-Z]{2}|[1-9a-z][0-9a-z]{2}");
    private static final Pattern CONTROL_TAG = Pattern.compile("00[1-9A-Za-z]");
    private static final String CODE_SYMBOLS = "!\"#$%&'()*+,-./:;<=>?{}_^`~[]\\";

    private MarcXmlSchema() {
    }

    static boolean isDataTag(String tag) {
        return DATA_TAG.matcher(tag).matches();
    }

    static boolean isControlTag(String tag) {
        return CONTROL_TAG.matcher(tag).matches();
    }

    static char indicator(char c) {
        return c == ' ' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' ? c : ' ';
    }

    static char code(char c) {
        return isAsciiAlnum(c) || CODE_SYMBOLS.indexOf(c) >= 0 ? c : '?';
    }

    /** Each leader position brought inside the schema's pattern. */
    static String leader(String leader) {
        char[] out = new char[Leader.LENGTH];
        for (int i = 0; i < Leader.LENGTH; i++) {
            char c = i < leader.length() ? leader.charAt(i) : ' ';
            out[i] = position(i, c);
        }
        return new String(out);
    }

    private static char position(int i, char c) {
        if (i <= 4 || i >= 12 && i <= 16) {
            return c >= '0' && c <= '9' || c == ' ' ? c : '0';
        }
        if (i == 6) {
            return isAsciiAlnum(c) ? c : 'a';
        }
        if (i == 10 || i == 11) {
            return '2';
        }
        if (i >= 20) {
            return "4500".charAt(i - 20);
        }
        return isAsciiAlnum(c) || c == ' ' ? c : ' ';
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
