package org.sinpdf.archive;

import java.util.Objects;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;

/**
 * Stage {@code sqlite}: every document of a run in one SQLite database
 * ({@code <output root>/sinpdf.sqlite} by default; see {@link ArchiveDatabase} for the schema).
 * Each document is written in one transaction when its writer closes; documents converting in
 * parallel are written one after another. Converting a document again replaces its rows.
 */
public final class SqliteSerializer implements DocumentSerializer {
    public static final String ID = "sqlite";
    private final SqliteOptions options;

    public SqliteSerializer(SqliteOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return ID; }

    @Override public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        return new SqliteDocumentWriter(document, sink.outputRoot().resolve(options.file()), options);
    }
}
