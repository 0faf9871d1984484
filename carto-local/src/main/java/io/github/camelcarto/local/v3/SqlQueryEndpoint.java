package io.github.camelcarto.local.v3;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

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
 * registered workflow runs it synchronously and answers with its output table.
 */
public final class SqlQueryEndpoint {

    private final SqlEngine engine;
    private final V3Auth auth;
    private final Connections connections;
    private final int maxRows;
    private final WorkflowRegistry workflows;

    public SqlQueryEndpoint(SqlEngine engine, V3Auth auth, Connections connections, int maxRows,
                            WorkflowRegistry workflows) {
        this.engine = engine;
        this.auth = auth;
        this.connections = connections;
        this.maxRows = maxRows;
        this.workflows = workflows;
    }

    public void handle(HttpCall call) throws Exception {
        auth.check(call);
        connections.require(call.pathParameter(0));
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
                call.streamJson(out -> QueryResultWriter.write(out, rows, maxRows));
                return null;
            });
        } catch (SQLException e) {
            throw SqlFailures.badRequest(engine, e);
        } catch (MissingParameterException e) {
            throw SqlFailures.badRequest(e);
        }
    }
}
