package org.unigate.testbed.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records each member holds for each word of a query list, asked of the members
 * themselves (maximumRecords=0), so a report can show that the list searches what the members
 * hold and how much the union has to merge.
 */
final class WordHits {

    private final List<String> words;
    private final Map<String, long[]> byMember = new LinkedHashMap<>();

    private WordHits(List<String> words) {
        this.words = words;
    }

    /** Asks each member (id to SRU base URL) for each word's hit count, one request at a time. */
    static WordHits measure(HttpGetter http, Map<String, String> members, List<String> words) {
        WordHits hits = new WordHits(words);
        members.forEach((id, base) -> {
            long[] counts = new long[words.size()];
            for (int i = 0; i < words.size(); i++) {
                String url = SruUrls.searchRetrieve(base, SruUrls.title(words.get(i)), 1, 0);
                SruAnswer answer = SruAnswer.of(http.get(url).join());
                if (answer.outcome() != SruAnswer.Outcome.OK) {
                    throw new IllegalStateException("member " + id + " did not answer " + url + ": " + answer.problem());
                }
                counts[i] = answer.numberOfRecords();
            }
            hits.byMember.put(id, counts);
        });
        return hits;
    }

    void print(PrintStream out) {
        out.printf("hits per word (%d words)       no hit    p10    p50    p90    max%n", words.size());
        long[] sum = new long[words.size()];
        int inEvery = 0;
        int inNone = 0;
        for (Map.Entry<String, long[]> e : byMember.entrySet()) {
            line(out, "  " + e.getKey(), e.getValue());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += e.getValue()[i];
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int members = 0;
            for (long[] counts : byMember.values()) {
                members += counts[i] > 0 ? 1 : 0;
            }
            inEvery += members == byMember.size() ? 1 : 0;
            inNone += members == 0 ? 1 : 0;
        }
        line(out, "  all members together", sum);
        out.printf("  words every member holds: %d; words no member holds: %d%n", inEvery, inNone);
    }

    private static void line(PrintStream out, String label, long[] counts) {
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long zero = Arrays.stream(sorted).filter(c -> c == 0).count();
        out.printf("%-30s %6d %6d %6d %6d %6d%n", label, zero, at(sorted, 10), at(sorted, 50), at(sorted, 90),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    private static long at(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
