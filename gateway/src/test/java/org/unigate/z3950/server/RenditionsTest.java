package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.records.RecordFormats;
import org.unigate.z3950.Bib1;
import org.unigate.z3950.DefaultDiagFormat;
import org.unigate.z3950.ElementSetNames;
import org.unigate.z3950.PresentRequest;
import org.unigate.z3950.RecordComposition;
import org.unigate.z3950.RecordSyntax;
import org.unigate.z3950.Specification;

/** Which shared record format answers each record syntax, element set name and CompSpec schema. */
class RenditionsTest {

    private static final Oid HTML = Oid.of("1.2.840.10003.5.109.3");

    private final Renditions renditions = new Renditions(RecordFormats.standard());

    private Rendition choose(Oid syntax, String elementSetName) {
        return renditions.choose(RecordSpec.of(syntax, elementSetName == null ? null : ElementSetNames.of(elementSetName)));
    }

    private Rendition chooseBySchema(Oid syntax, Oid schemaOid, String schemaUri, String elementSetName) {
        RecordComposition compSpec = new RecordComposition.Complex(false,
                new Specification(schemaOid, schemaUri, elementSetName, null), List.of(), List.of());
        return renditions.choose(RecordSpec.of(new PresentRequest(null, "default", 1, 1, List.of(), compSpec, syntax,
                null, null, null, List.of())));
    }

    private static DefaultDiagFormat refusal(Runnable choice) {
        try {
            choice.run();
        } catch (Bib1.Failure f) {
            return f.diagnostic();
        }
        throw new AssertionError("no diagnostic");
    }

    @Test
    void xmlWithoutAnElementSetOrWithFIsMarcXml() {
        for (String full : new String[] {null, "F", "f", " "}) {
            Rendition r = choose(RecordSyntax.XML, full);
            assertThat(r.format().name()).as("element set %s", full).isEqualTo("marcxml");
            assertThat(r.brief()).isFalse();
        }
        assertThat(choose(null, null).syntax()).isEqualTo(RecordSyntax.USMARC);
    }

    @Test
    void briefIsTheBriefMarcRecordInEveryMarcSyntax() {
        for (Oid syntax : List.of(RecordSyntax.XML, RecordSyntax.USMARC, RecordSyntax.SUTRS, RecordSyntax.OPAC)) {
            Rendition r = choose(syntax, "b");
            assertThat(r.brief()).isTrue();
            assertThat(r.format().name()).isEqualTo("marcxml");
        }
    }

    @Test
    void xmlElementSetNamesPickTheSharedFormatOfThatName() {
        assertThat(choose(RecordSyntax.XML, "marcxml").format().name()).isEqualTo("marcxml");
        assertThat(choose(RecordSyntax.XML, "dc").format().identifier()).isEqualTo("info:srw/schema/1/dc-v1.1");
        assertThat(choose(RecordSyntax.XML, "oai_dc").format().name()).isEqualTo("oai_dc");
        assertThat(choose(RecordSyntax.XML, "mods").format().name()).isEqualTo("mods");
        assertThat(choose(RecordSyntax.XML, "unigate").format().name()).isEqualTo("unigate");
        assertThat(choose(RecordSyntax.APPLICATION_XML, "MODS").format().name()).isEqualTo("mods");
        assertThat(choose(RecordSyntax.XML, "marc21").format().name()).isEqualTo("marcxml");
        assertThat(choose(RecordSyntax.XML, "info:srw/schema/1/marcxml-v1.1").format().name()).isEqualTo("marcxml");
    }

    @Test
    void theMarcSyntaxesAndJsonCarryOnlyTheMarcRecord() {
        assertThat(choose(RecordSyntax.USMARC, "marcxml").format().name()).isEqualTo("marcxml");
        assertThat(choose(RecordSyntax.JSON, null).format().name()).isEqualTo("json");
        assertThat(choose(RecordSyntax.JSON, "marcxml").format().name()).isEqualTo("json");
        for (Oid syntax : List.of(RecordSyntax.USMARC, RecordSyntax.SUTRS, RecordSyntax.OPAC, RecordSyntax.JSON)) {
            assertThat(refusal(() -> choose(syntax, "dc"))).isEqualTo(DefaultDiagFormat.bib1(25, "dc"));
        }
    }

