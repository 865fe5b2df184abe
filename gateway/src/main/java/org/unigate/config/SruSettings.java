package org.unigate.config;

/**
 * The SRU front end.
 *
 * @param path           base path of the SRU endpoint; {@code path/{database}} serves one member or virtual database
 * @param defaultVersion the version answered when a request names none (1.1, 1.2 or 2.0)
 * @param defaultSchema  the record schema sent when a request names none
 * @param maxQueryLength the longest CQL query accepted, in characters
 */
public record SruSettings(String path, String defaultVersion, String defaultSchema, int maxQueryLength) {

    public static final SruSettings DEFAULTS = new SruSettings("/sru", "1.2", "marcxml", 4096);
}
