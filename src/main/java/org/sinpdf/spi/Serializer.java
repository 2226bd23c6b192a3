package org.sinpdf.spi;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;

/** Writes one table to one file (CSV, XML, KML, ...). */
public interface Serializer extends Stage {
    /** File extension without the dot, e.g. "csv". */
    String extension();

    /**
     * Whether this table should get a file from this serializer (KML only for tables with places).
     * A table refused here is recorded in the manifest with the reason from {@link #whyNot}.
     */
    default boolean applies(Table table) { return true; }

    default String whyNot(Table table) { return ""; }

    /**
     * What this serializer has to report about a table it {@link #applies} to, e.g. KML rows whose
     * coordinates are missing or invalid (so they are not silently left off the map). Pure: same
     * table, same findings; the pipeline calls it beside {@link #write} and adds the findings to
     * the file's outcome. Default: none.
     */
    default List<Finding> findings(Table table) { return List.of(); }

    /** Writes the table; does not close {@code out}. */
    void write(Table table, DocumentInfo document, OutputStream out) throws IOException;
}
