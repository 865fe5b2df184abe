package org.unigate.z3950.server;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.unigate.ber.BerLimits;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.ServerSettings;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.embedded.EmbeddedMemberClient;
import org.unigate.federation.UnionEngine;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.federation.UnionSettings;
import org.unigate.federation.dedup.ClusteringDeduplicator;
import org.unigate.marc.MarcRecord;
import org.unigate.member.MemberClient;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.query.SearchQuery;
import org.unigate.z3950.Apdu;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.codec.ApduCodec;

/**
 * A consortium of two small embedded members (east, west) that hold one work in common, a
 * virtual database, and Z39.50 sessions over EmbeddedChannel running the server's real pipeline.
 * Members and engine run on the calling thread, so every answer is there when a request returns.
 */
final class ServerFixture implements AutoCloseable {

    static final String SHARED_ISBN = "9780140443714";

    final ConsortiumConfig config;
    final UnionEngine engine;
    final Z3950Service service;
    private final List<MemberClient> members = new ArrayList<>();
    private final List<EmbeddedCatalogue> catalogues = new ArrayList<>();

    ServerFixture() {
        this(Z3950Settings.from(ServerSettings.DEFAULTS), List.of());
    }

    ServerFixture(Z3950Settings settings, List<MemberClient> extra) {
        this(settings, extra, UnionSettings.DEFAULTS);
    }

    /**
     * {@code extra} members join east and west (failing or slow ones, say). A member that never
     * answers should come with a long engine deadline: its timeout would otherwise fire on the
     * engine's timer thread while the test still drives the channel.
     */
    ServerFixture(Z3950Settings settings, List<MemberClient> extra, UnionSettings union) {
        members.add(embedded("east", "East University Library", eastRecords()));
        members.add(embedded("west", "West College Library", westRecords()));
        members.addAll(extra);
        List<MemberSpec> specs = members.stream().map(MemberClient::spec).toList();
        config = new ConsortiumConfig(null, "Test consortium", null, ServerSettings.DEFAULTS, null, specs,
                Map.of("asia", List.of("east"), "empty", List.of()));
        engine = UnionEngine.builder().members(members).deduplicator(new ClusteringDeduplicator())
                .settings(union).mergeExecutor(Runnable::run).build();
        service = new Z3950Service(engine, config, settings);
    }

    private MemberClient embedded(String id, String name, List<MarcRecord> records) {
        try {
            EmbeddedCatalogue catalogue = EmbeddedCatalogue.inMemory();
            catalogue.load(records.stream());
            catalogues.add(catalogue);
            MemberSpec spec = MemberSpec.builder(id, Protocol.EMBEDDED).name(name).timeout(Duration.ofSeconds(30)).build();
            return new EmbeddedMemberClient(spec, catalogue, Runnable::run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<MarcRecord> eastRecords() {
        List<MarcRecord> records = new ArrayList<>();
        records.add(TestRecords.book("e1", "1973").isbn(SHARED_ISBN).author("Cao, Xueqin")
                .title("Dream of the red chamber /", "880-01").vernacular("245-01/$1", "紅樓夢 /")
                .subject("Chinese fiction").field("852", "a", "EAST", "b", "Stacks", "h", "PL2727", "i", ".S2 1973")
                .field("866", "a", "v. 1-5").build());
        records.add(TestRecords.book("e2", "1991").isbn("9780130047632").author("Artin, Michael").title("Algebra /")
                .subject("Algebra").field("856", "u", "http://example.org/algebra", "z", "Full text").build());
        // About 6 KB and 20 KB, for the message size limits.
        records.add(TestRecords.book("e-large", "2001").title("Large compendium").subject("Compendia")
                .field("500", "a", "words ".repeat(1000)).build());
        TestRecords huge = TestRecords.book("e-huge", "2002").title("Huge compendium").subject("Compendia");
        for (int i = 0; i < 4; i++) {
            huge.field("500", "a", "words ".repeat(850));
        }
        records.add(huge.build());
        for (int i = 1; i <= 12; i++) {
            records.add(TestRecords.book(String.format("e%02d", 100 + i), Integer.toString(1950 + i))
                    .author("Writer, Number " + i).title("Volume " + i + " of the series").subject("Series").build());
        }
        return records;
    }

    static List<MarcRecord> westRecords() {
        return List.of(
                TestRecords.book("w1", "1973").isbn(SHARED_ISBN).author("Cao, Xueqin")
                        .title("Dream of the red chamber /").subject("Chinese fiction")
                        .field("852", "b", "Main", "h", "PL2727", "i", ".S2").build(),
                TestRecords.book("w2", "1967").isbn("9780914098898").author("Spivak, Michael").title("Calculus /")
                        .subject("Calculus").build());
    }

    /** A session: the server's pipeline on an embedded channel. */
    Client session() {
        return session(service);
    }

    /** A session with another service over this fixture's engine (other limits, say). */
    static Client session(Z3950Service service) {
        return new Client(new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                Z3950Server.pipeline(channel.pipeline(), service, false);
            }
        }));
    }

    /** A session that has done a UTF-8 Init. */
    Client initialised() {
        return initialised(service);
    }

    static Client initialised(Z3950Service service) {
        Client session = session(service);
        InitializeResponse init = session.exchange(InitializeRequest.of("test", 1024 * 1024, CharsetProposal.utf8()));
        if (!init.result()) {
            throw new IllegalStateException("init rejected");
        }
        return session;
    }

    /** What the engine itself answers for a query over some members (empty = all). */
    UnionResult engineResult(SearchQuery query, List<String> memberIds) {
        return engine.search(new UnionRequest(query, memberIds, null)).orTimeout(30, TimeUnit.SECONDS).join();
    }

    @Override
    public void close() {
        engine.close();
        members.forEach(MemberClient::close);
        for (EmbeddedCatalogue c : catalogues) {
            try {
                c.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One association: requests in as BER bytes, responses decoded from the bytes sent back. */
    static final class Client implements AutoCloseable {
        final EmbeddedChannel channel;

        Client(EmbeddedChannel channel) {
            this.channel = channel;
        }

        void send(Apdu request) {
            sendRaw(ApduCodec.encode(request));
        }

        void sendRaw(byte[] bytes) {
            channel.writeInbound(Unpooled.wrappedBuffer(bytes));
            channel.runPendingTasks();
        }

        /** The next response, or null if the server sent nothing more. */
        Apdu receive() {
            channel.runPendingTasks();
            ByteBuf out = channel.readOutbound();
            if (out == null) {
                return null;
            }
            try {
                return ApduCodec.decode(out, BerLimits.DEFAULT);
            } finally {
                out.release();
            }
        }

        @SuppressWarnings("unchecked")
        <T extends Apdu> T exchange(Apdu request) {
            send(request);
            Apdu response = receive();
            if (response == null) {
                throw new AssertionError("no response to " + request.getClass().getSimpleName());
            }
            return (T) response;
        }

        boolean open() {
            channel.runPendingTasks();
            return channel.isOpen();
        }

        @Override
        public void close() {
            channel.finishAndReleaseAll();
        }
    }
}
