package org.unigate.z3950.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.EncoderException;
import org.unigate.ber.BerException;
import org.unigate.ber.BerLimits;
import org.unigate.ber.BerReader;
import org.unigate.ber.BerTag;
import org.unigate.ber.BerWriter;
import org.unigate.ber.Octets;
import org.unigate.ber.TagClass;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.Close;
import org.unigate.z3950.DeleteResultSetRequest;
import org.unigate.z3950.DeleteResultSetResponse;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.PresentResponse;
import org.unigate.z3950.ScanRequest;
import org.unigate.z3950.ScanResponse;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.SearchResponse;
import org.unigate.z3950.SortRequest;
import org.unigate.z3950.SortResponse;
import org.unigate.z3950.UnsupportedApdu;

/**
 * Encodes and decodes whole APDUs (the PDU CHOICE), dispatching on the APDU tag. Decoding
 * problems are {@link BerException}s; encoding a model that cannot be encoded (a NUMERIC term
 * that is not a number) is an {@link EncoderException}.
 */
public final class ApduCodec {

    private ApduCodec() {
    }

    /** Decodes the one APDU that fills {@code pdu}'s readable bytes (indices are not moved). */
    public static Apdu decode(ByteBuf pdu, BerLimits limits) {
        BerReader in = new BerReader(pdu, limits);
        BerTag tag = in.peekTag();
        if (tag.tagClass() != TagClass.CONTEXT || !tag.constructed()) {
            throw new BerException(BerException.Problem.NOT_A_PDU, "not a Z39.50 APDU: " + tag);
        }
        return switch (tag.number()) {
            case 20 -> InitCodec.readRequest(in);
            case 21 -> InitCodec.readResponse(in);
            case 22 -> SearchCodec.readRequest(in);
            case 23 -> SearchCodec.readResponse(in);
            case 24 -> PresentCodec.readRequest(in);
            case 25 -> PresentCodec.readResponse(in);
            case 26 -> DeleteCodec.readRequest(in);
            case 27 -> DeleteCodec.readResponse(in);
            case 35 -> ScanCodec.readRequest(in);
            case 36 -> ScanCodec.readResponse(in);
            case 43 -> SortCodec.readRequest(in);
            case 44 -> SortCodec.readResponse(in);
            case 48 -> CloseCodec.read(in);
            case 28, 29, 30, 31, 32, 33, 34, 45, 46, 47, 49, 50 -> readUnsupported(in, tag);
            default -> throw new BerException(BerException.Problem.NOT_A_PDU, "not a Z39.50 APDU: " + tag);
        };
    }

    public static Apdu decode(byte[] pdu, BerLimits limits) {
        return decode(Unpooled.wrappedBuffer(pdu), limits);
    }

    public static void encode(Apdu apdu, ByteBuf out) {
        BerWriter writer = new BerWriter(out);
        try {
            write(writer, apdu);
        } catch (IllegalArgumentException e) {
            throw new EncoderException("cannot encode " + apdu.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    public static byte[] encode(Apdu apdu) {
        ByteBuf buf = Unpooled.buffer(256);
        try {
            encode(apdu, buf);
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            return bytes;
        } finally {
            buf.release();
        }
    }

    private static void write(BerWriter out, Apdu apdu) {
        if (apdu instanceof InitializeRequest a) {
            InitCodec.writeRequest(out, a);
        } else if (apdu instanceof InitializeResponse a) {
            InitCodec.writeResponse(out, a);
        } else if (apdu instanceof SearchRequest a) {
            SearchCodec.writeRequest(out, a);
        } else if (apdu instanceof SearchResponse a) {
            SearchCodec.writeResponse(out, a);
        } else if (apdu instanceof PresentRequest a) {
            PresentCodec.writeRequest(out, a);
        } else if (apdu instanceof PresentResponse a) {
            PresentCodec.writeResponse(out, a);
        } else if (apdu instanceof DeleteResultSetRequest a) {
            DeleteCodec.writeRequest(out, a);
        } else if (apdu instanceof DeleteResultSetResponse a) {
            DeleteCodec.writeResponse(out, a);
        } else if (apdu instanceof ScanRequest a) {
            ScanCodec.writeRequest(out, a);
        } else if (apdu instanceof ScanResponse a) {
            ScanCodec.writeResponse(out, a);
        } else if (apdu instanceof SortRequest a) {
            SortCodec.writeRequest(out, a);
        } else if (apdu instanceof SortResponse a) {
            SortCodec.writeResponse(out, a);
        } else if (apdu instanceof Close a) {
            CloseCodec.write(out, a);
        } else {
            throw new EncoderException("APDU type [" + ((UnsupportedApdu) apdu).tag() + "] cannot be encoded");
        }
    }

    /** Keeps the reference id, which a server echoes in its answer, and skips the rest. */
    private static UnsupportedApdu readUnsupported(BerReader in, BerTag tag) {
        in.enter(tag);
        Octets referenceId = Fields.readReferenceId(in);
        while (in.hasNext()) {
            in.skip();
        }
        in.leave();
        return new UnsupportedApdu(tag.number(), referenceId);
    }
}
