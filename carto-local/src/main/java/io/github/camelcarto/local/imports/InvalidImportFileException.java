package io.github.camelcarto.local.imports;

import java.io.IOException;

/** The file to import could not be read as its format: reported to the client as the import's error. */
public final class InvalidImportFileException extends IOException {

    public InvalidImportFileException(String message) {
        super(message);
    }
}
