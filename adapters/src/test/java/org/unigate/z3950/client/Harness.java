package org.unigate.z3950.client;

import java.time.Duration;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.testing.HarnessMembers;

/** The real members these tests talk to: one harness start per test JVM, shared by every class. */
final class Harness {

    /** Three Zebra members and yaz-ztest; the same value everywhere, so the harness starts once. */
    static final HarnessMembers.Options OPTIONS = new HarnessMembers.Options(3, true, false, 3000);

    private Harness() {
    }

    static HarnessMembers members() {
        return HarnessMembers.start(OPTIONS);
    }

    /** Zebra member {@code i} as the gateway would configure it; generous timeout for a loaded machine. */
    static MemberSpec.Builder zebra(HarnessMembers members, int i) {
        return MemberSpec.builder("z" + i, Protocol.Z3950).address(members.zebraAddress(i))
                .database(members.database()).recordSyntax("usmarc").charset("UTF-8").timeout(Duration.ofSeconds(30));
    }

    static MemberSpec.Builder ztest(HarnessMembers members) {
        HarnessMembers.Member m = members.member("ztest");
        return MemberSpec.builder("ztest", Protocol.Z3950).address(m.host() + ":" + m.port())
                .database("Default").recordSyntax("usmarc").timeout(Duration.ofSeconds(30));
    }
}
