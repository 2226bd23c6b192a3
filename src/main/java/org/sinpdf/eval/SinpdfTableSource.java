package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.sinpdf.model.Table;

/**
 * sinpdf's own tables as a {@link TableSource}: whatever {@code extraction} returns (the
 * pipeline's {@code extractTables}), split into one {@link ResultTable} per table region.
 */
public final class SinpdfTableSource implements TableSource {
    /** Extracts the tables of one file, e.g. {@code pipeline::extractTables}. */
    @FunctionalInterface
    public interface Extraction {
        List<Table> extractTables(Path file) throws Exception;
    }

    private final String id;
    private final Extraction extraction;

    public SinpdfTableSource(String id, Extraction extraction) {
        this.id = Objects.requireNonNull(id, "id");
        this.extraction = Objects.requireNonNull(extraction, "extraction");
    }

    @Override public String id() { return id; }

    @Override
    public List<ResultTable> tables(Path pdf) throws IOException {
        try {
            return SinpdfTables.of(extraction.extractTables(pdf));
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(id + " failed on " + pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
