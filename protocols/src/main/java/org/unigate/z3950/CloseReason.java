package org.unigate.z3950;

/** CloseReason of a Close APDU. */
public enum CloseReason implements Coded {
    FINISHED, SHUTDOWN, SYSTEM_PROBLEM, COST_LIMIT, RESOURCES, SECURITY_VIOLATION, PROTOCOL_ERROR,
    LACK_OF_ACTIVITY, PEER_ABORT, UNSPECIFIED;

    @Override
    public int code() {
        return ordinal();
    }
}
