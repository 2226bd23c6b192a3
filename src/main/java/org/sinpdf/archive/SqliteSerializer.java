package org.sinpdf.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;

/**
 * Stage {@code sqlite}: every document of a run in one SQLite database
 * ({@code <output root>/sinpdf.sqlite} by default; see {@link ArchiveDatabase} for the schema).
 * Each document is written in one transaction when its writer closes; documents converting in
 * parallel are written one after another through one connection. Converting a document again
 * replaces its rows. Close the stage at the end of the run (it is {@link AutoCloseable}).
 */
public final class SqliteSerializer implements DocumentSerializer, AutoCloseable {
    public static final String ID = "sqlite";
    private final SqliteOptions options;
    private final Set<Path> databases = ConcurrentHashMap.newKeySet();

    public SqliteSerializer(SqliteOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return ID; }

    @Override public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        Path db = sink.outputRoot().resolve(options.file());
        databases.add(db);
        return new SqliteDocumentWriter(document, db, options);
    }

    /**
     * Closes the databases this stage wrote to, so each is one self-contained file (no
     * {@code -wal}/{@code -shm} beside it). Call at the end of a run; a JVM shutdown hook does it
     * otherwise. Writing again afterwards reopens the database.
     */
    @Override public void close() throws IOException {
        IOException first = null;
        for (Path db : databases) {
            try {
                ArchiveDatabase.close(db);
            } catch (IOException e) {
                if (first == null) first = e;
            }
        }
        if (first != null) throw first;
    }
}
