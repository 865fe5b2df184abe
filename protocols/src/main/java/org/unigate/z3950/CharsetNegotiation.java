package org.unigate.z3950;

/** A Character Set and Language Negotiation record: the origin's proposal or the target's response. */
public sealed interface CharsetNegotiation permits CharsetProposal, CharsetResponse {
}
