package org.unigate.federation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unigate.member.ScanRequest;
import org.unigate.member.ScanTerm;
import org.unigate.text.ScriptFolding;

/**
 * Merges members' scan lists into one. Terms are the same when their {@link ScriptFolding#fold
 * folded} forms are, so {@code Science}, {@code science} and {@code 紅樓夢}/{@code 红楼梦} each become
 * one entry whose count is the sum of the members'. The merged list is in code point order of
 * the folded forms (the order of a Lucene or Zebra term index) and cut to the window the request
 * asked for: {@code position - 1} terms before the start term and the rest from it on. That cut
 * is exact, since every member sent at least as many terms on each side as the window holds.
 */
final class ScanMerge {

    /** Code point order; String's own order differs from it for characters beyond the BMP. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private ScanMerge() {
    }

    private static final class Merged {
        final String key;
        final String display;
        long count;
        final List<String> members = new ArrayList<>(2);

        Merged(String key, String display) {
            this.key = key;
            this.display = display;
        }
    }

    static UnionScan merge(ScanRequest request, List<UnionScanner.Answer> answers) {
        Map<String, Merged> byKey = new HashMap<>();
        for (UnionScanner.Answer answer : answers) {
            String memberId = answer.status().memberId();
            for (ScanTerm term : answer.terms()) {
                String key = ScriptFolding.fold(term.term());
                if (key.isEmpty()) {
                    continue;
                }
                Merged m = byKey.computeIfAbsent(key, k -> new Merged(k, term.displayTerm()));
                m.count += Math.max(0, term.count());
                if (!m.members.contains(memberId)) {
                    m.members.add(memberId);
                }
            }
        }
        List<Merged> sorted = new ArrayList<>(byKey.values());
        sorted.sort(Comparator.comparing(m -> m.key, CODE_POINT_ORDER));

        String start = ScriptFolding.fold(request.startTerm());
        int split = 0;
        while (split < sorted.size() && CODE_POINT_ORDER.compare(sorted.get(split).key, start) < 0) {
            split++;
        }
        int before = Math.min(Math.max(0, request.position() - 1), request.count());
        int from = request.count() - before;
        List<Merged> window = new ArrayList<>(sorted.subList(Math.max(0, split - before), split));
        int position = window.size() + 1;
        window.addAll(sorted.subList(split, Math.min(sorted.size(), split + from)));

        List<UnionScan.Entry> entries = window.stream()
                .map(m -> new UnionScan.Entry(m.key, m.display, m.count, m.members)).toList();
        return new UnionScan(entries, position, answers.stream().map(UnionScanner.Answer::status).toList());
    }
}
