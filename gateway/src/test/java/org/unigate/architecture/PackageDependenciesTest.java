package org.unigate.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.unigate.cache.CacheSettings;
import org.unigate.diag.Condition;
import org.unigate.member.MemberClient;
import org.unigate.server.GatewayServer;

/**
 * How the packages of every module the gateway is built from may depend on each other: in one
 * direction only, and past the member contract ({@link MemberClient} and its capabilities) only
 * where the consortium wires protocols to clients. Each rule is also shown to catch what it
 * forbids, on the fixtures next to this test.
 */
class PackageDependenciesTest {

    private static final String WIRING = "org.unigate.consortium";

    private static final ArchRule NO_CYCLES = slices().matching("org.unigate.(**)").should().beFreeOfCycles();

    private static final ArchRule CLIENTS_ONLY_IN_THE_WIRING = noClasses()
            .that().resideOutsideOfPackages(WIRING, "org.unigate.embedded", "org.unigate.z3950.client..",
                    "org.unigate.sru.client..")
            .should().dependOnClassesThat(concreteMemberClients())
            .because("features are reached through MemberClient and its capabilities, not by downcasting");

    /** The main classes of protocols, cache, adapters and gateway, read where the build put them. */
    private static final JavaClasses MAIN = new ClassFileImporter().importLocations(Stream.of(
            Condition.class, CacheSettings.class, MemberClient.class, GatewayServer.class)
            .map(PackageDependenciesTest::whereBuilt).collect(Collectors.toSet()));

    /** The fixtures (and the adapters they reach into), without the rest of the tests. */
    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .withImportOption(location -> !location.contains("test-classes") || location.contains("/architecture/fixture/"))
            .importLocations(Set.of(whereBuilt(PackageDependenciesTest.class), whereBuilt(MemberClient.class)));

    private static final JavaClasses CYCLE_FIXTURE = new ClassFileImporter()
            .withImportOption(location -> location.contains("/architecture/fixture/cycle/"))
            .importLocations(Set.of(whereBuilt(PackageDependenciesTest.class)));

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void concreteMemberClientsAreUsedOnlyWhereTheConsortiumIsWired() {
        CLIENTS_ONLY_IN_THE_WIRING.check(MAIN);
    }

    @Test
    void aCycleBetweenTwoPackagesIsCaught() {
        assertThatThrownBy(() -> NO_CYCLES.check(CYCLE_FIXTURE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("fixture.cycle.left")
                .hasMessageContaining("fixture.cycle.right");
    }

    @Test
    void aDowncastToAnEmbeddedMemberIsCaught() {
        assertThatThrownBy(() -> CLIENTS_ONLY_IN_THE_WIRING.check(FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EmbeddedMemberClient");
    }

    /** The folder (in a reactor build) or jar a module's classes were loaded from. */
    private static Location whereBuilt(Class<?> inModule) {
        try {
            URI uri = inModule.getProtectionDomain().getCodeSource().getLocation().toURI();
            return uri.getPath().endsWith(".jar") ? Location.of(URI.create("jar:" + uri + "!/")) : Location.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The member clients of the adapters (any MemberClient implementation) and the Z39.50 client's internals. */
    private static DescribedPredicate<JavaClass> concreteMemberClients() {
        return describe("are concrete member clients", c -> c.getPackageName().startsWith("org.unigate.z3950.client")
                || !c.isInterface() && c.isAssignableTo(MemberClient.class));
    }
}
