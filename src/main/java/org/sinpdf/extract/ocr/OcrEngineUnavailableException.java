package org.sinpdf.extract.ocr;

import org.sinpdf.spi.StageException;

/**
 * The Tesseract library or its language data is missing: OCR cannot run at all. The message says
 * how to install what is missing. Never swallowed: a scanned page is not silently skipped.
 */
public final class OcrEngineUnavailableException extends StageException {
    private static final long serialVersionUID = 1L;

    public OcrEngineUnavailableException(String message) { super(message); }
    public OcrEngineUnavailableException(String message, Throwable cause) { super(message, cause); }
}
