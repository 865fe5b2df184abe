package org.unigate.testbed.generator;

/**
 * What to generate: the same settings always give the same consortium, record for record.
 *
 * @param seed    any value; changes every title, name and holding
 * @param works   how many distinct works the consortium holds between its members
 * @param members how many member libraries (the demo has 8; profiles repeat beyond that)
 */
public record GeneratorSettings(long seed, int works, int members) {

    /** Work indexes feed 9-digit control numbers and ISBN serials, so stay well inside them. */
    public static final int MAX_WORKS = 50_000_000;
    public static final int MAX_MEMBERS = 64;

    public GeneratorSettings {
        if (works < 0 || works > MAX_WORKS) {
            throw new IllegalArgumentException("works must be between 0 and " + MAX_WORKS + ": " + works);
        }
        if (members < 1 || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be between 1 and " + MAX_MEMBERS + ": " + members);
        }
    }

    /** The demo consortium: eight members sharing a few thousand works. */
    public static GeneratorSettings demo() {
        return new GeneratorSettings(42, 3000, 8);
    }
}
