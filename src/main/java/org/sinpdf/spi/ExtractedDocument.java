package org.sinpdf.spi;

import java.io.IOException;

/**
 * An open source document. {@link #page} may be called from several threads at once;
 * implementations serialise access to whatever is not thread-safe (a PDDocument).
 */
public interface ExtractedDocument extends AutoCloseable {
    int pageCount();

    /** Extracts page {@code number} (1-based), or declines it with a reason. */
    PageResult page(int number, StageContext ctx) throws StageException;

    @Override void close() throws IOException;
}
