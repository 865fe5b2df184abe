package org.unigate.federation.dedup;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.unigate.union.Deduplicator;
import org.unigate.union.HeldBy;
import org.unigate.union.RecordMemo;
import org.unigate.union.UnionRecord;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberRecord;

/**
 * Merges member records that describe the same manifestation into union records.
 *
 * <p>Two records match when they share a strong identifier (OCLC number, LCCN, ISSN, ISBN) and
 * nothing vetoes it (format, year, language, edition, part, and for all but OCLC the title), or
 * when their descriptive keys agree in either script and no identifier of one kind disagrees.
 * See {@link RecordClusterer} and {@link MatchRules}.
 *
 * <p>Union id: {@code u} plus 16 hex digits of SHA-256 over the cluster's anchor, the smallest
 * {@code memberId:localId} among its records. The same set of records always gives the same id,
 * and a search that finds fewer or more copies of the work keeps it as long as the anchor copy is
 * among them, which matters more for paging and bookmarks than an id that names every copy.
 *
 * <p>Match keys (with the record's fullness and holdings) are computed once per record, when the
 * deduplicator first sees it (or earlier, through a {@link #round() round}'s preparation, while
 * the other members are still answering), and remembered for as long as the record is alive:
 * every fetch round re-merges all records fetched so far, and folding text is the costly part.
 * The memory is keyed by record identity, so a record the sharing rules rewrote gets keys of its
 * own, and it is bounded.
 *
 * <p>Scores are left at 0 for the engine to rank. Thread-safe: one instance can serve every
 * search.
 */
public final class ClusteringDeduplicator implements Deduplicator {

    /** Holdings-bearing tags a member supplies with a bibliographic record (OPAC holdings arrive as 852). */
    static final Set<String> HOLDINGS_TAGS = Set.of("852", "856", "866", "867", "868");

    /** Records of some hundred concurrent searches, each a few hundred records deep. */
    private static final int REMEMBERED_RECORDS = 50_000;

    private final BestRecordChooser chooser;
    // Maintenance runs on the calling thread: handing it to the common pool after each of a
    // merge's hundred writes costs more than the work itself.
    private final Cache<MarcRecord, Known> known = Caffeine.newBuilder()
            .weakKeys().maximumSize(REMEMBERED_RECORDS).executor(Runnable::run).build();

    public ClusteringDeduplicator() {
        this(List.of());
    }

    /** @param memberPreference member ids whose description wins, most trusted first */
    public ClusteringDeduplicator(List<String> memberPreference) {
        this.chooser = new BestRecordChooser(memberPreference);
    }

    /**
     * A union search's fetch round. Its records' keys live in the round's own memory, filled as
     * members answer ({@code prepare} walks each answer from its last record, so a merge that
     * starts meanwhile, working from the first, meets it halfway); records of earlier rounds come
     * from the deduplicator's memory. Once the round is published its keys join that memory, for
     * the deeper rounds that re-merge them; the merge itself never pays for its bookkeeping.
     */
    @Override
    public Round round() {
        RecordMemo<Known> round = new RecordMemo<>();
        Function<MarcRecord, Known> remembered = record -> {
            Known k = known.getIfPresent(record);
            return k != null ? k : Known.of(record);
        };
        return new Round() {
            @Override
            public void prepare(List<MemberRecord> records) {
                for (int i = records.size() - 1; i >= 0; i--) {
                    round.get(records.get(i).record(), Known::of);
                }
            }

            @Override
            public List<UnionRecord> merge(List<MemberRecord> records) {
                return ClusteringDeduplicator.this.merge(records, r -> round.get(r.record(), remembered));
            }

            @Override
            public void finish() {
                round.forEach(known::put);
            }
        };
    }

    @Override
    public List<UnionRecord> merge(List<MemberRecord> records) {
        return merge(records, this::knownOf);
    }

