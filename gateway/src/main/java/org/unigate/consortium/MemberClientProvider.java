package org.unigate.consortium;

import java.io.IOException;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;

/** Opens a client for a member of one protocol. */
@FunctionalInterface
public interface MemberClientProvider {
    MemberClient open(MemberSpec spec) throws IOException;
}
