package org.unigate.cli;

import org.unigate.config.ConfigException;
import org.unigate.diag.DiagnosticException;
import org.unigate.z3950.Bib1;
import picocli.CommandLine;

/**
 * Turns the failures a user can cause (a bad configuration, a bad query, a missing file) into
 * one clear line on stderr and exit status 2; anything else is a bug and keeps its stack trace.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof ConfigException || cause instanceof DiagnosticException)) {
            cause = cause.getCause();
        }
        String prefix = "unigate " + cl.getCommandName() + ": ";
        if (cause instanceof ConfigException || cause instanceof java.nio.file.NoSuchFileException) {
            cl.getErr().println(prefix + cause.getMessage());
            return USER_ERROR;
        }
        if (cause instanceof DiagnosticException d) {
            cl.getErr().println(prefix + d.diagnostic().condition().message()
                    + (d.diagnostic().details() == null ? "" : ": " + d.diagnostic().details())
                    + " (SRU diagnostic " + d.diagnostic().condition().sruCode()
                    + ", Bib-1 " + Bib1.code(d.diagnostic().condition()) + ")");
            return USER_ERROR;
        }
        if (e instanceof UserError) {
            cl.getErr().println(prefix + e.getMessage());
            return USER_ERROR;
        }
        cl.getErr().println(prefix + "internal error: " + e);
        e.printStackTrace(cl.getErr());
        return 1;
    }

    /** A mistake in how the command was used, reported without a stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }
}
