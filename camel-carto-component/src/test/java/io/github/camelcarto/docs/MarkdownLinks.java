package io.github.camelcarto.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of a Markdown page that lead outside the repository or nowhere: every link and every page named
 * in code ({@code `docs/query.md`}) must resolve to a file of the repository, and an anchor to a heading of its page.
 * Links to web sites (http, https, mailto) are not followed.
 */
final class MarkdownLinks {

    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern NAMED_PAGE = Pattern.compile("^[\\w./~-]+\\.md(#[\\w-]+)?$");
    private static final Pattern WEB = Pattern.compile("^(https?|mailto):.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private MarkdownLinks() {
    }

    /** What is wrong with the page's links, as "page:line: message" lines; empty when nothing is. */
    static List<String> problems(Path root, Path page) {
        List<String> problems = new ArrayList<>();
        List<String> lines = Markdown.prose(page);
        for (int i = 0; i < lines.size(); i++) {
            String where = root.relativize(page) + ":" + (i + 1) + ": ";
            String line = lines.get(i);
            List<String> targets = new ArrayList<>();
            Matcher reference = REFERENCE_LINK.matcher(line);
            if (reference.matches()) {
                targets.add(reference.group(1));
            }
            Matcher inline = INLINE_LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
            while (inline.find()) {
                targets.add(inline.group(1));
            }
            for (String target : targets) {
                String problem = problem(root, page, target, false);
                if (problem != null) {
                    problems.add(where + "link (" + target + ") " + problem);
                }
            }
            Matcher code = CODE_SPAN.matcher(line);
            while (code.find()) {
                String named = code.group(2).trim();
                if (NAMED_PAGE.matcher(named).matches()) {
                    String problem = problem(root, page, named, true);
                    if (problem != null) {
                        problems.add(where + "`" + named + "` " + problem);
                    }
                }
            }
        }
        return problems;
    }

    private static String problem(Path root, Path page, String target, boolean alsoFromRoot) {
        if (WEB.matcher(target).matches()) {
            return null;
        }
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return "uses a scheme other than http(s) or mailto";
        }
        if (target.startsWith("/") || target.startsWith("~")) {
            return "is an absolute path: name a file of the repository by its path relative to this page";
        }
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path file = path.isEmpty() ? page : resolve(root, page, path, alsoFromRoot);
        if (!file.startsWith(root)) {
            return "leads outside the repository";
        }
        if (!Files.exists(file)) {
            return "names a file that is not in the repository";
        }
        if (anchor != null && file.toString().endsWith(".md") && !anchors(file).contains(anchor)) {
            return "names a heading that " + root.relativize(file) + " does not have";
        }
        return null;
    }

    /** Relative to the page, as Markdown reads links; a page named in code may also be named from the root. */
    private static Path resolve(Path root, Path page, String path, boolean alsoFromRoot) {
        Path fromPage = page.getParent().resolve(path).normalize();
        if (alsoFromRoot && !Files.exists(fromPage)) {
            return root.resolve(path).normalize();
        }
        return fromPage;
    }

    /** The anchors GitHub gives the page's headings: lower case, punctuation dropped, spaces as hyphens. */
    static List<String> anchors(Path page) {
        List<String> anchors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String line : Markdown.prose(page)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = heading.group(1).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-');
                int earlier = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(earlier == 0 ? slug : slug + "-" + earlier);
            }
        }
        return anchors;
    }
}
