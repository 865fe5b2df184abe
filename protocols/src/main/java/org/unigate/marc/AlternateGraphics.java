package org.unigate.marc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A record's 880 fields, each with its $6 parsed once, for readers that look up the vernacular
 * twins of several fields of one record (match keys look up four): {@link MarcRecord#linkedTwin}
 * would parse every 880 again on each call. The one place the rule for a regular field's twin
 * lives. Immutable.
 */
public final class AlternateGraphics {

    private final DataField[] fields;
    /** Each 880's parsed $6; null where it has none or it does not parse. */
    private final Linkage[] links;

    private AlternateGraphics(DataField[] fields, Linkage[] links) {
        this.fields = fields;
        this.links = links;
    }

    /** The 880s among {@code fields}, in order; other fields are passed over. */
    public static AlternateGraphics of(List<? extends Field> fields) {
        List<DataField> found = new ArrayList<>(8);
        for (int i = 0, n = fields.size(); i < n; i++) {
            if (fields.get(i) instanceof DataField d && d.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
                found.add(d);
            }
        }
        DataField[] alternates = found.toArray(DataField[]::new);
        Linkage[] links = new Linkage[alternates.length];
        for (int i = 0; i < alternates.length; i++) {
            links[i] = alternates[i].linkage().orElse(null);
        }
        return new AlternateGraphics(alternates, links);
    }

    /**
     * The vernacular twin of a regular (non-880) field: the 880 of the same occurrence whose $6
     * names the field's tag, else the only 880 of that occurrence (real records carry 880s whose
     * $6 names a sibling tag, an 880 for 245 that says 246).
     */
    public Optional<DataField> twinOf(DataField regular) {
        Optional<Linkage> parsed = regular.linkage();
        if (parsed.isEmpty() || parsed.get().unlinked()
                || !parsed.get().linkedTag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG)) {
            return Optional.empty();
        }
        Linkage link = parsed.get();
        DataField lone = null;
        int sameOccurrence = 0;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == regular || links[i] == null || !links[i].sameOccurrence(link)) {
                continue;
            }
            if (links[i].linkedTag().equals(regular.tag())) {
                return Optional.of(fields[i]);
            }
            sameOccurrence++;
            lone = fields[i];
        }
        return sameOccurrence == 1 ? Optional.of(lone) : Optional.empty();
    }

    /** The first 880 that stands for {@code tag} unlinked (occurrence 00). */
    public Optional<DataField> unlinked(String tag) {
        for (int i = 0; i < fields.length; i++) {
            if (links[i] != null && links[i].linkedTag().equals(tag) && links[i].unlinked()) {
                return Optional.of(fields[i]);
            }
        }
        return Optional.empty();
    }
}
