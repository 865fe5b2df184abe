package org.unigate.z3950;

/**
 * The target's answer (TargetResponse) in Init response otherInfo. {@code selected} is null
 * only when the proposal offered no charsets; {@code recordsInSelectedCharSets} is null
 * only when the proposal left it out.
 */
public record CharsetResponse(CharacterSet selected, String language, Boolean recordsInSelectedCharSets) implements CharsetNegotiation {

    /** Accepts {@code charset} for all strings and, if the origin asked, for records too. */
    public static CharsetResponse accept(CharacterSet charset, CharsetProposal proposal) {
        return new CharsetResponse(charset, null, proposal.recordsInSelectedCharSets());
    }
}
