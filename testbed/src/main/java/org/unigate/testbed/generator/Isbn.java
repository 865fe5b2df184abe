package org.unigate.testbed.generator;

import java.util.Optional;

/** ISBN arithmetic: check digits, 13 to 10 conversion and validation. */
public final class Isbn {

    private Isbn() {
    }

    /** Completes 12 digits to an ISBN-13 with its check digit. */
    static String complete13(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = twelveDigits.charAt(i) - '0';
            sum += (i % 2 == 0) ? d : 3 * d;
        }
        return twelveDigits + (char) ('0' + (10 - sum % 10) % 10);
    }

    /** The ISBN-10 form of a 978 ISBN-13; 979 ISBNs have none. */
    public static Optional<String> toIsbn10(String isbn13) {
        if (!isbn13.startsWith("978") || isbn13.length() != 13) {
            return Optional.empty();
        }
        String nine = isbn13.substring(3, 12);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nine.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return Optional.of(nine + (check == 10 ? "X" : String.valueOf(check)));
    }

    /** True for a well-formed ISBN-10 or ISBN-13 (hyphens allowed) whose check digit is right. */
    public static boolean isValid(String isbn) {
        String s = isbn.replace("-", "");
        if (s.length() == 13 && s.chars().allMatch(Character::isDigit)) {
            return complete13(s.substring(0, 12)).equals(s);
        }
        if (s.length() == 10 && s.substring(0, 9).chars().allMatch(Character::isDigit)) {
            return toIsbn10("978" + s.substring(0, 9) + "0").map(s::equals).orElse(false);
        }
        return false;
    }

    /** The ISBN-13 of either form, for comparing copies catalogued with different forms. */
    public static Optional<String> normalise(String isbn) {
        String s = isbn.replace("-", "");
        if (!isValid(s)) {
            return Optional.empty();
        }
        return Optional.of(s.length() == 13 ? s : complete13("978" + s.substring(0, 9)));
    }

    /** Groups an ISBN-13 the way it is printed, roughly: prefix, group, rest, check digit. */
    static String hyphenate(String isbn13, int groupLength) {
        return isbn13.substring(0, 3) + "-" + isbn13.substring(3, 3 + groupLength) + "-"
                + isbn13.substring(3 + groupLength, 12) + "-" + isbn13.substring(12);
    }
}
