package org.unigate.ber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.BitSet;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BerCodecTest {

    private static final BerLimits LIMITS = BerLimits.DEFAULT;

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static String encode(java.util.function.Consumer<BerWriter> body) {
        ByteBuf buf = Unpooled.buffer();
        body.accept(new BerWriter(buf));
        return ByteBufUtil.hexDump(buf);
    }

    @Test
    void integersUseMinimalTwosComplement() {
        assertThat(encode(w -> w.writeInteger(BerTag.INTEGER, 0))).isEqualTo("020100");
        assertThat(encode(w -> w.writeInteger(BerTag.INTEGER, 127))).isEqualTo("02017f");
        assertThat(encode(w -> w.writeInteger(BerTag.INTEGER, 128))).isEqualTo("02020080");
        assertThat(encode(w -> w.writeInteger(BerTag.INTEGER, -129))).isEqualTo("0202ff7f");
        assertThat(encode(w -> w.writeInteger(BerTag.INTEGER, Long.MIN_VALUE))).isEqualTo("02088000000000000000");
    }

    @Test
    void integersRoundTripAtTheEdges() {
        for (long v : new long[] {0, 1, -1, 127, 128, -128, -129, 65535, Integer.MAX_VALUE, Integer.MIN_VALUE,
                Long.MAX_VALUE, Long.MIN_VALUE}) {
            ByteBuf buf = Unpooled.buffer();
            new BerWriter(buf).writeInteger(BerTag.INTEGER, v);
            assertThat(new BerReader(buf, LIMITS).readInteger(BerTag.INTEGER)).isEqualTo(v);
        }
    }

    @Test
    void nonMinimalIntegersAreAccepted() {
        assertThat(BerReader.of(hex("0203000005"), LIMITS).readInteger(BerTag.INTEGER)).isEqualTo(5);
        assertThat(BerReader.of(hex("020a00000000000000000105"), LIMITS).readInteger(BerTag.INTEGER)).isEqualTo(261);
    }

    @Test
    void integersBeyond64BitsAndIntRangeAreInvalidValues() {
        assertThatThrownBy(() -> BerReader.of(hex("0209010000000000000000"), LIMITS).readInteger(BerTag.INTEGER))
                .isInstanceOf(BerException.class).extracting(e -> ((BerException) e).problem())
                .isEqualTo(BerException.Problem.INVALID_VALUE);
        assertThatThrownBy(() -> BerReader.of(hex("020500ffffffff"), LIMITS).readInt(BerTag.INTEGER))
                .isInstanceOf(BerException.class).hasMessageContaining("out of range");
    }

    @Test
    void highTagNumbersUseBase128Groups() {
        assertThat(HexFormat.of().formatHex(BerTag.context(30).identifierOctets())).isEqualTo("9e");
        assertThat(HexFormat.of().formatHex(BerTag.context(31).identifierOctets())).isEqualTo("9f1f");
        assertThat(HexFormat.of().formatHex(BerTag.contextConstructed(201).identifierOctets())).isEqualTo("bf8149");
        BerTag big = BerTag.of(TagClass.PRIVATE, false, 1_000_000);
        ByteBuf buf = Unpooled.buffer();
        new BerWriter(buf).writeBoolean(big, true);
        BerReader in = new BerReader(buf, LIMITS);
        assertThat(in.peekTag()).isEqualTo(big);
        assertThat(in.readBoolean(big)).isTrue();
    }

    @Test
    void longContentGetsLongFormLengthAfterTheFact() {
        byte[] data = new byte[70_000];
        data[69_999] = 7;
        ByteBuf buf = Unpooled.buffer();
        BerTag outer = BerTag.contextConstructed(5);
        new BerWriter(buf).begin(outer).writeOctets(BerTag.OCTET_STRING, data).writeNull(BerTag.NULL).end();
        int contentLength = 70_000 + 5 + 2;
        assertThat(ByteBufUtil.hexDump(buf, 0, 5)).isEqualTo(String.format("a583%06x", contentLength));
        assertThat(buf.readableBytes()).isEqualTo(5 + contentLength);
        BerReader in = new BerReader(buf, LIMITS);
        in.enter(outer);
        assertThat(in.readOctets(BerTag.OCTET_STRING)).isEqualTo(data);
        in.readNull(BerTag.NULL);
        in.leave();
        assertThat(in.hasNext()).isFalse();
    }

    @Test
    void oidsRoundTripIncludingLargeArcs() {
        for (String dotted : new String[] {"1.2.840.10003.5.10", "2.999.3", "0.0", "1.0.10646.1.0.8", "2.25.9223372036854775807"}) {
            Oid oid = Oid.of(dotted);
            ByteBuf buf = Unpooled.buffer();
            new BerWriter(buf).writeOid(BerTag.OBJECT_IDENTIFIER, oid);
            assertThat(new BerReader(buf, LIMITS).readOid(BerTag.OBJECT_IDENTIFIER)).hasToString(dotted);
        }
        assertThat(encode(w -> w.writeOid(BerTag.OBJECT_IDENTIFIER, Oid.of("1.2.840.10003.5.10")))).isEqualTo("06072a8648ce13050a");
    }

    @Test
    void badOidsAreInvalidValues() {
        assertThatThrownBy(() -> BerReader.of(hex("0600"), LIMITS).readOid(BerTag.OBJECT_IDENTIFIER)).isInstanceOf(BerException.class);
        assertThatThrownBy(() -> BerReader.of(hex("06022a86"), LIMITS).readOid(BerTag.OBJECT_IDENTIFIER))
                .hasMessageContaining("inside a sub-identifier");
        assertThatThrownBy(() -> BerReader.of(hex("06032a8001"), LIMITS).readOid(BerTag.OBJECT_IDENTIFIER))
                .hasMessageContaining("leading zero");
        assertThatThrownBy(() -> Oid.of("1.x.3")).isInstanceOf(IllegalArgumentException.class);
        byte[] longOid = new byte[3 + 129];
        longOid[0] = 0x06;
        longOid[1] = (byte) 0x81;
        longOid[2] = (byte) 129;
        java.util.Arrays.fill(longOid, 3, longOid.length, (byte) 1);
        assertThatThrownBy(() -> BerReader.of(longOid, LIMITS).readOid(BerTag.OBJECT_IDENTIFIER))
                .hasMessageContaining("129 octets");
    }

    @Test
    void indefiniteLengthsAndSegmentedStringsAreRead() {
        // [CONTEXT 1] constructed, indefinite: OCTET STRING constructed indefinite of "ab" + "c", then INTEGER 5
        BerReader in = BerReader.of(hex("a180 2480 04026162 040163 0000 020105 0000"), LIMITS);
        BerTag outer = BerTag.contextConstructed(1);
        in.enter(outer);
        assertThat(new String(in.readOctets(BerTag.OCTET_STRING))).isEqualTo("abc");
        assertThat(in.readInt(BerTag.INTEGER)).isEqualTo(5);
        in.leave();
        assertThat(in.hasNext()).isFalse();
    }

    @Test
    void bitStringsKeepBitOrder() {
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(2);
        bits.set(17);
        assertThat(encode(w -> w.writeBits(BerTag.BIT_STRING, bits, 18))).isEqualTo("030400a00040");
        BitSet read = new BerReader(Unpooled.wrappedBuffer(hex("030406a00040")), LIMITS).readBits(BerTag.BIT_STRING);
        assertThat(read).isEqualTo(bits);
    }

    @Test
    void stringsAreUtf8WithLatin1Fallback() {
        assertThat(BerReader.of(hex("1b06e4b8ade69687"), LIMITS).readString(BerTag.GENERAL_STRING)).isEqualTo("中文");
        assertThat(BerReader.of(hex("1b0463616ce9"), LIMITS).readString(BerTag.GENERAL_STRING)).isEqualTo("calé");
    }

    @Test
    void utf8CheckRejectsOverlongSurrogateAndTruncatedForms() {
        assertThat(Texts.isUtf8(hex("e4b8ad"), 0, 3)).isTrue();
        assertThat(Texts.isUtf8(hex("f09f9880"), 0, 4)).isTrue();
        assertThat(Texts.isUtf8(hex("c0af"), 0, 2)).as("overlong /").isFalse();
        assertThat(Texts.isUtf8(hex("e080af"), 0, 3)).as("overlong 3-byte").isFalse();
        assertThat(Texts.isUtf8(hex("eda080"), 0, 3)).as("surrogate").isFalse();
        assertThat(Texts.isUtf8(hex("f4908080"), 0, 4)).as("past U+10FFFF").isFalse();
        assertThat(Texts.isUtf8(hex("e4b8"), 0, 2)).as("truncated").isFalse();
        assertThat(Texts.isUtf8(hex("e441ad"), 0, 3)).as("bad continuation").isFalse();
    }

    @Test
    void leaveRejectsUnreadElementsAndWrongTagsAreNamed() {
        BerTag seq = BerTag.SEQUENCE;
        BerReader in = BerReader.of(hex("3006 020101 020102"), LIMITS);
        in.enter(seq);
        in.readInt(BerTag.INTEGER);
        assertThatThrownBy(in::leave).isInstanceOf(BerException.class).hasMessageContaining("unexpected element");
        BerReader other = BerReader.of(hex("3003 010100"), LIMITS);
        other.enter(seq);
        assertThatThrownBy(() -> other.readInt(BerTag.INTEGER.named("count")))
                .hasMessageContaining("(count)").hasMessageContaining("UNIVERSAL 1");
    }

    @Test
    void resetReturnsToAMarkFromInsideNestedElements() {
        BerTag outer = BerTag.contextConstructed(1);
        BerReader in = BerReader.of(hex("a108 3003 020107 020109"), LIMITS);
        in.enter(outer);
        BerReader.Mark mark = in.mark();
        in.enter(BerTag.SEQUENCE);
        assertThat(in.readInt(BerTag.INTEGER)).isEqualTo(7);
        in.reset(mark);
        assertThat(in.readElement()).isEqualTo(hex("3003020107"));
        assertThat(in.readInt(BerTag.INTEGER)).isEqualTo(9);
        in.leave();
        assertThat(in.hasNext()).isFalse();
    }

    @Test
    void knownLengthElementsNeedNoMovingAndBrokenPromisesAreCaught() {
        ByteBuf buf = Unpooled.buffer();
        BerWriter writer = new BerWriter(buf);
        byte[] data = new byte[300];
        int content = BerWriter.sizeOf(BerTag.OCTET_STRING, data.length);
        writer.begin(BerTag.SEQUENCE, content).writeOctets(BerTag.OCTET_STRING, data).end();
        ByteBuf expected = Unpooled.buffer();
        new BerWriter(expected).begin(BerTag.SEQUENCE).writeOctets(BerTag.OCTET_STRING, data).end();
        assertThat(ByteBufUtil.hexDump(buf)).isEqualTo(ByteBufUtil.hexDump(expected));
        BerWriter liar = new BerWriter(Unpooled.buffer());
        liar.begin(BerTag.SEQUENCE, 5).writeNull(BerTag.NULL);
        assertThatThrownBy(liar::end).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void externalRoundTripsInAllEncodings() {
        Oid oid = Oid.of("1.2.840.10003.5.10");
        for (External.Encoding enc : new External.Encoding[] {
                new External.OctetAligned(Octets.utf8("record")),
                new External.SingleAsn1Type(Octets.wrap(hex("1b026869"))),
                new External.Arbitrary(Octets.wrap(hex("00ff")))}) {
            External external = new External(oid, 3L, "desc", enc);
            ByteBuf buf = Unpooled.buffer();
            ExternalCodec.write(new BerWriter(buf), external);
            assertThat(ExternalCodec.read(new BerReader(buf, LIMITS))).isEqualTo(external);
        }
    }

    @Test
    void truncatedAndTrailingBytesAreMalformed() {
        assertThatThrownBy(() -> BerReader.of(hex("3005 020101"), LIMITS)).isInstanceOf(BerException.class)
                .hasMessageContaining("truncated");
        assertThatThrownBy(() -> BerReader.of(hex("3003 020101 00"), LIMITS)).hasMessageContaining("after the element");
        assertThatThrownBy(() -> BerReader.of(hex("3004 020501 00"), LIMITS)).hasMessageContaining("overruns");
    }
}
