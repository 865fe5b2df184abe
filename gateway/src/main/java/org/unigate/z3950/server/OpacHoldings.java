package org.unigate.z3950.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.unigate.union.HeldBy;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DataField;
import org.unigate.z3950.HoldingsAndCirc;
import org.unigate.z3950.OpacRecord;

/**
 * The holdings part of an OPAC record: who holds the work and where. Each member's 852 becomes
 * one holdings entry (call number from $h $i, shelving data from $j-$m, copy $t, note $z) with
 * the 866-868 summaries that belong to it ($0 matched, else the 852 before them); each 856 an
 * entry whose note is the link; a member that sent no holdings fields still appears, by name.
 * The member's id is the NUC code unless the 852 has its own $a; its name is the local location.
 */
final class OpacHoldings {

    /** Bounds the OPAC record of a work held everywhere in many copies. */
    static final int MAX_ENTRIES = 100;

    private OpacHoldings() {
    }

    static List<OpacRecord.Holdings> of(UnionRecord record, Function<String, String> memberNames) {
        List<OpacRecord.Holdings> out = new ArrayList<>();
        for (HeldBy held : record.heldBy()) {
            String name = Objects.requireNonNullElse(memberNames.apply(held.memberId()), held.memberId());
            List<Entry> entries = entries(held, name);
            if (entries.isEmpty()) {
                entries.add(new Entry(held.memberId(), name, null));
            }
            for (Entry e : entries) {
                if (out.size() == MAX_ENTRIES) {
                    return out;
                }
                out.add(e.toHoldings());
            }
        }
        return out;
    }

    private static List<Entry> entries(HeldBy held, String name) {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (DataField field : held.holdings()) {
            switch (field.tag()) {
                case "852" -> {
                    current = new Entry(field.first('a').orElse(held.memberId()), location(name, field), field);
                    entries.add(current);
                }
                case "866", "867", "868" -> {
                    Entry owner = owner(entries, field, current);
                    if (owner != null) {
                        field.first('a').ifPresent(owner.summaries::add);
                    }
                }
                case "856" -> field.first('u').ifPresent(url -> {
                    Entry link = new Entry(held.memberId(), name, null);
                    String label = field.first('3').or(() -> field.first('z')).orElse("Online")
                            .replaceAll("[\\s:;,.]+$", "");
                    link.note = label + ": " + url;
                    entries.add(link);
                });
                default -> {
                    // Other holdings tags carry nothing the OPAC syntax has room for.
                }
            }
        }
        return entries;
    }

    private static String location(String name, DataField field) {
        return field.first('b').map(b -> name + " / " + b).orElse(name);
    }

    /** The 852 a summary hangs off: the one with the same $0 (linking) id, else the latest. */
    private static Entry owner(List<Entry> entries, DataField summary, Entry latest) {
        String link = summary.first('0').orElse(null);
        if (link != null) {
            for (Entry e : entries) {
                if (e.location != null && link.equals(e.location.first('0').orElse(null))) {
                    return e;
                }
            }
        }
        return latest;
    }

    private static final class Entry {
        final String nucCode;
        final String localLocation;
        final DataField location;
        final List<String> summaries = new ArrayList<>();
        String note;

        Entry(String nucCode, String localLocation, DataField location) {
            this.nucCode = nucCode;
            this.localLocation = localLocation;
            this.location = location;
        }

        HoldingsAndCirc toHoldings() {
            String enumAndChron = summaries.isEmpty() ? null : String.join("; ", summaries);
            if (location == null) {
                return new HoldingsAndCirc(null, null, null, null, null, null, null, nucCode, localLocation, null,
                        null, null, null, note, null, null, enumAndChron, List.of(), List.of());
            }
            return new HoldingsAndCirc(null, null, null, null, null, null, null, nucCode, localLocation,
                    location.first('c').orElse(null), joined(location, "hi"), joined(location, "jklm"),
                    location.first('t').orElse(null), location.first('z').orElse(null), null, null, enumAndChron,
                    List.of(), List.of());
        }

        private static String joined(DataField field, String codes) {
            String text = field.subfields().stream().filter(s -> codes.indexOf(s.code()) >= 0)
                    .map(s -> s.value().strip()).filter(v -> !v.isEmpty()).collect(Collectors.joining(" "));
            return text.isEmpty() ? null : text;
        }
    }
}
