package io.github.camelcarto.compat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guards the matrix itself: one Camel jar left at the build's version would make the other tests here prove
 * nothing about the Camel version this module names.
 */
class CamelVersionOnClasspathTest {

    private static final String EXPECTED = System.getProperty("expected.camel.version");
    private static final String CAMEL_POM_PROPERTIES = "META-INF/maven/org.apache.camel/";

    @Test
    void everyCamelJarIsTheVersionUnderTest() throws IOException {
        List<String> camelJars = camelJarVersions();
        assertFalse(camelJars.isEmpty(), "no org.apache.camel jar found on the test classpath");
        List<String> others = camelJars.stream().filter(jar -> !jar.endsWith(":" + EXPECTED)).toList();
        assertTrue(others.isEmpty(), "Camel jars not at " + EXPECTED + ": " + others);
    }

    @Test
    void theRunningContextReportsTheVersionUnderTest() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            assertEquals(EXPECTED, context.getVersion());
        }
    }

    /** "artifactId:version" of every org.apache.camel jar, read from the pom.properties Maven puts in each. */
    private static List<String> camelJarVersions() throws IOException {
        // surefire runs the tests through a manifest-only jar and passes the real classpath in this property
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> versions = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                versions.addAll(camelArtifactsIn(new File(entry)));
            }
        }
        return versions;
    }

    private static List<String> camelArtifactsIn(File jar) throws IOException {
        List<String> artifacts = new ArrayList<>();
        try (JarFile file = new JarFile(jar)) {
            for (JarEntry entry : file.stream().toList()) {
                String name = entry.getName();
                if (name.startsWith(CAMEL_POM_PROPERTIES) && name.endsWith("/pom.properties")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        Properties pom = new Properties();
                        pom.load(in);
                        artifacts.add(pom.getProperty("artifactId") + ":" + pom.getProperty("version"));
                    }
                }
            }
        }
        return artifacts;
    }
}
