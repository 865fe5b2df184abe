package org.unigate.z3950.codec;

import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.ExternalCodec;
import org.unigate.z3950.IdAuthentication;

/**
 * IdAuthentication under {@code [7]} (explicit): {@code CHOICE { open VisibleString, idPass
 * SEQUENCE { groupId [0], userId [1], password [2] }, anonymous NULL, other EXTERNAL }}.
 * Lenient: {@code open} is also accepted as a GeneralString, which some clients send.
 */
final class AuthenticationCodec {

    private static final BerTag GROUP = BerTag.context(0).named("groupId");
    private static final BerTag USER = BerTag.context(1).named("userId");
    private static final BerTag PASSWORD = BerTag.context(2).named("password");

    private AuthenticationCodec() {
    }

    static IdAuthentication read(BerReader in, BerTag tag) {
        in.enter(tag);
        IdAuthentication result;
        if (in.nextIs(BerTag.VISIBLE_STRING)) {
            result = new IdAuthentication.Open(in.readString(BerTag.VISIBLE_STRING));
        } else if (in.nextIs(BerTag.GENERAL_STRING)) {
            result = new IdAuthentication.Open(in.readString(BerTag.GENERAL_STRING));
        } else if (in.nextIs(BerTag.SEQUENCE)) {
            in.enter(BerTag.SEQUENCE);
            result = new IdAuthentication.IdPass(Fields.optionalString(in, GROUP), Fields.optionalString(in, USER),
                    Fields.optionalString(in, PASSWORD));
            in.leave();
        } else if (in.nextIs(BerTag.NULL)) {
            in.readNull(BerTag.NULL);
            result = new IdAuthentication.Anonymous();
        } else if (in.nextIs(BerTag.EXTERNAL)) {
            result = new IdAuthentication.Other(ExternalCodec.read(in));
        } else {
            throw in.unexpected("idAuthentication");
        }
        in.leave();
        return result;
    }

    static void write(BerWriter out, BerTag tag, IdAuthentication authentication) {
        out.begin(tag);
        if (authentication instanceof IdAuthentication.Open open) {
            out.writeString(BerTag.VISIBLE_STRING, open.value());
        } else if (authentication instanceof IdAuthentication.IdPass idPass) {
            out.begin(BerTag.SEQUENCE);
            Fields.writeString(out, GROUP, idPass.groupId());
            Fields.writeString(out, USER, idPass.userId());
            Fields.writeString(out, PASSWORD, idPass.password());
            out.end();
        } else if (authentication instanceof IdAuthentication.Anonymous) {
            out.writeNull(BerTag.NULL);
        } else {
            ExternalCodec.write(out, ((IdAuthentication.Other) authentication).external());
        }
        out.end();
    }
}
