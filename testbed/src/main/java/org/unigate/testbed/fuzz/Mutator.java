package org.unigate.testbed.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Makes hostile inputs from valid PDUs: random bytes, blind and structure-aware mutations. */
final class Mutator {

    enum Strategy {
        VALID, RANDOM, RANDOM_CONSTRUCTED, BIT_FLIP, INTERESTING_BYTES, TRUNCATE, SPLICE, LENGTH_TAMPER,
        TAG_TAMPER, DEEP_NESTING, ELEMENT_FLOOD, PIPELINED
    }

    private static final int[] INTERESTING = {0x00, 0x01, 0x1f, 0x20, 0x3f, 0x7f, 0x80, 0x81, 0x84, 0x88, 0xbf, 0xff};
    private static final Strategy[] STRATEGIES = Strategy.values();

    private final Random random;
    private final List<byte[]> seeds;

    Mutator(Random random, List<byte[]> seeds) {
        this.random = random;
        this.seeds = seeds;
    }

    Strategy pick() {
        return STRATEGIES[random.nextInt(STRATEGIES.length)];
    }

    byte[] make(Strategy strategy) {
        byte[] seed = seeds.get(random.nextInt(seeds.size()));
        return switch (strategy) {
            case VALID -> seed.clone();
            case RANDOM -> randomBytes(false);
            case RANDOM_CONSTRUCTED -> randomBytes(true);
            case BIT_FLIP -> flipBits(seed);
            case INTERESTING_BYTES -> interesting(seed);
            case TRUNCATE -> java.util.Arrays.copyOf(seed, random.nextInt(seed.length));
            case SPLICE -> splice(seed);
            case LENGTH_TAMPER -> tamperLength(seed);
            case TAG_TAMPER -> tamperTag(seed);
            case DEEP_NESTING -> deepNesting();
            case ELEMENT_FLOOD -> flood();
            case PIPELINED -> concat(seeds.get(random.nextInt(seeds.size())), make(pickMutation()));
        };
    }

    /** Random delivery chunk size: often whole, sometimes byte by byte, never more than 512 pieces. */
    int chunkSize(int length) {
        int size = switch (random.nextInt(4)) {
            case 0 -> 1;
            case 1 -> 1 + random.nextInt(16);
            case 2 -> 1 + random.nextInt(Math.max(1, length));
            default -> Math.max(1, length);
        };
        return Math.max(size, length / 512);
    }

    private Strategy pickMutation() {
        Strategy s;
        do {
            s = pick();
        } while (s == Strategy.PIPELINED || s == Strategy.VALID);
        return s;
    }

    private byte[] randomBytes(boolean constructed) {
        byte[] bytes = new byte[1 + random.nextInt(random.nextInt(8) == 0 ? 4096 : 256)];
        random.nextBytes(bytes);
        if (constructed) {
            bytes[0] = (byte) (0xa0 | (bytes[0] & 0x1f));
            if (bytes.length > 1 && random.nextBoolean()) {
                bytes[1] = (byte) 0x80;
            }
        }
        return bytes;
    }

    private byte[] flipBits(byte[] seed) {
        byte[] out = seed.clone();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] interesting(byte[] seed) {
        byte[] out = seed.clone();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            out[random.nextInt(out.length)] = (byte) INTERESTING[random.nextInt(INTERESTING.length)];
        }
        return out;
    }

    private byte[] splice(byte[] seed) {
        int at = random.nextInt(seed.length + 1);
        int from = random.nextInt(seed.length);
        int length = random.nextInt(seed.length - from + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + length);
        out.write(seed, 0, at);
        out.write(seed, from, length);
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }

    /** Rewrites one element's length octets: absurd, indefinite, off by one, or reserved. */
    private byte[] tamperLength(byte[] seed) {
        List<int[]> headers = Tlv.headers(seed);
        int[] h = headers.get(random.nextInt(headers.size()));
        int lengthAt = h[0] + h[1];
        byte[][] choices = {
            {(byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, {(byte) 0x80}, {(byte) 0xff},
            {(byte) 0x88, 1, 0, 0, 0, 0, 0, 0, 0}, {(byte) ((seed[lengthAt] & 0xff) + 1)}, {(byte) ((seed[lengthAt] & 0xff) - 1)}};
        byte[] value = choices[random.nextInt(choices.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream(seed.length + 8);
        out.write(seed, 0, lengthAt);
        out.writeBytes(value);
        out.write(seed, lengthAt + h[2], seed.length - lengthAt - h[2]);
        return out.toByteArray();
    }

    /** Rewrites one identifier octet: other class, form or number, or a runaway high tag. */
    private byte[] tamperTag(byte[] seed) {
        List<int[]> headers = Tlv.headers(seed);
        int at = headers.get(random.nextInt(headers.size()))[0];
        byte[] out = seed.clone();
        out[at] = switch (random.nextInt(4)) {
            case 0 -> (byte) (out[at] ^ 0x20);
            case 1 -> (byte) (out[at] ^ 0xc0);
            case 2 -> (byte) ((out[at] & 0xe0) | random.nextInt(31));
            default -> (byte) (out[at] | 0x1f);
        };
        return out;
    }

    private byte[] deepNesting() {
        int depth = 1 + random.nextInt(3000);
        boolean indefinite = random.nextBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < depth; i++) {
            out.write(0xa0 | (i == 0 ? 22 : 1));
            out.write(indefinite ? 0x80 : 0x84);
            if (!indefinite) {
                out.writeBytes(new byte[] {0, 0x10, 0, 0});
            }
        }
        return out.toByteArray();
    }

    private byte[] flood() {
        int count = 1 + random.nextInt(200_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream(2 * count + 8);
        out.writeBytes(new byte[] {(byte) 0xb6, (byte) 0x84});
        int length = 2 * count;
        out.writeBytes(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        for (int i = 0; i < count; i++) {
            out.writeBytes(new byte[] {0x05, 0x00});
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** Header positions of a valid, definite-length encoding: {offset, identifier length, length-octets length}. */
    static final class Tlv {
        private Tlv() {
        }

        static List<int[]> headers(byte[] pdu) {
            List<int[]> headers = new ArrayList<>();
            walk(pdu, 0, pdu.length, headers);
            return headers;
        }

        private static void walk(byte[] pdu, int from, int to, List<int[]> headers) {
            int p = from;
            while (p < to) {
                int tagLength = 1;
                if ((pdu[p] & 0x1f) == 0x1f) {
                    while ((pdu[p + tagLength] & 0x80) != 0) {
                        tagLength++;
                    }
                    tagLength++;
                }
                int first = pdu[p + tagLength] & 0xff;
                int lengthLength = first < 0x80 ? 1 : 1 + (first & 0x7f);
                int length = first;
                if (first >= 0x80) {
                    length = 0;
                    for (int i = 1; i < lengthLength; i++) {
                        length = (length << 8) | (pdu[p + tagLength + i] & 0xff);
                    }
                }
                headers.add(new int[] {p, tagLength, lengthLength});
                int content = p + tagLength + lengthLength;
                if ((pdu[p] & 0x20) != 0) {
                    walk(pdu, content, content + length, headers);
                }
                p = content + length;
            }
        }
    }
}
