package org.unigate.oai.server;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A worker thread's view of a chunked Vert.x response: bytes go out in chunks of a fixed size,
 * and the writer waits while the connection's write queue is full, so a slow harvester holds
 * back the producer instead of piling the response up in memory. Not thread-safe (one writer).
 */
final class ResponseOutputStream extends OutputStream {

    static final int CHUNK = 16 * 1024;

    private final HttpServerResponse response;
    private final Duration stall;
    private final byte[] buffer = new byte[CHUNK];
    private final CompletableFuture<Void> gone = new CompletableFuture<>();
    private int used;

    /** @param stall how long a harvester may read nothing before the response is abandoned */
    ResponseOutputStream(HttpServerResponse response, Duration stall) {
        this.response = response;
        this.stall = stall;
        response.closeHandler(v -> gone.complete(null));
    }

    @Override
    public void write(int b) throws IOException {
        if (used == buffer.length) {
            send();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == buffer.length) {
                send();
            }
            int n = Math.min(len, buffer.length - used);
            System.arraycopy(b, off, buffer, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        if (used > 0) {
            send();
        }
    }

    /** Sends what is buffered and ends the response. */
    @Override
    public void close() throws IOException {
        flush();
        if (!gone.isDone()) {
            response.end();
        }
    }

    private void send() throws IOException {
        if (gone.isDone()) {
            throw new IOException("the harvester closed the connection");
        }
        response.write(Buffer.buffer(Arrays.copyOf(buffer, used)));
        used = 0;
        if (response.writeQueueFull()) {
            CompletableFuture<Void> drained = new CompletableFuture<>();
            response.drainHandler(v -> drained.complete(null));
            if (response.writeQueueFull()) {
                await(CompletableFuture.anyOf(drained, gone));
            }
        }
    }

    private void await(CompletableFuture<Object> ready) throws IOException {
        try {
            ready.get(stall.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IOException("the harvester read nothing for " + stall.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the harvester was slow", e);
        }
    }
}
