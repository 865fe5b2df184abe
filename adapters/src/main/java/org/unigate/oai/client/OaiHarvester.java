package org.unigate.oai.client;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.unigate.feed.LocalCatalogue;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.member.MemberSpec;
import org.unigate.oai.OaiError;

/**
 * Harvests OAI-PMH 2.0 providers into {@link LocalCatalogue}s. Incremental by default
 * ({@code from} = the highest datestamp of the last complete harvest, at the provider's
 * granularity); resumption tokens are followed to the end; deleted records become tombstones;
 * each configured set is listed in turn (a record in two sets is stored once). Every page is
 * committed with the harvest's progress, so a harvest stopped anywhere (provider failure,
 * crash) resumes at its last committed page and loses or duplicates nothing.
 *
 * <p>Blocking: call it from a thread of your own, never from a Vert.x event loop. One harvester
 * may serve several members; harvest one member at most once at a time.
 */
public final class OaiHarvester implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OaiHarvester.class);
    private static final Set<String> MARC_PREFIXES = Set.of("marc21", "marcxml", "marc", "usmarc", "marc21xml");

    private final OaiHttp http;
    private final HarvestOptions options;
    private final Clock clock;

    public OaiHarvester(Vertx vertx, HarvestOptions options) {
        this(vertx, options, Clock.systemUTC());
    }

    OaiHarvester(Vertx vertx, HarvestOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.http = new OaiHttp(vertx, options);
        this.clock = clock;
    }

    /**
     * Harvests {@code member} (protocol oai: address = base URL, optional metadataPrefix and sets)
     * into {@code catalogue}: everything when {@code full}, else what changed since last time.
     *
     * @throws HarvestException when the provider fails past the retries or answers with an
     *                          OAI-PMH error; what was committed before is kept
     */
    public HarvestReport harvest(MemberSpec member, LocalCatalogue catalogue, boolean full, HarvestProgress progress)
            throws HarvestException, InterruptedException {
        OaiRequests requests = new OaiRequests(member.address());
        PageFetcher fetcher = new PageFetcher(http, options, clock);
        HarvestState state = HarvestState.of(catalogue.commitData());
        HarvestRun run = new HarvestRun(member.id(), member.sets(), catalogue, fetcher, requests, progress, clock,
                options.retries());
        String prefix;
        ProviderParser.Identity identity;
        try {
            identity = fetcher.fetch(requests.identify(), ProviderParser::identify);
            prefix = member.metadataPrefix() != null ? member.metadataPrefix()
                    : state.metadataPrefix() != null ? state.metadataPrefix()
                    : choosePrefix(fetcher, requests);
        } catch (IOException | HarvestException.ProviderError e) {
            throw new HarvestException(member.id() + ": provider not usable: " + e.getMessage(),
                    run.notStarted(member.metadataPrefix(), full, e.getMessage()), e);
        }
        boolean fullRun = full || !prefix.equals(state.metadataPrefix());
        if (fullRun && !full) {
            LOG.info("{}: no earlier harvest in {}; harvesting everything", member.id(), prefix);
        }
        return run.run(prefix, identity.granularity(), state, fullRun);
    }

    /** MARCXML when offered (by namespace or a usual prefix), else oai_dc. */
    private static String choosePrefix(PageFetcher fetcher, OaiRequests requests)
            throws IOException, InterruptedException, HarvestException.ProviderError {
        List<ProviderParser.Format> formats = fetcher.fetch(requests.listMetadataFormats(), ProviderParser::formats);
        return formats.stream()
                .filter(f -> MarcXmlWriter.NAMESPACE.equals(f.namespace())
                        || MARC_PREFIXES.contains(f.prefix().toLowerCase(Locale.ROOT)))
                .map(ProviderParser.Format::prefix)
                .findFirst()
                .or(() -> formats.stream().map(ProviderParser.Format::prefix).filter("oai_dc"::equals).findFirst())
                .orElseThrow(() -> new HarvestException.ProviderError(OaiError.CANNOT_DISSEMINATE_FORMAT.code(),
                        "the provider offers neither MARCXML nor oai_dc"));
    }

    @Override
    public void close() {
        http.close();
    }
}
