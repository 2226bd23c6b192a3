package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;

/** Images under {@code minDpi} are enlarged for OCR; their words keep the file's own pixel coordinates. */
class LowResolutionTest {
    @TempDir static Path dir;

    @Test void upscaleFactorReachesMinDpiOnlyWhenWorthIt() {
        assertEquals(1, ImageOcrDocument.upscaleFactor(100, 0, 800, 1100, 60_000_000L), "0 = off");
        assertEquals(3, ImageOcrDocument.upscaleFactor(100, 300, 800, 1100, 60_000_000L), 1e-9);
        assertEquals(300 / 144.0, ImageOcrDocument.upscaleFactor(144, 300, 1224, 1584, 60_000_000L), 1e-9);
        assertEquals(1, ImageOcrDocument.upscaleFactor(280, 300, 2300, 3100, 60_000_000L), "within 10%: as it is");
        assertEquals(1, ImageOcrDocument.upscaleFactor(300, 300, 2550, 3300, 60_000_000L));
        assertEquals(1, ImageOcrDocument.upscaleFactor(600, 300, 5100, 6600, 60_000_000L), "never shrinks");
    }

    @Test void upscaleFactorStaysWithinThePixelAndSideLimits() {
        double f = ImageOcrDocument.upscaleFactor(100, 300, 4000, 3000, 60_000_000L);
        assertEquals(Math.sqrt(5), f, 1e-9, "60 Mpx over 12 Mpx");
        f = ImageOcrDocument.upscaleFactor(100, 300, 12000, 100, 60_000_000L);
        assertTrue(12000 * f < TesseractEngine.MAX_SIDE, "factor " + f);
        assertEquals(1, ImageOcrDocument.upscaleFactor(100, 300, 31000, 100, 60_000_000L), "no room to grow");
    }

    @Test void tinyImagesAreNotEnlargedSoTheyFailAsTooSmall() {
        assertEquals(1, ImageOcrDocument.upscaleFactor(100, 300, 1, 1, 60_000_000L));
        assertEquals(1, ImageOcrDocument.upscaleFactor(100, 300, 500, 9, 60_000_000L));
    }

    @Test void unknownResolutionIsTakenAsALetterPage() {
        assertEquals(144, ImageOcrDocument.letterDpi(1224, 1584), 1e-9);
        assertEquals(144, ImageOcrDocument.letterDpi(1584, 1224), 1e-9);
        assertEquals(300, ImageOcrDocument.letterDpi(2550, 3300), 1e-9);
        assertEquals(ImageOcrDocument.MIN_PLAUSIBLE_DPI, ImageOcrDocument.letterDpi(300, 400), 1e-9, "a small crop");
        assertEquals(600, ImageOcrDocument.letterDpi(9000, 12000), 1e-9);
        assertEquals(300, OcrOptions.DEFAULTS.minDpi(), "on by default");
    }

