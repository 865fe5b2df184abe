package org.unigate.federation.rank;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.unigate.query.BooleanOp;
import org.unigate.query.BooleanQuery;
import org.unigate.query.Clause;
import org.unigate.query.Query;
import org.unigate.query.Terms;
import org.unigate.text.ScriptFolding;

/**
 * The folded words a query asks for, as ranking uses them: every term outside a NOT's right-hand
 * side, split into words; a word followed by a mask matches as a prefix; words in scripts written
 * without spaces match anywhere in a field, in any of their Chinese script forms. Multi-word
 * terms also count as phrases.
 */
public record QueryTerms(List<Token> tokens, List<String> phrases) {

    /**
     * One word to look for. {@code forms} are the spellings that count as a match: for Han text
     * the word in each Chinese script, else just the word.
     */
    public record Token(String text, boolean prefix, boolean cjk, List<String> forms) {
        public Token {
            forms = List.copyOf(forms);
        }

        static Token of(String text, boolean prefix, boolean cjk) {
            List<String> forms = cjk ? List.copyOf(ScriptFolding.scriptVariants(text)) : List.of(text);
            return new Token(text, prefix, cjk, forms);
        }
    }

    public QueryTerms {
        tokens = List.copyOf(tokens);
        phrases = List.copyOf(phrases);
    }

    public static QueryTerms of(Query query) {
        Set<Token> tokens = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        collect(query, tokens, phrases);
        return new QueryTerms(new ArrayList<>(tokens), new ArrayList<>(phrases));
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    private static void collect(Query query, Set<Token> tokens, Set<String> phrases) {
        if (query instanceof Clause clause) {
            addTerm(clause.term(), tokens, phrases);
        } else if (query instanceof BooleanQuery b) {
            collect(b.left(), tokens, phrases);
            if (b.op() != BooleanOp.NOT) {
                collect(b.right(), tokens, phrases);
            }
        }
    }

    private static void addTerm(String term, Set<Token> tokens, Set<String> phrases) {
        List<Terms.Part> parts = Terms.parse(term);
        List<Token> words = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Terms.Literal literal) {
                boolean masked = i + 1 < parts.size()
                        && (parts.get(i + 1) instanceof Terms.AnyRun || parts.get(i + 1) instanceof Terms.AnyChar);
                split(Fold.fold(literal.text()), masked, words);
            }
        }
        tokens.addAll(words);
        if (words.size() > 1) {
            phrases.add(String.join(" ", words.stream().map(Token::text).toList()));
        }
    }

    /** Splits folded text at non-word characters and at changes between spaced and unspaced scripts. */
    private static void split(String folded, boolean lastIsPrefix, List<Token> out) {
        int before = out.size();
        int start = -1;
        boolean cjk = false;
        int i = 0;
        while (i <= folded.length()) {
            int cp = i < folded.length() ? folded.codePointAt(i) : ' ';
            boolean word = Fold.isWordChar(cp);
            boolean cpCjk = word && Fold.isCjk(cp);
            if (start >= 0 && (!word || cpCjk != cjk)) {
                out.add(Token.of(folded.substring(start, i), false, cjk));
                start = -1;
            }
            if (word && start < 0) {
                start = i;
                cjk = cpCjk;
            }
            i += Character.charCount(cp);
        }
        if (lastIsPrefix && out.size() > before) {
            Token last = out.remove(out.size() - 1);
            out.add(Token.of(last.text(), !last.cjk(), last.cjk()));
        }
    }
}
