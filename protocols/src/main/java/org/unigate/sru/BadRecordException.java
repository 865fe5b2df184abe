package org.unigate.sru;

/** One record of a page cannot be used; the rest of the page can. */
public final class BadRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadRecordException(String message) {
        super(message, null, false, false);
    }
}
