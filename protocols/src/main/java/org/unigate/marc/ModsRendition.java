package org.unigate.marc;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One field as MODS renders it, with the attributes that tie a romanised field to its 880
 * vernacular twin: both carry the same {@code altRepGroup} (the $6 occurrence number) and each
 * its {@code script}. Unlinked or orphaned 880s stand alone, with a script but no group.
 *
 * <p>The script is the ISO 15924 code of the text itself (Jpan for kanji with kana, Kore for
 * hangul, Hani, Arab, Cyrl and so on), with the $6 script identification code only as a
 * fallback. LC's stylesheet writes the local code "CJK" for $1; MODS asks for ISO 15924, and
 * the text tells Japanese from Chinese where $6 cannot.
 */
record ModsRendition(DataField field, String altRepGroup, String script) {

    /** Attribute pairs for {@link ModsOut#start}: altRepGroup and script, when known. */
    String[] attributes(String... more) {
        String[] all = new String[more.length + 4];
        all[0] = "altRepGroup";
        all[1] = altRepGroup;
        all[2] = "script";
        all[3] = script;
        System.arraycopy(more, 0, all, 4, more.length);
        return all;
    }

    /** Every field of {@code tag}, each followed by its 880 twin, then the 880s for {@code tag} that have no twin. */
    static List<ModsRendition> of(MarcRecord record, String tag) {
        List<ModsRendition> out = new ArrayList<>();
        Set<DataField> twinned = new HashSet<>();
        for (DataField field : record.dataFields(tag)) {
            DataField twin = record.vernacular(field).orElse(null);
            if (twin == null) {
                out.add(new ModsRendition(field, null, null));
                continue;
            }
            String group = field.linkage().map(Linkage::occurrence).orElse(null);
            out.add(new ModsRendition(field, group, "Latn"));
            out.add(new ModsRendition(twin, group, script(twin)));
            twinned.add(twin);
        }
        for (DataField alternate : record.alternateGraphics(tag)) {
            if (!twinned.contains(alternate)) {
                out.add(new ModsRendition(alternate, null, script(alternate)));
            }
        }
        return out;
    }

    static String script(DataField field) {
        Set<Integer> scripts = new HashSet<>();
        for (Subfield s : field.subfields()) {
            if (s.code() != '6') {
                s.value().codePoints().map(UScript::getScript)
                        .filter(sc -> sc != UScript.COMMON && sc != UScript.INHERITED && sc != UScript.UNKNOWN)
                        .forEach(scripts::add);
            }
        }
        if (scripts.contains(UScript.HIRAGANA) || scripts.contains(UScript.KATAKANA)) {
            return "Jpan";
        }
        if (scripts.contains(UScript.HANGUL)) {
            return "Kore";
        }
        if (scripts.contains(UScript.HAN)) {
            return "Hani";
        }
        if (scripts.size() == 1) {
            return UScript.getShortName(scripts.iterator().next());
        }
        return field.linkage().map(Linkage::scriptCode).map(ModsRendition::fromMarcCode).orElse(null);
    }

    /** MARC's script identification codes ($6 after the slash) as ISO 15924. */
    private static String fromMarcCode(String code) {
        return switch (code) {
            case "(3", "(4" -> "Arab";
            case "(B", "!E" -> "Latn";
            case "$1" -> "Hani";
            case "(N", "(Q" -> "Cyrl";
            case "(2" -> "Hebr";
            case "(S" -> "Grek";
            default -> null;
        };
    }
}
