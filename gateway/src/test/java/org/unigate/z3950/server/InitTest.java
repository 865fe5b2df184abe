package org.unigate.z3950.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unigate.z3950.CharacterSet;
import org.unigate.z3950.CharsetProposal;
import org.unigate.z3950.Close;
import org.unigate.z3950.CloseReason;
import org.unigate.z3950.IdAuthentication;
import org.unigate.z3950.InitOption;
import org.unigate.z3950.InitializeRequest;
import org.unigate.z3950.InitializeResponse;
import org.unigate.z3950.ProtocolVersion;
import org.unigate.z3950.SearchRequest;
import org.unigate.z3950.Z3950Query;

/** Init: versions, options, message sizes, authentication and character set negotiation. */
class InitTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new ServerFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static InitializeRequest init(Set<ProtocolVersion> versions, int messageSize, int recordSize,
                                          IdAuthentication auth, CharsetProposal charset) {
        return new InitializeRequest(null, versions, EnumSet.allOf(InitOption.class), messageSize, recordSize, auth,
                "81", "test client", "1.0", null, charset, List.of());
    }

    @Test
    void versionThreeClientsGetTheServicesUnigateOffersAndUtf8() {
        try (ServerFixture.Client client = fixture.session()) {
            InitializeResponse response = client.exchange(init(EnumSet.allOf(ProtocolVersion.class), 65536, 1 << 20,
                    null, CharsetProposal.utf8()));

            assertThat(response.result()).isTrue();
            assertThat(response.protocolVersions()).contains(ProtocolVersion.V2, ProtocolVersion.V3);
            assertThat(response.options()).containsExactlyInAnyOrder(InitOption.SEARCH, InitOption.PRESENT,
                    InitOption.DELETE_SET, InitOption.SCAN, InitOption.SORT, InitOption.NAMED_RESULT_SETS,
                    InitOption.NEGOTIATION_MODEL);
            assertThat(response.preferredMessageSize()).isEqualTo(65536);
            assertThat(response.exceptionalRecordSize()).isEqualTo(1 << 20);
            assertThat(response.implementationName()).contains("Unigate");
            assertThat(response.implementationId()).isNotBlank();
            assertThat(response.charsetResponse().selected().name()).isEqualTo("UTF-8");
            assertThat(response.charsetResponse().recordsInSelectedCharSets()).isTrue();
            assertThat(client.open()).isTrue();
        }
    }

    @Test
    void onlyOptionsTheClientAskedForAreGrantedAndNoCharsetWithoutAProposal() {
        try (ServerFixture.Client client = fixture.session()) {
            InitializeRequest request = new InitializeRequest(null, EnumSet.of(ProtocolVersion.V1, ProtocolVersion.V2),
                    EnumSet.of(InitOption.SEARCH, InitOption.PRESENT, InitOption.EXTENDED_SERVICES), 0, 0, null,
                    null, null, null, null, null, List.of());
            InitializeResponse response = client.exchange(request);

            assertThat(response.result()).isTrue();
            assertThat(response.protocolVersions()).containsExactlyInAnyOrder(ProtocolVersion.V1, ProtocolVersion.V2);
            assertThat(response.options()).containsExactlyInAnyOrder(InitOption.SEARCH, InitOption.PRESENT);
            assertThat(response.charsetResponse()).isNull();
            // No size proposed: the server's own bound.
            assertThat(response.preferredMessageSize()).isEqualTo(Z3950Settings.DEFAULT_MAX_MESSAGE_SIZE);
        }
    }

    @Test
    void sizesAreKeptWithinTheServersBoundsAndTheRecordSizeNeverBelowTheMessageSize() {
        try (ServerFixture.Client client = fixture.session()) {
            InitializeResponse response = client.exchange(init(EnumSet.allOf(ProtocolVersion.class),
                    Integer.MAX_VALUE, 10, null, null));

            assertThat(response.preferredMessageSize()).isEqualTo(Z3950Settings.DEFAULT_MAX_MESSAGE_SIZE);
            assertThat(response.exceptionalRecordSize()).isEqualTo(Z3950Settings.DEFAULT_MAX_MESSAGE_SIZE);
        }
    }

    @Test
    void aProposalWithoutUtf8GetsNoCharsetAnswer() {
        try (ServerFixture.Client client = fixture.session()) {
            CharsetProposal latin1 = new CharsetProposal(List.of(CharacterSet.named("ISO-8859-1")), List.of(), true);
            InitializeResponse response = client.exchange(init(EnumSet.allOf(ProtocolVersion.class), 65536, 65536,
                    null, latin1));

            assertThat(response.result()).isTrue();
            assertThat(response.charsetResponse()).isNull();
            assertThat(response.options()).doesNotContain(InitOption.NEGOTIATION_MODEL);
        }
    }

    @Test
    void openAndIdPassAuthenticationAreAccepted() {
        for (IdAuthentication auth : List.of(new IdAuthentication.Open("reader/secret"),
                new IdAuthentication.IdPass("group", "reader", "secret"), new IdAuthentication.Anonymous())) {
            try (ServerFixture.Client client = fixture.session()) {
                InitializeResponse response = client.exchange(init(EnumSet.allOf(ProtocolVersion.class), 65536,
                        65536, auth, null));
                assertThat(response.result()).as(auth.toString()).isTrue();
            }
        }
    }

    @Test
    void noCommonVersionIsRefusedAndTheConnectionClosed() {
        try (ServerFixture.Client client = fixture.session()) {
            InitializeResponse response = client.exchange(init(EnumSet.noneOf(ProtocolVersion.class), 65536, 65536,
                    null, null));

            assertThat(response.result()).isFalse();
            assertThat(client.open()).isFalse();
        }
    }

    @Test
    void aRequestBeforeInitEndsTheAssociation() {
        try (ServerFixture.Client client = fixture.session()) {
            Close close = client.exchange(SearchRequest.of("default", List.of("union"), new Z3950Query.Ccl("ti=x")));

            assertThat(close.closeReason()).isEqualTo(CloseReason.PROTOCOL_ERROR);
            assertThat(close.diagnosticInformation()).contains("Init");
            assertThat(client.open()).isFalse();
        }
    }

    @Test
    void aSecondInitEndsTheAssociation() {
        try (ServerFixture.Client client = fixture.initialised()) {
            Close close = client.exchange(InitializeRequest.of("again", 65536, null));

            assertThat(close.closeReason()).isEqualTo(CloseReason.PROTOCOL_ERROR);
            assertThat(client.open()).isFalse();
        }
    }
}
