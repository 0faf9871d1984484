package io.github.camelcarto.local.workflows;

import java.util.List;

/**
 * A registered workflow: a SQL script standing in for the stored procedure CARTO generates. The script reads its
 * inputs as {@code @name} parameters and writes its result into {@value #OUTPUT_TABLE}.
 *
 * @param parameters the procedure's parameter names in order, from a {@code -- parameters: a, b} line; empty means
 *                   the script uses the names of the CALL's own {@code @name} arguments
 */
public record Workflow(String name, String script, List<String> parameters) {

    /** Replaced by the quoted name of the job's output table. */
    public static final String OUTPUT_TABLE = "{{output_table}}";
}
