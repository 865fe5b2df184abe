package org.unigate.pqf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;

/** What PqfWriter writes, real YAZ reads into the same tree; what YAZ writes, PqfParser reads. */
class PqfYazInteropTest {

    @Test
    void yazReadsWhatWeWriteAndWeReadWhatItLogs() throws Exception {
        RandomRpn random = new RandomRpn(7L, true);
        List<RpnQuery> trees = new ArrayList<>();
        List<String> pqf = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            RpnQuery tree = random.query();
            trees.add(tree);
            pqf.add(PqfWriter.write(tree));
        }
        try (YazQueryEcho yaz = YazQueryEcho.start()) {
            List<YazQueryEcho.Outcome> outcomes = yaz.pqf(pqf);
            for (int i = 0; i < trees.size(); i++) {
                YazQueryEcho.Outcome outcome = outcomes.get(i);
                assertThat(outcome.error()).as(outcome.query()).isNull();
                // YAZ's PQF reader puts a term's attributes on the wire in reverse order.
                assertThat(PqfParser.parse(outcome.pqf())).as(outcome.query() + "  ->  " + outcome.pqf())
                        .isEqualTo(new RpnQuery(trees.get(i).attributeSet(), reversed(trees.get(i).root())));
            }
        }
    }

    private static RpnNode reversed(RpnNode node) {
        if (node instanceof AttributesPlusTerm apt) {
            List<Attribute> attributes = new ArrayList<>(apt.attributes());
            java.util.Collections.reverse(attributes);
            return new AttributesPlusTerm(attributes, apt.term());
        }
        if (node instanceof RpnOperation op) {
            return new RpnOperation(op.op(), reversed(op.left()), reversed(op.right()), op.proximity());
        }
        return node;
    }
}
