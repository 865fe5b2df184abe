package org.unigate.sru.client;

/** One record of a page cannot be used; the rest of the page can. */
final class BadRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    BadRecordException(String message) {
        super(message, null, false, false);
    }
}
