package org.unigate.indexmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unigate.rpn.Attribute;
import org.unigate.rpn.AttributeSet;
import org.unigate.rpn.AttributeValue;

/**
 * Which of a term's attributes a mapping line's attributes are, if all of them are there. An
 * attribute without a set is in the query's set; a mapping's attribute without a set is Bib-1
 * (what translation writes). A {@code *} in a mapping value matches any text and captures it.
 */
record SpecMatch(List<Integer> positions, String capture, boolean wildcard) {

    /** Longer values never match a wildcard: index names are short, and back-references are not free. */
    private static final int MAX_CAPTURE = 256;

    /** The match of every spec in {@code specs}, or null when one is missing. */
    static SpecMatch of(List<AttributeSpec> specs, List<Attribute> attributes, AttributeSet querySet) {
        List<Integer> positions = new ArrayList<>();
        String capture = null;
        boolean wildcard = false;
        for (AttributeSpec spec : specs) {
            int found = -1;
            for (int i = 0; i < attributes.size() && found < 0; i++) {
                Attribute a = attributes.get(i);
                if (a.type() != spec.type() || !sameSet(spec, a, querySet)) {
                    continue;
                }
                if (!spec.wildcard()) {
                    found = AttributeSpec.valueOf(spec.value()).equals(a.value()) ? i : -1;
                } else {
                    String captured = capture(spec.value(), text(a.value()));
                    if (captured != null && (capture == null || capture.equals(captured))) {
                        capture = captured;
                        found = i;
                    }
                }
            }
            if (found < 0) {
                return null;
            }
            wildcard |= spec.wildcard();
            positions.add(found);
        }
        return new SpecMatch(List.copyOf(positions), capture, wildcard);
    }

    boolean covers(int position) {
        return positions.contains(position);
    }

    private static boolean sameSet(AttributeSpec spec, Attribute attribute, AttributeSet querySet) {
        AttributeSet specSet = spec.attributeSet() != null ? spec.attributeSet() : AttributeSet.BIB1;
        AttributeSet actual = attribute.attributeSet() != null ? attribute.attributeSet() : querySet;
        return specSet.oid().equals(actual.oid());
    }

    private static String text(AttributeValue value) {
        return value instanceof AttributeValue.Text t ? t.value() : value.toString();
    }

    /** The text standing for {@code *} in {@code pattern} (the same at each {@code *}), or null. */
    private static String capture(String pattern, String value) {
        if (value.length() > MAX_CAPTURE) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        String[] pieces = pattern.split("\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                regex.append(i == 1 ? "(.+)" : "\\1");
            }
            regex.append(Pattern.quote(pieces[i]));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(value);
        return m.matches() ? m.group(1) : null;
    }
}
