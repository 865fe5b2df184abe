package org.unigate.embedded;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Follows {@link CJKBigramFilter} with unigrams on: puts the last unigram of a CJK run at the
 * position of the run's last bigram instead of one past it. A run of n characters then takes
 * n - 1 positions, exactly as its bigrams alone do, so a query's bigram phrase lines up with
 * the index and text after the run keeps the same distance in both.
 */
final class RunEndFilter extends TokenFilter {

    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

    private State readAhead;
    private boolean exhausted;
    private int bigramStart = -1;
    private int bigramEnd = -1;

    RunEndFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (readAhead != null) {
            restoreState(readAhead);
            readAhead = null;
        } else if (exhausted || !input.incrementToken()) {
            exhausted = true;
            return false;
        }
        if (coveredByLastBigram()) {
            // A unigram inside the previous bigram ends the run unless the next bigram starts at it.
            State unigram = captureState();
            int start = offset.startOffset();
            boolean endsRun = true;
            if (input.incrementToken()) {
                endsRun = !(CJKBigramFilter.DOUBLE_TYPE.equals(type.type()) && offset.startOffset() == start);
                readAhead = captureState();
            } else {
                exhausted = true;
            }
            restoreState(unigram);
            if (endsRun) {
                increment.setPositionIncrement(0);
            }
        }
        if (CJKBigramFilter.DOUBLE_TYPE.equals(type.type())) {
            bigramStart = offset.startOffset();
            bigramEnd = offset.endOffset();
        }
        return true;
    }

    private boolean coveredByLastBigram() {
        return CJKBigramFilter.SINGLE_TYPE.equals(type.type())
                && offset.startOffset() >= bigramStart && offset.endOffset() <= bigramEnd;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        readAhead = null;
        exhausted = false;
        bigramStart = -1;
        bigramEnd = -1;
    }
}
