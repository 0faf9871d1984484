package io.github.camelcarto.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.camelcarto.CartoComponent;
import io.github.camelcarto.local.CartoLocal;
import io.github.camelcarto.samples.CartoSamples;
import org.apache.camel.Endpoint;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.SendDefinition;
import org.apache.camel.spi.PropertiesSource;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.support.PluginHelper;

/**
 * The documentation's code, held to the code: every {@code java} block of a page compiles against the test classpath,
 * every {@code carto:} endpoint its routes use is created (so a misspelt or renamed option fails; also behind
 * {@code master:}), and every
 * {@code camel.component.carto.*} setting binds to the component.
 * <ul>
 * <li>A Java block is compiled as the body of a {@link RouteBuilder}'s {@code configure()}, or, when its first line is
 * an annotation, as members of that class (fields, test methods). The class implements the endpoint DSL's
 * {@code CartoBuilders}, so that {@code carto("query")} builds an endpoint. The packages of the component,
 * carto-local and the usual Java, Camel and JUnit ones are imported.</li>
 * <li>A compiled block that names {@code carto:} is run: its {@code configure()} adds its routes to a Camel context
 * that is never started, and each {@code carto:} URI of a {@code from} is created as a consumer, of a {@code to} as a
 * producer. Property placeholders resolve to a dummy value.</li>
 * <li>In {@code yaml} blocks, the {@code carto:} URIs of {@code from}, {@code to} and {@code uri} keys are created.</li>
 * <li>A block of {@code camel.component.carto.*} lines is bound to the component as Camel Main binds
 * {@code application.properties}. The component of a page's snippets is configured as README.md's
 * {@code application.properties} shows, then with the page's own settings.</li>
 * </ul>
 */
final class DocSnippets {

    private static final String PACKAGE = "snippets";
    private static final String PREFIX = "camel.component.carto.";
    private static final Pattern SETTING = Pattern.compile("^\\s*(" + Pattern.quote(PREFIX) + "[\\w.-]+)\\s*[=:]\\s*(.*?)\\s*$");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern YAML_URI = Pattern.compile("^\\s*(?:-\\s*)?(from|to|uri):\\s*(.*?)\\s*$");
    private static final String DUMMY = "placeholder-value";
    private static final List<String> IMPORTS = imports();

    /** One code block of a page, and how to check it. */
    record Snippet(Markdown.FencedBlock block, int number) {

        boolean isJava() {
            return block.language().equals("java");
        }

        boolean isYaml() {
            return block.language().equals("yaml") || block.language().equals("yml");
        }

        /** A block of camel.component.carto.* settings, whatever its info string. */
        boolean isSettings() {
            List<String> lines = block.lines().stream().filter(line -> !line.isBlank() && !line.trim().startsWith("#")).toList();
            return !lines.isEmpty() && lines.stream().allMatch(line -> SETTING.matcher(line).matches());
        }

        boolean namesCarto() {
            return block.text().contains("carto:");
        }

        /** Fields and methods (the first line is an annotation) rather than the statements of a configure(). */
        boolean isMembers() {
            return block.lines().stream().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("//"))
                    .findFirst().orElse("").startsWith("@");
        }

        String className() {
            return "Snippet" + number;
        }

