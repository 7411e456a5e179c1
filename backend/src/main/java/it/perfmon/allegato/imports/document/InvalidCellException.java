package it.perfmon.allegato.imports.document;

/** A cell whose text is not what its column holds; the message (Italian) says what was expected. */
public class InvalidCellException extends RuntimeException {

    public InvalidCellException(String message) {
        super(message, null, false, false);
    }
}
