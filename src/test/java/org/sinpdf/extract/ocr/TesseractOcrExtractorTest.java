package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.Rotation;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.UnsupportedDocumentException;

@Tag("ocr")
class TesseractOcrExtractorTest {
    private static final String SPANISH_TEXT = String.join(" ", OcrTestPages.SPANISH);

    @TempDir static Path dir;
    private static TesseractOcrExtractor ocr;

    @BeforeAll static void engine() {
        ocr = new TesseractOcrExtractor(OcrOptions.DEFAULTS.withPoolSize(2));
    }

    @AfterAll static void free() { ocr.close(); }

    @Test void engineAndLanguagesAreInstalled() {
        assertDoesNotThrow(() -> ocr.checkEngine(),
                "Tesseract is required for OCR tests: " + TesseractSetup.INSTALL_HINT);
    }

    @Test void missingLanguageDataFailsLoudlyNamingTheFix() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-tessdata"));
        Path pdf = OcrTestPages.textPdf(dir.resolve("missing.pdf"), List.of(List.of("x")), PDRectangle.A6);
        OcrOptions o = OcrOptions.DEFAULTS.withPoolSize(1).withDatapath(empty.toString()).withPageTimeout(0);
        try (TesseractOcrExtractor broken = new TesseractOcrExtractor(o)) {
            OcrEngineUnavailableException e = assertThrows(OcrEngineUnavailableException.class,
                    () -> broken.open(OcrTestPages.source(pdf, "application/pdf"), new OcrTestPages.Ctx()));
            assertTrue(e.getMessage().contains("apt-get install -y tesseract-ocr tesseract-ocr-spa"), e.getMessage());
            assertTrue(e.getMessage().contains("spa.traineddata"), e.getMessage());
        }
    }

    @Test void acceptsPdfsAndScannedImageTypesOnly() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "x");
        assertAll(
                () -> assertTrue(ocr.accepts(OcrTestPages.source(f, "application/pdf"))),
                () -> assertTrue(ocr.accepts(OcrTestPages.source(f, "image/tiff"))),
                () -> assertTrue(ocr.accepts(OcrTestPages.source(f, "image/png"))),
                () -> assertTrue(ocr.accepts(OcrTestPages.source(f, "image/jpeg"))),
                () -> assertFalse(ocr.accepts(OcrTestPages.source(f, "text/plain"))));
    }

    @Test void pdfPageOfKnownTextGivesWordsWithBoxesAndConfidences() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("known.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.LETTER);
        Page page = readPage(pdf, "application/pdf", 1);
        String text = OcrTestPages.text(page);
        double cer = OcrTestPages.cer(SPANISH_TEXT, text);
        assertTrue(cer < 0.02, "CER " + cer + " for: " + text);
        assertEquals(PageMethod.OCR, page.method());
        assertEquals("pt", page.unit());
        assertEquals(612, page.width(), 1.0);
        assertEquals(792, page.height(), 1.0);
        assertFalse(page.reason().isBlank());
        TextChunk first = page.chunks().get(0);
        assertEquals("Secretaría", first.text());
        // drawn at x = 60 pt with its baseline 72 pt below the top, 14 pt Helvetica (cap height ~10 pt)
        assertEquals(60, first.box().left(), 2.5, "left of " + first);
        assertEquals(72, first.box().bottom(), 2.5, "bottom of " + first);
        assertTrue(first.fontSize() > 8 && first.fontSize() < 16, "fontSize " + first.fontSize());
        for (TextChunk c : page.chunks()) {
            assertEquals(Origin.OCR, c.origin());
            assertTrue(c.confidence().value() > 0.5 && c.confidence().value() <= 1.0, c.toString());
        }
    }

    @Test void multiPageTiffInThreeEncodingsGivesOnePagePerFrame() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("three.pdf"), List.of(
                OcrTestPages.SPANISH.subList(0, 2), OcrTestPages.SPANISH.subList(2, 4), OcrTestPages.SPANISH.subList(3, 5)),
                PDRectangle.A5);
        List<BufferedImage> frames = List.of(
                OcrTestPages.bilevel(OcrTestPages.render(pdf, 0, 200)),
                OcrTestPages.render(pdf, 1, 200),
                OcrTestPages.colour(OcrTestPages.render(pdf, 2, 200)));
        Path tiff = OcrTestPages.tiff(dir.resolve("three.tif"), frames, List.of("CCITT T.6", "LZW", "LZW"), 200);
        OcrTestPages.Ctx ctx = new OcrTestPages.Ctx();
        try (ExtractedDocument doc = ocr.open(OcrTestPages.source(tiff, "image/tiff"), ctx)) {
            assertEquals(3, doc.pageCount());
            int[][] expected = {{0, 2}, {2, 4}, {3, 5}};
            for (int n = 1; n <= 3; n++) {
                Page page = doc.page(n, ctx).page().orElseThrow();
                String want = String.join(" ", OcrTestPages.SPANISH.subList(expected[n - 1][0], expected[n - 1][1]));
                double cer = OcrTestPages.cer(want, OcrTestPages.text(page));
                assertTrue(cer < 0.03, "page " + n + " CER " + cer + ": " + OcrTestPages.text(page));
                assertEquals("px", page.unit());
                assertEquals(n, page.number());
                assertEquals(frames.get(n - 1).getWidth(), page.width(), 1.0);
                assertTrue(page.reason().startsWith("image input; image of 200 dpi enlarged 1.50 times to 300 dpi"),
                        "declared 200 dpi must be read, not assumed, and enlarged to minDpi: " + page.reason());
            }
        }
        assertTrue(ctx.findings.stream().allMatch(f -> f.code().equals("ocr-image-upscaled")), ctx.findings.toString());
        assertEquals(3, ctx.findings.size(), ctx.findings.toString());
    }

    @Test void pageScannedSidewaysIsTurnedUpright() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("turn.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.A5);
        BufferedImage upright = OcrTestPages.render(pdf, 0, 200);
        BufferedImage sideways = Rotation.quarterTurns(GreyImage.of(upright, 200), 90).toBufferedImage();
        Path tiff = OcrTestPages.tiff(dir.resolve("sideways.tif"), List.of(sideways), List.of("LZW"), 200);
        Page page = readPage(tiff, "image/tiff", 1);
        assertEquals(270, page.rotation(), page.reason());
        assertEquals(upright.getWidth(), page.width(), 1.0);
        double cer = OcrTestPages.cer(SPANISH_TEXT, OcrTestPages.text(page));
        assertTrue(cer < 0.03, "CER " + cer + ": " + OcrTestPages.text(page));
        assertTrue(page.reason().contains("turned 270"), page.reason());
    }

    @Test void skewedScanIsDeskewedBeforeOcr() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("skew.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.A5);
        GreyImage skewed = Rotation.byAngle(GreyImage.of(OcrTestPages.render(pdf, 0, 200), 200), 3.0);
        Path tiff = OcrTestPages.tiff(dir.resolve("skewed.tif"), List.of(skewed.toBufferedImage()), List.of("LZW"), 200);
        Page page = readPage(tiff, "image/tiff", 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("deskewed (-?[0-9.]+)°").matcher(page.reason());
        assertTrue(m.find(), page.reason());
        assertEquals(3.0, Double.parseDouble(m.group(1)), 0.1, page.reason());
        double cer = OcrTestPages.cer(SPANISH_TEXT, OcrTestPages.text(page));
        assertTrue(cer < 0.03, "CER " + cer + ": " + OcrTestPages.text(page));
        // deskewed: the words of one line share a baseline
        List<TextChunk> line = page.chunks().subList(0, 7);
        double spread = line.stream().mapToDouble(c -> c.box().bottom()).max().orElseThrow()
                - line.stream().mapToDouble(c -> c.box().bottom()).min().orElseThrow();
        assertTrue(spread < 8, "baseline spread " + spread + " px over " + line);
    }

    @Test void ruledTableGivesRulingsInPoints() throws Exception {
        Path pdf = OcrTestPages.tablePdf(dir.resolve("table.pdf"));
        Page page = readPage(pdf, "application/pdf", 1);
        List<Ruling> h = page.rulings().stream().filter(Ruling::horizontal).toList();
        List<Ruling> v = page.rulings().stream().filter(Ruling::vertical).toList();
        assertEquals(6, h.size(), "horizontal: " + h);
        assertEquals(4, v.size(), "vertical: " + v);
        for (int r = 0; r < 6; r++) {
            assertEquals(110 + 30 * r, h.get(r).y1(), 1.5, h.get(r).toString());
            assertEquals(60, h.get(r).left(), 2.0);
            assertEquals(540, h.get(r).right(), 2.0);
        }
        double[] xs = {60, 230, 350, 540};
        for (int c = 0; c < 4; c++) {
            assertEquals(xs[c], v.get(c).x1(), 1.5, v.get(c).toString());
            assertEquals(110, v.get(c).top(), 2.0);
            assertEquals(260, v.get(c).bottom(), 2.0);
        }
        String text = OcrTestPages.text(page);
        for (List<String> row : OcrTestPages.ROWS) {
            for (String cell : row) assertTrue(text.contains(cell), cell + " missing in: " + text);
        }
    }

    @Test void twoThreadsReadPagesConcurrentlyWithOneEngineEach() throws Exception {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) pages.add(OcrTestPages.SPANISH.subList(i, i + 2));
        Path pdf = OcrTestPages.textPdf(dir.resolve("four.pdf"), pages, PDRectangle.A5);
        OcrOptions o = OcrOptions.DEFAULTS.withPoolSize(2).withDpi(200);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (TesseractOcrExtractor twoEngines = new TesseractOcrExtractor(o);
             ExtractedDocument doc = twoEngines.open(OcrTestPages.source(pdf, "application/pdf"), new OcrTestPages.Ctx())) {
            List<Future<Page>> futures = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (int n = 1; n <= 4; n++) {
                    int number = n;
                    futures.add(pool.submit(() -> doc.page(number, new OcrTestPages.Ctx()).page().orElseThrow()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                Page p = futures.get(i).get();
                String want = String.join(" ", pages.get(i % 4));
                double cer = OcrTestPages.cer(want, OcrTestPages.text(p));
                assertTrue(cer < 0.05, "page " + p.number() + " CER " + cer + ": " + OcrTestPages.text(p));
            }
            assertTrue(twoEngines.enginesCreated() >= 1 && twoEngines.enginesCreated() <= 2,
                    "engines made: " + twoEngines.enginesCreated());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test void unreadableImageIsAStageExceptionNotACrash() throws Exception {
        Path junk = Files.write(dir.resolve("junk.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertThrows(UnsupportedDocumentException.class,
                () -> ocr.open(OcrTestPages.source(junk, "image/png"), new OcrTestPages.Ctx()));
    }

    private static Page readPage(Path file, String type, int n) throws StageException, java.io.IOException {
        try (ExtractedDocument doc = ocr.open(OcrTestPages.source(file, type), new OcrTestPages.Ctx())) {
            return doc.page(n, new OcrTestPages.Ctx()).page().orElseThrow();
        }
    }
}
