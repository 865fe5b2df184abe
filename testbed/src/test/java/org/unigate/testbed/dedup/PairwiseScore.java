package org.unigate.testbed.dedup;

import java.util.Locale;

/**
 * Pairwise clustering quality: a predicted pair is two records put in one union record, a true
 * pair two records that describe the same manifestation.
 *
 * @param unlabelled predicted pairs nobody labelled; counted against precision, so a change that
 *                   starts merging records no one has looked at cannot pass unnoticed
 */
record PairwiseScore(long truePositives, long falsePositives, long unlabelled, long falseNegatives) {

    double precision() {
        long predicted = truePositives + falsePositives + unlabelled;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    double recall() {
        long actual = truePositives + falseNegatives;
        return actual == 0 ? 1.0 : (double) truePositives / actual;
    }

    String summary(String name) {
        return String.format(Locale.ROOT,
                "%s: precision %.4f, recall %.4f (true pairs found %d, wrong merges %d, unlabelled merges %d, missed %d)",
                name, precision(), recall(), truePositives, falsePositives, unlabelled, falseNegatives);
    }
}
