package org.unigate.testbed.generator;

/**
 * Publication details.
 *
 * @param country    MARC country code for 008/15-17, e.g. "cc", "nyu"
 * @param isbnGroup  ISBN-13 prefix and registration group, e.g. "9787" or "978962"
 * @param simplified true when the publisher prints in simplified Chinese characters
 */
public record Imprint(Text publisher, Text place, String country, String isbnGroup, boolean simplified) {
}
