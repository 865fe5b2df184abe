package org.unigate.z3950.codec;

import io.netty.channel.ChannelPipeline;
import org.unigate.ber.BerFrameDecoder;
import org.unigate.ber.BerLimits;

/** Installs the Z39.50 codec in a pipeline, the same way for the server front end and member clients. */
public final class Z3950Codecs {

    public static final String FRAME_DECODER = "z3950-frames";
    public static final String APDU_DECODER = "z3950-decoder";
    public static final String APDU_ENCODER = "z3950-encoder";

    private Z3950Codecs() {
    }

    /** Adds frame decoder, APDU decoder and encoder at the end of {@code pipeline}. */
    public static ChannelPipeline install(ChannelPipeline pipeline, BerLimits limits) {
        return pipeline.addLast(FRAME_DECODER, new BerFrameDecoder(limits))
                .addLast(APDU_DECODER, new ApduDecoder(limits))
                .addLast(APDU_ENCODER, new ApduEncoder());
    }
}
