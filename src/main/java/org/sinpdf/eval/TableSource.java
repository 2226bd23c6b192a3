package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the tables to score come from: sinpdf's pipeline, tabula-java's JSON output, a test's
 * hand-made grids. Keeps the scorer independent of any extractor.
 */
public interface TableSource {
    /** Short name shown in reports, e.g. "sinpdf", "tabula-lattice". */
    String id();

    /** The tables found in {@code pdf}, one entry per table part per page. */
    List<ResultTable> tables(Path pdf) throws IOException;
}
