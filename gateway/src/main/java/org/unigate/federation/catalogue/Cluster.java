package org.unigate.federation.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.unigate.union.UnionRecord;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.member.MemberRecord;

/**
 * One work as a refresh found it: its copies (sorted), a digest of their content and the id a
 * new union record for it would get. Holds no records, so a refresh keeps only these once the
 * deduplicator is done.
 *
 * @param anchorId the id {@link ClusteringDeduplicator#unionId} derives from the lowest copy:
 *                 the same data gives the same ids in a fresh folder, and the same id a search
 *                 result would show for the whole cluster
 */
record Cluster(List<CopyKey> copies, String contentHash, String anchorId) {

    Cluster {
        copies = List.copyOf(copies);
    }

    CopyKey first() {
        return copies.get(0);
    }

    static List<Cluster> of(List<UnionRecord> merged, Map<CopyKey, byte[]> digests) {
        List<Cluster> out = new ArrayList<>(merged.size());
        for (UnionRecord union : merged) {
            out.add(ofSources(union.sources(), digests));
        }
        return out;
    }

    private static Cluster ofSources(List<MemberRecord> sources, Map<CopyKey, byte[]> digests) {
        List<CopyKey> copies = sources.stream().map(r -> new CopyKey(r.memberId(), r.localId())).sorted().toList();
        List<byte[]> contents = copies.stream().map(c -> {
            byte[] digest = digests.get(c);
            if (digest == null) {
                throw new IllegalStateException("the deduplicator returned a copy it was not given: " + c);
            }
            return digest;
        }).toList();
        return new Cluster(copies, ContentDigest.ofCluster(copies, contents), ClusteringDeduplicator.unionId(sources));
    }
}
