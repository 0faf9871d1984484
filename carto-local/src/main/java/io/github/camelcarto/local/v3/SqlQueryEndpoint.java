package io.github.camelcarto.local.v3;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.MissingParameterException;
import io.github.camelcarto.local.engine.QueryParameters;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.SqlEngine;
import io.github.camelcarto.local.engine.SqlTranslator;
import io.github.camelcarto.local.http.HttpCall;
import io.github.camelcarto.local.workflows.Workflow;
import io.github.camelcarto.local.workflows.WorkflowCall;
import io.github.camelcarto.local.workflows.WorkflowRegistry;
import io.github.camelcarto.local.workflows.WorkflowRunner;

/**
 * {@code GET|POST /v3/sql/{connection}/query}: runs the script and streams the last statement's rows. A CALL of a
 * registered workflow runs it synchronously and answers with its output table. GET answers are cached by URL as
 * CARTO's CDN caches them ({@link QueryAnswerCache}); a cached answer says so in {@code meta.cacheHit} and in the
 * {@code X-Cache} and {@code Age} headers, as a CDN's do.
 */
public final class SqlQueryEndpoint {

    private static final String JSON = "application/json; charset=utf-8";

    private final SqlEngine engine;
    private final V3Auth auth;
    private final Connections connections;
    private final int maxRows;
    private final WorkflowRegistry workflows;
    /** Null when caching is switched off. */
    private final QueryAnswerCache cache;

    public SqlQueryEndpoint(SqlEngine engine, V3Auth auth, Connections connections, int maxRows,
                            WorkflowRegistry workflows, boolean cacheGetAnswers) {
        this.engine = engine;
        this.auth = auth;
        this.connections = connections;
        this.maxRows = maxRows;
        this.workflows = workflows;
        this.cache = cacheGetAnswers ? new QueryAnswerCache() : null;
    }

    public void handle(HttpCall call) throws Exception {
        auth.check(call);
        connections.require(call.pathParameter(0));
        if (cache == null || !"GET".equals(call.method())) {
            run(call, null);
            return;
        }
        String url = call.rawPathAndQuery();
        QueryAnswerCache.Directives directives = QueryAnswerCache.Directives.of(call.header("Cache-Control"));
        QueryAnswerCache.Answer kept = directives.mayAnswerFromCache() ? cache.find(url) : null;
        if (kept != null) {
            call.setHeader("X-Cache", "HIT");
            call.setHeader("Age", Long.toString(kept.ageSeconds()));
            try (OutputStream out = call.startStreaming(JSON)) {
                out.write(kept.rowsAndSchema());
                QueryResultWriter.writeMeta(out, true);
            }
            return;
        }
        call.setHeader("X-Cache", "MISS");
        run(call, directives.mayStore() ? answer -> cache.store(url, answer) : null);
    }

    /**
     * Runs the request's SQL and streams its answer.
     *
     * @param keep given a copy of the answer up to its meta (unless it is too large to keep) before the answer ends,
     *             so that a client's next request already finds it; null to keep no copy
     */
    private void run(HttpCall call, Consumer<byte[]> keep) throws Exception {
        SqlRequest request = SqlRequest.read(call, "q");
        Optional<WorkflowCall> workflowCall = WorkflowCall.parse(request.sql());
        Optional<Workflow> workflow = workflowCall.flatMap(parsed -> workflows.find(parsed.procedure()));
        try (Connection connection = engine.open()) {
            String sql = request.sql();
            QueryParameters parameters = request.parameters();
            if (workflow.isPresent()) {
                // synchronous workflow run: answer with its output table's rows
                ObjectNode scriptParameters = workflowCall.get().scriptParameters(workflow.get(), parameters.json());
                String outputTable = workflowCall.get().outputTable(scriptParameters);
                WorkflowRunner.run(connection, workflow.get(), outputTable, scriptParameters, new Execution());
                sql = "SELECT * FROM " + SqlTranslator.quoteIdentifier(outputTable);
                parameters = QueryParameters.NONE;
            }
            ScriptRunner.run(connection, sql, parameters, new Execution(), (rows, count) -> {
                try (OutputStream out = call.startStreaming(JSON)) {
                    CappedCopy copy = keep != null ? new CappedCopy(out, QueryAnswerCache.MAX_ANSWER_BYTES) : null;
                    QueryResultWriter.writeRowsAndSchema(copy == null ? out : copy, rows, maxRows);
                    byte[] kept = copy == null ? null : copy.copy();
                    if (kept != null) {
                        keep.accept(kept);
                    }
                    QueryResultWriter.writeMeta(out, false);
                    return null;
                }
            });
        } catch (SQLException e) {
            throw SqlFailures.badRequest(engine, e);
        } catch (MissingParameterException e) {
            throw SqlFailures.badRequest(e);
        }
    }
}
