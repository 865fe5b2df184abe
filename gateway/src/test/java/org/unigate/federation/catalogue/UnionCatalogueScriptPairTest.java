package org.unigate.federation.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unigate.text.ScriptFolding;

/** A work catalogued in traditional characters by one member and simplified by another is one union record. */
class UnionCatalogueScriptPairTest {

    @TempDir
    Path dir;

    @Test
    void traditionalAndSimplifiedCopiesFromDifferentMembersBecomeOneUnionRecord() throws Exception {
        List<ScriptPairs.Pair> pairs = ScriptPairs.fromCorpus();
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(10);
        Fixture fixture = new Fixture(dir);
        for (int i = 0; i < pairs.size(); i++) {
            fixture.member("taipei").put("t" + i, pairs.get(i).traditional());
            fixture.member("beijing").put("s" + i, pairs.get(i).simplified());
        }
        try (UnionCatalogue catalogue = fixture.open()) {
            catalogue.refresh();
            Map<String, String> ids = Fixture.idsByCopy(catalogue);
            for (int i = 0; i < pairs.size(); i++) {
                String title = pairs.get(i).simplified().firstDataField("245").orElseThrow().join("ab");
                assertThat(ScriptFolding.containsHan(title)).isTrue();
                assertThat(ids.get("beijing:s" + i)).as("%s", title).isEqualTo(ids.get("taipei:t" + i));
            }
        }
    }
}
