package org.unigate.z3950;

/**
 * A well-formed APDU of a type Unigate does not implement (access and resource control,
 * extended services, segment, duplicate detection). Decoded rather than rejected so a server
 * can answer it properly; {@code tag} is its PDU CHOICE number (e.g. 46 extendedServicesRequest).
 */
public record UnsupportedApdu(int tag, org.unigate.ber.Octets referenceId) implements Apdu {
}
