package io.github.camelcarto.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Just enough Markdown for the documentation tests: the repository's pages, their code blocks and their prose. */
final class Markdown {

    private static final Pattern FENCE = Pattern.compile("^\\s*(```+|~~~+)\\s*([\\w-]*).*$");

    /** A fenced code block: its page, its info string ("java", "" ...), where its first line stands, its lines. */
    record FencedBlock(Path file, String language, int firstLine, List<String> lines) {

        String text() {
            return String.join("\n", lines) + "\n";
        }

        /** Where the block's line {@code index} (0-based) stands in its page, for messages. */
        String where(Path root, int index) {
            return root.relativize(file) + ":" + (firstLine + index);
        }
    }

    private Markdown() {
    }

    /** The repository root: the nearest folder upwards that holds the docs and the parent pom. */
    static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** Every Markdown page of the repository, build output and hidden and ignored run folders left out. */
    static List<Path> pages(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .filter(file -> !skipped(root.relativize(file)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path page) {
        Path folder = page.getParent();
        if (folder == null) {
            return false;
        }
        String top = folder.getName(0).toString();
        if (top.equals("work") || top.equals("data")) {
            return true; // the example app's run folders, ignored by git
        }
        for (Path part : folder) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<FencedBlock> fencedBlocks(Path file) {
        List<String> lines = read(file).lines().toList();
        List<FencedBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String closing = fence.group(1);
            int first = i + 1;
            int end = first;
            while (end < lines.size() && !lines.get(end).trim().startsWith(closing)) {
                end++;
            }
            blocks.add(new FencedBlock(file, fence.group(2), first + 1, lines.subList(first, end)));
            i = end;
        }
        return blocks;
    }

    /** The page's lines with the fenced blocks' lines (fences included) blanked, so that line numbers still hold. */
    static List<String> prose(Path file) {
        List<String> lines = new ArrayList<>(read(file).lines().toList());
        for (FencedBlock block : fencedBlocks(file)) {
            for (int line = block.firstLine() - 2; line <= block.firstLine() - 1 + block.lines().size(); line++) {
                if (line < lines.size()) {
                    lines.set(line, "");
                }
            }
        }
        return lines;
    }
}
