package org.sinpdf.spi;

import java.io.IOException;
import java.util.List;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;

/**
 * Receives one document as it is converted: every page in page order (so full text can stream),
 * then the final tables with the files written for them. Not shared between documents.
 */
public interface DocumentWriter extends AutoCloseable {
    /** Called once per page, in page order, after extraction. */
    default void page(Page page) throws IOException {}

    /** Called once, after all pages, with the document's final tables and their files. */
    default void tables(List<Table> tables, List<TableFiles> files) throws IOException {}

    /** Finishes the files. */
    @Override void close() throws IOException;

    /**
     * Called instead of {@link #close()} when the document's conversion failed: release temporary
     * resources and write nothing (the document's folder is discarded anyway).
     */
    default void abort() {}
}
