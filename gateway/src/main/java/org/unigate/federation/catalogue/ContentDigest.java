package org.unigate.federation.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.unigate.marc.ControlField;
import org.unigate.marc.DataField;
import org.unigate.marc.Field;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.Subfield;

/**
 * Digests of record content, so a refresh can tell a changed copy from an unchanged one without
 * keeping the copies. The leader's length and base address are left out: they change whenever a
 * record is re-serialised, not when a cataloguer edits it. Every string is length-prefixed, so no
 * two different records can feed the digest the same bytes.
 */
final class ContentDigest {

    /** 128 bits: collisions are out of reach for any catalogue, and the state file stays small. */
    static final int BYTES = 16;

    private ContentDigest() {
    }

    static byte[] of(MarcRecord record) {
        MessageDigest md = sha256();
        String leader = record.leader();
        put(md, leader.length() == 24 ? leader.substring(5, 12) + leader.substring(17) : leader);
        for (Field field : record.fields()) {
            put(md, field.tag());
            if (field instanceof ControlField c) {
                put(md, c.value());
            } else if (field instanceof DataField d) {
                put(md, String.valueOf(new char[] {d.ind1(), d.ind2()}));
                md.update(intBytes(d.subfields().size()));
                for (Subfield s : d.subfields()) {
                    put(md, String.valueOf(s.code()));
                    put(md, s.value());
                }
            }
        }
        return Arrays.copyOf(md.digest(), BYTES);
    }

    /** One digest for a cluster: its copies (in the given, sorted order) and each copy's content. */
    static String ofCluster(List<CopyKey> copies, List<byte[]> contents) {
        MessageDigest md = sha256();
        for (int i = 0; i < copies.size(); i++) {
            put(md, copies.get(i).memberId());
            put(md, copies.get(i).localId());
            md.update(contents.get(i));
        }
        return HexFormat.of().formatHex(md.digest(), 0, BYTES);
    }

    private static void put(MessageDigest md, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        md.update(intBytes(bytes.length));
        md.update(bytes);
    }

    private static byte[] intBytes(int v) {
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
