package org.unigate.z3950;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.unigate.ber.External;
import org.unigate.ber.Octets;
import org.unigate.ber.Oid;
import org.unigate.diag.Condition;
import org.unigate.diag.Diagnostic;
import org.unigate.diag.DiagnosticException;

class Bib1Test {

    /**
     * What the gateway's Z39.50 door sends for a condition, read back by its Z39.50 client (a
     * gateway behind a gateway): the client of the outer one must see the same code and details.
     */
    @ParameterizedTest
    @EnumSource(Condition.class)
    void everyConditionSurvivesARoundTripThroughAMember(Condition condition) {
        DefaultDiagFormat sent = DefaultDiagFormat.of(Diagnostic.of(condition, "detail"));
        Diagnostic read = Bib1.diagnostic(sent, "m1");

        assertThat(DefaultDiagFormat.of(read.forMember(null))).isEqualTo(sent);
        assertThat(read.details()).isEqualTo("detail");
        if (sharesItsCode(condition)) {
            assertThat(Bib1.code(read.condition())).isEqualTo(Bib1.code(condition));
        } else {
            assertThat(read.condition()).isEqualTo(condition);
        }
    }

    private static boolean sharesItsCode(Condition condition) {
        return Arrays.stream(Condition.values()).filter(c -> Bib1.code(c) == Bib1.code(condition)).count() > 1;
    }

    @Test
    void sharedCodesAreReadAsTheirCommonestCondition() {
        assertThat(Bib1.condition(Bib1.code(Condition.UNSUPPORTED_VERSION))).isEqualTo(Condition.GENERAL_SYSTEM_ERROR);
        assertThat(Bib1.condition(Bib1.code(Condition.MEMBER_TIMEOUT))).isEqualTo(Condition.DATABASE_UNAVAILABLE);
        assertThat(Bib1.condition(Bib1.code(Condition.UNSUPPORTED_RECORD_PACKING))).isEqualTo(Condition.UNKNOWN_SCHEMA);
    }

    @Test
    void bib1CodesMapToTheirConditions() {
        assertThat(Bib1.condition(114)).isEqualTo(Condition.UNSUPPORTED_INDEX);
        assertThat(Bib1.condition(116)).isEqualTo(Condition.UNSUPPORTED_INDEX);
        assertThat(Bib1.condition(117)).isEqualTo(Condition.UNSUPPORTED_RELATION);
        assertThat(Bib1.condition(1)).isEqualTo(Condition.GENERAL_SYSTEM_ERROR);
        assertThat(Bib1.condition(109)).isEqualTo(Condition.DATABASE_UNAVAILABLE);
        assertThat(Bib1.condition(235)).isEqualTo(Condition.DATABASE_DOES_NOT_EXIST);
        assertThat(Bib1.condition(13)).isEqualTo(Condition.FIRST_RECORD_OUT_OF_RANGE);
        assertThat(Bib1.condition(16)).isEqualTo(Condition.RECORD_TOO_LARGE);
        assertThat(Bib1.condition(9999)).isEqualTo(Condition.MEMBER_ERROR);
    }

    @Test
    void aCodeTheConditionCannotSayIsKeptInTheDetails() {
        Diagnostic unknown = Bib1.diagnostic(DefaultDiagFormat.bib1(9999, "odd"), "m1");
        assertThat(unknown.details()).isEqualTo("odd (Bib-1 9999)");
        Diagnostic other = Bib1.diagnostic(DefaultDiagFormat.bib1(116, ""), "m1");
        assertThat(other).isEqualTo(new Diagnostic(Condition.UNSUPPORTED_INDEX, "(Bib-1 116)", "m1"));
        Diagnostic exact = Bib1.diagnostic(DefaultDiagFormat.bib1(114, "1=9999"), "m1");
        assertThat(exact).isEqualTo(new Diagnostic(Condition.UNSUPPORTED_INDEX, "1=9999", "m1"));
    }

    @Test
    void diagnosticsOfOtherSetsAreMemberErrorsNamingTheSet() {
        Oid diag1 = Oid.of("1.2.840.10003.4.2");
        Diagnostic other = Bib1.diagnostic(new DefaultDiagFormat(diag1, 7, "x"), "m1");
        assertThat(other).isEqualTo(new Diagnostic(Condition.MEMBER_ERROR, "diagnostic 7 of set " + diag1 + ": x", "m1"));
        Diagnostic external = Bib1.diagnostic(new DiagRec.ExternallyDefined(
                new External(diag1, null, null, new External.OctetAligned(Octets.wrap(new byte[0])))), "m1");
        assertThat(external.condition()).isEqualTo(Condition.MEMBER_ERROR);
    }

    @Test
    void onlyResultSetCodesMeanTheSetIsGone() {
        assertThat(Bib1.resultSetGone(DefaultDiagFormat.bib1(27, ""))).isTrue();
        assertThat(Bib1.resultSetGone(DefaultDiagFormat.bib1(30, "r"))).isTrue();
        assertThat(Bib1.resultSetGone(DefaultDiagFormat.bib1(13, ""))).isFalse();
    }

    @Test
    void failuresConditionsAndSurprisesBecomeTheClientsDiagnostic() {
        assertThat(Bib1.of(new CompletionException(Bib1.failure(25, "foo"))))
                .isEqualTo(DefaultDiagFormat.bib1(25, "foo"));
        assertThat(Bib1.of(new DiagnosticException(new Diagnostic(Condition.MEMBER_TIMEOUT, "10 s", "z1"))))
                .isEqualTo(DefaultDiagFormat.bib1(109, "10 s [z1]"));
        assertThat(Bib1.of(new IllegalStateException("bug"))).isEqualTo(DefaultDiagFormat.bib1(2, "internal error"));
    }
}
