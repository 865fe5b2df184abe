package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The MARC-8 originals decode, field by field, to the same Unicode as the corpus's converted
 * twins (made with yaz-marcdump). The MANIFEST explains a minority that cannot match: twins that
 * are a different, natively UTF-8 (or XML/JSON) copy of the record; index.tsv tells them apart
 * (orig_encoding, marc8_original_pos). All the others must match exactly.
 */
class Marc8ConversionTest {

    @Test
    void marc8OriginalsDecodeToTheUnicodeOfTheirConvertedTwins() {
        CorpusIndex originals = CorpusIndex.marc8Originals();
        CorpusIndex main = CorpusIndex.main();
        Map<String, String[]> mainRows = new HashMap<>();
        for (String[] row : main.rows()) {
            mainRows.put(main.get(row, "file") + "#" + main.get(row, "pos"), row);
        }
        List<MarcRecord> decoded = CorpusRecords.read("marc8-originals.mrc");
        assertThat(decoded).hasSize(originals.rows().size());
        Map<String, List<MarcRecord>> twinsByFile = new HashMap<>();

        int cjk = 0;
        int comparable = 0;
        int comparableMatches = 0;
        int otherMatches = 0;
        List<String> mismatches = new ArrayList<>();
        List<String> faulty = new ArrayList<>();
        for (String[] row : originals.rows()) {
            int pos = Integer.parseInt(originals.get(row, "pos"));
            String file = originals.get(row, "converted_file");
            String twinPos = originals.get(row, "converted_pos");
            MarcRecord twin = twinsByFile.computeIfAbsent(file,
                    f -> CorpusRecords.read(f))
                    .get(Integer.parseInt(twinPos));
            String[] twinRow = mainRows.get(file + "#" + twinPos);
            boolean sameBytesSource = Set.of("marc8", "ascii").contains(main.get(twinRow, "orig_encoding"))
                    && main.get(twinRow, "marc8_original_pos").equals(String.valueOf(pos));
            boolean match = decoded.get(pos).fields().equals(twin.fields());
            if (originals.get(row, "marc8_kind").equals("marc8-eacc-cjk")
                    && AlternateGraphicLinkageTest.isCjk(MarcTextWriter.toText(decoded.get(pos)))) {
                cjk++;
            }
            if (sameBytesSource) {
                comparable++;
                if (match) {
                    comparableMatches++;
                } else if (decoded.get(pos).hasProblems()) {
                    // A conversion fault (misplaced diacritic, bad escape) that both tools repair, each its way.
                    faulty.add(pos + ": " + decoded.get(pos).problems());
                } else {
                    mismatches.add("original " + pos + " vs " + file + "#" + twinPos + ": " + firstDifference(decoded.get(pos), twin));
                }
            } else if (match) {
                otherMatches++;
            }
        }
        int others = originals.rows().size() - comparable;
        System.out.printf("MARC-8 originals: %d/%d converted twins match exactly (%.2f%%); "
                + "%d/%d of the documented other copies match too%n",
                comparableMatches, comparable, 100.0 * comparableMatches / comparable, otherMatches, others);
        faulty.forEach(f -> System.out.println("  differs, with reported faults: " + f));
        assertThat(mismatches).isEmpty();
        assertThat(faulty).hasSizeLessThan(3);
        assertThat(comparable).isGreaterThan(3000);
        assertThat(cjk).as("EACC originals decoded to CJK text").isEqualTo(10);
    }

    private static String firstDifference(MarcRecord a, MarcRecord b) {
        for (int i = 0; i < Math.min(a.fields().size(), b.fields().size()); i++) {
            if (!a.fields().get(i).equals(b.fields().get(i))) {
                return a.fields().get(i) + " <> " + b.fields().get(i);
            }
        }
        return "field count " + a.fields().size() + " <> " + b.fields().size();
    }
}
