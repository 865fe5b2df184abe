package org.unigate.z3950.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real client (yaz-client, zoomsh, yaz-marcdump, xmllint) run to completion by a test. */
final class ClientProcess {

    private ClientProcess() {
    }

    /** Runs {@code command} with {@code input} on stdin; its output, stderr included. */
    static String run(List<String> command, String input) throws IOException, InterruptedException {
        Path out = Files.createTempFile("z3950-client", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " did not finish");
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.delete(out);
        }
    }
}
