package org.unigate.z3950.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A yaz-ztest process on a free loopback port, in a scratch folder holding the
 * {@code dummy-words} file its scan reads (one {@code WORD:hits} per line, upper case).
 */
public final class YazZtest implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final int port;

    private YazZtest(Process process, Path dir, int port) {
        this.process = process;
        this.dir = dir;
        this.port = port;
    }

    public static YazZtest start(String dummyWords) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("ztest");
        Files.writeString(dir.resolve("dummy-words"), dummyWords, StandardCharsets.US_ASCII);
        int port = freePort();
        Process process = new ProcessBuilder("yaz-ztest", "-l", dir.resolve("ztest.log").toString(), "tcp:127.0.0.1:" + port)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ztest.out").toFile())
                .start();
        YazZtest ztest = new YazZtest(process, dir, port);
        ztest.awaitListening();
        return ztest;
    }

    public int port() {
        return port;
    }

    public String log() throws IOException {
        Path log = dir.resolve("ztest.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("yaz-ztest exited: " + Files.readString(dir.resolve("ztest.out")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new IOException("yaz-ztest did not listen on port " + port);
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
