package org.unigate.testbed.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Zebra members of the shared harness started for one benchmark run ({@code members-up.sh N}) on
 * a block of free loopback ports, in a state folder of their own, and stopped with
 * {@code members-down.sh --purge} when the run ends: never the members other work is using.
 */
final class HarnessProcess implements AutoCloseable {

    private static final long SCRIPT_TIMEOUT_SECONDS = 600;

    private final Path scripts;
    private final Path state;
    private final Map<String, String> environment;
    private final List<String> addresses;

    private HarnessProcess(Path scripts, Path state, Map<String, String> environment, List<String> addresses) {
        this.scripts = scripts;
        this.state = state;
        this.environment = environment;
        this.addresses = addresses;
    }

    /** Starts {@code zebra} members, indexing at most {@code maxRecords} corpus records. */
    static HarnessProcess start(Path scripts, int zebra, int maxRecords, PrintStream log) throws IOException {
        Path state = Files.createTempDirectory("unigate-bench-harness");
        int base = freeBase(zebra);
        Map<String, String> env = Map.of(
                "HARNESS_DIR", state.toString(),
                "HARNESS_BASE_PORT", Integer.toString(base),
                "HARNESS_MAX_RECORDS", Integer.toString(maxRecords),
                "WITH_ZTEST", "0",
                "WITH_OAI", "0");
        log.printf("starting %d harness Zebra member(s) on 127.0.0.1:%d-%d (state %s)%n", zebra, base + 1, base + zebra, state);
        HarnessProcess harness = new HarnessProcess(scripts, state, env, addresses(base, zebra));
        try {
            harness.run("members-up.sh", Integer.toString(zebra));
        } catch (IOException e) {
            harness.close();
            throw e;
        }
        return harness;
    }

    /** host:port of each member, z1 first. */
    List<String> addresses() {
        return addresses;
    }

    @Override
    public void close() {
        try {
            run("members-down.sh", "--purge");
        } catch (IOException e) {
            System.err.println("harness members did not stop cleanly: " + e.getMessage());
        }
        TempFolders.delete(state);
    }

    private void run(String script, String argument) throws IOException {
        Path log = state.resolve(script + ".log");
        ProcessBuilder pb = new ProcessBuilder("bash", scripts.resolve(script).toString(), argument)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(environment);
        Process p = pb.start();
        try {
            if (!p.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(script + " did not finish in " + SCRIPT_TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException(script + " interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(script + " failed (exit " + p.exitValue() + "):\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static List<String> addresses(int base, int zebra) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= zebra; i++) {
            out.add("127.0.0.1:" + (base + i));
        }
        return List.copyOf(out);
    }

    /** The first base port in the harness's agreed range 21000-21999 whose members' ports are all free. */
    private static int freeBase(int zebra) throws IOException {
        for (int base = 21200; base + zebra < 21990; base += 20) {
            if (free(base + 1, base + zebra)) {
                return base;
            }
        }
        throw new IOException("no free block of loopback ports in 21201-21989 for " + zebra + " members");
    }

    private static boolean free(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(false);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
