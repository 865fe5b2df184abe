package org.unigate.testbed;

import org.unigate.cli.UnigateCommand;
import org.unigate.testbed.bench.FederationBenchmark;
import org.unigate.testbed.bench.OaiHarvestBenchmark;
import org.unigate.testbed.bench.SoakBenchmark;
import org.unigate.testbed.bench.UnionLoadBenchmark;
import org.unigate.testbed.generator.GenerateCommand;
import picocli.CommandLine;

/**
 * Entry point of the shaded {@code unigate.jar}: the gateway's command line plus the testbed's
 * own commands (demo data generation, load and fault tools).
 */
public final class UnigateMain {

    private UnigateMain() {
    }

    public static CommandLine commandLine() {
        CommandLine cl = UnigateCommand.commandLine();
        cl.addSubcommand("generate", new GenerateCommand());
        cl.addSubcommand("bench-union", new UnionLoadBenchmark());
        cl.addSubcommand("bench-oai", new OaiHarvestBenchmark());
        cl.addSubcommand("bench-federation", new FederationBenchmark());
        cl.addSubcommand("bench-soak", new SoakBenchmark());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
