package io.github.camelcarto.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README.md, docs/ and the module READMEs link only to files of the repository (and to web sites). */
class MarkdownLinksTest {

    @Test
    void everyPageLinksOnlyToFilesOfTheRepository() {
        Path root = Markdown.repositoryRoot();
        List<Path> pages = Markdown.pages(root);
        assertTrue(pages.containsAll(List.of(root.resolve("README.md"), root.resolve("docs/query.md"),
                root.resolve("carto-local/README.md"), root.resolve("camel-carto-examples/README.md"))), pages.toString());

        List<String> problems = pages.stream().flatMap(page -> MarkdownLinks.problems(root, page).stream()).toList();

        assertTrue(problems.isEmpty(), () -> "links that lead outside the repository or nowhere:\n"
                                             + String.join("\n", problems));
    }

    @Test
    void theCheckFindsLinksThatLeaveTheRepositoryOrLeadNowhere(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/other.md"), "# Other page\n\n## Local files\n");
        Path page = root.resolve("docs/page.md");
        Files.writeString(page, """
                # Page
                [fine](other.md), [fine too](other.md#local-files), [web](https://camel.apache.org), [here](#page)
                as `docs/other.md` says, and `other.md`; a URI such as `carto:query?sql=x.md` is not a page
                [absolute](/work/shared/carto-api.md)
                [up and out](../../shared/architecture.md)
                [missing](missing.md) and [no such heading](other.md#nope)
                per `/work/shared/carto-api.md` and `shared/architecture.md`
                [file](file:///etc/passwd)
                ```
                [inside a code block](/not/checked.md)
                ```
                [ref]: ../outside.md
                """);

        List<String> problems = MarkdownLinks.problems(root, page);

        assertEquals(List.of(
                "docs/page.md:4: link (/work/shared/carto-api.md) is an absolute path: name a file of the "
                + "repository by its path relative to this page",
                "docs/page.md:5: link (../../shared/architecture.md) leads outside the repository",
                "docs/page.md:6: link (missing.md) names a file that is not in the repository",
                "docs/page.md:6: link (other.md#nope) names a heading that docs/other.md does not have",
                "docs/page.md:7: `/work/shared/carto-api.md` is an absolute path: name a file of the repository "
                + "by its path relative to this page",
                "docs/page.md:7: `shared/architecture.md` names a file that is not in the repository",
                "docs/page.md:8: link (file:///etc/passwd) uses a scheme other than http(s) or mailto",
                "docs/page.md:12: link (../outside.md) names a file that is not in the repository"), problems);
    }

    @Test
    void anchorsAreGitHubs(@TempDir Path root) throws IOException {
        Path page = root.resolve("page.md");
        Files.writeString(page, "# carto:import — loading files\n## The staging URL: CARTO's imports\n## Notes\n## Notes\n");

        assertEquals(List.of("cartoimport--loading-files", "the-staging-url-cartos-imports", "notes", "notes-1"),
                MarkdownLinks.anchors(page));
    }
}