    private List<UnionRecord> merge(List<MemberRecord> records, Function<MemberRecord, Known> knownOf) {
        List<Known> facts = new ArrayList<>(records.size());
        List<MatchKeys> matchKeys = new ArrayList<>(records.size());
        for (MemberRecord r : records) {
            Known k = knownOf.apply(r);
            facts.add(k);
            matchKeys.add(k.keys());
        }
        int[] clusterOf = RecordClusterer.cluster(matchKeys);
        Map<Integer, List<Integer>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            clusters.computeIfAbsent(clusterOf[i], c -> new ArrayList<>(2)).add(i);
        }
        Set<String> usedIds = new HashSet<>();
        MessageDigest sha256 = sha256();
        List<UnionRecord> out = new ArrayList<>(clusters.size());
        for (List<Integer> members : clusters.values()) {
            List<MemberRecord> sources = new ArrayList<>(members.size());
            List<HeldBy> heldBy = new ArrayList<>(members.size());
            int[] fullness = new int[members.size()];
            for (int m = 0; m < members.size(); m++) {
                MemberRecord r = records.get(members.get(m));
                Known k = facts.get(members.get(m));
                sources.add(r);
                heldBy.add(new HeldBy(r.memberId(), r.localId(), k.holdings()));
                fullness[m] = k.fullness();
            }
            MemberRecord best = sources.get(chooser.choose(sources, fullness));
            out.add(new UnionRecord(uniqueId(unionId(sources, r -> knownOf.apply(r).keys(), sha256), usedIds), best.record(),
                    heldBy, sources, 0.0));
        }
        return out;
    }

    /** The union id of a cluster (see the class comment); does not depend on record order. */
    public static String unionId(List<MemberRecord> cluster) {
        return unionId(cluster, r -> MatchKeys.of(r.record()), sha256());
    }

    private static String unionId(List<MemberRecord> cluster, Function<MemberRecord, MatchKeys> keys,
                                  MessageDigest sha256) {
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("empty cluster");
        }
        MemberRecord first = cluster.get(0);
        for (MemberRecord r : cluster) {
            if (compareAnchors(r, first, keys) < 0) {
                first = r;
            }
        }
        String anchor = anchor(first, keys);
        byte[] hash = sha256.digest(anchor.getBytes(StandardCharsets.UTF_8));
        return "u" + HexFormat.of().formatHex(hash, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private Known knownOf(MemberRecord record) {
        return known.get(record.record(), Known::of);
    }

    static List<DataField> holdings(MarcRecord record) {
        List<DataField> out = new ArrayList<>(2);
        for (Field f : record.fields()) {
            if (f instanceof DataField d && HOLDINGS_TAGS.contains(d.tag())) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    /** What the merge needs of one record, computed once per record. */
    private record Known(MatchKeys keys, int fullness, List<DataField> holdings) {
        static Known of(MarcRecord record) {
            MatchKeys keys = MatchKeys.of(record);
            // A String caches its hash: computed here, ahead of the merge, the clusterer's buckets only look it up.
            keys.descriptive().forEach(k -> k.value().hashCode());
            return new Known(keys, BestRecordChooser.fullness(record), ClusteringDeduplicator.holdings(record));
        }
    }

    /** A record without a local id is anchored by its content keys, so the id stays reproducible. */
    private static String anchor(MemberRecord r, Function<MemberRecord, MatchKeys> keys) {
        if (!r.localId().isBlank()) {
            return r.memberId() + ":" + r.localId();
        }
        return r.memberId() + ":#" + String.join(" ", keys.apply(r).keys());
    }

    /**
     * The anchors of two records in {@link String#compareTo} order; for records with local ids
     * (nearly all) without building either: every merge compares the anchors of all its records.
     */
    private static int compareAnchors(MemberRecord x, MemberRecord y, Function<MemberRecord, MatchKeys> keys) {
        if (x.localId().isBlank() || y.localId().isBlank()) {
            return anchor(x, keys).compareTo(anchor(y, keys));
        }
        int lx = x.memberId().length() + 1 + x.localId().length();
        int ly = y.memberId().length() + 1 + y.localId().length();
        for (int i = 0; i < Math.min(lx, ly); i++) {
            char a = anchorChar(x, i);
            char b = anchorChar(y, i);
            if (a != b) {
                return a - b;
            }
        }
        return lx - ly;
    }

    /** Character {@code i} of {@code memberId:localId}. */
    private static char anchorChar(MemberRecord r, int i) {
        int m = r.memberId().length();
        return i < m ? r.memberId().charAt(i) : i == m ? ':' : r.localId().charAt(i - m - 1);
    }

    /** Two clusters can share an anchor only if one member returned one id twice; keep both apart. */
    private static String uniqueId(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
