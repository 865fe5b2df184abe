package org.unigate.federation.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DescriptiveKeyTest {

    @Test
    void nonFilingCharactersPunctuationAndCaseAreIgnored() {
        var a = TestRecords.book("1997")
                .field("100", "1 ", "a", "Tolkien, J. R. R.", "d", "1892-1973.")
                .field("245", "14", "a", "The hobbit /", "c", "by J.R.R. Tolkien.")
                .field("264", " 1", "a", "Boston :", "b", "Houghton Mifflin Co.,", "c", "[1997]").build();
        var b = TestRecords.book("1997")
                .field("100", "1 ", "a", "TOLKIEN, John Ronald Reuel")
                .field("245", "00", "a", "Hobbit.")
                .field("260", "  ", "a", "Boston", "b", "Houghton Mifflin", "c", "1997").build();
        assertThat(DescriptiveKey.of(a)).first().isEqualTo(DescriptiveKey.of(b).get(0));
        assertThat(DescriptiveKey.of(a).get(0).value()).isEqualTo("hobbit|tolkien|houghtonmifflin|1997");
    }

    @Test
    void publisherStopWordsAndInitialsAreTrimmed() {
        assertThat(Publishers.normalise("W. W. Norton & Company,")).isEqualTo("norton");
        assertThat(Publishers.normalise("Norton")).isEqualTo("norton");
        assertThat(Publishers.normalise("Harvard University Press"))
                .isEqualTo(Publishers.normalise("Harvard Univ. Pr."));
        assertThat(Publishers.normalise("Zhongguo she hui ke xue chu ban she,"))
                .isEqualTo(Publishers.normalise("Zhongguo shehui kexue chubanshe"));
        assertThat(Publishers.normalise("[publisher not identified],")).isEmpty();
    }

    @Test
    void vernacularKeyComesFromTheLinked880Twins() {
        var record = TestRecords.book("2009")
                .field("100", "1 ", "6", "880-01", "a", "Da, Qiao.")
                .field("245", "10", "6", "880-02", "a", "Tu shuo Zhongguo jie /")
                .field("260", "  ", "6", "880-03", "a", "Beijing :", "b", "Zhongguo she hui ke xue chu ban she,", "c", "2009.")
                .field("880", "1 ", "6", "100-01/$1", "a", "達巧.")
                .field("880", "10", "6", "245-02/$1", "a", "圖說中國節 /")
                .field("880", "  ", "6", "260-03/$1", "a", "北京 :", "b", "中國社會科學出版社,", "c", "2009.")
                .build();
        List<DescriptiveKey> keys = DescriptiveKey.of(record);
        assertThat(keys).hasSize(2);
        assertThat(keys.get(1).vernacular()).isTrue();
        assertThat(keys.get(1).value()).isEqualTo("图说中国节|达巧|中国社会科学|2009");
    }

    @Test
    void recordWithOnlyATitleHasNoDescriptiveKey() {
        var record = new TestRecords().field("245", "00", "a", "Untitled").build();
        assertThat(DescriptiveKey.of(record)).isEmpty();
    }
}
