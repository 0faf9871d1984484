package io.github.camelcarto.docs;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The route snippets of README.md, docs/ and the module READMEs compile, and the {@code carto:} endpoints and
 * {@code camel.component.carto.*} settings they show are accepted by the component (see {@link DocSnippets}).
 */
class DocSnippetsTest {

    @TempDir
    static Path classes;

    @TestFactory
    Stream<DynamicTest> everySnippetCompilesAndItsEndpointsAreAccepted() throws IOException {
        Path root = Markdown.repositoryRoot();
        DocSnippets docs = new DocSnippets(root);
        List<DocSnippets.Snippet> snippets = docs.snippets(Markdown.pages(root));
        assertTrue(snippets.stream().filter(DocSnippets.Snippet::isJava).count() >= 15, "Java snippets found: " + snippets);
        assertTrue(snippets.stream().anyMatch(DocSnippets.Snippet::isYaml), "a YAML snippet in docs/query.md");
        assertTrue(snippets.stream().filter(DocSnippets.Snippet::isSettings).count() >= 2,
                "the settings of README.md and docs/v2.md");

        Map<DocSnippets.Snippet, List<String>> errors = docs.compile(snippets, classes);
        URLClassLoader loader = DocSnippets.loader(classes);
        return snippets.stream().map(snippet -> DynamicTest.dynamicTest(snippet.label(root), () -> {
            List<String> compileErrors = errors.getOrDefault(snippet, List.of());
            assertTrue(compileErrors.isEmpty(), () -> "does not compile:\n" + String.join("\n", compileErrors));
            DocSnippets.EndpointCheck check = docs.checkEndpoints(snippet, loader);
            assertTrue(check.problems().isEmpty(), () -> "the component refuses it:\n" + String.join("\n", check.problems()));
            if (snippet.namesCarto() && !snippet.isSettings()) {
                assertFalse(check.created().isEmpty(), "its carto: endpoints were not found");
            }
        }));
    }

    @Test
    void aSnippetThatDoesNotCompileOrMisspellsAnOptionIsCaught(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("README.md"), """
                ```
                camel.component.carto.apiBaseUrl=https://gcp-us-east1.api.carto.com
                camel.component.carto.accessToken={{env:CARTO_API_TOKEN}}
                camel.component.carto.connection=carto_dw
                ```
                """);
        Path page = root.resolve("page.md");
        Files.writeString(page, """
                ```java
                from("direct:a")
                    .to("carto:query?sql=RAW(SELECT 1)")
                    .to("carto:job?waitForCompletion=true&waitTimout=2h");
                ```

                ```java
                from("direct:b")
                    .to("carto:query")
                    .logg("${body}");
                ```

                ```java
                from("carto:query").to("carto:jobs");
                ```

                ```yaml
                - from:
                    uri: timer:t
                    steps:
                      - to: carto:query?conection=carto_dw
                ```

                ```java
                from("master:events:carto:jobs?connection=carto_dw&emitOn=terminl").to("log:x");
                ```
                """);
        Path settingsPage = root.resolve("settings.md");
        Files.writeString(settingsPage, """
                ```properties
                camel.component.carto.acessToken = secret
                ```
                """);
        DocSnippets docs = new DocSnippets(root);
        List<DocSnippets.Snippet> snippets = docs.snippets(List.of(page, settingsPage));
        Map<DocSnippets.Snippet, List<String>> errors = docs.compile(snippets, Files.createDirectories(root.resolve("out")));

        try (URLClassLoader loader = DocSnippets.loader(root.resolve("out"))) {
            assertEquals(List.of(), errors.get(snippets.get(0)));
            DocSnippets.EndpointCheck first = docs.checkEndpoints(snippets.get(0), loader);
            assertEquals(List.of("to(carto:query?sql=RAW(SELECT 1))"), first.created());
            List<String> misspelt = first.problems();
            assertEquals(1, misspelt.size(), misspelt.toString());
            assertTrue(misspelt.get(0).startsWith("page.md:2 (java): to(carto:job?waitForCompletion=true&waitTimout=2h)")
                       && misspelt.get(0).contains("waitTimout"), misspelt.get(0));

            assertEquals(1, errors.get(snippets.get(1)).size(), errors.toString());
            assertTrue(errors.get(snippets.get(1)).get(0).startsWith("page.md:10: cannot find symbol"), errors.toString());

            List<String> wrongWay = docs.checkEndpoints(snippets.get(2), loader).problems();
            assertEquals(2, wrongWay.size(), wrongWay.toString());
            assertTrue(wrongWay.get(0).contains("from(carto:query)") && wrongWay.get(1).contains("to(carto:jobs)"),
                    wrongWay.toString());

            List<String> yaml = docs.checkEndpoints(snippets.get(3), loader).problems();
            assertEquals(1, yaml.size(), yaml.toString());
            assertTrue(yaml.get(0).contains("to(carto:query?conection=carto_dw)"), yaml.toString());

            List<String> behindMaster = docs.checkEndpoints(snippets.get(4), loader).problems();
            assertEquals(1, behindMaster.size(), behindMaster.toString());
            assertTrue(behindMaster.get(0).contains("terminl"), behindMaster.toString());

            List<String> settings = docs.checkEndpoints(snippets.get(5), loader).problems();
            assertEquals(1, settings.size(), settings.toString());
            assertTrue(settings.get(0).contains("acessToken"), settings.toString());
        }
    }
}
