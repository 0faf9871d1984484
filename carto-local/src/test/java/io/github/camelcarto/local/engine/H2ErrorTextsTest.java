package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** H2's own errors, raised by H2, come out in PostgreSQL's words. */
class H2ErrorTextsTest {

    private static String errorOf(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:;DATABASE_TO_LOWER=TRUE;MODE=PostgreSQL");
             Statement statement = connection.createStatement()) {
            for (int i = 0; i < statements.length - 1; i++) {
                statement.execute(statements[i]);
            }
            statement.execute(statements[statements.length - 1]);
            throw new AssertionError("no error");
        } catch (SQLException e) {
            return H2ErrorTexts.of(e);
        }
    }

    @Test
    void commonErrorsReadAsPostgresWritesThem() throws SQLException {
        assertEquals("syntax error at or near \"selec\"", errorOf("selec 1"));
        assertEquals("relation \"nope\" does not exist", errorOf("SELECT * FROM nope"));
        assertEquals("column \"nope\" does not exist", errorOf("SELECT nope FROM (SELECT 1 AS a) t"));
        assertEquals("division by zero", errorOf("SELECT 1/0"));
        assertEquals("relation \"t\" already exists", errorOf("CREATE TABLE t (a INT)", "CREATE TABLE t (a INT)"));
        assertEquals("invalid input syntax for type integer: \"x\"", errorOf("CREATE TABLE n (a INT)", "INSERT INTO n VALUES ('x')"));
    }

    @Test
    void otherErrorsKeepH2sTextWithoutTheStatementEcho() throws SQLException {
        assertEquals("Value too long for column \"s CHARACTER VARYING(1)\": \"'ab' (2)\"",
                errorOf("CREATE TABLE v (s VARCHAR(1))", "INSERT INTO v VALUES ('ab')"));
    }
}
