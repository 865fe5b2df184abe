package org.unigate.pqf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.Proximity;
import org.unigate.rpn.ResultSetId;
import org.unigate.rpn.RpnNode;
import org.unigate.rpn.RpnOperation;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;

/** Seeded random Type-1 trees that PQF can represent (no repeated attribute types in a list). */
final class RandomRpn {

    private static final String[] TERMS = {
        "knuth", "red chamber", "紅樓夢", "ノルウェイの森", "채식주의자", "C++", "a\"b", "back\\slash", "@home",
        "{brace}", "x*y?", "tab\there", "", "12", "ünïcødé", "per cent%", "semi;colon", "new\nline", "^anchor",
    };
    private static final String[] TEXT_VALUES = {"title", "any words", "dc.title", "1.2.3", "_ALLRECORDS", "q\"uote", "中文"};
    /** YAZ logs string values and control characters unescaped, so its log only reads back without them. */
    private static final String[] SIMPLE_TEXT_VALUES = {"title", "dc.title", "1.2.3", "_ALLRECORDS", "中文"};
    private static final AttributeSet[] SETS = {AttributeSet.BIB1, AttributeSet.GILS, AttributeSet.EXP1};

    private final Random random;
    private final boolean yazSafe;
    /** In YAZ-safe mode one term type per query: YAZ's log omits {@code @term general} after another type. */
    private int queryTermType;

    /** {@code yazSafe}: explicit attribute sets only after the set-less attributes (YAZ carries a set forward). */
    RandomRpn(long seed, boolean yazSafe) {
        this.random = new Random(seed);
        this.yazSafe = yazSafe;
    }

    RpnQuery query() {
        AttributeSet set = random.nextInt(8) == 0 ? AttributeSet.EXP1 : AttributeSet.BIB1;
        queryTermType = random.nextInt(10);
        return new RpnQuery(set, node(random.nextInt(5)));
    }

    private RpnNode node(int depth) {
        if (depth == 0 || random.nextInt(4) == 0) {
            return random.nextInt(12) == 0 ? new ResultSetId(pick(TERMS).isEmpty() ? "s" : "set " + random.nextInt(9)) : apt();
        }
        RpnOperation.Operator op = RpnOperation.Operator.values()[random.nextInt(4)];
        Proximity proximity = op == RpnOperation.Operator.PROX
                ? new Proximity(random.nextBoolean(), random.nextInt(10), random.nextBoolean(), 1 + random.nextInt(6),
                        random.nextInt(5) > 0, 1 + random.nextInt(10))
                : null;
        return new RpnOperation(op, node(depth - 1), node(depth - 1), proximity);
    }

    private AttributesPlusTerm apt() {
        List<Integer> types = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 9, 12));
        List<Attribute> attributes = new ArrayList<>();
        int count = random.nextInt(6);
        boolean setSeen = false;
        for (int i = 0; i < count; i++) {
            int type = types.remove(random.nextInt(types.size()));
            AttributeValue value = random.nextInt(4) == 0
                    ? new AttributeValue.Text(pick(yazSafe ? SIMPLE_TEXT_VALUES : TEXT_VALUES))
                    : AttributeValue.of(random.nextInt(2000));
            boolean explicit = random.nextInt(5) == 0 || (yazSafe && setSeen);
            AttributeSet set = explicit ? SETS[random.nextInt(SETS.length)] : null;
            setSeen |= explicit;
            attributes.add(new Attribute(set, type, value));
        }
        return new AttributesPlusTerm(attributes, term());
    }

    private Term term() {
        String text = pick(TERMS);
        while (yazSafe && text.chars().anyMatch(c -> c < ' ')) {
            text = pick(TERMS);
        }
        return switch (yazSafe ? queryTermType : random.nextInt(10)) {
            case 0 -> new Term(Integer.toString(random.nextInt(100_000)), Term.Type.NUMERIC);
            case 1 -> new Term(text, Term.Type.STRING);
            default -> Term.of(text);
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
