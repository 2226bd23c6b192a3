package org.sinpdf.spi;

/** The PDF needs a password that was not given, or the one given is wrong. */
public class EncryptedDocumentException extends StageException {
    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String message, Throwable cause) { super(message, cause); }
}
