package org.unigate.sru.client;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Stream;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.RecordProblem;
import org.unigate.member.MemberRecord;
import org.unigate.sru.BadRecordException;
import org.unigate.sru.RecordData;

/**
 * Turns one record's data into a {@link MemberRecord} with the marc package's MARCXML reader.
 * A record the reader could make nothing of (no MARC record in it, no fields, unreadable) is
 * refused with the reason, so the caller can report it and keep the rest of the page. The local
 * id is the record's 001, else the SRU record identifier the member sent alongside.
 */
final class RecordDecoder {

    private final String memberId;

    RecordDecoder(String memberId) {
        this.memberId = memberId;
    }

    /**
     * @param recordIdentifier the member's identifier for the record from extraRecordData, or null
     */
    MemberRecord decode(RecordData data, String schema, String recordIdentifier) throws BadRecordException {
        Optional<MarcRecord> read;
        try (Stream<MarcRecord> records = MarcFiles.stream(new ByteArrayInputStream(data.bytes()))) {
            read = records.findFirst();
        }
        if (read.isEmpty()) {
            throw new BadRecordException("no MARCXML record in recordData (<" + data.root() + ">"
                    + (schema == null ? "" : ", schema " + schema) + ")");
        }
        MarcRecord record = read.get();
        Optional<RecordProblem> unreadable = record.problems().stream()
                .filter(p -> p.kind() == RecordProblem.Kind.UNREADABLE).findFirst();
        if (unreadable.isPresent()) {
            throw new BadRecordException("unreadable MARCXML: " + unreadable.get().message());
        }
        if (record.fields().isEmpty()) {
            throw new BadRecordException("MARCXML record without fields");
        }
        String localId = record.controlNumber().filter(id -> !id.isEmpty()).orElse(recordIdentifier);
        return new MemberRecord(memberId, localId, record);
    }
}
