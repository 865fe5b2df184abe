package org.unigate.marc;

/**
 * How the bytes of an ISO 2709 record are to be read. {@link #AUTO} trusts leader/09 but checks
 * it against the data, since records that claim MARC-8 and hold UTF-8 (and the reverse) are
 * common in the wild; an explicit value is for members known to send one encoding whatever
 * their leaders say.
 */
public enum MarcEncoding {
    /** Leader/09 decides ({@code a} = UTF-8, blank = MARC-8), overruled when the data disagrees. */
    AUTO,
    UTF_8,
    MARC_8,
    /** ISO 8859-1, which some old Z39.50 servers send regardless of leader/09. */
    LATIN_1
}
