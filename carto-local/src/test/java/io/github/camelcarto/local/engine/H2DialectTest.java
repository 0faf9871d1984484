package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class H2DialectTest {

    private final H2Dialect dialect = new H2Dialect();

    @Test
    void typesH2LacksAreSpelledOut() {
        assertEquals("SELECT x::TIMESTAMP WITH TIME ZONE, CAST(y AS TIME WITH TIME ZONE)",
                dialect.rewrite("SELECT x::timestamptz, CAST(y AS timetz)"));
    }

    @Test
    void jsonLiteralsAreParsedNotQuoted() {
        assertEquals("SELECT JSON '{\"a\":1}' j, JSON '[]'", dialect.rewrite("SELECT '{\"a\":1}'::jsonb j, '[]' :: json"));
    }

    @Test
    void nowIsATimestampWithTimeZoneAndRegclassCastsGo() {
        assertEquals("SELECT CURRENT_TIMESTAMP, CDB_CartodbfyTable('t')", dialect.rewrite("SELECT now(), CDB_CartodbfyTable('t'::regclass)"));
    }

    @Test
    void generateSeriesBecomesSystemRangeNamedAsPostgresNamesIt() {
        assertEquals("SELECT * FROM (SELECT \"X\" AS generate_series FROM SYSTEM_RANGE(1, 3)) AS generate_series",
                dialect.rewrite("SELECT * FROM generate_series(1, 3)"));
        assertEquals("SELECT n FROM (SELECT \"X\" FROM SYSTEM_RANGE(1, 9, 2)) AS n(n) WHERE n > 2",
                dialect.rewrite("SELECT n FROM generate_series(1, 9, 2) AS n WHERE n > 2"));
        assertEquals("SELECT \"X\" AS g FROM SYSTEM_RANGE(1,2)", dialect.rewrite("SELECT generate_series(1,2) AS g"));
    }

    @Test
    void literalsAndCommentsAreLeftAlone() {
        String sql = "SELECT 'now()::timestamptz' AS t -- generate_series(1,2) now()\n";
        assertEquals(sql, dialect.rewrite(sql));
    }
}
