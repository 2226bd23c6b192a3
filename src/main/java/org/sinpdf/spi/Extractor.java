package org.sinpdf.spi;

import org.sinpdf.model.Source;

/**
 * Turns a source file into positioned text, page by page. The pipeline asks extractors in config
 * order; the first that {@link #accepts} a file opens it, and a page it cannot serve
 * ({@link PageResult#declined}) goes to the next accepting extractor (e.g. text layer → OCR).
 */
public interface Extractor extends Stage {
    /** Whether this extractor can read the source at all (decided from the sniffed media type). */
    boolean accepts(Source source);

    /** Opens the source; the caller closes the result. */
    ExtractedDocument open(Source source, StageContext ctx) throws StageException;
}
