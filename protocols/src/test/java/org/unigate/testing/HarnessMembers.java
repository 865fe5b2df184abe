package org.unigate.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Real member libraries for integration tests: the shared harness's Zebra servers (Z39.50 and
 * SRU on one port each), yaz-ztest and the OAI-PMH provider, started on free loopback ports in
 * a private state folder. Starting takes tens of seconds, so one set per configuration is
 * started per test JVM and stopped when the JVM exits; tests must not change the members.
 */
public final class HarnessMembers {

    /** What to start; the record cap keeps indexing time within a test run's budget. */
    public record Options(int zebra, boolean ztest, boolean oai, int maxRecords) {
        public Options {
            if (zebra < 1 || zebra > 8) {
                throw new IllegalArgumentException("1..8 Zebra members");
            }
        }
    }

    /** One started member, as members.tsv lists it. */
    public record Member(String id, String protocol, String host, int port, String endpoint, String records) {
    }

    // A test fixture shared by the test classes of one JVM; guarded by the map's own locking.
    private static final Map<Options, HarnessMembers> STARTED = new ConcurrentHashMap<>();
    private static final long START_TIMEOUT_SECONDS = 300;

    private final Path stateDir;
    private final Map<String, String> environment;
    private final List<Member> members;

    private HarnessMembers(Path stateDir, Map<String, String> environment, List<Member> members) {
        this.stateDir = stateDir;
        this.environment = environment;
        this.members = members;
    }

    /** Starts (once per JVM) or returns the running members; skips locally, fails under CI, without the tools. */
    public static HarnessMembers start(Options options) {
        ExternalTools.require("zebrasrv", "zebraidx", "yaz-marcdump", "python3", "setsid");
        if (options.ztest()) {
            ExternalTools.require("yaz-ztest");
        }
        if (options.oai()) {
            ExternalTools.require("plackup");
        }
        return STARTED.computeIfAbsent(options, HarnessMembers::launch);
    }

    public static HarnessMembers zebra(int count) {
        return start(new Options(count, false, false, 3000));
    }

    public List<Member> members() {
        return members;
    }

    public Member member(String id) {
        return members.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no harness member " + id + " in " + members));
    }

    /** {@code 127.0.0.1:port} of Zebra member {@code i} (1-based). */
    public String zebraAddress(int i) {
        Member m = member("z" + i);
        return m.host() + ":" + m.port();
    }

    public String zebraSruUrl(int i) {
        Member m = member("z" + i);
        return "http://" + m.host() + ":" + m.port() + "/" + database();
    }

    public String database() {
        return "biblio";
    }

    public Path stateDir() {
        return stateDir;
    }

    private static HarnessMembers launch(Options options) {
        try {
            Path state = Files.createTempDirectory("unigate-harness-");
            int base = freeBase();
            Map<String, String> env = Map.of(
                    "HARNESS_DIR", state.toString(),
                    "HARNESS_BASE_PORT", Integer.toString(base),
                    "WITH_ZTEST", options.ztest() ? "1" : "0",
                    "WITH_OAI", options.oai() ? "1" : "0",
                    "HARNESS_MAX_RECORDS", Integer.toString(options.maxRecords()));
            Path script = SharedData.harness().resolve("members-up.sh");
            run(List.of("bash", script.toString(), Integer.toString(options.zebra())), env, state.resolve("up.log"));
            HarnessMembers started = new HarnessMembers(state, env, readMembers(state.resolve("members.tsv")));
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "harness-members-down"));
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("could not start harness members: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            Path script = SharedData.harness().resolve("members-down.sh");
            run(List.of("bash", script.toString(), "--purge"), environment, stateDir.resolve("down.log"));
        } catch (IOException | RuntimeException e) {
            System.err.println("harness members did not stop cleanly: " + e.getMessage());
        }
    }

    private static void run(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            if (!p.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command + " did not finish in " + START_TIMEOUT_SECONDS + " s; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (p.exitValue() != 0) {
            throw new IOException(command + " failed (" + p.exitValue() + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    private static List<Member> readMembers(Path tsv) throws IOException {
        List<Member> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            if (f.length < 6 || f[0].equals("id")) {
                continue;
            }
            out.add(new Member(f[0], f[1], f[2], Integer.parseInt(f[3]), f[4], f[5]));
        }
        return List.copyOf(out);
    }

    /** A base port whose +1..+11 are free now (the harness uses base+i, +10 and +11). */
    private static int freeBase() throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 30_000 + ThreadLocalRandom.current().nextInt(2_500) * 10;
            if (allFree(base + 1, base + 11)) {
                return base;
            }
        }
        throw new IOException("no free block of loopback ports found");
    }

    private static boolean allFree(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                Objects.requireNonNull(s);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
