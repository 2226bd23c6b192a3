package org.sinpdf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sinpdf.extract.ocr.TesseractOcrExtractor;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Source;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.StageContext;

/** What the OCR benchmarks share: reading one page image through the stage, outside a pipeline. */
final class BenchPages {
    private BenchPages() { }

    /** The words the stage reads on the first (only) page of a PNG, with a context that drops findings. */
    static List<TextChunk> ocrWords(TesseractOcrExtractor ocr, Path png) throws Exception {
        Source src = new Source(png, new DocumentInfo(png.getFileName().toString(), png.getFileName().toString(), "",
                "image/png", Files.size(png)));
        StageContext ctx = new StageContext() {
            @Override public DocumentInfo document() { return src.info(); }
            @Override public void report(Finding finding) { }
            @Override public boolean raw() { return false; }
        };
        try (ExtractedDocument doc = ocr.open(src, ctx)) {
            return doc.page(1, ctx).page().orElseThrow().chunks();
        }
    }
}
