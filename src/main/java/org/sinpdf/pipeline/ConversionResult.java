package org.sinpdf.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.spi.TableFiles;

/**
 * One converted document: its pages, final tables, the files written and what was noticed.
 *
 * @param outputDir     the document's output folder ({@code OUT/<sourceId>})
 * @param documentFiles files about the whole document (manifest, metadata, full text), relative names
 */
public record ConversionResult(DocumentInfo document, List<PageSummary> pages, List<Table> tables,
                               List<TableFiles> tableFiles, List<String> documentFiles, List<Finding> findings,
                               Path outputDir, Duration elapsed) {
    public ConversionResult {
        pages = List.copyOf(pages);
        tables = List.copyOf(tables);
        tableFiles = List.copyOf(tableFiles);
        documentFiles = List.copyOf(documentFiles);
        findings = List.copyOf(findings);
    }

    /** Pages that failed (thrown, timed out, or served by no extractor). */
    public long failedPages() {
        return pages.stream().filter(p -> p.failed() || "none".equals(p.method())).count();
    }
}
