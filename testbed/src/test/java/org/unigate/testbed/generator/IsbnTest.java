package org.unigate.testbed.generator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsbnTest {

    @Test
    void completesAnIsbn13WithItsCheckDigit() {
        assertThat(Isbn.complete13("978030640615")).isEqualTo("9780306406157");
        assertThat(Isbn.complete13("978962209778")).isEqualTo("9789622097780");
    }

    @Test
    void convertsA978IsbnToIsbn10IncludingTheXCheckDigit() {
        assertThat(Isbn.toIsbn10("9780306406157")).contains("0306406152");
        assertThat(Isbn.toIsbn10("9780804429573")).contains("080442957X");
        assertThat(Isbn.toIsbn10("9791034304301")).isEmpty();
    }

    @Test
    void validatesBothFormsAndRejectsWrongCheckDigits() {
        assertThat(Isbn.isValid("9780306406157")).isTrue();
        assertThat(Isbn.isValid("978-0-306-40615-7")).isTrue();
        assertThat(Isbn.isValid("080442957X")).isTrue();
        assertThat(Isbn.isValid("9780306406158")).isFalse();
        assertThat(Isbn.isValid("0306406153")).isFalse();
        assertThat(Isbn.isValid("030640615")).isFalse();
    }

    @Test
    void normalisesIsbn10AndHyphenatedFormsToTheSameIsbn13() {
        assertThat(Isbn.normalise("0306406152")).contains("9780306406157");
        assertThat(Isbn.normalise("978-0-306-40615-7")).contains("9780306406157");
        assertThat(Isbn.normalise("0306406153")).isEmpty();
    }
}
