package io.github.camelcarto.local.workflows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelcarto.local.http.ApiException;

/**
 * A {@code CALL `proj.dataset.wfproc_x`(@a, @b)} as CARTO's "Executing workflows via API" sends it (arguments kept
 * as written, checked only when the procedure is a registered workflow). Knows the
 * procedure name, the argument names, and the output table that CARTO derives from procedure and parameter values:
 * the same values give the same table.
 */
public record WorkflowCall(String procedure, List<String> arguments) {

    private static final Pattern CALL = Pattern.compile(
            "(?is)^\\s*CALL\\s+((?:`[^`]+`|\"[^\"]+\"|[\\w\\-]+)(?:\\.(?:`[^`]+`|\"[^\"]+\"|[\\w\\-]+))*)\\s*\\((.*)\\)\\s*;?\\s*$");
    private static final Pattern ARGUMENT = Pattern.compile("@([A-Za-z_][A-Za-z0-9_]*)");

    /** The CALL in this SQL, or empty when the SQL is something else. */
    public static Optional<WorkflowCall> parse(String sql) {
        Matcher matcher = CALL.matcher(sql);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String procedure = matcher.group(1).replaceAll("[`\"]", "");
        List<String> arguments = new ArrayList<>();
        String list = matcher.group(2).strip();
        if (!list.isEmpty()) {
            for (String argument : list.split(",")) {
                arguments.add(argument.strip());
            }
        }
        return Optional.of(new WorkflowCall(procedure, arguments));
    }

    /** The parameters the script sees: the workflow's declared names bound to the CALL's values, in order. */
    public ObjectNode scriptParameters(Workflow workflow, JsonNode queryParameters) {
        ObjectNode bound = JsonNodeFactory.instance.objectNode();
        List<String> argumentNames = arguments.stream().map(WorkflowCall::parameterName).toList();
        List<String> names = workflow.parameters().isEmpty() ? argumentNames : workflow.parameters();
        if (names.size() != argumentNames.size()) {
            throw ApiException.badRequest("Workflow " + workflow.name() + " takes " + names.size() + " parameter(s) "
                                          + names + " but the CALL passes " + argumentNames.size());
        }
        for (int i = 0; i < argumentNames.size(); i++) {
            String argument = argumentNames.get(i);
            if (queryParameters == null || !queryParameters.isObject() || !queryParameters.has(argument)) {
                throw ApiException.badRequest("Query parameter '@" + argument + "' has no value in queryParameters");
            }
            bound.set(names.get(i), queryParameters.get(argument));
        }
        return bound;
    }

    private static String parameterName(String argument) {
        Matcher name = ARGUMENT.matcher(argument);
        if (!name.matches()) {
            throw ApiException.badRequest("carto-local runs workflow CALLs whose arguments are @name query "
                                          + "parameters; got '" + argument + "'");
        }
        return name.group(1);
    }

    /** {@code <procedure>_out_<16 hex digits of the SHA-256 of the parameter values>}, like CARTO's. */
    public String outputTable(ObjectNode scriptParameters) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(scriptParameters.toString().getBytes(StandardCharsets.UTF_8));
            return procedure + "_out_" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