    @Tag("ocr")
    @Test void undeclaredLowResolutionImageIsEnlargedAsALetterPage() throws Exception {
        // a letter page at 100 dpi in a PNG without a resolution: 850x1100, read as 100 dpi and enlarged 3 times
        Path pdf = OcrTestPages.textPdf(dir.resolve("letter.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.LETTER);
        BufferedImage frame = OcrTestPages.render(pdf, 0, 100);
        Path png = dir.resolve("letter.png");
        javax.imageio.ImageIO.write(frame, "png", png.toFile());
        OcrTestPages.Ctx ctx = new OcrTestPages.Ctx();
        Page page = read(png, "image/png", OcrOptions.DEFAULTS.withPoolSize(1), ctx);
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-dpi-assumed") && f.message().contains("assumed 100 dpi")),
                ctx.findings.toString());
        assertTrue(ctx.findings.stream().anyMatch(f -> f.code().equals("ocr-image-upscaled")), ctx.findings.toString());
        assertEquals(frame.getWidth(), page.width(), 1.0);
        double cer = OcrTestPages.cer(String.join(" ", OcrTestPages.SPANISH), OcrTestPages.text(page));
        assertTrue(cer < 0.05, "CER " + cer + ": " + OcrTestPages.text(page));
    }

    @Test void minDpiIsZeroOrAPlausibleResolution() {
        assertEquals(0, OcrOptions.DEFAULTS.withMinDpi(0).minDpi());
        assertEquals(300, OcrOptions.DEFAULTS.withMinDpi(300).minDpi());
        assertThrows(IllegalArgumentException.class, () -> OcrOptions.DEFAULTS.withMinDpi(50));
        assertThrows(IllegalArgumentException.class, () -> OcrOptions.DEFAULTS.withMinDpi(2000));
    }

    @Tag("ocr")
    @Test void enlargedPageKeepsTheFilesPixelCoordinatesAndSaysSo() throws Exception {
        Path pdf = OcrTestPages.textPdf(dir.resolve("low.pdf"), List.of(OcrTestPages.SPANISH), PDRectangle.A5);
        BufferedImage frame = OcrTestPages.render(pdf, 0, 100);
        Path tiff = OcrTestPages.tiff(dir.resolve("low.tif"), List.of(frame), List.of("LZW"), 100);
        String want = String.join(" ", OcrTestPages.SPANISH);

        OcrTestPages.Ctx nativeCtx = new OcrTestPages.Ctx(), upCtx = new OcrTestPages.Ctx();
        Page asIs = read(tiff, OcrOptions.DEFAULTS.withPoolSize(1).withMinDpi(0), nativeCtx);
        Page enlarged = read(tiff, OcrOptions.DEFAULTS.withPoolSize(1).withMinDpi(300), upCtx);

        assertTrue(nativeCtx.findings.stream().noneMatch(f -> f.code().equals("ocr-image-upscaled")), nativeCtx.findings.toString());
        Finding up = upCtx.findings.stream().filter(f -> f.code().equals("ocr-image-upscaled")).findFirst().orElseThrow();
        assertTrue(up.message().contains("100 dpi") && up.message().contains("300 dpi"), up.message());
        assertTrue(enlarged.reason().contains("enlarged"), enlarged.reason());

        assertEquals("px", enlarged.unit());
        assertEquals(frame.getWidth(), enlarged.width(), 1.0);
        assertEquals(frame.getHeight(), enlarged.height(), 1.0);
        double cer = OcrTestPages.cer(want, OcrTestPages.text(enlarged));
        assertTrue(cer < 0.05, "CER " + cer + ": " + OcrTestPages.text(enlarged));

        // the same words are found at the same place (in the file's pixels) as when read as they are
        Map<String, TextChunk> before = new HashMap<>();
        for (TextChunk c : asIs.chunks()) before.put(c.text(), c);
        int same = 0;
        for (TextChunk c : enlarged.chunks()) {
            TextChunk b = before.get(c.text());
            if (b == null || c.text().length() < 4) continue;
            same++;
            assertEquals(b.box().left(), c.box().left(), 2.0, c.text());
            assertEquals(b.box().right(), c.box().right(), 2.0, c.text());
            assertEquals(b.box().top(), c.box().top(), 2.0, c.text());
            assertEquals(b.box().bottom(), c.box().bottom(), 2.0, c.text());
        }
        assertTrue(same >= 10, "words compared: " + same);
    }

    private static Page read(Path tiff, OcrOptions options, OcrTestPages.Ctx ctx) throws Exception {
        return read(tiff, "image/tiff", options, ctx);
    }

    private static Page read(Path file, String type, OcrOptions options, OcrTestPages.Ctx ctx) throws Exception {
        try (TesseractOcrExtractor ocr = new TesseractOcrExtractor(options);
             ExtractedDocument doc = ocr.open(OcrTestPages.source(file, type), ctx)) {
            return doc.page(1, ctx).page().orElseThrow();
        }
    }
}
