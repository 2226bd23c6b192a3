package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Page;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.ExtractionException;

/**
 * Pages Tesseract cannot read (too small, too large, all black, too slow) fail as an
 * {@link ExtractionException} of that page: the JVM, the engine pool and the other pages go on.
 */
@Tag("ocr")
class DegenerateImagesTest {
    @TempDir static Path dir;
    private static TesseractOcrExtractor ocr;

    @BeforeAll static void engine() {
        ocr = new TesseractOcrExtractor(OcrOptions.DEFAULTS.withPoolSize(1));
    }

    @AfterAll static void free() { ocr.close(); }

    static Path png(String name, int w, int h, int grey) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Arrays.fill(((DataBufferByte) img.getRaster().getDataBuffer()).getData(), (byte) grey);
        Path f = dir.resolve(name);
        ImageIO.write(img, "png", f.toFile());
        return f;
    }

    private static ExtractionException failure(TesseractOcrExtractor x, Path file) throws Exception {
        try (ExtractedDocument doc = x.open(OcrTestPages.source(file, "image/png"), new OcrTestPages.Ctx())) {
            return assertThrows(ExtractionException.class, () -> doc.page(1, new OcrTestPages.Ctx()));
        }
    }

    @Test void onePixelImageIsAPageFailure() throws Exception {
        ExtractionException e = failure(ocr, png("dot.png", 1, 1, 0));
        assertTrue(e.getMessage().contains("1x1 pixels is too small"), e.getMessage());
    }

    @Test void allBlackPageIsAPageFailure() throws Exception {
        ExtractionException e = failure(ocr, png("black.png", 1700, 2200, 0));
        assertTrue(e.getMessage().matches("page 1: 9[5-9]% of the page is black.*|page 1: 100% of the page is black.*"), e.getMessage());
    }

    @Test void blankWhitePageIsAnEmptyPageNotAFailure() throws Exception {
        Path white = png("white.png", 1700, 2200, 255);
        try (ExtractedDocument doc = ocr.open(OcrTestPages.source(white, "image/png"), new OcrTestPages.Ctx())) {
            Page page = doc.page(1, new OcrTestPages.Ctx()).page().orElseThrow();
            assertEquals(List.of(), page.chunks());
        }
    }

    @Test void frameWiderThanTesseractAllowsIsReadSubsampledWithAWarning() throws Exception {
        Path strip = png("strip.png", 40_000, 40, 255);
        OcrTestPages.Ctx ctx = new OcrTestPages.Ctx();
        try (ExtractedDocument doc = ocr.open(OcrTestPages.source(strip, "image/png"), ctx)) {
            Page page = doc.page(1, ctx).page().orElseThrow();
            assertEquals(40_000, page.width(), 2.0, "coordinates stay in the file's pixels");
            assertTrue(page.reason().contains("read at 1/2"), page.reason());
        }
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-image-subsampled")), ctx.findings.toString());
    }

    @Test void imageOverMaxPagePixelsIsDecodedSubsampledAndStillRead() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("big.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.A5);
        BufferedImage page300 = OcrTestPages.render(pdf, 0, 300); // 1748 x 2480
        Path tif = OcrTestPages.tiff(dir.resolve("big.tif"), List.of(page300), List.of("LZW"), 300);
        OcrOptions small = OcrOptions.DEFAULTS.withPoolSize(1).withMaxPagePixels(1_500_000L).withPageTimeout(0);
        OcrTestPages.Ctx ctx = new OcrTestPages.Ctx();
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(small);
             ExtractedDocument doc = x.open(OcrTestPages.source(tif, "image/tiff"), ctx)) {
            Page page = doc.page(1, ctx).page().orElseThrow();
            assertTrue(page.reason().contains("read at 1/2 of its resolution (150 dpi)"), page.reason());
            assertEquals(page300.getWidth(), page.width(), 2.0);
            double cer = OcrTestPages.cer(String.join(" ", OcrTestPages.SPANISH), OcrTestPages.text(page));
            assertTrue(cer < 0.05, "CER " + cer + ": " + OcrTestPages.text(page));
        }
    }

    @Test void pageOverItsTimeoutFailsAndTheNextPageIsStillRead() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("slow.pdf"),
                List.of(OcrTestPages.SPANISH, OcrTestPages.SPANISH.subList(0, 2)), PDRectangle.A5);
        OcrOptions oneMs = OcrOptions.DEFAULTS.withPoolSize(1).withDpi(200).withPageTimeout(0.001);
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(oneMs);
             ExtractedDocument doc = x.open(OcrTestPages.source(pdf, "application/pdf"), new OcrTestPages.Ctx())) {
            ExtractionException e = assertThrows(ExtractionException.class, () -> doc.page(1, new OcrTestPages.Ctx()));
            assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        }
        // the same document with a sane timeout: the failed engine was replaced, pages read
        try (TesseractOcrExtractor x = new TesseractOcrExtractor(OcrOptions.DEFAULTS.withPoolSize(1).withDpi(200).withPageTimeout(60));
             ExtractedDocument doc = x.open(OcrTestPages.source(pdf, "application/pdf"), new OcrTestPages.Ctx())) {
            Page p2 = doc.page(2, new OcrTestPages.Ctx()).page().orElseThrow();
            double cer = OcrTestPages.cer(String.join(" ", OcrTestPages.SPANISH.subList(0, 2)), OcrTestPages.text(p2));
            assertTrue(cer < 0.05, "CER " + cer + ": " + OcrTestPages.text(p2));
        }
    }

    /** What Tesseract itself does with such images, under the stage's guards: an answer or a failure, never an abort. */
    @Test void engineSurvivesDegenerateImages() throws Exception {
        TesseractSetup setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng");
        try (TesseractEngine e = TesseractEngine.create(setup, 3)) {
            assertEquals(List.of(), e.recognize(GreyImage.blank(1, 1, 300)));
            assertEquals(List.of(), e.recognize(new GreyImage(3, 3, new byte[9], 300)));
            byte[] black = new byte[400 * 600];
            assertEquals(List.of(), e.recognize(new GreyImage(400, 600, black, 300)));
            assertThrows(TesseractEngine.TesseractFailure.class, () -> e.recognize(GreyImage.blank(40_000, 60, 300)));
            // the engine is still usable afterwards
            assertEquals(List.of(), e.recognize(GreyImage.blank(200, 200, 300)));
        }
    }
}
