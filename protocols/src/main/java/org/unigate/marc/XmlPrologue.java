package org.unigate.marc;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the character encoding of an XML document from its first bytes, so that the parser
 * reads characters and the common prologue faults do not stop it: white space before the XML
 * declaration, and a declaration claiming UTF-16 for a document written in UTF-8. Bytes that
 * are not valid in the chosen encoding become U+FFFD rather than ending the document.
 */
final class XmlPrologue {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private final BoundedReader reader;
    private final List<RecordProblem> problems = new ArrayList<>();

    XmlPrologue(BufferedInputStream in, byte[] head, int length) throws IOException {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || length >= 2 && head[0] == 0 && head[1] == '<') {
            charset = StandardCharsets.UTF_16BE;
            skip = head[0] == 0 ? 0 : 2;
        } else if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || length >= 2 && head[0] == '<' && head[1] == 0) {
            charset = StandardCharsets.UTF_16LE;
            skip = head[1] == 0 ? 0 : 2;
        } else {
            if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                skip = 3;
            }
            int start = skip;
            while (skip < length && Character.isWhitespace(head[skip])) {
                skip++;
            }
            if (skip > start && startsWith(head, skip, length, "<?xml")) {
                problems.add(new RecordProblem(RecordProblem.Kind.STRUCTURE, "XML prologue",
                        "white space before the XML declaration ignored"));
            }
            charset = declared(new String(head, skip, length - skip, StandardCharsets.ISO_8859_1));
        }
        for (long left = skip; left > 0; ) {
            long n = in.skip(left);
            if (n <= 0) {
                break;
            }
            left -= n;
        }
        this.reader = new BoundedReader(new InputStreamReader(in, charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    private Charset declared(String head) {
        Matcher m = ENCODING.matcher(head);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = m.group(1);
        try {
            Charset charset = Charset.forName(name);
            if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
                problems.add(new RecordProblem(RecordProblem.Kind.ENCODING, "XML declaration",
                        "declared encoding " + name + " but the document is 8-bit; read as UTF-8"));
                return StandardCharsets.UTF_8;
            }
            return charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(new RecordProblem(RecordProblem.Kind.ENCODING, "XML declaration",
                    "unknown encoding " + name + "; read as UTF-8"));
            return StandardCharsets.UTF_8;
        }
    }

    private static boolean startsWith(byte[] head, int at, int length, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    BoundedReader reader() {
        return reader;
    }

    /** Faults of the prologue, for the first record. */
    List<RecordProblem> problems() {
        return List.copyOf(problems);
    }
}
