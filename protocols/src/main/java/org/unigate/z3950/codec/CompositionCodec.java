package org.unigate.z3950.codec;

import java.util.ArrayList;
import java.util.List;
import org.unigate.ber.BerException;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.External;
import org.unigate.ber.ExternalCodec;
import org.unigate.ber.Oid;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.Specification;

/**
 * ElementSetNames {@code CHOICE { genericElementSetName [0], databaseSpecific [1] }},
 * CompSpec and Specification: what to put in each returned record.
 */
final class CompositionCodec {

    private static final BerTag GENERIC_NAME = BerTag.context(0).named("genericElementSetName");
    private static final BerTag DATABASE_SPECIFIC = BerTag.contextConstructed(1).named("databaseSpecific");
    private static final BerTag SELECT_ALTERNATIVE = BerTag.context(1).named("selectAlternativeSyntax");
    private static final BerTag GENERIC_SPEC = BerTag.contextConstructed(2).named("generic");
    private static final BerTag DB_SPECIFIC = BerTag.contextConstructed(3).named("dbSpecific");
    private static final BerTag DB = BerTag.contextConstructed(1).named("db");
    private static final BerTag SPEC = BerTag.contextConstructed(2).named("spec");
    private static final BerTag RECORD_SYNTAX = BerTag.contextConstructed(4).named("recordSyntax");
    private static final BerTag SCHEMA_OID = BerTag.context(1).named("schema oid");
    private static final BerTag SCHEMA_URI = BerTag.context(300).named("schema uri");
    private static final BerTag ELEMENT_SPEC = BerTag.contextConstructed(2).named("elementSpec");
    private static final BerTag SPEC_ELEMENT_SET_NAME = BerTag.context(1).named("elementSetName");
    private static final BerTag EXTERNAL_ESPEC = BerTag.contextConstructed(2).named("externalEspec");

    private CompositionCodec() {
    }

    /** ElementSetNames under an explicit tag ([100], [101], [19]). */
    static ElementSetNames readElementSetNames(BerReader in, BerTag explicitTag) {
        in.enter(explicitTag);
        ElementSetNames names;
        if (in.nextIs(GENERIC_NAME)) {
            names = new ElementSetNames.Generic(in.readString(GENERIC_NAME));
        } else {
            List<ElementSetNames.DatabaseName> list = new ArrayList<>();
            in.enter(DATABASE_SPECIFIC);
            while (in.hasNext()) {
                in.enter(BerTag.SEQUENCE);
                list.add(new ElementSetNames.DatabaseName(in.readString(Fields.DATABASE_NAME), in.readString(Fields.ELEMENT_SET_NAME)));
                in.leave();
            }
            in.leave();
            names = new ElementSetNames.DatabaseSpecific(list);
        }
        in.leave();
        return names;
    }

    static void writeElementSetNames(BerWriter out, BerTag explicitTag, ElementSetNames names) {
        if (names == null) {
            return;
        }
        out.begin(explicitTag);
        if (names instanceof ElementSetNames.Generic generic) {
            out.writeString(GENERIC_NAME, generic.name());
        } else {
            out.begin(DATABASE_SPECIFIC);
            for (ElementSetNames.DatabaseName name : ((ElementSetNames.DatabaseSpecific) names).names()) {
                out.begin(BerTag.SEQUENCE)
                        .writeString(Fields.DATABASE_NAME, name.database())
                        .writeString(Fields.ELEMENT_SET_NAME, name.elementSetName()).end();
            }
            out.end();
        }
        out.end();
    }

    /** CompSpec under {@code complex [209] IMPLICIT}. */
    static RecordComposition.Complex readCompSpec(BerReader in, BerTag tag) {
        in.enter(tag);
        boolean selectAlternative = in.readBoolean(SELECT_ALTERNATIVE);
        Specification generic = in.nextIs(GENERIC_SPEC) ? readSpecification(in, GENERIC_SPEC) : null;
        List<RecordComposition.DatabaseSpecification> dbSpecific = new ArrayList<>();
        if (in.nextIs(DB_SPECIFIC)) {
            in.enter(DB_SPECIFIC);
            while (in.hasNext()) {
                in.enter(BerTag.SEQUENCE);
                in.enter(DB);
                String db = in.readString(Fields.DATABASE_NAME);
                in.leave();
                dbSpecific.add(new RecordComposition.DatabaseSpecification(db, readSpecification(in, SPEC)));
                in.leave();
            }
            in.leave();
        }
        List<Oid> syntaxes = new ArrayList<>();
        if (in.nextIs(RECORD_SYNTAX)) {
            in.enter(RECORD_SYNTAX);
            while (in.hasNext()) {
                syntaxes.add(in.readOid(BerTag.OBJECT_IDENTIFIER));
            }
            in.leave();
        }
        in.leave();
        if (generic == null && dbSpecific.isEmpty()) {
            throw new BerException(BerException.Problem.MISSING_ELEMENT, "CompSpec without generic or dbSpecific");
        }
        return new RecordComposition.Complex(selectAlternative, generic, dbSpecific, syntaxes);
    }

    static void writeCompSpec(BerWriter out, BerTag tag, RecordComposition.Complex spec) {
        out.begin(tag);
        out.writeBoolean(SELECT_ALTERNATIVE, spec.selectAlternativeSyntax());
        if (spec.generic() != null) {
            writeSpecification(out, GENERIC_SPEC, spec.generic());
        }
        if (!spec.dbSpecific().isEmpty()) {
            out.begin(DB_SPECIFIC);
            for (RecordComposition.DatabaseSpecification db : spec.dbSpecific()) {
                out.begin(BerTag.SEQUENCE);
                out.begin(DB).writeString(Fields.DATABASE_NAME, db.database()).end();
                writeSpecification(out, SPEC, db.specification());
                out.end();
            }
            out.end();
        }
        if (!spec.recordSyntax().isEmpty()) {
            out.begin(RECORD_SYNTAX);
            for (Oid syntax : spec.recordSyntax()) {
                out.writeOid(BerTag.OBJECT_IDENTIFIER, syntax);
            }
            out.end();
        }
        out.end();
    }

    static Specification readSpecification(BerReader in, BerTag tag) {
        in.enter(tag);
        Oid schemaOid = Fields.optionalOid(in, SCHEMA_OID);
        String schemaUri = schemaOid == null ? Fields.optionalString(in, SCHEMA_URI) : null;
        String elementSetName = null;
        External externalEspec = null;
        if (in.nextIs(ELEMENT_SPEC)) {
            in.enter(ELEMENT_SPEC);
            if (in.nextIs(SPEC_ELEMENT_SET_NAME)) {
                elementSetName = in.readString(SPEC_ELEMENT_SET_NAME);
            } else {
                externalEspec = ExternalCodec.read(in, EXTERNAL_ESPEC);
            }
            in.leave();
        }
        in.leave();
        return new Specification(schemaOid, schemaUri, elementSetName, externalEspec);
    }

    static void writeSpecification(BerWriter out, BerTag tag, Specification spec) {
        out.begin(tag);
        Fields.writeOid(out, SCHEMA_OID, spec.schemaOid());
        Fields.writeString(out, SCHEMA_URI, spec.schemaUri());
        if (spec.elementSetName() != null) {
            out.begin(ELEMENT_SPEC).writeString(SPEC_ELEMENT_SET_NAME, spec.elementSetName()).end();
        } else if (spec.externalEspec() != null) {
            out.begin(ELEMENT_SPEC);
            ExternalCodec.write(out, EXTERNAL_ESPEC, spec.externalEspec());
            out.end();
        }
        out.end();
    }
}
