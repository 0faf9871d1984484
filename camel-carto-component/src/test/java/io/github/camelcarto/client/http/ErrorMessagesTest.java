package io.github.camelcarto.client.http;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** CARTO's message in each error shape it uses (carto-api.md, Appendix B 'error answers' and 'imports'). */
class ErrorMessagesTest {

    @Test
    void theDetailsCartoSendsNextToErrorAreKept() {
        assertEquals("Column not found; column_name: pop_max",
                ErrorMessages.extract(Map.of("error", "Column not found", "column_name", "pop_max")));
        assertEquals("Bad request; description: grants must not be empty; hint: add a grant",
                ErrorMessages.extract(Map.of("error", "Bad request", "description", "grants must not be empty",
                        "hint", "add a grant", "status", 400)));
        assertEquals("Token not defined", ErrorMessages.extract(Map.of("error", "Token not defined", "status", 401)));
    }

    @Test
    void aDescriptionAloneIsTheMessage() {
        assertEquals("The token has expired", ErrorMessages.extract(Map.of("description", "The token has expired")));
    }

    @Test
    void anImportFailureSaysItsReasonInItsLogsWhenNothingElseDoes() {
        assertEquals("Could not parse geometry column 'geom'", ErrorMessages.fromLogs(Map.of("status", "failure",
                "logs", List.of("Downloading", "Could not parse geometry column 'geom'"))));
        assertEquals("Invalid CSV: line 3 has 4 columns, the header 3", ErrorMessages.fromLogs(Map.of("logs", List.of(
                Map.of("level", "info", "message", "Downloading"),
                Map.of("level", "error", "message", "Invalid CSV: line 3 has 4 columns, the header 3"),
                Map.of("level", "info", "message", "Cleaning up")))));
        assertEquals("File is empty", ErrorMessages.fromLogs(Map.of("logs", "File is empty")));
        assertNull(ErrorMessages.fromLogs(Map.of("logs", List.of())));
        assertNull(ErrorMessages.fromLogs(Map.of("status", "failure")));
    }
}
