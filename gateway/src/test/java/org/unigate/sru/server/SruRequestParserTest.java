package org.unigate.sru.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unigate.config.SruSettings;
import org.unigate.query.Clause;
import org.unigate.query.ResultSetRef;
import org.unigate.query.SortKey;
import org.unigate.query.StandardIndex;
import org.unigate.records.RecordFormats;
import org.unigate.sru.SruVersion;

class SruRequestParserTest {

    private static final int CAP = 50;
    private final SruRequestParser parser = new SruRequestParser(
            new SruSettings("/sru", "1.2", "marcxml", 100), CAP, RecordFormats.standard());

    private SruRequest parse(String... keyValues) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            params.put(keyValues[i], List.of(keyValues[i + 1]));
        }
        return parser.parse(params);
    }

    private SruFailure failure(String... keyValues) {
        SruFailure f = catchThrowableOfType(SruFailure.class, () -> parse(keyValues));
        assertThat(f).as("a diagnostic for %s", List.of(keyValues)).isNotNull();
        return f;
    }

    private void assertDiagnostic(int code, String details, String... keyValues) {
        SruFailure f = failure(keyValues);
        assertThat(f.diagnostic().uri()).isEqualTo("info:srw/diagnostic/1/" + code);
        assertThat(f.diagnostic().details()).isEqualTo(details);
        assertThat(f.diagnostic().message()).isNotBlank();
    }

    @Test
    void answersInTheVersionAskedTheDefaultOr20WhenA20OnlyParameterIsUsed() {
        assertThat(parse().version()).isEqualTo(SruVersion.V1_2);
        assertThat(parse("version", "1.1").version()).isEqualTo(SruVersion.V1_1);
        assertThat(parse("version", "2.0", "query", "x").version()).isEqualTo(SruVersion.V2_0);
        assertThat(parse("query", "x", "queryType", "cql").version()).isEqualTo(SruVersion.V2_0);
        assertThat(parse("query", "x", "recordXMLEscaping", "string").version()).isEqualTo(SruVersion.V2_0);
        assertThat(parse("query", "x", "httpAccept", "application/sru+xml").presentation().contentType())
                .isEqualTo("application/sru+xml");
    }

    @Test
    void anUnsupportedVersionIsDiagnostic5InTheDefaultVersion() {
        SruFailure f = failure("version", "3.0", "query", "x");
        assertThat(f.diagnostic().uri()).isEqualTo("info:srw/diagnostic/1/5");
        assertThat(f.diagnostic().details()).isEqualTo("2.0");
        assertThat(f.version()).isEqualTo(SruVersion.V1_2);
    }

    @Test
    void theOperationDefaultsFromTheParametersPresent() {
        assertThat(parse()).isInstanceOf(SruRequest.Explain.class);
        assertThat(parse("query", "dc.title=x")).isInstanceOf(SruRequest.SearchRetrieve.class);
        assertThat(parse("scanClause", "dc.title=x")).isInstanceOf(SruRequest.Scan.class);
        assertDiagnostic(4, "update", "operation", "update");
        assertDiagnostic(7, "query", "operation", "searchRetrieve");
        assertDiagnostic(7, "scanClause", "operation", "scan");
    }

    @Test
    void parametersTheVersionDoesNotDefineAreDiagnostic8ButExtensionsPass() {
        assertDiagnostic(8, "frobnicate", "query", "x", "frobnicate", "1");
        assertDiagnostic(8, "facetLimit", "version", "1.2", "query", "x", "facetLimit", "5");
        assertDiagnostic(8, "recordXPath", "query", "x", "recordXPath", "/a");
        assertDiagnostic(8, "scanClause", "operation", "searchRetrieve", "query", "x", "scanClause", "y");
        assertThat(parse("query", "x", "x-debug", "1")).isInstanceOf(SruRequest.SearchRetrieve.class);
    }

    @Test
    void pagingParametersAreCheckedAndCapped() {
        SruRequest.SearchRetrieve s = (SruRequest.SearchRetrieve) parse("query", "x", "startRecord", "11", "maximumRecords", "50");
        assertThat(s.startRecord()).isEqualTo(11);
        assertThat(s.maximumRecords()).isEqualTo(CAP);
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x")).maximumRecords()).isEqualTo(10);
        assertDiagnostic(60, "50", "query", "x", "maximumRecords", "51");
        assertDiagnostic(6, "startRecord", "query", "x", "startRecord", "0");
        assertDiagnostic(6, "startRecord", "query", "x", "startRecord", "two");
        assertDiagnostic(6, "maximumRecords", "query", "x", "maximumRecords", "-1");
        assertDiagnostic(6, "resultSetTTL", "query", "x", "resultSetTTL", "soon");
    }

    @Test
    void recordSchemasAreFoundByNameOrIdentifierAndPackingMustSuitThem() {
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x")).schema().name()).isEqualTo("marcxml");
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x", "recordSchema", "info:srw/schema/1/dc-v1.1"))
                .schema().name()).isEqualTo("dc");
        assertDiagnostic(66, "nosuch", "query", "x", "recordSchema", "nosuch");
        assertDiagnostic(71, "binary", "query", "x", "recordPacking", "binary");
        assertDiagnostic(71, "xml", "query", "x", "recordSchema", "json");
        assertDiagnostic(71, "xml", "query", "x", "recordSchema", "json", "version", "2.0");
        assertDiagnostic(71, "unpacked", "query", "x", "version", "2.0", "recordPacking", "unpacked",
                "recordXMLEscaping", "xml");
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x", "recordSchema", "json", "recordPacking", "string"))
                .escaped()).isTrue();
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x", "version", "2.0", "recordXMLEscaping", "string",
                "recordPacking", "packed")).escaped()).isTrue();
    }

    @Test
    void queriesAreParsedAndTheirIndexesChecked() {
        assertDiagnostic(10, "expected a search term at position 9 near \"(\"", "query", "dc.title=(");
        assertDiagnostic(16, "dc.nosuchindex", "query", "dc.title=a and dc.nosuchindex=b");
        assertDiagnostic(15, "zz", "query", "zz.title=a");
        assertDiagnostic(19, "within", "query", "dc.date within \"1990 2000\"");
        assertDiagnostic(19, "cql.encloses", "query", "dc.title=a or dc.date cql.encloses 1990");
        assertDiagnostic(6, "query", "query", "dc.title=" + "a".repeat(100));
        assertDiagnostic(6, "queryType", "query", "x", "queryType", "xpath");
        assertThat(failure("query", "@attr 1=4", "queryType", "pqf").diagnostic().uri()).isEqualTo("info:srw/diagnostic/1/10");
        Clause title = (Clause) ((SruRequest.SearchRetrieve) parse("query", "@attr 1=4 science", "queryType", "pqf"))
                .query().root();
        assertThat(title.standardIndex()).isEqualTo(StandardIndex.TITLE);
        assertThat(title.term()).isEqualTo("science");
        Clause author = (Clause) ((SruRequest.SearchRetrieve) parse("x-pquery", "@attr 1=1003 smith")).query().root();
        assertThat(author.standardIndex()).isEqualTo(StandardIndex.AUTHOR);
        assertThat(((SruRequest.SearchRetrieve) parse("query", "title=x or author=y")).query()).isNotNull();
        assertThat(((SruRequest.SearchRetrieve) parse("query", "cql.resultSetId=\"abc\"")).query().root())
                .isEqualTo(new ResultSetRef("abc"));
    }

    @Test
    void sortKeysOf1xAndSortByOfCqlBothSort() {
        SruRequest.SearchRetrieve keys = (SruRequest.SearchRetrieve) parse("query", "x", "sortKeys", "dc.title,,0 dc.date");
        assertThat(keys.query().sortKeys()).extracting(SortKey::index, SortKey::descending)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dc.title", true),
                        org.assertj.core.groups.Tuple.tuple("dc.date", false));
        SruRequest.SearchRetrieve sortBy = (SruRequest.SearchRetrieve) parse("query", "x sortBy dc.date/sort.descending",
                "version", "2.0");
        assertThat(sortBy.query().sortKeys()).singleElement().extracting(SortKey::descending).isEqualTo(true);
    }

    @Test
    void stylesheetsAndAcceptedTypesAreChecked() {
        assertThat(parse("stylesheet", "/static/sru.xsl").presentation().stylesheet()).isEqualTo("/static/sru.xsl");
        assertDiagnostic(111, "a\"?><x", "stylesheet", "a\"?><x");
        assertDiagnostic(6, "httpAccept", "query", "x", "httpAccept", "application/json");
    }

    @Test
    void facetLimitsAreReadAsCountIndexPairs() {
        SruRequest.SearchRetrieve s = (SruRequest.SearchRetrieve) parse("query", "x", "facetLimit", "5:member,3:language");
        assertThat(s.facetLimits()).containsEntry("member", 5).containsEntry("language", 3);
        assertThat(((SruRequest.SearchRetrieve) parse("query", "x", "facetLimit", "7")).facetLimits()).containsEntry("*", 7);
        assertDiagnostic(6, "facetLimit", "query", "x", "facetLimit", "many:member");
    }

    @Test
    void scanTakesOneClauseOfAScannableIndexAndAPositionWithinTheList() {
        SruRequest.Scan scan = (SruRequest.Scan) parse("operation", "scan", "scanClause", "dc.title=sci",
                "responsePosition", "0", "maximumTerms", "500");
        assertThat(scan.clause().standardIndex()).isEqualTo(StandardIndex.TITLE);
        assertThat(scan.maximumTerms()).isEqualTo(CAP);
        assertThat(scan.responsePosition()).isZero();
        assertDiagnostic(16, "dc.publisher", "operation", "scan", "scanClause", "dc.publisher=x");
        assertDiagnostic(10, "a and b", "operation", "scan", "scanClause", "a and b");
        assertDiagnostic(120, "12", "operation", "scan", "scanClause", "dc.title=x", "maximumTerms", "10",
                "responsePosition", "12");
        assertDiagnostic(6, "maximumTerms", "operation", "scan", "scanClause", "dc.title=x", "maximumTerms", "0");
    }
}
