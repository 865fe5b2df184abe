package org.unigate.testbed.generator;

import static org.unigate.testbed.generator.Seeds.chance;

import java.util.SplittableRandom;

/**
 * ISBNs, OCLC numbers and LCCNs for works. Each is a bijection of the work index, so two
 * different works never share an identifier (up to 10^6 works per ISBN group of six-digit serials).
 */
final class WorkIdentifiers {

    /** A multiplier coprime with 10, so multiplying permutes residues modulo any power of ten. */
    private static final long SPREAD = 387_420_489L;

    private final long isbnOffset;
    private final long oclcOffset;
    private final long lccnOffset;

    WorkIdentifiers(long seed) {
        this.isbnOffset = Math.floorMod(Seeds.mix(seed ^ 0x15B11L), 1_000_000_000_000L);
        this.oclcOffset = Math.floorMod(Seeds.mix(seed ^ 0x0C1CL), 1_000_000_000L);
        this.lccnOffset = Math.floorMod(Seeds.mix(seed ^ 0x1CC1L), 1_000_000L);
    }

    Work.Identifiers identifiers(SplittableRandom r, int index, Imprint imprint, int year, Lang lang) {
        String isbn = year >= 1970 && chance(r, 0.9) ? isbn(index, imprint.isbnGroup()) : null;
        long oclc = chance(r, 0.75) ? 1 + permute(index, 1_000_000_000L, oclcOffset) : 0;
        double lccnRate = switch (lang) {
            case ENGLISH -> 0.45;
            case CHINESE, JAPANESE, KOREAN -> 0.25;
            default -> 0.2;
        };
        String lccn = year >= 1950 && chance(r, lccnRate) ? lccn(index, Math.max(1950, year - r.nextInt(2))) : null;
        return new Work.Identifiers(isbn, oclc, lccn);
    }

    String isbn(int index, String group) {
        int digits = 12 - group.length();
        long modulus = pow10(digits);
        String serial = String.format("%0" + digits + "d", permute(index, modulus, isbnOffset % modulus));
        return Isbn.complete13(group + serial);
    }

    /** LCCN in its 12-character MARC form: blanks, year (2 digits before 2001), serial. */
    String lccn(int index, int year) {
        long serial = permute(index, 1_000_000L, lccnOffset);
        return year < 2001
                ? String.format("   %02d%06d ", year % 100, serial)
                : String.format("  %04d%06d", year, serial);
    }

    private static long permute(int index, long modulus, long offset) {
        return Math.floorMod(index * SPREAD + offset, modulus);
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }
}
