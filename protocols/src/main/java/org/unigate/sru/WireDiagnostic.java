package org.unigate.sru;

/** A diagnostic as SRU writes it, whoever made it: its URI, the details the list prescribes, a message for people. */
public interface WireDiagnostic {

    String uri();

    /** Null for none. */
    String details();

    /** Null for none. */
    String message();
}
