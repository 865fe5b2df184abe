package org.unigate.z3950.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.EncoderException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.unigate.ber.BerLimits;
import org.unigate.rpn.AttributesPlusTerm;
import org.unigate.rpn.RpnQuery;
import org.unigate.rpn.Term;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.UnsupportedApdu;
import org.unigate.z3950.Z3950Query;

class ApduRoundTripTest {

    static List<Apdu> samples() {
        return SampleApdus.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyApduSurvivesEncodeThenDecode(Apdu apdu) {
        byte[] bytes = ApduCodec.encode(apdu);
        assertThat(ApduCodec.decode(bytes, BerLimits.DEFAULT)).isEqualTo(apdu);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyApduSurvivesThePipelineInBothDirections(Apdu apdu) {
        EmbeddedChannel sender = new EmbeddedChannel(new ApduEncoder());
        EmbeddedChannel receiver = new EmbeddedChannel();
        Z3950Codecs.install(receiver.pipeline(), BerLimits.DEFAULT);
        sender.writeOutbound(apdu);
        ByteBuf wire = sender.readOutbound();
        // Deliver in two pieces to make the frame decoder reassemble.
        int half = wire.readableBytes() / 2;
        receiver.writeInbound(wire.readRetainedSlice(half));
        receiver.writeInbound(wire);
        Object decoded = receiver.readInbound();
        Object nothing = receiver.readInbound();
        assertThat(decoded).isEqualTo(apdu);
        assertThat(nothing).isNull();
    }

    @Test
    void unimplementedApduTypesDecodeWithTheirReferenceId() {
        // extendedServicesRequest [46] with referenceId "ab" and one more element
        byte[] es = {(byte) 0xbf, 0x2e, 0x07, (byte) 0x82, 0x02, 'a', 'b', (byte) 0x83, 0x01, 0x01};
        Apdu apdu = ApduCodec.decode(es, BerLimits.DEFAULT);
        assertThat(apdu).isInstanceOf(UnsupportedApdu.class);
        assertThat(((UnsupportedApdu) apdu).tag()).isEqualTo(46);
        assertThat(apdu.referenceId().text()).isEqualTo("ab");
        assertThatThrownBy(() -> ApduCodec.encode(apdu)).isInstanceOf(EncoderException.class);
    }

    @Test
    void encodingAnUnencodableModelIsAnEncoderException() {
        SearchRequest bad = SearchRequest.of("s", List.of("d"), Z3950Query.Rpn.of(new RpnQuery(null,
                new AttributesPlusTerm(List.of(), new Term("twelve", Term.Type.NUMERIC)))));
        assertThatThrownBy(() -> ApduCodec.encode(bad)).isInstanceOf(EncoderException.class).hasMessageContaining("twelve");
    }
}
