package org.unigate.z3950;

/** The ProtocolVersion bits; versions 1 and 2 are identical and both are always set. */
public enum ProtocolVersion implements Coded {
    V1, V2, V3;

    @Override
    public int code() {
        return ordinal();
    }
}
