package io.github.camelcarto.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camelcarto.local.http.NoDelay;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link CartoLocal} around JUnit 5 tests:
 * <pre>
 * {@literal @}RegisterExtension
 * static CartoLocalExtension carto = CartoLocalExtension.create()
 *         .configure(config -&gt; config.connection("my_conn"))
 *         .workflow("wfproc_demo", "CREATE TABLE {{output_table}} AS SELECT @n AS n");
 * </pre>
 * On a static field the server lives for the test class; on an instance field, for each test. Test methods may also
 * take a {@link CartoLocal} parameter.
 */
public final class CartoLocalExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    static {
        // when the test class registers the extension: earlier than a fake server the test may start in @BeforeAll
        NoDelay.enable();
    }

    private final CartoLocalConfig.Builder config = CartoLocalConfig.builder();
    private final Map<String, String> workflows = new LinkedHashMap<>();
    private CartoLocal server;
    private boolean perClass;

    private CartoLocalExtension() {
    }

    public static CartoLocalExtension create() {
        return new CartoLocalExtension();
    }

    /** Changes the configuration before the server starts. */
    public CartoLocalExtension configure(Consumer<CartoLocalConfig.Builder> change) {
        change.accept(config);
        return this;
    }

    /** Registers a workflow at start; see {@link CartoLocal#registerWorkflow(String, String)}. */
    public CartoLocalExtension workflow(String name, String sql) {
        workflows.put(name, sql);
        return this;
    }

    /** The running server; fails outside a test's lifetime. */
    public CartoLocal server() {
        if (server == null) {
            throw new IllegalStateException("carto-local is not running: use it inside a test");
        }
        return server;
    }

    public String baseUrl() {
        return server().baseUrl();
    }

    public String accessToken() {
        return server().accessToken();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        startServer();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopServer();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            startServer();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stopServer();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == CartoLocal.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server();
    }

    private void startServer() {
        server = CartoLocal.start(config.build());
        workflows.forEach(server::registerWorkflow);
    }

    private void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
