package org.unigate.oai.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Item identifiers {@code oai:<repositoryIdentifier>:<set part>:<local id>}, the local id
 * percent-escaped (UTF-8) wherever it holds a character the oai-identifier syntax does not allow,
 * so any record id a member sends becomes a valid, reversible identifier.
 */
public final class OaiIdentifiers {

    /** The oai-identifier scheme's repositoryIdentifier syntax (a domain name). */
    public static final Pattern REPOSITORY_IDENTIFIER =
            Pattern.compile("[a-zA-Z][a-zA-Z0-9\\-]*(\\.[a-zA-Z][a-zA-Z0-9\\-]*)+");
    private static final String KEPT = "-_.!~*'():;@,$";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String prefix;

    public OaiIdentifiers(String repositoryIdentifier) {
        this.prefix = "oai:" + repositoryIdentifier + ":";
    }

    /** One identifier; {@code part} (a member id or {@code union}) must already be identifier-safe. */
    public String identifier(String part, String localId) {
        return prefix + part + ":" + escape(localId);
    }

    /** The set part and local id an identifier names, empty when it is not one of ours. */
    public Optional<Parsed> parse(String identifier) {
        if (!identifier.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = identifier.substring(prefix.length());
        int colon = rest.indexOf(':');
        if (colon <= 0 || colon == rest.length() - 1) {
            return Optional.empty();
        }
        return unescape(rest.substring(colon + 1)).map(local -> new Parsed(rest.substring(0, colon), local));
    }

    public record Parsed(String part, String localId) {
    }

    public String sample() {
        return identifier("union", "u0001");
    }

    static boolean kept(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || KEPT.indexOf(c) >= 0;
    }

    static String escape(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (b >= 0 && kept(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return out.toString();
    }

    /** Empty for a malformed escape or bytes that are not UTF-8: no such identifier was issued. */
    static Optional<String> unescape(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
