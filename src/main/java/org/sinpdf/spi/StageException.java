package org.sinpdf.spi;

/** A problem a caller must expect with real input: bad, encrypted or unreadable files, a page that fails. */
public class StageException extends Exception {
    private static final long serialVersionUID = 1L;

    public StageException(String message) { super(message); }
    public StageException(String message, Throwable cause) { super(message, cause); }
}
