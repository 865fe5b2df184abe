package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Prints what {@code bench-federation} measured: a table per system and client count, then the ratios. */
final class FederationReport {

    /** What a measured system is, for the ratios. */
    enum Kind { MEMBER, UNION, SRU_UNION, CACHED }

    private record Row(Kind kind, List<SruPhase.Result> byClients) {
    }

    private final PrintStream out;
    private final List<Integer> clients;
    private final List<Row> rows = new ArrayList<>();
    private List<SruPhase.Result> driver = List.of();
    private int driverBody;

    FederationReport(PrintStream out, List<Integer> clients) {
        this.out = out;
        this.clients = List.copyOf(clients);
    }

    /** The driver against a local endpoint that answers a member's answer ({@code bodyChars} long) at once. */
    void driver(List<SruPhase.Result> results, int bodyChars) {
        driver = List.copyOf(results);
        driverBody = bodyChars;
    }

    void add(Kind kind, List<SruPhase.Result> byClients) {
        rows.add(new Row(kind, byClients));
    }

    /**
     * Prints everything; true if every request of every phase was answered in full. The
     * {@code cpu ms} column is this process's CPU per answer: the gateway's and the driver's.
     */
    boolean print() {
        out.println();
        out.printf("load driver's own ceiling (a local endpoint answering a %d-character member answer at once;"
                + " CPU includes that endpoint's):%n", driverBody);
        for (SruPhase.Result r : driver) {
            out.printf("  %2d client(s): p50 %.2f ms  p99 %.2f ms  %.0f req/s  process CPU %.3f ms per request%n",
                    r.clients(), r.ms(50), r.ms(99), r.perSecond(), r.cpuMsPerRequest());
        }
        out.println();
        out.printf("%-44s %4s %8s %8s %8s %8s %8s %8s %9s %8s%n", "system", "cl", "p50 ms", "p95 ms", "p99 ms", "req/s",
                "partial", "failed", "rec/ans", "cpu ms");
        boolean clean = true;
        for (Row row : rows) {
            for (SruPhase.Result r : row.byClients()) {
                out.printf("%-44s %4d %8.1f %8.1f %8.1f %8.1f %8d %8d %9.1f %8.2f%n", r.system(), r.clients(), r.ms(50),
                        r.ms(95), r.ms(99), r.perSecond(), r.partial(), r.failed(),
                        r.records() / (double) Math.max(1, r.answered()), r.cpuMsPerRequest());
                clean &= r.partial() == 0 && r.failed() == 0;
                r.problems().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(3).forEach(p -> out.printf("      %6d x %s%n", p.getValue(), p.getKey()));
            }
        }
        markdown();
        ratios();
        return clean;
    }

    /** The same figures as the table, ready for docs/benchmarks.md. */
    private void markdown() {
        out.println();
        StringBuilder head = new StringBuilder("| system |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int c : clients) {
            head.append(' ').append(c).append(c == 1 ? " client" : " clients").append(" p50 / p99 / req/s |");
            rule.append("---|");
        }
        out.println(head);
        out.println(rule);
        for (Row row : rows) {
            StringBuilder line = new StringBuilder("| ").append(row.byClients().get(0).system()).append(" |");
            for (SruPhase.Result r : row.byClients()) {
                line.append(String.format(" %s ms / %s ms / %.0f |", fmt(r.ms(50)), fmt(r.ms(99)), r.perSecond()));
            }
            out.println(line);
        }
    }

    private void ratios() {
        out.println();
        out.println("ratios (members and gateway measured in this run, one after another):");
        int fewest = 0;
        int most = clients.size() - 1;
        for (Kind union : List.of(Kind.UNION, Kind.SRU_UNION)) {
            if (find(union).isEmpty()) {
                continue;
            }
            String name = union == Kind.UNION ? "union (Z39.50 members)" : "union (SRU members)";
            out.printf("  %s p50 / slowest member's p50, %s:        %6.2f   (target <= 2.5)%n", name,
                    clientsLabel(fewest), ratio(union, fewest, r -> r.ms(50), Comparator.reverseOrder()));
            out.printf("  %s req/s / slowest member's req/s, %s:    %6.2f   (the issue: Metaproxy 0.50, ceiling ~0.67)%n",
                    name, clientsLabel(most), ratio(union, most, SruPhase.Result::perSecond, Comparator.naturalOrder()));
            for (int i = 0; i < clients.size(); i++) {
                out.printf("  %s p99 / members' highest p99, %s:       %6.2f%n", name, clientsLabel(i),
                        ratio(union, i, r -> r.ms(99), Comparator.reverseOrder()));
            }
        }
        if (!find(Kind.CACHED).isEmpty()) {
            for (int i = 0; i < clients.size(); i++) {
                out.printf("  cached repeat req/s / fastest member's req/s, %s:      %6.2f   (target >= 10)%n",
                        clientsLabel(i), ratio(Kind.CACHED, i, SruPhase.Result::perSecond, Comparator.reverseOrder()));
            }
        }
    }

    /**
     * A system's figure at a client count over the members' figure that the order puts first
     * (reverse order: the highest, e.g. the slowest member's latency or the fastest's throughput).
     */
    private double ratio(Kind kind, int clientIndex, ToDoubleFunction<SruPhase.Result> figure,
                         Comparator<Double> order) {
        double system = figure.applyAsDouble(find(kind).get(0).byClients().get(clientIndex));
        double member = find(Kind.MEMBER).stream()
                .map(row -> figure.applyAsDouble(row.byClients().get(clientIndex)))
                .min(order).orElse(Double.NaN);
        return system / member;
    }

    private List<Row> find(Kind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    private String clientsLabel(int clientIndex) {
        int c = clients.get(clientIndex);
        return c + (c == 1 ? " client " : " clients");
    }

    private static String fmt(double ms) {
        return ms < 10 ? String.format("%.1f", ms) : String.format("%.0f", ms);
    }
}
