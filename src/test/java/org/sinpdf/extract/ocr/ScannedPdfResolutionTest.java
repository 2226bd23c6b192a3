package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.Page;
import org.sinpdf.spi.ExtractedDocument;

/**
 * A scanned PDF page under {@code minDpi} is rendered at the scan's own resolution and enlarged
 * smoothly (PDFBox would enlarge it pixel by pixel); its words stay in PDF points.
 */
class ScannedPdfResolutionTest {
    @TempDir static Path dir;

    /** A PDF whose page is one image: {@code text} rendered at {@code dpi}, drawn over the whole page. */
    private static Path scanPdf(String name, int dpi) throws Exception {
        Path text = OcrTestPages.textPdf(dir.resolve(name + "-text.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.A5);
        BufferedImage scan = OcrTestPages.render(text, 0, dpi);
        Path pdf = dir.resolve(name + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PDImageXObject img = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(img, 0, 0, PDRectangle.A5.getWidth(), PDRectangle.A5.getHeight());
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test void theScanResolutionOfAOneImagePageIsKnown() throws Exception {
        try (PDDocument doc = Loader.loadPDF(scanPdf("r150", 150).toFile())) {
            assertEquals(150, PdfOcrDocument.scanDpi(doc.getPage(0)), 1.0);
        }
        Path text = OcrTestPages.textPdf(dir.resolve("plain.pdf"), List.of(List.of("Texto")), PDRectangle.A5);
        try (PDDocument doc = Loader.loadPDF(text.toFile())) {
            assertEquals(0, PdfOcrDocument.scanDpi(doc.getPage(0)), "no image: not a scanner's page");
        }
    }

    @Tag("ocr")
    @Test void aLowResolutionScanIsEnlargedAndItsWordsStayInPoints() throws Exception {
        Path pdf = scanPdf("low", 150);
        OcrTestPages.Ctx ctx = new OcrTestPages.Ctx();
        Page page;
        try (TesseractOcrExtractor ocr = new TesseractOcrExtractor(OcrOptions.DEFAULTS.withPoolSize(1));
             ExtractedDocument doc = ocr.open(OcrTestPages.source(pdf, "application/pdf"), ctx)) {
            page = doc.page(1, ctx).page().orElseThrow();
        }
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-image-upscaled") && f.message().contains("150 dpi")),
                ctx.findings.toString());
        assertEquals("pt", page.unit());
        assertEquals(PDRectangle.A5.getWidth(), page.width(), 1.0);
        assertEquals(PDRectangle.A5.getHeight(), page.height(), 1.0);
        // the first line is set at x = 60 pt, 72 pt from the top
        double left = page.chunks().stream().mapToDouble(c -> c.box().left()).min().orElseThrow();
        assertEquals(60, left, 3.0);
        double cer = OcrTestPages.cer(String.join(" ", OcrTestPages.SPANISH), OcrTestPages.text(page));
        assertTrue(cer < 0.05, "CER " + cer + ": " + OcrTestPages.text(page));
    }
}
