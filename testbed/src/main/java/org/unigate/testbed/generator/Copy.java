package org.unigate.testbed.generator;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.unigate.marc.Subfield;

/**
 * One member's copy of a work while it is being catalogued: the work, the member's habits and
 * this record's own dice.
 *
 * @param serial     the 9-digit number inside the control number, unique within the member
 * @param simplified Chinese vernacular in simplified characters
 * @param minimal    a minimal-level record: fewer notes, subjects and added entries
 * @param fromLc     copy cataloguing from a Library of Congress record
 */
record Copy(Work work, MemberProfile profile, SplittableRandom random, String controlNumber, long serial,
            boolean simplified, boolean minimal, boolean fromLc) {

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    boolean rda() {
        return profile.rda();
    }

    boolean cjk() {
        return work.language().cjk();
    }

    /** The romanised or the vernacular form, in the member's script. */
    String text(Text t, boolean vernacular) {
        return vernacular && t.hasVernacular() ? t.vernacular(simplified) : t.roman();
    }

    /**
     * Adds a descriptive field: for CJK works a romanised field linked to its 880, otherwise one
     * field. {@code content} gives the subfields, with ISBD punctuation, in roman (false) or
     * vernacular (true) form; punctuation is removed for members that omit it.
     */
    void emit(RecordBuilder b, String tag, char ind1, char ind2, boolean linkable,
              Function<Boolean, List<Subfield>> content) {
        List<Subfield> roman = punctuate(content.apply(false));
        if (cjk() && linkable) {
            char vernInd2 = "245".equals(tag) ? '0' : ind2;
            b.linked(tag, ind1, ind2, roman, vernInd2, punctuate(content.apply(true)));
        } else {
            b.field(tag, ind1, ind2, roman);
        }
    }

    private List<Subfield> punctuate(List<Subfield> subfields) {
        return profile.isbd() ? subfields : Punctuation.withoutIsbd(subfields);
    }

    static Subfield sf(char code, String value) {
        return new Subfield(code, value);
    }
}
