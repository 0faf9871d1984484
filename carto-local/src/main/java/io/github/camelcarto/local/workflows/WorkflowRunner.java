package io.github.camelcarto.local.workflows;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.engine.Execution;
import io.github.camelcarto.local.engine.QueryParameters;
import io.github.camelcarto.local.engine.ScriptRunner;
import io.github.camelcarto.local.engine.SqlTranslator;

/** Runs a workflow's script into a fresh output table (dropped first, so the script may CREATE TABLE it). */
public final class WorkflowRunner {

    private WorkflowRunner() {
    }

    public static void run(Connection connection, Workflow workflow, String outputTable, ObjectNode parameters,
                           Execution execution) throws SQLException, IOException {
        String quoted = SqlTranslator.quoteIdentifier(outputTable);
        ScriptRunner.run(connection, "DROP TABLE IF EXISTS " + quoted, QueryParameters.NONE, execution,
                (rows, count) -> null);
        ScriptRunner.run(connection, workflow.script().replace(Workflow.OUTPUT_TABLE, quoted),
                QueryParameters.of(parameters), execution, (rows, count) -> null);
    }
}
