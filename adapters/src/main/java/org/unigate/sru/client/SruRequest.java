package org.unigate.sru.client;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One searchRetrieve request as it goes on the wire: a GET whose URL carries the parameters,
 * or, when that URL would be too long for common servers and proxies, a POST of the same
 * parameters form-encoded to the base URL.
 *
 * @param post       whether to POST
 * @param url        the full GET URL, or the base URL for a POST
 * @param parameters the parameters in order (also the form body of a POST)
 */
record SruRequest(boolean post, String url, List<Map.Entry<String, String>> parameters) {

    SruRequest {
        parameters = List.copyOf(parameters);
    }

    /** Parameters {@code name=value&...}, percent-encoded as UTF-8 (space as %20, so no server reads {@code +} wrongly). */
    static String encode(List<Map.Entry<String, String>> parameters) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : parameters) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(percentEncode(p.getKey())).append('=').append(percentEncode(p.getValue()));
        }
        return out.toString();
    }

    /** RFC 3986: everything but the unreserved characters is escaped. */
    static String percentEncode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
