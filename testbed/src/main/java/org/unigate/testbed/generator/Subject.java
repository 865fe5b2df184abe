package org.unigate.testbed.generator;

import java.util.List;
import org.unigate.marc.Subfield;

/**
 * A subject heading as a work's "true" subject, without punctuation; each member's copy decides
 * whether to keep it and how to punctuate it.
 *
 * @param tag   650 (topical) or 651 (geographic)
 * @param parts $a then subdivisions ($x general, $y chronological, $z geographic, $v form)
 */
public record Subject(String tag, List<Subfield> parts) {
    public Subject {
        parts = List.copyOf(parts);
    }
}
