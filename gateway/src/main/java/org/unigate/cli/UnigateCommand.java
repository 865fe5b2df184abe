package org.unigate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code unigate}: the gateway's one command line. */
@Command(name = "unigate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Federated Z39.50 / SRU / OAI-PMH gateway for library consortia.",
        subcommands = {ServeCommand.class, SearchCommand.class, TranslateCommand.class, MarcCommand.class, HarvestCommand.class,
                CommandLine.HelpCommand.class})
public final class UnigateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line with error handling that prints a message, not a stack trace. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new UnigateCommand());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
