package org.unigate.z3950.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerException;
import org.unigate.ber.BerFrameDecoder;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.Z3950Query;

/** Malformed and hostile input ends in a BerException (or waits for bytes), never anything else. */
class HostileInputTest {

    private static final BerLimits LIMITS = new BerLimits(64 * 1024, 32, 5_000);

    /**
     * Feeds {@code bytes} in chunks to the frame decoder and decodes each frame, as the pipeline
     * does, stopping at the first exception (a server closes the connection there).
     */
    private static List<Apdu> feed(byte[] bytes, int chunk) {
        EmbeddedChannel frames = new EmbeddedChannel(new BerFrameDecoder(LIMITS));
        List<Apdu> apdus = new ArrayList<>();
        try {
            for (int i = 0; i < bytes.length; i += chunk) {
                frames.writeInbound(Unpooled.copiedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
                for (ByteBuf frame = frames.readInbound(); frame != null; frame = frames.readInbound()) {
                    try {
                        apdus.add(ApduCodec.decode(frame, LIMITS));
                    } finally {
                        frame.release();
                    }
                }
            }
            return apdus;
        } finally {
            frames.finishAndReleaseAll();
        }
    }

    private static void mustFailCleanlyOrDecode(byte[] bytes, int chunk, String what) {
        try {
            assertThat(feed(bytes, chunk)).doesNotContainNull();
        } catch (BerException expected) {
            assertThat(expected.problem()).isNotNull();
        } catch (Throwable t) {
            fail(what + " threw " + t + " for " + java.util.HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 64)), t);
        }
    }

    @Test
    void seededRandomAndMutatedPdusNeverEscapeAsOtherExceptions() {
        Random random = new Random(20240611L);
        List<byte[]> seeds = SampleApdus.all().stream().map(ApduCodec::encode).toList();
        for (int i = 0; i < 3000; i++) {
            byte[] seed = seeds.get(random.nextInt(seeds.size()));
            byte[] input = switch (i % 5) {
                case 0 -> randomBytes(random);
                case 1 -> flipBits(seed, random);
                case 2 -> Arrays.copyOf(seed, random.nextInt(seed.length));
                case 3 -> tamperLength(seed, random);
                default -> splice(seed, random);
            };
            mustFailCleanlyOrDecode(input, 1 + random.nextInt(64), "case " + i);
        }
    }

    @Test
    void absurdLengthIsRejectedBeforeAnyBuffering() {
        byte[] header = {(byte) 0xb6, (byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
        assertThatThrownBy(() -> feed(header, 6)).isInstanceOf(BerException.class)
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.PDU_TOO_LARGE);
    }

    @Test
    void endlessIndefinitePduFailsOnceItPassesTheSizeLimit() {
        EmbeddedChannel channel = new EmbeddedChannel();
        Z3950Codecs.install(channel.pipeline(), LIMITS);
        channel.writeInbound(Unpooled.wrappedBuffer(new byte[] {(byte) 0xb6, (byte) 0x80}));
        byte[] chunk = new byte[4096];
        chunk[0] = 0x04;
        chunk[1] = (byte) 0x82;
        chunk[2] = (byte) ((chunk.length - 4) >> 8);
        chunk[3] = (byte) ((chunk.length - 4) & 0xff);
        long written = 2;
        try {
            while (written < 10L * LIMITS.maxPduSize()) {
                channel.writeInbound(Unpooled.wrappedBuffer(chunk));
                written += chunk.length;
            }
            fail("a PDU growing without end was buffered");
        } catch (BerException e) {
            assertThat(e.problem()).isEqualTo(BerException.Problem.PDU_TOO_LARGE);
            assertThat(written).isLessThanOrEqualTo(LIMITS.maxPduSize() + chunk.length);
        } finally {
            channel.finishAndReleaseAll();
        }
    }

    @Test
    void deepNestingAndElementFloodsHitTheirLimits() {
        ByteArrayOutputStream deep = new ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) {
            deep.writeBytes(new byte[] {(byte) 0xb6, (byte) 0x80});
        }
        assertThatThrownBy(() -> feed(deep.toByteArray(), 7))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.TOO_DEEP);
        byte[] flood = new byte[4 + 2 * 6000];
        flood[0] = (byte) 0xb6;
        flood[1] = (byte) 0x82;
        flood[2] = (byte) ((2 * 6000) >> 8);
        flood[3] = (byte) ((2 * 6000) & 0xff);
        for (int i = 4; i < flood.length; i += 2) {
            flood[i] = 0x05;
        }
        assertThatThrownBy(() -> feed(flood, 1000))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.TOO_MANY_ELEMENTS);
    }

    @Test
    void wellFormedBerOfTheWrongShapeIsASchemaError() {
        // searchRequest [22] holding a single BOOLEAN where smallSetUpperBound belongs
        byte[] wrong = {(byte) 0xb6, 0x03, 0x01, 0x01, 0x01};
        assertThatThrownBy(() -> feed(wrong, 5)).isInstanceOf(BerException.class)
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.UNEXPECTED_ELEMENT);
        // a Close whose closeReason is 99
        byte[] badEnum = {(byte) 0xbf, 0x30, 0x04, (byte) 0x9f, (byte) 0x81, 0x53, 0x01, 0x63};
        byte[] fixed = Arrays.copyOf(badEnum, badEnum.length);
        fixed[2] = 0x05;
        assertThatThrownBy(() -> feed(fixed, 8)).isInstanceOf(BerException.class).hasMessageContaining("99");
    }

    @Test
    void queriesTheModelCannotHoldStillDecodeForADiagnostic() {
        // type-1 query whose operand is a resultAttr [214]: valid Z39.50, not in the RPN model
        byte[] query = {(byte) 0xa1, 0x0f, 0x06, 0x07, 0x2a, (byte) 0x86, 0x48, (byte) 0xce, 0x13, 0x03, 0x01,
            (byte) 0xa0, 0x04, (byte) 0xbf, (byte) 0x81, 0x56, 0x00};
        SearchRequest template = SearchRequest.of("s", List.of("d"), new Z3950Query.Ccl("x"));
        byte[] encoded = ApduCodec.encode(template);
        byte[] ccl = {(byte) 0xa2, 0x03, 0x04, 0x01, 'x'};
        byte[] patched = replace(encoded, ccl, query);
        Apdu apdu = ApduCodec.decode(patched, LIMITS);
        Z3950Query decoded = ((SearchRequest) apdu).query();
        assertThat(decoded).isInstanceOfSatisfying(Z3950Query.Unsupported.class, u -> {
            assertThat(u.type()).isEqualTo(1);
            assertThat(u.reason()).contains("result-set-plus-attributes");
        });
        assertThat(ApduCodec.decode(ApduCodec.encode(apdu), LIMITS)).isEqualTo(apdu);
    }

    @Test
    void decodeFailuresBecomeACloseWithTheProblem() {
        BerException limit = new BerException(BerException.Problem.TOO_DEEP, "deep");
        Close close = DecodeFailures.closeFor(new io.netty.handler.codec.DecoderException(limit));
        assertThat(close.closeReason()).isEqualTo(CloseReason.RESOURCES);
        assertThat(close.diagnosticInformation()).contains("deep");
        assertThat(DecodeFailures.closeFor(new BerException(BerException.Problem.MALFORMED, "x")).closeReason())
                .isEqualTo(CloseReason.PROTOCOL_ERROR);
        assertThat(DecodeFailures.closeFor(new IllegalStateException())).isNull();
    }

    private static byte[] replace(byte[] in, byte[] what, byte[] with) {
        for (int i = 0; i + what.length <= in.length; i++) {
            if (Arrays.equals(in, i, i + what.length, what, 0, what.length)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, i);
                out.writeBytes(with);
                out.write(in, i + what.length, in.length - i - what.length);
                byte[] result = out.toByteArray();
                result[1] = (byte) (result[1] + with.length - what.length);
                result[result.length - with.length - 2 + 1] = (byte) (with.length);
                return fixLengths(result, in, with.length - what.length);
            }
        }
        throw new AssertionError("pattern not found");
    }

    /** The template's outer lengths are single octets; bump the two that enclose the query. */
    private static byte[] fixLengths(byte[] patched, byte[] original, int delta) {
        byte[] out = patched.clone();
        out[1] = (byte) (original[1] + delta);
        for (int i = 2; i < out.length - 1; i++) {
            if ((out[i] & 0xff) == 0xb5) {
                out[i + 1] = (byte) (original[i + 1] + delta);
                return out;
            }
        }
        throw new AssertionError("query tag not found");
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(300)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            bytes[0] = (byte) (0xa0 | (bytes[0] & 0x1f));
        }
        return bytes;
    }

    private static byte[] flipBits(byte[] seed, Random random) {
        byte[] out = seed.clone();
        for (int n = 1 + random.nextInt(8); n > 0; n--) {
            int i = random.nextInt(out.length);
            out[i] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private static byte[] tamperLength(byte[] seed, Random random) {
        byte[] out = seed.clone();
        int i = 1 + random.nextInt(out.length - 1);
        byte[][] lengths = {{(byte) 0x80}, {(byte) 0x84, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, {(byte) 0xff}, {0x7f}, {0}};
        byte[] value = lengths[random.nextInt(lengths.length)];
        System.arraycopy(value, 0, out, i, Math.min(value.length, out.length - i));
        return out;
    }

    private static byte[] splice(byte[] seed, Random random) {
        int at = random.nextInt(seed.length);
        int from = random.nextInt(seed.length);
        int length = random.nextInt(seed.length - from + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(seed, 0, at);
        out.write(seed, from, length);
        out.write(seed, at, seed.length - at);
        return out.toByteArray();
    }
}
