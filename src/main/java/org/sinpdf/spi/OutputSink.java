package org.sinpdf.spi;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Creates files in a document's output folder. Files appear for readers only when the whole
 * document has converted (they are written to a temporary folder first, then moved).
 */
public interface OutputSink {
    /** A new file named {@code fileName} (no folders); the caller closes the stream. */
    OutputStream create(String fileName) throws IOException;

    /**
     * The run's output root folder, for files shared by the whole run (such as one SQLite
     * database per archive). Writers of such files make them safe themselves (transactions).
     */
    java.nio.file.Path outputRoot();

    /**
     * The size in bytes of a file already written and closed through this sink (for metadata such
     * as DCAT {@code byteSize}); empty when unknown. Default: unknown.
     */
    default java.util.OptionalLong sizeOf(String fileName) { return java.util.OptionalLong.empty(); }
}
