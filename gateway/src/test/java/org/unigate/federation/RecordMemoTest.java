package org.unigate.federation;

import org.unigate.union.RecordMemo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.unigate.marc.MarcRecord;

/** A round's memory keeps one value per record object, computed once. */
class RecordMemoTest {

    @Test
    void computesOncePerRecordObject() {
        RecordMemo<String> memo = new RecordMemo<>();
        AtomicInteger computed = new AtomicInteger();
        MarcRecord record = Records.book("r1").title("Gardens of China").build();

        assertThat(memo.get(record, r -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        assertThat(memo.get(record, r -> "v" + computed.incrementAndGet())).isEqualTo("v1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void equalRecordsThatAreDistinctObjectsKeepTheirOwnValues() {
        RecordMemo<Integer> memo = new RecordMemo<>();
        MarcRecord original = Records.book("r1").title("Gardens of China").build();
        MarcRecord rewritten = new MarcRecord(original.leader(), List.copyOf(original.fields()));
        assertThat(rewritten).isEqualTo(original);

        memo.get(original, r -> 1);
        assertThat(memo.get(rewritten, r -> 2)).isEqualTo(2);
        assertThat(memo.size()).isEqualTo(2);
    }
}
