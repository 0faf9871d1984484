package io.github.camelcarto.local.engine;

/** The table privileges a CARTO regular API key can hold. */
public enum TablePrivilege { SELECT, INSERT, UPDATE, DELETE }
