package org.unigate.marc;

/** A MARC variable field: control (00X) or data (010-999). */
public sealed interface Field permits ControlField, DataField {
    String tag();

    /** Control fields are 001-009 (and 00X); everything else carries indicators and subfields. */
    static boolean isControlTag(String tag) {
        return tag.length() == 3 && tag.startsWith("00");
    }
}
