package org.sinpdf.pipeline;

import org.sinpdf.spi.StageException;

/** A file ran over the run's time limit per file. */
public final class FileTimeoutException extends StageException {
    private static final long serialVersionUID = 1L;

    public FileTimeoutException(String message) { super(message); }
}
