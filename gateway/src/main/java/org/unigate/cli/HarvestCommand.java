package org.unigate.cli;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.store.LockObtainFailedException;
import org.unigate.config.HarvestSettings;
import org.unigate.config.ConsortiumConfig;
import org.unigate.embedded.EmbeddedCatalogue;
import org.unigate.harvest.MemberHarvests;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.oai.client.HarvestException;
import org.unigate.oai.client.HarvestReport;
import org.unigate.oai.client.OaiHarvester;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate harvest MEMBER [--full]}: one harvest of an OAI-PMH member into its local index. */
@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = {"Harvests an OAI-PMH member (protocol: oai) into its index below the data folder:",
                "what changed since the last harvest, or everything with --full. An interrupted harvest",
                "resumes where it stopped. Progress goes to stderr, the summary to stdout."})
final class HarvestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MEMBER", description = "id of the member to harvest")
    String memberId;

    @Option(names = "--full", description = "list everything, not only the changes since the last harvest")
    boolean full;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConsortiumConfig config = options.load();
        MemberSpec member = config.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new ErrorHandler.UserError("no member '" + memberId + "' in " + config.name()));
        if (member.protocol() != Protocol.OAI) {
            throw new ErrorHandler.UserError("member '" + memberId + "' is not an OAI-PMH member (protocol: oai)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Vertx vertx = Vertx.vertx();
        try (OaiHarvester harvester = new OaiHarvester(vertx, MemberHarvests.options(config.harvest()));
             EmbeddedCatalogue catalogue = open(config)) {
            err.printf("harvesting %s from %s%s ...%n", memberId, member.address(), full ? " (full)" : "");
            err.flush();
            HarvestReport report;
            try {
                report = harvester.harvest(member, catalogue, full, (id, pages, records, size) -> {
                    err.printf("  page %d: %d records%s%n", pages, records, size < 0 ? "" : " of " + size);
                    err.flush();
                });
            } catch (HarvestException e) {
                out.println(e.report().summary());
                out.printf("%d records held%n", catalogue.size());
                out.flush();
                return 1;
            }
            out.println(report.summary());
            out.printf("%d records held%n", catalogue.size());
            out.flush();
            return 0;
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    private EmbeddedCatalogue open(ConsortiumConfig config) throws IOException {
        try {
            return EmbeddedCatalogue.onDisk(HarvestSettings.memberFolder(config.dataDir(), memberId));
        } catch (LockObtainFailedException e) {
            throw new ErrorHandler.UserError("the index of '" + memberId + "' is in use (is a gateway running?); "
                    + "harvest through it or stop it first");
        }
    }
}
