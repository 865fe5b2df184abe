package org.unigate.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real peers (yaz-client, zoomsh, zebrasrv, xmllint, oai_pmh) that integration tests drive.
 * {@code .ci/run} installs them; a developer without them sees the tests skipped locally,
 * while CI fails loudly if one is missing.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static boolean available(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Skips the test (locally) or fails it (under CI) when a command is not on PATH. */
    public static void require(String... commands) {
        for (String command : commands) {
            SharedData.requireOrSkip(available(command), command + " is not installed (apt-get install it; see .ci/run)");
        }
    }
}
