package org.unigate.cli;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.unigate.config.ConsortiumConfig;
import org.unigate.cql.CqlParser;
import org.unigate.federation.UnionOptions;
import org.unigate.union.UnionRecord;
import org.unigate.federation.UnionRequest;
import org.unigate.federation.UnionResult;
import org.unigate.query.SearchQuery;
import org.unigate.consortium.Consortium;
import org.unigate.consortium.MemberClients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate search}: one union search, printed, without starting any server. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Runs one union search over the consortium's members and prints the deduplicated records.",
                "Member problems (time-outs, unsupported indexes, ...) are listed with the result."})
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--cql", required = true, paramLabel = "QUERY", description = "the query, in CQL (e.g. 'title=china')")
    String cql;

    @Option(names = "--members", split = ",", paramLabel = "ID[,ID...]",
            description = "member ids or virtual database names to search (default: all)")
    List<String> members;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, marcxml or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = {"-n", "--max"}, defaultValue = "10", paramLabel = "N", description = "records to print (default: ${DEFAULT-VALUE})")
    int max;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "skip the first N union records")
    int offset;

    @Option(names = "--full", description = "with --format text: print each record in full")
    boolean full;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (max < 0 || max > 10_000 || offset < 0) {
            throw new ErrorHandler.UserError("--max must be 0..10000 and --offset not negative");
        }
        SearchQuery query = CqlParser.DEFAULT.parse(cql);
        ConsortiumConfig config = options.load();
        List<String> selected = resolveMembers(config);
        Vertx vertx = Vertx.vertx();
        try (Consortium consortium = Consortium.open(config, MemberClients.standard(vertx, config.dataDir()),
                new SimpleMeterRegistry())) {
            long start = System.nanoTime();
            UnionRequest request = new UnionRequest(query, selected, UnionOptions.DEFAULT.withPageSize(Math.max(1, Math.min(offset + max, 500))));
            UnionResult result = consortium.engine().search(request).join();
            List<UnionRecord> page = max == 0 ? List.of() : consortium.engine().page(result, offset, max).join();
            long millis = (System.nanoTime() - start) / 1_000_000;
            UnionResult latest = consortium.engine().resultSet(result.id()).orElse(result);
            PrintWriter out = spec.commandLine().getOut();
            new SearchPrinter(out, config).print(latest, page, offset, millis, format, full);
            out.flush();
        } finally {
            vertx.close();
        }
        return 0;
    }

    private List<String> resolveMembers(ConsortiumConfig config) {
        if (members == null || members.isEmpty()) {
            return List.of();
        }
        return members.stream()
                .flatMap(name -> config.resolveDatabase(name).orElseThrow(() -> new ErrorHandler.UserError(
                        "unknown member or database '" + name + "'; members are "
                                + String.join(", ", config.members().stream().map(m -> m.id()).toList()))).stream())
                .distinct()
                .toList();
    }
}
