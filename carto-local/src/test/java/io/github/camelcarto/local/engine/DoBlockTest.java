package io.github.camelcarto.local.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DoBlockTest {

    @Test
    void runsStatementsAndRaisesNoticesInOrder() throws Exception {
        List<String> ran = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();

        DoBlock.parse("DO $body$ BEGIN INSERT INTO t VALUES (1); RAISE NOTICE 'a % b %%', x + 1; PERFORM f(); "
                      + "RAISE WARNING 'it''s'; END $body$")
                .run(ran::add, expression -> "<" + expression + ">", notices);

        assertEquals(List.of("INSERT INTO t VALUES (1)", "SELECT f()"), ran);
        assertEquals(List.of(new Notice("notice", "a <x + 1> b %"), new Notice("warning", "it's")), notices);
    }

    @Test
    void raiseExceptionFailsTheBlock() throws SQLException {
        DoBlock block = DoBlock.parse("DO $$ BEGIN RAISE 'stop: %', 1; END $$");

        SQLException error = assertThrows(SQLException.class, () -> block.run(sql -> { }, e -> e, new ArrayList<>()));
        assertEquals("stop: 1", error.getMessage());
        assertEquals("P0001", error.getSQLState());
    }

    @Test
    void proceduralCodeIsRefusedSayingWhy() {
        SQLException error = assertThrows(SQLException.class,
                () -> DoBlock.parse("DO $$ BEGIN IF true THEN RAISE NOTICE 'x'; END IF; END $$"));
        assertTrue(error.getMessage().contains("use the PostGIS engine"), error.getMessage());
        assertTrue(DoBlock.isDoBlock("do $$ begin end $$") && !DoBlock.isDoBlock("DOUBLE"));
    }
}
