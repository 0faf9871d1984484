package io.github.camelcarto.local.engine;

import java.util.List;

/** One statement in the engine's dialect, with the values for its {@code ?} placeholders in order. */
public record PreparedSql(String sql, List<Object> values) {
}
