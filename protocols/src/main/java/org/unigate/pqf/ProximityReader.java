package org.unigate.pqf;

import org.unigate.pqf.PqfToken.Kind;
import org.unigate.rpn.Proximity;

/**
 * Reads the six parameters after {@code @prox}: exclusion ({@code 1}, {@code 0} or {@code void}),
 * distance, ordered ({@code 1} or {@code 0}), relation (1..6 for {@code < <= = >= > <>}), which
 * code ({@code known}/{@code k}/{@code 1} or {@code private}/{@code p}/{@code 2}) and unit.
 */
final class ProximityReader {

    private ProximityReader() {
    }

    static Proximity read(PqfLexer lexer, PqfToken prox) {
        PqfToken exclusion = next(lexer, prox, "exclusion (1, 0 or void)");
        boolean excluded = switch (exclusion.text()) {
            case "1" -> true;
            case "0", "void", "n" -> false;
            default -> throw bad("exclusion must be 1, 0 or void", exclusion);
        };
        PqfToken distanceToken = next(lexer, prox, "distance");
        int distance = PqfParser.integer(distanceToken.text(), "distance", distanceToken);
        PqfToken ordered = next(lexer, prox, "ordered (1 or 0)");
        if (!ordered.text().equals("1") && !ordered.text().equals("0")) {
            throw bad("ordered must be 1 or 0", ordered);
        }
        PqfToken relationToken = next(lexer, prox, "relation");
        int relation = PqfParser.integer(relationToken.text(), "relation", relationToken);
        if (relation < 1 || relation > 6) {
            throw bad("proximity relation must be 1..6", relationToken);
        }
        PqfToken which = next(lexer, prox, "which-code (known or private)");
        boolean known = switch (which.text()) {
            case "known", "k", "1" -> true;
            case "private", "p", "2" -> false;
            default -> throw bad("which-code must be known or private", which);
        };
        PqfToken unit = next(lexer, prox, "unit");
        return new Proximity(excluded, distance, ordered.text().equals("1"), relation, known,
                PqfParser.integer(unit.text(), "unit", unit));
    }

    private static PqfToken next(PqfLexer lexer, PqfToken prox, String expected) {
        PqfToken token = lexer.next();
        if (token.kind() != Kind.WORD) {
            throw PqfLexer.error("@prox at offset " + prox.offset() + " expects " + expected + ", found "
                    + token.describe(), token.offset());
        }
        return token;
    }

    private static RuntimeException bad(String what, PqfToken token) {
        return PqfLexer.error(what + ", found \"" + token.text() + "\"", token.offset());
    }
}
