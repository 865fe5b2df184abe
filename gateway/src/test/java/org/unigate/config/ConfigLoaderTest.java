package org.unigate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unigate.member.MemberSpec;
import org.unigate.member.Protocol;
import org.unigate.member.Sharing;

class ConfigLoaderTest {

    private static final Path FILE = Path.of("conf/test.yaml");

    private static final String VALID = """
            consortium:
              name: Test Consortium
              description: two libraries
            server:
              httpPort: 18080
              z3950Port: 12100
            federation:
              deadline: 3s
              preferredMembers: [north]
            members:
              - id: north
                name: North Library
                protocol: z3950
                address: 127.0.0.1:21101
                database: biblio
                charset: MARC-8
                timeout: 250ms
                sharing:
                  mode: no-local-fields
                  suppress: ["999$s=y"]
              - id: south
                protocol: sru
                address: http://127.0.0.1:21102/biblio
                expandScripts: true
              - id: demo
                protocol: embedded
                paths: ["generated:demo?seed=1&works=10&members=1&member=1"]
            databases:
              coast: [north, south]
            """;

    @Test
    void readsEveryPartOfAValidConfiguration() {
        ConsortiumConfig config = ConfigLoader.parse(FILE, VALID);

        assertThat(config.name()).isEqualTo("Test Consortium");
        assertThat(config.server().httpPort()).isEqualTo(18080);
        assertThat(config.federation().deadline()).isEqualTo(Duration.ofSeconds(3));
        assertThat(config.members()).extracting(MemberSpec::id).containsExactly("north", "south", "demo");
        MemberSpec north = config.member("north").orElseThrow();
        assertThat(north.protocol()).isEqualTo(Protocol.Z3950);
        assertThat(north.marc8()).isTrue();
        assertThat(north.timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(north.sharing().mode()).isEqualTo(Sharing.Mode.NO_LOCAL_FIELDS);
        assertThat(north.sharing().suppress()).containsExactly("999$s=y");
        assertThat(config.member("south").orElseThrow().expandScripts()).isTrue();
        assertThat(config.member("demo").orElseThrow().paths()).hasSize(1);
    }

    @Test
    void resultSetCapacityIsReadAndBounded() {
        String capped = VALID.replace("  deadline: 3s", "  deadline: 3s\n  resultSetCapacity: 50000");
        ConsortiumConfig config = ConfigLoader.parse(FILE, capped);
        assertThat(config.federation().resultSetCapacity()).isEqualTo(50_000);
        assertThat(ConfigLoader.parse(FILE, VALID).federation().resultSetCapacity())
                .isEqualTo(FederationSettings.DEFAULTS.resultSetCapacity());
        String tiny = VALID.replace("  deadline: 3s", "  deadline: 3s\n  resultSetCapacity: 10");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, tiny))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("resultSetCapacity");
    }

    @Test
    void resolvesUnionMemberAndVirtualDatabases() {
        ConsortiumConfig config = ConfigLoader.parse(FILE, VALID);

        assertThat(config.resolveDatabase("union")).contains(List.of("north", "south", "demo"));
        assertThat(config.resolveDatabase("SOUTH")).contains(List.of("south"));
        assertThat(config.resolveDatabase("coast")).contains(List.of("north", "south"));
        assertThat(config.resolveDatabase("atlantis")).isEmpty();
    }

    @Test
    void badDurationNamesFileLineAndField() {
        String yaml = VALID.replace("timeout: 250ms", "timeout: fast");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("conf/test.yaml:17:")
                .hasMessageContaining("members[0].timeout")
                .hasMessageContaining("expected a duration")
                .hasMessageContaining("\"fast\"");
    }

    @Test
    void misspeltFieldIsRejectedWithASuggestion() {
        String yaml = VALID.replace("    database: biblio", "    databse: biblio");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(":15:")
                .hasMessageContaining("members[0].databse")
                .hasMessageContaining("did you mean 'database'");
    }

    @Test
    void unknownProtocolListsTheChoices() {
        String yaml = VALID.replace("protocol: sru", "protocol: ftp");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("members[1].protocol")
                .hasMessageContaining("z3950, sru, oai, embedded");
    }

    @Test
    void z3950MemberNeedsHostAndPort() {
        String yaml = VALID.replace("address: 127.0.0.1:21101", "address: localhost");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("members[0].address")
                .hasMessageContaining("expected host:port");
    }

    @Test
    void sruMemberNeedsAnHttpUrl() {
        String yaml = VALID.replace("http://127.0.0.1:21102/biblio", "ftp://x/y");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("members[1].address")
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void duplicateMemberIdsAreRejected() {
        String yaml = VALID.replace("id: south", "id: north");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml)).hasMessageContaining("used twice");
    }

    @Test
    void virtualDatabaseMustNameKnownMembers() {
        String yaml = VALID.replace("coast: [north, south]", "coast: [north, west]");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("databases.coast")
                .hasMessageContaining("unknown member 'west'");
    }

    @Test
    void missingMembersIsAnError() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "consortium:\n  name: x\n"))
                .hasMessageContaining("members")
                .hasMessageContaining("missing");
    }

    @Test
    void brokenYamlReportsItsLine() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, "consortium:\n  name: [unclosed\nmembers: x\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void embeddedMemberFileMustExist() {
        String yaml = VALID.replace("\"generated:demo?seed=1&works=10&members=1&member=1\"", "no/such/file.mrc");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("members[2].paths")
                .hasMessageContaining("no such file");
    }

    @Test
    void badSuppressionRuleIsExplained() {
        String yaml = VALID.replace("\"999$s=y\"", "\"suppressed\"");
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, yaml))
                .hasMessageContaining("members[0].sharing.suppress")
                .hasMessageContaining("999$s=y");
    }

    @Test
    void theShippedDefaultConsortiumLoads() {
        Path shipped = Path.of(System.getProperty("user.dir")).getParent().resolve("conf/consortium.yaml");
        ConsortiumConfig config = ConfigLoader.load(shipped);
        assertThat(config.members()).hasSize(8).allMatch(m -> m.protocol() == Protocol.EMBEDDED);
    }

    @Test
    void frontEndAndHarvestSectionsDefaultWhenLeftOut() {
        ConsortiumConfig config = ConfigLoader.parse(FILE, VALID);
        assertThat(config.sru()).isEqualTo(SruSettings.DEFAULTS);
        assertThat(config.oai()).isEqualTo(OaiSettings.DEFAULTS);
        assertThat(config.harvest()).isEqualTo(HarvestSettings.DEFAULTS);
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
    }

    @Test
    void readsSruOaiHarvestAndDataDir() {
        String yaml = VALID + """
                sru:
                  path: /search
                  defaultVersion: "2.0"
                  defaultSchema: dc
                  maxQueryLength: 512
                oai:
                  path: /harvest
                  repositoryName: Test Union
                  adminEmail: union@example.edu
                  repositoryIdentifier: union.example.edu
                  pageSize: 50
                  tokenTtl: 2h
                  tokenSecret: a-secret-of-sixteen-or-more
                harvest:
                  every: 30m
                  onStart: false
                  timeout: 20s
                  retries: 2
                dataDir: /var/lib/unigate
                """;
        ConsortiumConfig config = ConfigLoader.parse(FILE, yaml);
        assertThat(config.sru()).isEqualTo(new SruSettings("/search", "2.0", "dc", 512));
        assertThat(config.oai()).isEqualTo(new OaiSettings("/harvest", "Test Union", "union@example.edu",
                "union.example.edu", 50, Duration.ofHours(2), "a-secret-of-sixteen-or-more"));
        assertThat(config.harvest()).isEqualTo(new HarvestSettings(Duration.ofMinutes(30), false, Duration.ofSeconds(20), 2));
        assertThat(config.dataDir()).isEqualTo(Path.of("/var/lib/unigate"));
    }

    @Test
    void unknownSruVersionIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, VALID + "sru:\n  defaultVersion: \"1.3\"\n"))
                .hasMessageContaining("sru.defaultVersion")
                .hasMessageContaining("1.1, 1.2 or 2.0");
    }

    @Test
    void oaiRepositoryIdentifierMustBeADomainName() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, VALID + "oai:\n  repositoryIdentifier: not a domain\n"))
                .hasMessageContaining("oai.repositoryIdentifier")
                .hasMessageContaining("domain name");
    }

    @Test
    void oaiAdminEmailNeedsADomainAsTheOaiSchemaDoes() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, VALID + "oai:\n  adminEmail: root@localhost\n"))
                .hasMessageContaining("oai.adminEmail")
                .hasMessageContaining("root@localhost");
        assertThat(OaiSettings.DEFAULTS.adminEmail()).matches("\\S+@(\\S+\\.)+\\S+");
    }

    @Test
    void shortTokenSecretIsRejected() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, VALID + "oai:\n  tokenSecret: short\n"))
                .hasMessageContaining("oai.tokenSecret")
                .hasMessageContaining("16");
    }

    @Test
    void endpointPathMustBeAbsolute() {
        assertThatThrownBy(() -> ConfigLoader.parse(FILE, VALID + "sru:\n  path: sru\n"))
                .hasMessageContaining("sru.path")
                .hasMessageContaining("absolute URL path");
    }
}
