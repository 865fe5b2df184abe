package org.unigate.pqf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.unigate.testing.ExternalTools;

/**
 * Real YAZ as an oracle: a {@code yaz-ztest} on a free loopback port logs, as PQF, every query it
 * receives, and {@code yaz-client} sends queries to it, PQF as typed or CQL translated by YAZ's own
 * cql2pqf with a given mapping file. Each query yields either the PQF YAZ put on the wire or the
 * error yaz-client printed instead of sending.
 */
public final class YazQueryEcho implements AutoCloseable {

    /** What YAZ made of one query: {@code pqf} as received by the server, or yaz-client's {@code error}. */
    public record Outcome(String query, String pqf, String error) {
    }

    private static final long STEP_TIMEOUT_SECONDS = 60;

    private final Path dir;
    private final Path log;
    private final Process server;
    private final int port;

    private YazQueryEcho(Path dir, Path log, Process server, int port) {
        this.dir = dir;
        this.log = log;
        this.server = server;
        this.port = port;
    }

    /** Starts yaz-ztest; skips the test (or fails it under CI) when YAZ is not installed. */
    public static YazQueryEcho start() throws IOException, InterruptedException {
        ExternalTools.require("yaz-ztest", "yaz-client");
        Path dir = Files.createTempDirectory("yaz-echo");
        Path log = dir.resolve("ztest.log");
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Process server = new ProcessBuilder("yaz-ztest", "-l", log.toString(), "tcp:127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("ztest.out").toFile()).start();
        YazQueryEcho echo = new YazQueryEcho(dir, log, server, port);
        echo.awaitListening();
        return echo;
    }

    private void awaitListening() throws InterruptedException, IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("yaz-ztest did not start listening on port " + port);
    }

    /** Sends PQF queries as typed. */
    public List<Outcome> pqf(List<String> queries) throws IOException, InterruptedException {
        return run(null, List.of(), queries);
    }

    /** Sends CQL queries, translated by yaz-client with the given cql2pqf mapping file. */
    public List<Outcome> cql(Path mapping, List<String> queries) throws IOException, InterruptedException {
        return run(mapping, List.of("querytype cql2rpn"), queries);
    }

    private List<Outcome> run(Path mapping, List<String> setup, List<String> queries)
            throws IOException, InterruptedException {
        int logged = receivedQueries().size();
        StringBuilder commands = new StringBuilder();
        setup.forEach(c -> commands.append(c).append('\n'));
        queries.forEach(q -> commands.append("find ").append(q).append('\n'));
        commands.append("quit\n");
        Path input = Files.writeString(dir.resolve("commands.txt"), commands, StandardCharsets.UTF_8);
        Path output = dir.resolve("client.out");
        List<String> command = new ArrayList<>(List.of("yaz-client"));
        if (mapping != null) {
            command.addAll(List.of("-q", mapping.toString()));
        }
        command.add("tcp:127.0.0.1:" + port);
        Process client = new ProcessBuilder(command).redirectInput(input.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!client.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new IOException("yaz-client did not finish in " + STEP_TIMEOUT_SECONDS + " s");
        }
        String[] chunks = Files.readString(output, StandardCharsets.UTF_8).split("Z> ", -1);
        List<String> errors = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < queries.size(); i++) {
            String chunk = chunks.length > 1 + setup.size() + i ? chunks[1 + setup.size() + i] : "";
            if (chunk.contains("Sent searchRequest")) {
                errors.add(null);
                sent++;
            } else {
                errors.add(chunk.strip().isEmpty() ? "no output" : chunk.strip());
            }
        }
        List<String> pqf = awaitReceived(logged + sent).subList(logged, logged + sent);
        List<Outcome> outcomes = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < queries.size(); i++) {
            outcomes.add(errors.get(i) == null
                    ? new Outcome(queries.get(i), pqf.get(next++), null)
                    : new Outcome(queries.get(i), null, errors.get(i)));
        }
        return outcomes;
    }

    private List<String> awaitReceived(int count) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            List<String> received = receivedQueries();
            if (received.size() >= count) {
                return received;
            }
            Thread.sleep(50);
        }
        throw new IOException("yaz-ztest logged fewer than " + count + " searches");
    }

    private List<String> receivedQueries() throws IOException {
        if (!Files.exists(log)) {
            return List.of();
        }
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int rpn = line.indexOf(" RPN ");
            if (line.contains("[request] Search ") && rpn >= 0) {
                queries.add(line.substring(rpn + 5));
            }
        }
        return queries;
    }

    @Override
    public void close() throws IOException {
        server.destroy();
        try {
            if (!server.waitFor(5, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            server.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
