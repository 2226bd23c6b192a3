package org.sinpdf.spi;

/** The file is not something sinpdf can read (not a PDF or image, empty, truncated beyond repair). */
public class UnsupportedDocumentException extends StageException {
    private static final long serialVersionUID = 1L;

    public UnsupportedDocumentException(String message) { super(message); }
    public UnsupportedDocumentException(String message, Throwable cause) { super(message, cause); }
}
