package org.unigate.federation.chain;

import org.unigate.member.MemberSpec;

/** Told about every member call as it ends (metrics). Must be quick and must not throw. */
@FunctionalInterface
public interface CallListener {

    CallListener NONE = (spec, result) -> { };

    void completed(MemberSpec spec, CallResult result);

    /** How many of a member's records its sharing rules withheld, and how many fields they took out. */
    default void shared(String memberId, int suppressed, int strippedFields) {
    }
}
