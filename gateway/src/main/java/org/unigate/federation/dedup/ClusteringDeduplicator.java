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
import org.unigate.federation.Deduplicator;
import org.unigate.federation.HeldBy;
import org.unigate.federation.UnionRecord;
import org.unigate.marc.DataField;
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
 * <p>Match keys are computed once per record, when the deduplicator first sees it (or earlier,
 * through {@link #prepare}, while the other members are still answering), and remembered for as
 * long as the record is alive: every fetch round re-merges all records fetched so far, and
 * folding text is the costly part. The memory is keyed by record identity, so a record the
 * sharing rules rewrote gets keys of its own, and it is bounded.
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
    private final Cache<MarcRecord, MatchKeys> keys = Caffeine.newBuilder()
            .weakKeys().maximumSize(REMEMBERED_RECORDS).executor(Runnable::run).build();

    public ClusteringDeduplicator() {
        this(List.of());
    }

    /** @param memberPreference member ids whose description wins, most trusted first */
    public ClusteringDeduplicator(List<String> memberPreference) {
        this.chooser = new BestRecordChooser(memberPreference);
    }

    /**
     * Computes the records' match keys now, so that merging them later only clusters. Walks the
     * records from the last: a merge that starts meanwhile keys them from the first, so the two
     * meet halfway instead of one trailing the other (each record is keyed once either way).
     */
    @Override
    public void prepare(List<MemberRecord> records) {
        for (int i = records.size() - 1; i >= 0; i--) {
            keysOf(records.get(i));
        }
    }

    @Override
    public List<UnionRecord> merge(List<MemberRecord> records) {
        List<MatchKeys> matchKeys = new ArrayList<>(records.size());
        for (MemberRecord r : records) {
            matchKeys.add(keysOf(r));
        }
        int[] clusterOf = RecordClusterer.cluster(matchKeys);
        Map<Integer, List<MemberRecord>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < clusterOf.length; i++) {
            clusters.computeIfAbsent(clusterOf[i], c -> new ArrayList<>()).add(records.get(i));
        }
        Set<String> usedIds = new HashSet<>();
        List<UnionRecord> out = new ArrayList<>(clusters.size());
        for (List<MemberRecord> sources : clusters.values()) {
            MemberRecord best = sources.get(chooser.choose(sources));
            List<HeldBy> heldBy = sources.stream()
                    .map(r -> new HeldBy(r.memberId(), r.localId(), holdings(r))).toList();
            out.add(new UnionRecord(uniqueId(unionId(sources, this::keysOf), usedIds), best.record(), heldBy, sources, 0.0));
        }
        return out;
    }

    /** The union id of a cluster (see the class comment); does not depend on record order. */
    public static String unionId(List<MemberRecord> cluster) {
        return unionId(cluster, r -> MatchKeys.of(r.record()));
    }

    private static String unionId(List<MemberRecord> cluster, Function<MemberRecord, MatchKeys> keys) {
        String anchor = cluster.stream().map(r -> anchor(r, keys)).min(String::compareTo)
                .orElseThrow(() -> new IllegalArgumentException("empty cluster"));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(anchor.getBytes(StandardCharsets.UTF_8));
            return "u" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private MatchKeys keysOf(MemberRecord record) {
        return keys.get(record.record(), MatchKeys::of);
    }

    static List<DataField> holdings(MemberRecord record) {
        return record.record().dataFields().filter(f -> HOLDINGS_TAGS.contains(f.tag())).toList();
    }

    /** A record without a local id is anchored by its content keys, so the id stays reproducible. */
    private static String anchor(MemberRecord r, Function<MemberRecord, MatchKeys> keys) {
        if (!r.localId().isBlank()) {
            return r.memberId() + ":" + r.localId();
        }
        return r.memberId() + ":#" + String.join(" ", keys.apply(r).keys());
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
