package org.unigate.marc;

/** ISBD punctuation that closes MARC subfields but means nothing outside the record. */
final class Punctuation {

    private Punctuation() {
    }

    /**
     * Strips trailing " /", " :", " ;", " =", ",", and a final period unless it ends an
     * initial or abbreviation of one letter ("Smith, J.") - the same rule as LoC's stylesheets.
     */
    static String chop(String value) {
        String v = value.strip();
        while (!v.isEmpty()) {
            char last = v.charAt(v.length() - 1);
            if (last == '/' || last == ':' || last == ';' || last == '=' || last == ',') {
                v = v.substring(0, v.length() - 1).stripTrailing();
            } else if (last == '.' && !endsWithInitial(v)) {
                v = v.substring(0, v.length() - 1).stripTrailing();
            } else {
                break;
            }
        }
        return v;
    }

    private static boolean endsWithInitial(String v) {
        int n = v.length();
        return n >= 2 && Character.isUpperCase(v.charAt(n - 2)) && (n == 2 || !Character.isLetter(v.charAt(n - 3)));
    }
}
