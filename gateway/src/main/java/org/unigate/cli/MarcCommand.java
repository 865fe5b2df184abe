package org.unigate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcJsonWriter;
import org.unigate.marc.MarcRecord;
import org.unigate.marc.MarcTextWriter;
import org.unigate.marc.MarcXmlWriter;
import org.unigate.marc.RecordProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate marc FILE}: a readable dump of a MARC file and everything wrong with it. */
@Command(name = "marc", mixinStandardHelpOptions = true,
        description = {"Reads ISO 2709 (UTF-8 or MARC-8) or MARCXML and prints each record and its problems.",
                "A damaged record is read as far as it can be; the records after it are never lost."})
final class MarcCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the MARC file")
    Path file;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, marcxml or json (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--problems", description = "print only the problems, one line each")
    boolean problemsOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new ErrorHandler.UserError("no such file: " + file);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int records = 0;
        int damaged = 0;
        int problems = 0;
        JsonGenerator json = format == OutputFormat.json && !problemsOnly
                ? new JsonFactory().createGenerator(out).useDefaultPrettyPrinter() : null;
        if (format == OutputFormat.marcxml && !problemsOnly) {
            out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            out.println("<collection xmlns=\"" + MarcXmlWriter.NAMESPACE + "\">");
        }
        if (json != null) {
            json.writeStartArray();
        }
        try (Stream<MarcRecord> stream = MarcFiles.stream(file)) {
            for (Iterator<MarcRecord> it = stream.iterator(); it.hasNext(); ) {
                MarcRecord r = it.next();
                records++;
                if (r.hasProblems()) {
                    damaged++;
                    problems += r.problems().size();
                }
                if (problemsOnly) {
                    for (RecordProblem p : r.problems()) {
                        out.printf("record %d (%s): %s%n", records, r.controlNumber().orElse("no 001"), p);
                    }
                    continue;
                }
                switch (format) {
                    case text -> {
                        out.printf("--- record %d%n", records);
                        out.print(MarcTextWriter.toText(r));
                        r.problems().forEach(p -> out.println("!! " + p));
                    }
                    case marcxml -> out.println(MarcXmlWriter.toXml(r).replaceFirst("^<\\?xml[^>]*>\\s*", ""));
                    case json -> MarcJsonWriter.write(r, json);
                }
            }
        }
        if (json != null) {
            json.writeEndArray();
            json.flush();
            out.println();
        }
        if (format == OutputFormat.marcxml && !problemsOnly) {
            out.println("</collection>");
        }
        out.flush();
        err.printf("%s: %d record(s), %d with problems (%d problem(s))%n", file, records, damaged, problems);
        err.flush();
        return 0;
    }
}
