package org.unigate.ber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class BerFrameDecoderTest {

    private static ByteBuf hex(String hex) {
        return Unpooled.wrappedBuffer(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    private static String next(EmbeddedChannel channel) {
        ByteBuf frame = channel.readInbound();
        if (frame == null) {
            return null;
        }
        try {
            return ByteBufUtil.hexDump(frame);
        } finally {
            frame.release();
        }
    }

    @Test
    void splitsPipelinedPdusOfBothLengthForms() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT));
        channel.writeInbound(hex("b603 020101 bf30 80 020102 0000 a000"));
        assertThat(next(channel)).isEqualTo("b603020101");
        assertThat(next(channel)).isEqualTo("bf3080020102" + "0000");
        assertThat(next(channel)).isEqualTo("a000");
        assertThat(next(channel)).isNull();
    }

    @Test
    void reassemblesPdusArrivingOneByteAtATime() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT));
        byte[] pdu = HexFormat.of().parseHex("b480a1800403616263000030030201050000");
        for (int i = 0; i < pdu.length; i++) {
            channel.writeInbound(Unpooled.wrappedBuffer(pdu, i, 1));
            if (i < pdu.length - 1) {
                assertThat(next(channel)).isNull();
            }
        }
        assertThat(next(channel)).isEqualTo(HexFormat.of().formatHex(pdu));
    }

    @Test
    void oversizedLengthIsRejectedBeforeBuffering() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(new BerLimits(1000, 8, 100)));
        assertThatThrownBy(() -> channel.writeInbound(hex("b6 84 7fffffff 02")))
                .isInstanceOf(BerException.class)
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.PDU_TOO_LARGE);
        channel.writeInbound(hex("b603020101"));
        assertThat(next(channel)).as("stream is dead after a failure").isNull();
    }

    @Test
    void indefiniteStreamWithoutEndIsCutAtTheSizeLimit() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(new BerLimits(64, 8, 1000)));
        channel.writeInbound(hex("b680"));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 40; i++) {
                channel.writeInbound(hex("0400"));
            }
        }).isInstanceOf(BerException.class).extracting(e -> ((BerException) e).problem())
                .isEqualTo(BerException.Problem.PDU_TOO_LARGE);
    }

    @Test
    void deepNestingIsRejected() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(new BerLimits(10_000, 8, 1000)));
        assertThatThrownBy(() -> channel.writeInbound(hex("a080".repeat(9))))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.TOO_DEEP);
    }

    @Test
    void elementFloodIsRejected() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(new BerLimits(10_000, 8, 100)));
        assertThatThrownBy(() -> channel.writeInbound(hex("b6 82 00c8" + "0500".repeat(100))))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.TOO_MANY_ELEMENTS);
    }

    @Test
    void textProtocolsAndStrayEndOfContentsAreRejected() {
        EmbeddedChannel http = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT));
        assertThatThrownBy(() -> http.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\n", java.nio.charset.StandardCharsets.US_ASCII)))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.NOT_A_PDU);
        EmbeddedChannel eoc = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT));
        assertThatThrownBy(() -> eoc.writeInbound(hex("b604 0000 0500")))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.MALFORMED);
    }

    @Test
    void childOverrunningItsParentIsMalformed() {
        EmbeddedChannel channel = new EmbeddedChannel(new BerFrameDecoder(BerLimits.DEFAULT));
        assertThatThrownBy(() -> channel.writeInbound(hex("b604 0405 61626364 0000")))
                .extracting(e -> ((BerException) e).problem()).isEqualTo(BerException.Problem.MALFORMED);
    }
}
