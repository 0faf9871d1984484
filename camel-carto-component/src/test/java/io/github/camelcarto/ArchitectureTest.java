package io.github.camelcarto;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.github.camelcarto.client.SqlApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the house as docs/architecture.md draws it: the Camel face uses the client, the client uses the transport,
 * and both name failures with the exceptions of a leaf package; nothing points back up. carto-local, on the test
 * classpath for the integration tests, and the component never import each other.
 */
class ArchitectureTest {

    private static final String FACE = "io.github.camelcarto";
    private static final String CLIENT = "io.github.camelcarto.client..";
    private static final String API = "io.github.camelcarto.client";
    private static final String V2 = "io.github.camelcarto.client.v2..";
    private static final String TRANSPORT = "io.github.camelcarto.client.http..";
    private static final String EXCEPTIONS = "io.github.camelcarto.client.exception..";
    private static final String LOCAL = "io.github.camelcarto.local..";

    /** The main classes of the component, and of carto-local when it is on the classpath; no test classes. */
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("io.github.camelcarto");
        assertTrue(classes.contain(CartoEndpoint.class) && classes.contain(SqlApi.class),
                "the component's classes were not imported");
    }

    @Test
    void theClientKnowsNothingOfCamelNorOfTheFace() {
        noClasses().that().resideInAPackage(CLIENT)
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.camel..", FACE)
                .because("the client is a plain Java CARTO client, usable and testable without Camel")
                .check(classes);
    }

    @Test
    void theTransportNeverUsesTheApiClients() {
        noClasses().that().resideInAPackage(TRANSPORT)
                .should().dependOnClassesThat().resideInAnyPackage(API, V2)
                .because("the transport sends calls; what an API's answers mean is the API client's business")
                .check(classes);
    }

    @Test
    void theExceptionsAreALeaf() {
        noClasses().that().resideInAPackage(EXCEPTIONS)
                .should().dependOnClassesThat().resideInAnyPackage(FACE, API, V2, TRANSPORT)
                .because("the transport and the clients both raise them, so they may need neither")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().assignedFrom(new ComponentPackages()).should().beFreeOfCycles().check(classes);
    }

    @Test
    void theComponentNeverImportsCartoLocal() {
        noClasses().that().resideInAnyPackage(FACE, CLIENT)
                .should().dependOnClassesThat().resideInAPackage(LOCAL)
                .because("carto-local is a test server; the component must work against any CARTO")
                .check(classes);
    }

    @Test
    void cartoLocalNeverImportsTheComponent() {
        noClasses().that().resideInAPackage(LOCAL)
                .should().dependOnClassesThat().resideInAnyPackage(FACE, CLIENT)
                .because("carto-local plays CARTO, which knows nothing of its clients")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** One slice per package of the component; carto-local's classes are in none. */
    private static final class ComponentPackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            boolean component = name.equals(FACE) || name.startsWith(FACE + ".client");
            return component ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the component's packages";
        }
    }
}
