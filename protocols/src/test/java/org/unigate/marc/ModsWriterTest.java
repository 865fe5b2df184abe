package org.unigate.marc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import javax.xml.namespace.NamespaceContext;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ModsWriterTest {

    private static final String F008 = "870506s1985    ja a     b    001 0 jpn d";

    private static MarcRecord japaneseBook() {
        return new MarcRecord("01000cam a2200300 a 4500", List.of(
                new ControlField("001", "123"),
                new ControlField("003", "MiU"),
                new ControlField("005", "20200101120000.0"),
                new ControlField("008", F008),
                new DataField("010", ' ', ' ', List.of(new Subfield('a', "   87123456 "))),
                new DataField("020", ' ', ' ', List.of(new Subfield('a', "4000012345 :"), new Subfield('z', "4000099999"))),
                new DataField("035", ' ', ' ', List.of(new Subfield('a', "(OCoLC)ocm12345678"))),
                new DataField("040", ' ', ' ', List.of(new Subfield('a', "DLC"), new Subfield('b', "eng"), new Subfield('e', "rda"))),
                new DataField("041", '1', ' ', List.of(new Subfield('a', "jpn"), new Subfield('h', "eng"))),
                new DataField("050", '0', '0', List.of(new Subfield('a', "PL812.A8"), new Subfield('b', "K6 1985"))),
                new DataField("100", '1', ' ', List.of(new Subfield('6', "880-01"), new Subfield('a', "Natsume, Sōseki,"),
                        new Subfield('d', "1867-1916,"), new Subfield('e', "author."), new Subfield('4', "aut"))),
                new DataField("245", '1', '4', List.of(new Subfield('6', "880-02"), new Subfield('a', "The heart :"),
                        new Subfield('b', "Kokoro /"), new Subfield('c', "Natsume Sōseki."))),
                new DataField("260", ' ', ' ', List.of(new Subfield('6', "880-03"), new Subfield('a', "Tōkyō :"),
                        new Subfield('b', "Iwanami Shoten,"), new Subfield('c', "1985."))),
                new DataField("300", ' ', ' ', List.of(new Subfield('a', "300 p. ;"), new Subfield('c', "19 cm."))),
                new DataField("504", ' ', ' ', List.of(new Subfield('a', "Includes bibliographical references."))),
                new DataField("520", ' ', ' ', List.of(new Subfield('a', "A novel."))),
                new DataField("650", ' ', '0', List.of(new Subfield('a', "Friendship"), new Subfield('v', "Fiction."))),
                new DataField("651", ' ', '7', List.of(new Subfield('a', "Japan"), new Subfield('y', "Meiji period"),
                        new Subfield('2', "fast"))),
                new DataField("856", '4', '0', List.of(new Subfield('u', "http://example.org/kokoro"),
                        new Subfield('z', "Full text"))),
                new DataField("880", '1', ' ', List.of(new Subfield('6', "100-01/$1"), new Subfield('a', "夏目漱石,"))),
                new DataField("880", '1', '0', List.of(new Subfield('6', "245-02/$1"), new Subfield('a', "こころ /"),
                        new Subfield('c', "夏目漱石."))),
                new DataField("880", ' ', ' ', List.of(new Subfield('6', "260-03/$1"), new Subfield('a', "東京 :"),
                        new Subfield('b', "岩波書店,"), new Subfield('c', "1985."))),
                new DataField("880", ' ', '0', List.of(new Subfield('6', "650-00/$1"), new Subfield('a', "友情")))));
    }

    @Test
    void titleKeepsItsNonSortingArticleAndSubtitle() throws Exception {
        Mods mods = Mods.of(japaneseBook());
        assertThat(mods.text("/m:mods/m:titleInfo[1]/m:nonSort")).isEqualTo("The ");
        assertThat(mods.text("/m:mods/m:titleInfo[1]/m:title")).isEqualTo("heart");
        assertThat(mods.text("/m:mods/m:titleInfo[1]/m:subTitle")).isEqualTo("Kokoro");
        assertThat(mods.text("/m:mods/@version")).isEqualTo("3.7");
    }

    @Test
    void eachVernacularFieldStandsBesideItsRomanisedTwinInOneAltRepGroup() throws Exception {
        Mods mods = Mods.of(japaneseBook());
        assertThat(mods.text("//m:titleInfo[@altRepGroup='02' and @script='Latn']/m:title")).isEqualTo("heart");
        assertThat(mods.text("//m:titleInfo[@altRepGroup='02' and @script='Jpan']/m:title")).isEqualTo("こころ");
        assertThat(mods.text("//m:name[@altRepGroup='01' and @script='Hani']/m:namePart")).isEqualTo("夏目漱石");
        assertThat(mods.text("//m:originInfo[@altRepGroup='03' and @script='Hani']/m:publisher")).isEqualTo("岩波書店");
        assertThat(mods.text("//m:originInfo[@altRepGroup='03' and @script='Latn']/m:publisher")).isEqualTo("Iwanami Shoten");
        // An unlinked 880 (occurrence 00) has no twin, so no group, but still its script.
        assertThat(mods.text("//m:subject[@script='Hani' and not(@altRepGroup)]/m:topic")).isEqualTo("友情");
    }

    @Test
    void namesCarryTheirPartsAndRoles() throws Exception {
        Mods mods = Mods.of(japaneseBook());
        String name = "/m:mods/m:name[@usage='primary' and @type='personal' and @script='Latn']";
        assertThat(mods.text(name + "/m:namePart[not(@type)]")).isEqualTo("Natsume, Sōseki");
        assertThat(mods.text(name + "/m:namePart[@type='date']")).isEqualTo("1867-1916");
        assertThat(mods.text(name + "/m:role/m:roleTerm[@type='text' and @authority='marcrelator']")).isEqualTo("author");
        assertThat(mods.text(name + "/m:role/m:roleTerm[@type='code']")).isEqualTo("aut");
    }

    @Test
    void fixedFieldsGiveTypeGenreDatesLanguageAndForm() throws Exception {
        Mods mods = Mods.of(japaneseBook());
        assertThat(mods.text("/m:mods/m:typeOfResource")).isEqualTo("text");
        assertThat(mods.texts("/m:mods/m:genre[@authority='marcgt']")).containsExactly("bibliography");
        String origin = "/m:mods/m:originInfo[@eventType='publication'][1]";
        assertThat(mods.text(origin + "/m:place/m:placeTerm[@type='code' and @authority='marccountry']")).isEqualTo("ja");
        assertThat(mods.text(origin + "/m:place/m:placeTerm[@type='text']")).isEqualTo("Tōkyō");
        assertThat(mods.text(origin + "/m:dateIssued[@encoding='marc' and @keyDate='yes']")).isEqualTo("1985");
        assertThat(mods.text(origin + "/m:issuance")).isEqualTo("monographic");
        assertThat(mods.texts("/m:mods/m:language/m:languageTerm[@authority='iso639-2b']")).containsExactly("jpn");
        assertThat(mods.text("/m:mods/m:physicalDescription/m:extent")).isEqualTo("300 p. ; 19 cm");
    }

    @Test
    void notesSubjectsAndIdentifiersFollowTheMapping() throws Exception {
        Mods mods = Mods.of(japaneseBook());
        assertThat(mods.text("/m:mods/m:abstract[@type='summary']")).isEqualTo("A novel.");
        assertThat(mods.text("/m:mods/m:note[@type='bibliography']")).isEqualTo("Includes bibliographical references.");
        assertThat(mods.text("/m:mods/m:subject[@authority='lcsh']/m:topic")).isEqualTo("Friendship");
        assertThat(mods.text("/m:mods/m:subject[@authority='lcsh']/m:genre")).isEqualTo("Fiction");
        assertThat(mods.text("/m:mods/m:subject[@authority='fast']/m:geographic")).isEqualTo("Japan");
        assertThat(mods.text("/m:mods/m:subject[@authority='fast']/m:temporal")).isEqualTo("Meiji period");
        assertThat(mods.text("/m:mods/m:classification[@authority='lcc']")).isEqualTo("PL812.A8 K6 1985");
        assertThat(mods.text("/m:mods/m:identifier[@type='isbn' and not(@invalid)]")).isEqualTo("4000012345");
        assertThat(mods.text("/m:mods/m:identifier[@type='isbn' and @invalid='yes']")).isEqualTo("4000099999");
        assertThat(mods.text("/m:mods/m:identifier[@type='lccn']")).isEqualTo("87123456");
        assertThat(mods.text("/m:mods/m:identifier[@type='oclc']")).isEqualTo("12345678");
        assertThat(mods.text("/m:mods/m:location/m:url[@note='Full text']")).isEqualTo("http://example.org/kokoro");
        assertThat(mods.text("/m:mods/m:recordInfo/m:recordIdentifier[@source='MiU']")).isEqualTo("123");
        assertThat(mods.text("/m:mods/m:recordInfo/m:recordContentSource[@authority='marcorg']")).isEqualTo("DLC");
        assertThat(mods.text("/m:mods/m:recordInfo/m:recordCreationDate[@encoding='marc']")).isEqualTo("870506");
    }

    @Test
    void everyCjkRecordOfTheCorpusPairsItsLinked880sWithTheirTwins() throws Exception {
        int pairs = 0;
        int vernacularTitles = 0;
        for (String file : List.of("umich.mrc", "trln.mrc")) {
            for (MarcRecord record : CorpusRecords.read(file)) {
                Mods mods = Mods.of(record);
                Map<String, List<String>> groups = new HashMap<>();
                NodeList grouped = mods.nodes("//*[@altRepGroup]");
                for (int i = 0; i < grouped.getLength(); i++) {
                    Element e = (Element) grouped.item(i);
                    groups.computeIfAbsent(e.getAttribute("altRepGroup"), g -> new ArrayList<>())
                            .add(e.getLocalName() + "/" + e.getAttribute("script"));
                }
                for (List<String> group : groups.values()) {
                    // A romanised element and its vernacular one, of the same kind. Some 880s hold
                    // Latin text themselves, so only most pairs differ in script.
                    assertThat(group).as("%s in %s", group, record.controlNumber()).hasSize(2);
                    assertThat(group.get(0)).endsWith("/Latn");
                    assertThat(group.get(1)).startsWith(group.get(0).substring(0, group.get(0).indexOf('/') + 1));
                    pairs += group.get(1).endsWith("/Latn") ? 0 : 1;
                }
                if (record.vernacular("245").isPresent() && ScriptsOf.cjk(record.vernacular("245").get())) {
                    assertThat(mods.texts("/m:mods/m:titleInfo[@script='Hani' or @script='Jpan' or @script='Kore']/m:title"))
                            .as("vernacular title of %s", record.controlNumber()).isNotEmpty();
                    vernacularTitles++;
                }
            }
        }
        assertThat(pairs).isGreaterThan(200);
        assertThat(vernacularTitles).isGreaterThan(30);
    }

    @Test
    void aRealJapaneseRecordMapsItsVernacularTitleAndEdition() throws Exception {
        MarcRecord landBirds = CorpusRecords.read("umich.mrc").stream()
                .filter(r -> r.controlNumber().orElse("").equals("990008019700106381"))
                .filter(r -> r.vernacular("245").orElseThrow().join("a").contains("山")) // one copy holds escapes
                .findFirst().orElseThrow();
        Mods mods = Mods.of(landBirds);
        assertThat(mods.text("//m:titleInfo[@script='Jpan']/m:title")).isEqualTo("山野の鳥");
        assertThat(mods.text("//m:titleInfo[@script='Jpan']/m:subTitle")).isEqualTo("Concise field guide to land birds");
        assertThat(mods.texts("//m:originInfo[@script='Jpan']/m:edition")).containsExactly("3訂版");
        assertThat(mods.texts("//m:relatedItem[@type='series']/m:titleInfo[@script='Jpan']/m:title"))
                .contains("野外観察ハンドブック");
    }

    /** Han, kana or hangul in a field's text. */
    private static final class ScriptsOf {
        static boolean cjk(DataField field) {
            return field.subfields().stream().anyMatch(s -> s.value().codePoints().anyMatch(cp -> {
                Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
                return sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                        || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL;
            }));
        }
    }

    /** A MODS document parsed back, queried with XPath ({@code m:} is the MODS namespace). */
    private record Mods(Document doc, XPath xpath) {

        private static final DocumentBuilderFactory DOCUMENTS = DocumentBuilderFactory.newInstance();
        private static final XPathFactory XPATHS = XPathFactory.newInstance();

        static {
            DOCUMENTS.setNamespaceAware(true);
        }

        static Mods of(MarcRecord record) throws Exception {
            Document doc = DOCUMENTS.newDocumentBuilder().parse(new InputSource(new StringReader(ModsWriter.toXml(record))));
            XPath xpath = XPATHS.newXPath();
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return prefix.equals("m") ? ModsWriter.NAMESPACE : XMLConstants.NULL_NS_URI;
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return java.util.Collections.emptyIterator();
                }
            });
            return new Mods(doc, xpath);
        }

        String text(String path) throws Exception {
            return xpath.evaluate(path, doc);
        }

        NodeList nodes(String path) throws Exception {
            return (NodeList) xpath.evaluate(path, doc, XPathConstants.NODESET);
        }

        List<String> texts(String path) throws Exception {
            NodeList list = nodes(path);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add(list.item(i).getTextContent());
            }
            return out;
        }
    }
}
