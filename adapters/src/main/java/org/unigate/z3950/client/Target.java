package org.unigate.z3950.client;

import java.util.Locale;
import org.unigate.ber.Oid;
import org.unigate.member.MemberSpec;
import org.unigate.z3950.RecordSyntax;

/** What every request to one member names: its database and record syntax, and how to read its records. */
record Target(String memberId, String database, Oid syntax, RecordReader reader) {

    /** @throws IllegalArgumentException for a record syntax the client cannot read */
    static Target of(MemberSpec spec) {
        String name = spec.recordSyntax() == null ? "usmarc" : spec.recordSyntax().strip().toLowerCase(Locale.ROOT);
        Oid syntax = name.equals("marcxml") || name.equals("marc21xml") ? RecordSyntax.XML : RecordSyntax.byName(name);
        if (syntax == null || !(syntax.equals(RecordSyntax.USMARC) || syntax.equals(RecordSyntax.XML)
                || syntax.equals(RecordSyntax.APPLICATION_XML) || syntax.equals(RecordSyntax.OPAC))) {
            throw new IllegalArgumentException("Z39.50 member " + spec.id() + ": record syntax \"" + spec.recordSyntax()
                    + "\" is not one the gateway reads (usmarc, xml, opac)");
        }
        String database = spec.database() == null || spec.database().isBlank() ? "Default" : spec.database().strip();
        return new Target(spec.id(), database, syntax, new RecordReader(spec.id(), spec.marc8()));
    }
}
