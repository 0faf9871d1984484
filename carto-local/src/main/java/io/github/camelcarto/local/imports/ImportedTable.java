package io.github.camelcarto.local.imports;

import java.util.List;

/** A source file read into columns (names, guessed types) and rows of bind values. */
public record ImportedTable(List<String> columns, List<ColumnType> types, List<Object[]> rows) {
}