        String label(Path root) {
            return block.where(root, 0) + " (" + (block.language().isEmpty() ? "settings" : block.language()) + ")";
        }
    }

    private final Path root;

    DocSnippets(Path root) {
        this.root = root;
    }

    /** The Java, YAML and settings blocks of the given pages. */
    List<Snippet> snippets(List<Path> pages) {
        List<Snippet> snippets = new ArrayList<>();
        for (Path page : pages) {
            for (Markdown.FencedBlock block : Markdown.fencedBlocks(page)) {
                Snippet snippet = new Snippet(block, snippets.size() + 1);
                if (snippet.isJava() || snippet.isYaml() || snippet.isSettings()) {
                    snippets.add(snippet);
                }
            }
        }
        return snippets;
    }

    // ---------------------------------------------------------------- compiling

    /**
     * Compiles the Java snippets into {@code classes}; answers each snippet's errors, at their lines in the page. javac
     * may stop writing classes once a source has errors, so the others are compiled again without it until they pass.
     */
    Map<Snippet, List<String>> compile(List<Snippet> snippets, Path classes) {
        Map<JavaFileObject, Snippet> sources = new LinkedHashMap<>();
        Map<Snippet, List<String>> errors = new LinkedHashMap<>();
        for (Snippet snippet : snippets) {
            if (snippet.isJava()) {
                sources.put(new Source(snippet, wrap(snippet)), snippet);
                errors.put(snippet, new ArrayList<>());
            }
        }
        List<JavaFileObject> pending = new ArrayList<>(sources.keySet());
        List<Diagnostic<? extends JavaFileObject>> found;
        do {
            found = javac(pending, classes);
            for (Diagnostic<? extends JavaFileObject> error : found) {
                Snippet snippet = sources.get(error.getSource());
                if (snippet == null) {
                    throw new AssertionError("javac: " + error.getMessage(null));
                }
                int index = (int) error.getLineNumber() - 1 - (IMPORTS.size() + 2);
                errors.get(snippet).add(snippet.block().where(root, index) + ": " + error.getMessage(null));
                pending.remove(error.getSource());
            }
        } while (!found.isEmpty() && !pending.isEmpty());
        return errors;
    }

    private static List<Diagnostic<? extends JavaFileObject>> javac(Collection<JavaFileObject> sources, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("compiling the documentation's snippets needs a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", testClasspath(), "-d", classes.toString(), "-proc:none",
                "-encoding", "UTF-8", "-nowarn");
        compiler.getTask(null, null, diagnostics, options, null, sources).call();
        return diagnostics.getDiagnostics().stream().filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .toList();
    }

    /** The snippet as a RouteBuilder: in its configure(), or beside it; two lines and the imports before it. */
    private static String wrap(Snippet snippet) {
        StringBuilder source = new StringBuilder();
        source.append("package ").append(PACKAGE).append(";\n");
        IMPORTS.forEach(name -> source.append("import ").append(name).append(";\n"));
        // as a user's route builder that builds endpoints with the endpoint DSL: carto("query").sql(...)
        source.append("public class ").append(snippet.className())
                .append(" extends RouteBuilder implements CartoEndpointBuilderFactory.CartoBuilders {");
        if (snippet.isMembers()) {
            source.append(" @Override public void configure() {}\n").append(snippet.block().text()).append("}\n");
        } else {
            source.append(" @Override public void configure() throws Exception {\n").append(snippet.block().text())
                    .append("}}\n");
        }
        return source.toString();
    }

    /** The component's packages, carto-local's, the samples' with WireMock's client, and the usual ones of a route. */
    private static List<String> imports() {
        TreeSet<String> packages = new TreeSet<>(packagesOf(CartoComponent.class));
        packages.add(CartoLocal.class.getPackageName());
        packages.add(CartoSamples.class.getPackageName());
        packages.add(WireMock.class.getPackageName());
        packages.addAll(List.of("java.io", "java.nio.file", "java.time", "java.util",
                "org.apache.camel", "org.apache.camel.builder", "org.apache.camel.support.processor.state",
                "org.junit.jupiter.api", "org.junit.jupiter.api.extension"));
        return packages.stream().map(name -> name + ".*").toList();
    }

    /** Every package of the jar or classes folder that holds {@code anchor}, at or below its package. */
    private static List<String> packagesOf(Class<?> anchor) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return packagesIn(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return packagesIn(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> packagesIn(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class") && file.getParent() != null)
                    .map(file -> classes.relativize(file.getParent()).toString().replace(file.getFileSystem().getSeparator(), "."))
                    .filter(name -> name.startsWith("io.github.camelcarto"))
                    .distinct()
                    .toList();
        }
    }

    /** Surefire puts the test classpath in a manifest-only jar; it also tells it in this property. */
    private static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String code;

        Source(Snippet snippet, String code) {
            super(URI.create("string:///" + PACKAGE + "/" + snippet.className() + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    // ---------------------------------------------------------------- endpoints and settings

    /** The page's component settings: README.md's, then the page's own. */
    Map<String, String> settings(Path page) {
        Map<String, String> settings = new LinkedHashMap<>(settingsOf(root.resolve("README.md")));
        settings.putAll(settingsOf(page));
        return settings;
    }

    private static Map<String, String> settingsOf(Path page) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (Markdown.FencedBlock block : Markdown.fencedBlocks(page)) {
            if (new Snippet(block, 0).isSettings()) {
                for (String line : block.lines()) {
                    Matcher setting = SETTING.matcher(line);
                    if (setting.matches()) {
                        settings.put(setting.group(1), setting.group(2));
                    }
                }
            }
        }
        return settings;
    }

    /** The carto: endpoints a snippet showed, and what failed when they were created (or its settings bound). */
    record EndpointCheck(List<String> created, List<String> problems) {
    }

    EndpointCheck checkEndpoints(Snippet snippet, ClassLoader classes) {
        List<String> created = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (DefaultCamelContext context = context(settings(snippet.block().file()))) {
            List<Use> uses = new ArrayList<>();
            if (snippet.isJava()) {
                uses.addAll(routeUses(context, classes, snippet));
            } else if (snippet.isYaml()) {
                uses.addAll(yamlUses(snippet));
            }
            for (Use use : uses) {
                String uri = cartoUri(use.uri());
                if (uri == null) {
                    continue;
                }
                String shown = (use.consumes() ? "from(" : "to(") + use.uri() + ")";
                try {
                    Endpoint endpoint = context.getEndpoint(uri);
                    if (use.consumes()) {
                        endpoint.createConsumer(exchange -> {
                        });
                    } else {
                        endpoint.createProducer();
                    }
                    created.add(shown);
                } catch (Exception e) {
                    problems.add(snippet.label(root) + ": " + shown + ": " + messages(e));
                }
            }
        } catch (Exception e) {
            problems.add(snippet.label(root) + ": " + messages(e));
        }
        return new EndpointCheck(created, problems);
    }

    /** The carto: endpoint of a URI, also the one {@code master:namespace:carto:...} runs on the leader; or null. */
    private static String cartoUri(String uri) {
        if (uri.startsWith("master:")) {
            int delegate = uri.indexOf(":carto:");
            return delegate < 0 ? null : uri.substring(delegate + 1);
        }
        return uri.startsWith("carto:") ? uri : null;
    }

    /** An endpoint URI a snippet reads from ({@code consumes}) or sends to. */
    record Use(String uri, boolean consumes) {
    }

    private static List<Use> routeUses(DefaultCamelContext context, ClassLoader classes, Snippet snippet) throws Exception {
        if (!snippet.namesCarto()) {
            return List.of();
        }
        Class<?> type = Class.forName(PACKAGE + "." + snippet.className(), true, classes);
        context.addRoutes((RouteBuilder) type.getDeclaredConstructor().newInstance());
        List<Use> uses = new ArrayList<>();
        for (RouteDefinition route : context.getRouteDefinitions()) {
            uses.add(new Use(route.getInput().getEndpointUri(), true));
            for (SendDefinition<?> send : ProcessorDefinitionHelper.filterTypeInOutputs(route.getOutputs(), SendDefinition.class)) {
                uses.add(new Use(send.getEndpointUri(), false));
            }
        }
        return uses;
    }

    private static List<Use> yamlUses(Snippet snippet) {
        List<Use> uses = new ArrayList<>();
        boolean underFrom = false;
        for (String line : snippet.block().lines()) {
            Matcher key = YAML_URI.matcher(line);
            if (!key.matches()) {
                continue;
            }
            String value = unquote(key.group(2));
            if (value.isEmpty()) {
                underFrom = key.group(1).equals("from");
            } else {
                uses.add(new Use(value, key.group(1).equals("from") || key.group(1).equals("uri") && underFrom));
                underFrom = false;
            }
        }
        return uses;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** A Camel context, never started, whose carto component has the settings and whose placeholders all resolve. */
    private static DefaultCamelContext context(Map<String, String> settings) {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getPropertiesComponent().addPropertiesSource(new PropertiesSource() {
            @Override
            public String getName() {
                return "every placeholder";
            }

            @Override
            public String getProperty(String name) {
                return DUMMY;
            }
        });
        CartoComponent component = new CartoComponent();
        context.addComponent("carto", component);
        Map<String, Object> properties = new LinkedHashMap<>();
        settings.forEach((key, value) -> properties.put(key.substring(PREFIX.length()),
                PLACEHOLDER.matcher(value).replaceAll(DUMMY)));
        PropertyBindingSupport.build()
                .withCamelContext(context)
                .withTarget(component)
                .withConfigurer(PluginHelper.getConfigurerResolver(context).resolvePropertyConfigurer("carto-component", context))
                .withProperties(properties)
                .withIgnoreCase(true)
                .withMandatory(true)
                .bind();
        return context;
    }

    /** The error and its causes: Camel wraps the component's message a few times. */
    private static String messages(Throwable error) {
        StringBuilder messages = new StringBuilder(error.toString());
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            messages.append("; caused by ").append(cause);
        }
        return messages.toString();
    }

    /** Loads the compiled snippets, with the test classpath behind them. */
    static URLClassLoader loader(Path classes) throws MalformedURLException {
        return new URLClassLoader(new URL[] { classes.toUri().toURL() }, DocSnippets.class.getClassLoader());
    }
}
