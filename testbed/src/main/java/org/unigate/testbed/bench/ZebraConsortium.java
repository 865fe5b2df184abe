package org.unigate.testbed.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The configuration a benchmark gateway runs on over real Zebra members, written as an operator
 * would write it (compare conf/examples/harness.yaml): each member twice, over Z39.50 ({@code z1},
 * {@code z2}, ...: virtual database {@code zebra}) and over SRU ({@code s1}, ...: {@code zebra-sru}).
 * Everything not set here is the gateway's default.
 */
final class ZebraConsortium {

    static final String Z3950_UNION = "zebra";
    static final String SRU_UNION = "zebra-sru";

    private ZebraConsortium() {
    }

    /**
     * @param addresses host:port of each member
     * @param database  the members' database name
     * @param cacheOff  whether union results are never reused ({@code cacheSize: 0}), so each search goes to the members
     */
    static String yaml(List<String> addresses, String database, boolean cacheOff) {
        StringBuilder y = new StringBuilder();
        y.append("consortium:\n  name: Benchmark consortium\n  description: Harness Zebra members\n");
        y.append("federation:\n  deadline: 10s\n");
        if (cacheOff) {
            y.append("  cacheSize: 0\n");
        }
        y.append("members:\n");
        List<String> z = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            z.add("z" + (i + 1));
            s.add("s" + (i + 1));
            // MARCXML: what Zebra stores and hands out as is; usmarc costs it a conversion per record.
            y.append("  - id: z").append(i + 1).append("\n    protocol: z3950\n    address: ").append(address)
                    .append("\n    database: ").append(database).append("\n    recordSyntax: marcxml\n    timeout: 5s\n");
            y.append("  - id: s").append(i + 1).append("\n    protocol: sru\n    address: http://").append(address)
                    .append('/').append(database).append("\n    version: \"1.2\"\n    recordSyntax: marcxml\n    timeout: 5s\n");
        }
        y.append("databases:\n");
        y.append("  ").append(Z3950_UNION).append(": [").append(String.join(", ", z)).append("]\n");
        y.append("  ").append(SRU_UNION).append(": [").append(String.join(", ", s)).append("]\n");
        return y.toString();
    }

    /** The members' own SRU base URLs. */
    static List<String> memberUrls(List<String> addresses, String database) {
        return addresses.stream().map(a -> "http://" + a + "/" + database).toList();
    }
}
