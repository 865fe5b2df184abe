package org.unigate.testbed.generator;

import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * A member's 001 values: an invertible scramble of the work index, so control numbers look
 * unrelated across members yet the ground truth can map any of them back to its work.
 */
final class ControlNumbers {

    private static final long MODULUS = 1_000_000_000L;

    private final String prefix;
    private final String suffix;
    private final long multiplier;
    private final long inverse;
    private final long offset;
    private final int works;

    ControlNumbers(long seed, MemberProfile profile, int works) {
        String[] parts = profile.controlNumberFormat().split("%09d", -1);
        this.prefix = parts[0];
        this.suffix = parts[1];
        long h = Seeds.mix(seed * 31 + profile.member());
        // Odd and not a multiple of 5: coprime with 10^9, hence invertible modulo it.
        long m = Math.floorMod(h, MODULUS / 10) * 10 + 3;
        this.multiplier = m;
        this.inverse = BigInteger.valueOf(m).modInverse(BigInteger.valueOf(MODULUS)).longValueExact();
        this.offset = Math.floorMod(Seeds.mix(h), MODULUS);
        this.works = works;
    }

    String of(int index) {
        return prefix + zeroPadded(serial(index), 9) + suffix;
    }

    /** The 9-digit number inside the control number: unique per work within the member. */
    long serial(int index) {
        return Math.floorMod(mulMod(index, multiplier) + offset, MODULUS);
    }

    /** The work index behind a control number of this member, if it is one. */
    OptionalInt indexOf(String controlNumber) {
        String cn = controlNumber.strip();
        if (cn.length() != prefix.length() + 9 + suffix.length() || !cn.startsWith(prefix) || !cn.endsWith(suffix)) {
            return OptionalInt.empty();
        }
        String digits = cn.substring(prefix.length(), prefix.length() + 9);
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        long n = Long.parseLong(digits);
        long index = mulMod(Math.floorMod(n - offset, MODULUS), inverse);
        return index < works ? OptionalInt.of((int) index) : OptionalInt.empty();
    }

    static String zeroPadded(long n, int width) {
        String digits = Long.toString(n);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** Both factors are below 10^9, so the product fits in a long. */
    private static long mulMod(long a, long b) {
        return Math.floorMod(a * b, MODULUS);
    }
}
