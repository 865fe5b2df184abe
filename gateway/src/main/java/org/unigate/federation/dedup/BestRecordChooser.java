package org.unigate.federation.dedup;

import java.util.List;
import java.util.Objects;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Picks the description a union record shows. Members named in the preference order win in that
 * order (a consortium usually trusts its national or largest library's cataloguing); otherwise,
 * and between one member's own copies, the fullest record wins, then the earliest in the input.
 *
 * <p>Fullness score: one point per data field and one per subfield, ten when the record has 880
 * vernacular fields (a CJK reader needs them), two per 5XX note, three per 6XX subject heading,
 * minus five per problem the reader found in the record.
 */
public final class BestRecordChooser {

    private final List<String> preference;

    public BestRecordChooser(List<String> memberPreference) {
        this.preference = List.copyOf(Objects.requireNonNull(memberPreference, "memberPreference"));
    }

    /** Index into {@code cluster} of the record to show; the cluster must not be empty. */
    public int choose(List<MemberRecord> cluster) {
        int[] fullness = new int[cluster.size()];
        for (int i = 0; i < fullness.length; i++) {
            fullness[i] = fullness(cluster.get(i).record());
        }
        return choose(cluster, fullness);
    }

    /** As {@link #choose(List)}, with each record's {@link #fullness} already known. */
    public int choose(List<MemberRecord> cluster, int[] fullness) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("empty cluster");
        }
        int best = 0;
        for (int i = 1; i < cluster.size(); i++) {
            int byMember = Integer.compare(rank(cluster.get(i).memberId()), rank(cluster.get(best).memberId()));
            if (byMember < 0 || byMember == 0 && fullness[i] > fullness[best]) {
                best = i;
            }
        }
        return best;
    }

    public static int fullness(MarcRecord record) {
        int score = 0;
        boolean vernacular = false;
        for (Field field : record.fields()) {
            if (!(field instanceof DataField f)) {
                continue;
            }
            score += 1 + f.subfields().size();
            char group = f.tag().charAt(0);
            if (group == '5') {
                score += 2;
            } else if (group == '6') {
                score += 3;
            }
            vernacular |= f.tag().equals(MarcRecord.ALTERNATE_GRAPHIC_TAG);
        }
        return score + (vernacular ? 10 : 0) - 5 * record.problems().size();
    }

    private int rank(String memberId) {
        int i = preference.indexOf(memberId);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