    @Test
    void unknownElementSetsAndOnesXmlCannotCarryAreDiagnostic25NamingThem() {
        assertThat(refusal(() -> choose(RecordSyntax.XML, "foo"))).isEqualTo(DefaultDiagFormat.bib1(25, "foo"));
        assertThat(refusal(() -> choose(RecordSyntax.XML, "json"))).isEqualTo(DefaultDiagFormat.bib1(25, "json"));
        assertThat(refusal(() -> choose(RecordSyntax.USMARC, "X"))).isEqualTo(DefaultDiagFormat.bib1(25, "X"));
    }

    @Test
    void syntaxesTheGatewayCannotWriteAreDiagnostic239NamingTheOid() {
        assertThat(refusal(() -> choose(RecordSyntax.GRS1, "F")))
                .isEqualTo(DefaultDiagFormat.bib1(239, "1.2.840.10003.5.105"));
        assertThat(refusal(() -> choose(HTML, "marcxml"))).isEqualTo(DefaultDiagFormat.bib1(239, HTML.toString()));
    }

    @Test
    void aCompSpecSchemaNamesTheFormatByUriOrMarcOid() {
        assertThat(chooseBySchema(RecordSyntax.XML, null, "info:srw/schema/1/dc-v1.1", null).format().name())
                .isEqualTo("dc");
        assertThat(chooseBySchema(RecordSyntax.XML, null, "unigate", "F").format().name()).isEqualTo("unigate");
        assertThat(chooseBySchema(RecordSyntax.XML, RecordSyntax.USMARC, null, null).format().name())
                .isEqualTo("marcxml");
        assertThat(chooseBySchema(RecordSyntax.XML, RecordSyntax.XML, null, "B").brief()).isTrue();
        assertThat(chooseBySchema(RecordSyntax.XML, null, null, "mods").format().name()).isEqualTo("mods");
    }

    @Test
    void unknownSchemasAndSchemasAtOddsWithTheRequestAreRefused() {
        Oid holdings = Oid.of("1.2.840.10003.13.7");
        assertThat(refusal(() -> chooseBySchema(RecordSyntax.XML, holdings, null, null)))
                .isEqualTo(DefaultDiagFormat.bib1(1066, holdings.toString()));
        assertThat(refusal(() -> chooseBySchema(RecordSyntax.XML, null, "info:srw/schema/1/nothing", null)).condition())
                .isEqualTo(1066);
        assertThat(refusal(() -> chooseBySchema(RecordSyntax.USMARC, null, "mods", null)).condition()).isEqualTo(1066);
        assertThat(refusal(() -> chooseBySchema(RecordSyntax.XML, RecordSyntax.USMARC, null, "dc")).condition())
                .isEqualTo(25);
        assertThat(refusal(() -> chooseBySchema(RecordSyntax.XML, null, "dc", "B")).condition()).isEqualTo(25);
    }

    @Test
    void elementSpecificationsAreNotSupported() {
        RecordComposition espec = new RecordComposition.Complex(false, new Specification(null, null, null,
                new External(Oid.of("1.2.840.10003.11.1"), null, null,
                        new External.OctetAligned(Octets.wrap(new byte[0])))),
                List.of(), List.of());
        PresentRequest request = new PresentRequest(null, "default", 1, 1, List.of(), espec, RecordSyntax.XML,
                null, null, null, List.of());

        assertThatThrownBy(() -> RecordSpec.of(request)).isInstanceOfSatisfying(Bib1.Failure.class,
                f -> assertThat(f.diagnostic()).isEqualTo(DefaultDiagFormat.bib1(244, "externalEspec")));
    }
}
