package org.unigate.z3950;

import java.util.List;
import java.util.Objects;
import org.unigate.ber.Oid;

/** RecordSyntax-opac OPACRecord: a bibliographic record with holdings and circulation data. */
public record OpacRecord(RetrievalRecord bibliographicRecord, List<Holdings> holdingsData) implements RetrievalRecord {

    public OpacRecord {
        holdingsData = Lists.copy(holdingsData);
    }

    @Override
    public Oid syntax() {
        return RecordSyntax.OPAC;
    }

    /** HoldingsRecord: a MARC holdings record or structured holdings-and-circulation data. */
    public sealed interface Holdings permits MarcHoldings, HoldingsAndCirc {
    }

    public record MarcHoldings(RetrievalRecord record) implements Holdings {
        public MarcHoldings {
            Objects.requireNonNull(record, "record");
        }
    }
}
