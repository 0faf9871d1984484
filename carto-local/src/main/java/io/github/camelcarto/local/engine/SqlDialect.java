package io.github.camelcarto.local.engine;

/**
 * What an engine needs done to PostgreSQL SQL before it runs it. PostgreSQL runs it as written; H2 gets the rewrites
 * of {@link H2Dialect} and has its {@code DO} blocks interpreted by {@link DoBlock}.
 */
public interface SqlDialect {

    /** PostgreSQL itself: nothing to rewrite, DO blocks run on the server. */
    SqlDialect POSTGRESQL = new SqlDialect() {
        @Override
        public String rewrite(String statement) {
            return statement;
        }

        @Override
        public boolean interpretsDoBlocks() {
            return false;
        }
    };

    /** One statement of PostgreSQL SQL in the engine's own SQL. */
    String rewrite(String statement);

    /** Whether {@code DO $$ ... $$} must be run by carto-local because the engine has no procedural language. */
    boolean interpretsDoBlocks();
}
