package org.unigate.z3950;

import org.unigate.ber.Octets;

/**
 * A Z39.50-1995 (version 3) APDU. Optional fields are null when absent; optional lists are
 * empty when absent (an empty list is not encoded).
 */
public sealed interface Apdu permits InitializeRequest, InitializeResponse, SearchRequest, SearchResponse,
        PresentRequest, PresentResponse, ScanRequest, ScanResponse, SortRequest, SortResponse,
        DeleteResultSetRequest, DeleteResultSetResponse, Close, UnsupportedApdu {

    /** The origin's reference id, which a target echoes; null when absent. */
    Octets referenceId();
}
