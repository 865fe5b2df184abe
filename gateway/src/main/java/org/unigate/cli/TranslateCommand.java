package org.unigate.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.unigate.cql.CqlParser;
import org.unigate.cql.CqlWriter;
import org.unigate.cql.XcqlWriter;
import org.unigate.indexmap.CqlToRpn;
import org.unigate.indexmap.IndexMap;
import org.unigate.indexmap.RpnToCql;
import org.unigate.pqf.PqfParser;
import org.unigate.pqf.PqfWriter;
import org.unigate.query.SearchQuery;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate translate}: a query in one language printed in another, through an index map. */
@Command(name = "translate", mixinStandardHelpOptions = true,
        description = {"Prints a CQL or PQF query in another form: PQF (Type-1 RPN), CQL or XCQL.",
                "Index names and Bib-1 attributes are mapped with a YAZ cql2pqf.txt/pqf.properties file."})
final class TranslateCommand implements Callable<Integer> {

    enum Target { pqf, cql, xcql }

    static final class Input {
        @Option(names = "--cql", paramLabel = "QUERY", description = "a CQL query") String cql;
        @Option(names = "--pqf", paramLabel = "QUERY", description = "a PQF (YAZ prefix) query") String pqf;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--to", paramLabel = "FORM",
            description = "pqf, cql or xcql (default: pqf for CQL input, cql for PQF input)")
    Target to;

    @Option(names = "--map", paramLabel = "FILE",
            description = "index map in YAZ cql2pqf.txt format (default: the gateway's own)")
    Path map;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        IndexMap indexMap = map == null ? IndexMap.defaultMap() : IndexMap.load(map);
        SearchQuery query = input.cql != null
                ? CqlParser.DEFAULT.parse(input.cql)
                : new RpnToCql(indexMap).translate(PqfParser.parse(input.pqf));
        Target target = to != null ? to : input.cql != null ? Target.pqf : Target.cql;
        String out = switch (target) {
            case pqf -> input.pqf != null && to == Target.pqf
                    ? PqfWriter.write(PqfParser.parse(input.pqf))
                    : PqfWriter.write(new CqlToRpn(indexMap).translate(query));
            case cql -> CqlWriter.write(query);
            case xcql -> XcqlWriter.write(query);
        };
        spec.commandLine().getOut().println(out);
        return 0;
    }
}
