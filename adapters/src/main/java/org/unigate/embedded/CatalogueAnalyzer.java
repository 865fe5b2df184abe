package org.unigate.embedded;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.icu.segmentation.DefaultICUTokenizerConfig;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Word analysis for every language the consortium catalogues: ICU word breaks, then the same
 * folding as {@link org.unigate.text.ScriptFolding} (NFKC case folding for case and width,
 * nonspacing marks removed, Han folded to simplified), and unsegmented Chinese, Japanese and
 * Korean runs cut into overlapping bigrams, which finds words without a dictionary. Each CJK
 * character is also kept as a unigram (beside its bigram, see {@link RunEndFilter}), so a
 * one-character query finds it; {@link WordQueries} drops the unigrams a query's bigrams cover.
 * Used for both indexing and queries, so positions line up.
 */
final class CatalogueAnalyzer extends Analyzer {

    /** Restricting the transform to Han lets ICU skip every other token cheaply. */
    private static final String TO_SIMPLIFIED = "[:Han:] Traditional-Simplified";
    private static final String STRIP_MARKS = "NFD; [:Nonspacing Mark:] Remove; NFC";

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // cjkAsWords=false: Han and Kana come out one character each, ready for bigramming.
        Tokenizer tokenizer = new ICUTokenizer(new DefaultICUTokenizerConfig(false, true));
        TokenStream stream = fold(tokenizer);
        int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        stream = new RunEndFilter(new CJKBigramFilter(stream, scripts, true));
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Applied to the literal parts of masked words, so patterns meet the indexed form. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
    }

    /**
     * Lucene's ICUFoldingFilter is not used: its UTR #30 data is built for an older ICU than the
     * project's and fails to load, and mirroring ScriptFolding keeps index and dedup in step.
     */
    private static TokenStream fold(TokenStream in) {
        TokenStream folded = new ICUNormalizer2Filter(in, Normalizer2.getNFKCCasefoldInstance());
        // A transliterator is not thread-safe; Lucene builds components once per thread.
        folded = new NonAsciiFilter(folded, ts -> new ICUTransformFilter(ts, Transliterator.getInstance(STRIP_MARKS)));
        return new ICUTransformFilter(folded, Transliterator.getInstance(TO_SIMPLIFIED));
    }

    /** Runs the wrapped filters only on tokens with a non-ASCII character: most tokens skip them. */
    private static final class NonAsciiFilter extends ConditionalTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        NonAsciiFilter(TokenStream input, Function<TokenStream, TokenStream> filters) {
            super(input, filters);
        }

        @Override
        protected boolean shouldFilter() {
            char[] buffer = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (buffer[i] > 0x7F) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lucene's default position gap of 0 lets a phrase run from one value into the next. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
