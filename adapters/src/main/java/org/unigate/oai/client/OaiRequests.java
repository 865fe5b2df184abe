package org.unigate.oai.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.unigate.oai.OaiVerb;

/** The request URLs of a harvest against one provider's base URL. */
final class OaiRequests {

    private final String base;

    OaiRequests(String baseUrl) {
        if (baseUrl == null || !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
            throw new IllegalArgumentException("an OAI-PMH member needs an http(s) base URL as its address: " + baseUrl);
        }
        this.base = baseUrl + (baseUrl.contains("?") ? "&" : "?");
    }

    String identify() {
        return verb(OaiVerb.IDENTIFY);
    }

    String listMetadataFormats() {
        return verb(OaiVerb.LIST_METADATA_FORMATS);
    }

    /** @param from at the provider's granularity, or null; @param set a setSpec, or null */
    String listRecords(String prefix, String from, String set) {
        StringBuilder url = new StringBuilder(verb(OaiVerb.LIST_RECORDS)).append("&metadataPrefix=").append(encode(prefix));
        if (from != null) {
            url.append("&from=").append(encode(from));
        }
        if (set != null) {
            url.append("&set=").append(encode(set));
        }
        return url.toString();
    }

    /** A resumption request carries the token alone, as the protocol demands. */
    String resume(String token) {
        return verb(OaiVerb.LIST_RECORDS) + "&" + OaiVerb.RESUMPTION_TOKEN + "=" + encode(token);
    }

    private String verb(OaiVerb verb) {
        return base + "verb=" + verb.protocolName();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
