package org.unigate.oai.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.unigate.feed.FeedPosition;
import org.unigate.oai.OaiDates;
import org.unigate.oai.OaiError;
import org.unigate.oai.OaiException;
import org.unigate.oai.OaiVerb;

/**
 * Resumption tokens as {@code base64url(state).base64url(HMAC-SHA256(state))}: any node holding
 * the key can continue a list, and a token that was forged, cut short or kept past its TTL is
 * refused before any of its content is trusted.
 */
public final class TokenCodec {

    private static final byte VERSION = 1;
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    public TokenCodec(byte[] key, Duration ttl, Clock clock) {
        if (key.length < 16) {
            throw new IllegalArgumentException("a token key needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.ttl = ttl;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant expiry(ResumptionToken token) {
        return token.issued().plus(ttl);
    }

    public String encode(ResumptionToken token) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeByte(token.verb().ordinal());
            out.writeUTF(token.metadataPrefix());
            out.writeUTF(token.set() == null ? "" : token.set());
            writeInstant(out, token.from());
            writeInstant(out, token.until());
            out.writeInt(token.feed());
            writeInstant(out, token.after() == null ? null : token.after().datestamp());
            out.writeUTF(token.after() == null ? "" : token.after().id());
            out.writeLong(token.cursor());
            out.writeLong(token.listSize());
            out.writeLong(token.issued().getEpochSecond());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a resumption token", e);
        }
        byte[] state = bytes.toByteArray();
        return ENCODER.encodeToString(state) + "." + ENCODER.encodeToString(mac(state));
    }

    public ResumptionToken decode(String text) throws OaiException {
        int dot = text.indexOf('.');
        byte[] state;
        byte[] signature;
        try {
            state = DECODER.decode(text.substring(0, Math.max(dot, 0)));
            signature = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw bad("is not one this repository issued");
        }
        if (dot < 0 || !MessageDigest.isEqual(mac(state), signature)) {
            throw bad("is not one this repository issued");
        }
        ResumptionToken token = read(state);
        if (now().isAfter(expiry(token))) {
            throw bad("expired at " + OaiDates.format(expiry(token)));
        }
        return token;
    }

    private static ResumptionToken read(byte[] state) throws OaiException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readByte() != VERSION) {
                throw bad("comes from another version of the gateway");
            }
            int verb = in.readByte();
            if (verb < 0 || verb >= OaiVerb.values().length) {
                throw bad("names no verb");
            }
            String prefix = in.readUTF();
            String set = in.readUTF();
            Instant from = readInstant(in);
            Instant until = readInstant(in);
            int feed = in.readInt();
            Instant afterDatestamp = readInstant(in);
            String afterId = in.readUTF();
            FeedPosition after = afterDatestamp == null ? null : new FeedPosition(afterDatestamp, afterId);
            return new ResumptionToken(OaiVerb.values()[verb], prefix, set.isEmpty() ? null : set, from, until,
                    feed, after, in.readLong(), in.readLong(), Instant.ofEpochSecond(in.readLong()));
        } catch (IOException | RuntimeException e) {
            throw bad("cannot be read");
        }
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }

    private byte[] mac(byte[] state) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(state);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static OaiException bad(String why) {
        return new OaiException(OaiError.BAD_RESUMPTION_TOKEN, "the resumption token " + why);
    }
}
