package org.unigate.federation.fanout;

import org.unigate.member.MemberSpec;

/** Told about every member call as it ends (metrics). Must be quick and must not throw. */
@FunctionalInterface
public interface CallListener {

    CallListener NONE = (spec, result) -> { };

    void completed(MemberSpec spec, CallResult result);
}
