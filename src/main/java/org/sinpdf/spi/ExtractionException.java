package org.sinpdf.spi;

/** Extraction of a document or page failed. */
public class ExtractionException extends StageException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) { super(message); }
    public ExtractionException(String message, Throwable cause) { super(message, cause); }
}
