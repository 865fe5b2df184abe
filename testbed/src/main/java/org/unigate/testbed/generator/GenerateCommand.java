package org.unigate.testbed.generator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate generate}: writes a generated consortium as one MARC file per member. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a generated consortium's catalogues as ISO 2709 files, one per member (member-N.mrc).",
                "Deterministic by seed: the same settings give byte-identical files."})
public final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write into (created if missing)")
    Path out;

    @Option(names = "--seed", defaultValue = "2026", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--works", defaultValue = "3000", description = "distinct works (default: ${DEFAULT-VALUE})")
    int works;

    @Option(names = "--members", defaultValue = "8", description = "member libraries (default: ${DEFAULT-VALUE})")
    int members;

    @Option(names = "--marc8", split = ",", paramLabel = "N[,N...]",
            description = "member numbers whose file is written in MARC-8 instead of UTF-8")
    List<Integer> marc8 = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConsortiumGenerator generator = new ConsortiumGenerator(new GeneratorSettings(seed, works, members));
        Files.createDirectories(out);
        for (int m = 1; m <= members; m++) {
            Path file = out.resolve("member-" + m + ".mrc");
            boolean asMarc8 = marc8.contains(m);
            generator.writeMember(m, file, asMarc8);
            spec.commandLine().getOut().printf("%s  %,d bytes%s%n", file, Files.size(file), asMarc8 ? "  (MARC-8)" : "");
        }
        return 0;
    }
}
