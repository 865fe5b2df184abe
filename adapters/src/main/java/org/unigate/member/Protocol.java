package org.unigate.member;

/** How the gateway talks to a member's backend. */
public enum Protocol {
    Z3950, SRU, OAI, EMBEDDED
}
