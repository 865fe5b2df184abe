package org.unigate.oai.client;

/**
 * A harvest that stopped before the end of the list. What it committed before stopping is
 * kept, and the next harvest resumes from there; {@link #report()} says how far it got.
 */
public final class HarvestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient HarvestReport report;

    HarvestException(String message, HarvestReport report, Throwable cause) {
        super(message, cause);
        this.report = report;
    }

    /** The progress up to the failure (its {@code failure} is this exception's message). */
    public HarvestReport report() {
        return report;
    }

    /** An OAI-PMH error the provider answered with, such as {@code cannotDisseminateFormat}. */
    static final class ProviderError extends Exception {
        private static final long serialVersionUID = 1L;

        private final String code;

        ProviderError(String code, String message) {
            super((code == null ? "unknown" : code) + (message == null || message.isEmpty() ? "" : ": " + message));
            this.code = code == null ? "unknown" : code;
        }

        String code() {
            return code;
        }
    }
}
