package org.unigate.testbed.fuzz;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.unigate.ber.BerException;
import org.unigate.ber.BerLimits;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.codec.ApduCodec;
import org.unigate.z3950.codec.Z3950Codecs;

/**
 * Fuzzes the Z39.50 decoding pipeline (frame decoder + APDU decoder in an EmbeddedChannel, the
 * way a server runs them) with random and mutated valid PDUs delivered in random chunks. Every
 * input must end decoded, waiting for bytes, or in a BerException; anything else is a bug and
 * makes the exit status non-zero. Usage: {@code Z3950Fuzz [cases] [seed]}.
 */
public final class Z3950Fuzz {

    private static final BerLimits LIMITS = new BerLimits(1024 * 1024, 64, 100_000);
    private static final int MAX_REPORTED = 10;

    private final Map<String, Long> outcomes = new TreeMap<>();
    private final Map<String, Long> strategies = new TreeMap<>();
    private final Map<String, Long> strategyNanos = new TreeMap<>();
    private long bytes;
    private long apdus;
    private int unexpected;

    private Z3950Fuzz() {
    }

    public static void main(String[] args) {
        // Netty's debug logging through the testbed's logback would bury the report.
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1L;
        Z3950Fuzz fuzz = new Z3950Fuzz();
        long started = System.nanoTime();
        fuzz.run(cases, seed);
        double seconds = (System.nanoTime() - started) / 1e9;
        fuzz.report(cases, seed, seconds);
        System.exit(fuzz.unexpected == 0 ? 0 : 1);
    }

    private void run(int cases, long seed) {
        Random random = new Random(seed);
        List<Apdu> valid = FuzzSeeds.all();
        List<byte[]> seeds = valid.stream().map(ApduCodec::encode).toList();
        Mutator mutator = new Mutator(random, seeds);
        for (int i = 0; i < cases; i++) {
            Mutator.Strategy strategy = mutator.pick();
            byte[] input = mutator.make(strategy);
            strategies.merge(strategy.name(), 1L, Long::sum);
            bytes += input.length;
            long start = System.nanoTime();
            String outcome = runCase(input, mutator.chunkSize(input.length));
            strategyNanos.merge(strategy.name(), System.nanoTime() - start, Long::sum);
            if (strategy == Mutator.Strategy.VALID && !outcome.equals("decoded")) {
                outcome = "UNEXPECTED valid seed not decoded: " + outcome;
            }
            outcomes.merge(outcome.startsWith("UNEXPECTED") ? "UNEXPECTED" : outcome, 1L, Long::sum);
            if (outcome.startsWith("UNEXPECTED") && ++unexpected <= MAX_REPORTED) {
                System.out.printf("case %d (%s, seed %d): %s%n  input %s%n", i, strategy, seed, outcome,
                        HexFormat.of().formatHex(input, 0, Math.min(input.length, 96)));
            }
        }
    }

    /** Delivers one input and classifies the result. */
    private String runCase(byte[] input, int chunk) {
        Sink sink = new Sink();
        EmbeddedChannel channel = new EmbeddedChannel();
        Z3950Codecs.install(channel.pipeline(), LIMITS).addLast(sink);
        try {
            for (int i = 0; i < input.length && channel.isOpen(); i += chunk) {
                channel.writeInbound(Unpooled.wrappedBuffer(input, i, Math.min(chunk, input.length - i)));
            }
        } catch (RuntimeException | Error e) {
            sink.failure = e;
        } finally {
            channel.finishAndReleaseAll();
        }
        apdus += sink.decoded;
        if (sink.failure == null) {
            return sink.decoded > 0 ? "decoded" : "incomplete";
        }
        if (sink.failure instanceof BerException e) {
            return "rejected: " + e.problem();
        }
        return "UNEXPECTED " + sink.failure;
    }

    private void report(int cases, long seed, double seconds) {
        System.out.printf("Z3950Fuzz: %d cases, seed %d, limits %s%n", cases, seed, LIMITS);
        System.out.println("strategies:");
        strategies.forEach((k, v) -> System.out.printf("  %-22s %8d cases, %8.1f us/case%n", k, v,
                strategyNanos.get(k) / 1e3 / v));
        System.out.println("outcomes:");
        outcomes.forEach((k, v) -> System.out.printf("  %-28s %8d%n", k, v));
        System.out.printf("APDUs decoded: %d; unexpected exceptions: %d%n", apdus, unexpected);
        System.out.printf("throughput: %.0f cases/s, %.1f MB/s (%.1f MB in %.1f s)%n",
                cases / seconds, bytes / 1e6 / seconds, bytes / 1e6, seconds);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use at end: %d MB of %d MB max%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    /** Stands in for the server handler: counts APDUs and, on the first exception, closes. */
    private static final class Sink extends ChannelInboundHandlerAdapter {
        int decoded;
        Throwable failure;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof Apdu) {
                decoded++;
            }
            ReferenceCountUtil.release(msg);
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (failure == null) {
                failure = cause;
            }
            ctx.close();
        }
    }
}
