package org.unigate.member;

import java.util.List;

/**
 * What a member lets leave the gateway. {@code WHOLE} shares records as catalogued;
 * {@code NO_LOCAL_FIELDS} strips local fields (9XX and any extra {@code stripTags});
 * records matching a suppression rule never leave the gateway at all.
 *
 * @param suppress rules like {@code "999$s=y"} or {@code "STA$a=SUPPRESSED"}: field, subfield, value
 */
public record Sharing(Mode mode, List<String> stripTags, List<String> suppress) {

    public enum Mode { WHOLE, NO_LOCAL_FIELDS }

    public static final Sharing WHOLE = new Sharing(Mode.WHOLE, List.of(), List.of());

    public Sharing {
        mode = mode == null ? Mode.WHOLE : mode;
        stripTags = stripTags == null ? List.of() : List.copyOf(stripTags);
        suppress = suppress == null ? List.of() : List.copyOf(suppress);
    }
}
