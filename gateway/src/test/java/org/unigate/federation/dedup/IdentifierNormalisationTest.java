package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierNormalisationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0521554128 (hardback)   | 9780521554121",
            "9780521554121           | 9780521554121",
            "0-585-05055-4           | 9780585050553",
            "978-90-5908-406-3       | 9789059084063",
            "155111125X :            | 9781551111254",
            "ISBN 0-14-102815-7 (pbk.)| 9780141028156",
            "9798200651337 :         | 9798200651337",
    })
    void isbnTenAndThirteenNormaliseToTheSameThirteen(String raw, String expected) {
        assertThat(Isbn.normalise(raw)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0521554129", "978952155412", "388309441 (v. 6)", "0000000000", "no isbn"})
    void isbnWithBadCheckDigitOrPlaceholderIsRejected(String raw) {
        assertThat(Isbn.normalise(raw)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(OCoLC)ocm00012345   | 12345",
            "(OCoLC)ocn262693560  | 262693560",
            "(OCoLC)on1000527899  | 1000527899",
            "(OCoLC)43887325      | 43887325",
            "ocm49981042          | 49981042",
            "(OCLC)ocm62188931    | 62188931",
    })
    void oclcPrefixesAndLeadingZerosAreDropped(String raw, String expected) {
        assertThat(Oclc.normalise(raw)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(OCoLC-M)656729", "(OCoLC)643552706 (print ed.)", "(Sirsi) o10697279",
            "(OCoLC)000", "(DLC)ocn491587222"})
    void otherAgenciesAndQualifiedOclcNumbersAreNotThisRecords(String raw) {
        assertThat(Oclc.normalise(raw)).isEmpty();
    }

    @Test
    void controlNumberCountsAsOclcWhenTheAgencyIsOclc() {
        var withAgency = TestRecords.book("1999").control("001", "0012345").control("003", "OCoLC").build();
        var otherAgency = TestRecords.book("1999").control("001", "12345").control("003", "DLC").build();
        assertThat(Oclc.of(withAgency)).containsExactly("12345");
        assertThat(Oclc.of(otherAgency)).isEmpty();
    }

    @Test
    void prefixedControlNumberCountsWhateverTheAgency() {
        var prefixed = TestRecords.book("1999").control("001", " ocm00012345 ").control("003", "DLC").build();
        var tagged = TestRecords.book("1999").control("001", "(OCoLC)12345").build();
        assertThat(Oclc.of(prefixed)).containsExactly("12345");
        assertThat(Oclc.of(tagged)).as("001 holds a bare number, never the 035 form").isEmpty();
        assertThat(MatchKeys.of(prefixed).oclcNumbers()).containsExactly("12345");
    }

    /** The examples of LC's LCCN normalisation rules. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "n78-890351          | n78890351",
            "n78-89035           | n78089035",
            "n 78890351          | n78890351",
            "' 85000002 '        | 85000002",
            "85-2                | 85000002",
            "2001-000002         | 2001000002",
            "75-425165//r75      | 75425165",
            "' 79139101 /AC/r932'| 79139101",
            "'sn 92023721'       | sn92023721",
            "'   68021584 //r933'| 68021584",
            "'n\t78890351'       | n78890351",
    })
    void lccnNormalisesPerLibraryOfCongressRules(String raw, String expected) {
        assertThat(Lccn.normalise(raw)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"123", "n78-89035x", "abcd12345678", "85-1234567"})
    void malformedLccnIsRejected(String raw) {
        assertThat(Lccn.normalise(raw)).isEmpty();
    }

    @Test
    void issnCheckDigitIsVerified() {
        assertThat(Issn.normalise("0015-6914")).contains("0015-6914");
        assertThat(Issn.normalise("0017209x")).contains("0017-209X");
        assertThat(Issn.normalise("0015-6915")).isEmpty();
        assertThat(Issn.normalise("0000-0000")).isEqualTo(Optional.empty());
    }
}
