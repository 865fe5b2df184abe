package org.unigate.oai.server;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.OaiSettings;
import org.unigate.union.UnionRecord;
import org.unigate.feed.ChangeFeed;
import org.unigate.feed.LocalCatalogue;
import org.unigate.member.MemberClient;
import org.unigate.records.RecordFormats;
import org.unigate.consortium.Consortium;

/**
 * Builds the gateway's OAI-PMH repository from a running consortium: one set per member held
 * locally (embedded and harvested members, whose catalogues are change feeds) and the union set.
 */
public final class OaiProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OaiProvider.class);

    private OaiProvider() {
    }

    /** The endpoint at {@code config.oai().path()} over the consortium's local members only (no union set). */
    public static OaiEndpoint endpoint(Vertx vertx, Consortium consortium) throws IOException {
        return endpoint(vertx, consortium, null);
    }

    /**
     * The endpoint at {@code config.oai().path()}: a set per local member and, unless
     * {@code union} is null, the {@code union} set over the union catalogue.
     */
    public static OaiEndpoint endpoint(Vertx vertx, Consortium consortium, ChangeFeed<UnionRecord> union)
            throws IOException {
        ConsortiumConfig config = consortium.config();
        List<OaiSet> sets = sets(consortium);
        if (union != null) {
            sets.add(OaiSet.union(config.name() + " union catalogue", union));
        }
        return new OaiEndpoint(vertx, config.oai().path(), repository(config, sets, Clock.systemUTC()),
                Clock.systemUTC(), config.server().admission().oai());
    }

    /** A repository over {@code sets} with the configured identity, page size and token key. */
    public static OaiRepository repository(ConsortiumConfig config, List<OaiSet> sets, Clock clock) throws IOException {
        OaiSettings settings = config.oai();
        TokenCodec tokens = new TokenCodec(TokenKeys.load(settings.tokenSecret(), config.dataDir()),
                settings.tokenTtl(), clock);
        RecordFormats formats = RecordFormats.standard(config);
        return new OaiRepository(settings, config.name(), sets, OaiFormat.standard(formats), tokens);
    }

    /** A (mutable) list of the local members' sets, in configuration order: lists without a set follow it. */
    public static List<OaiSet> sets(Consortium consortium) {
        List<OaiSet> sets = new ArrayList<>();
        for (MemberClient client : consortium.clients()) {
            Optional<LocalCatalogue> local = client.local();
            if (local.isEmpty()) {
                continue;
            }
            String id = client.id();
            if (!OaiSet.SPEC_PART.matcher(id).matches() || id.equals(OaiSet.UNION)) {
                LOG.warn("member '{}' is not published over OAI-PMH: its id cannot be a setSpec", id);
                continue;
            }
            sets.add(OaiSet.member(id, client.spec().name(), new MemberFeed(id, local.get(), client.spec().sharing())));
        }
        return sets;
    }
}
