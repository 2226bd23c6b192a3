package org.sinpdf.extract.ocr;

import java.io.IOException;
import java.util.Locale;
import java.util.OptionalDouble;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.ImageFrames;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.Source;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.ExtractionException;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.UnsupportedDocumentException;

/**
 * An image file opened for OCR; each frame (TIFF page) is a page, in pixels. Frames are decoded one
 * at a time (the ImageIO reader is not thread-safe) and OCRed in parallel.
 */
final class ImageOcrDocument implements ExtractedDocument {
    static final String REASON = "image input";
    /** Declared resolutions outside this range are taken as unknown (72/96 dpi defaults of cameras and editors). */
    static final double MIN_PLAUSIBLE_DPI = 100, MAX_PLAUSIBLE_DPI = 1200;

    private final ImageFrames frames;
    private final OcrOptions options;
    private final OcrPageReader reader;
    private final String stageId;

    private ImageOcrDocument(ImageFrames frames, OcrOptions options, OcrPageReader reader) {
        this.frames = frames;
        this.options = options;
        this.reader = reader;
        this.stageId = TesseractOcrExtractor.ID;
    }

    static ImageOcrDocument open(Source source, OcrOptions options, OcrPageReader reader) throws StageException {
        try {
            return new ImageOcrDocument(ImageFrames.open(source.path()), options, reader);
        } catch (IOException e) {
            throw new UnsupportedDocumentException("cannot read image " + source.path().getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override public int pageCount() { return frames.count(); }

    @Override public PageResult page(int number, StageContext ctx) throws StageException {
        if (number < 1 || number > pageCount()) throw new IllegalArgumentException("no page " + number + " of " + pageCount());
        ImageFrames.Frame frame;
        try {
            frame = frames.read(number - 1, options.maxPagePixels(), TesseractEngine.MAX_SIDE);
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException("page " + number + ": cannot decode image: " + e.getMessage(), e);
        }
        String reason = REASON;
        OptionalDouble declared = frame.dpi();
        double dpi;
        if (declared.isPresent() && declared.getAsDouble() >= MIN_PLAUSIBLE_DPI && declared.getAsDouble() <= MAX_PLAUSIBLE_DPI) {
            dpi = declared.getAsDouble();
        } else {
            // with minDpi on, a page of unknown resolution is taken as letter size, so that a 1224x1584 scan is read
            // as the 144 dpi page it most likely is (and enlarged), not as a 5-inch page at the configured 300 dpi
            dpi = options.minDpi() > 0 ? letterDpi(frame.image().getWidth(), frame.image().getHeight())
                    : assumedDpi(frame.image().getWidth(), frame.image().getHeight(), options.dpi());
            reason += " (resolution " + (declared.isPresent() ? "declared as " + Math.round(declared.getAsDouble()) + " dpi is implausible"
                    : "not declared") + "; assumed " + Math.round(dpi) + " dpi)";
            ctx.report(Finding.warning("ocr-dpi-assumed", "image resolution unknown; assumed " + Math.round(dpi) + " dpi")
                    .atPage(number).inStage(stageId));
        }
        if (frame.subsampling() > 1) {
            dpi /= frame.subsampling();
            String why = "image of more than " + options.maxPagePixels() + " pixels (or " + TesseractEngine.MAX_SIDE
                    + " a side) read at 1/" + frame.subsampling() + " of its resolution (" + Math.round(dpi) + " dpi)";
            reason += "; " + why;
            ctx.report(Finding.warning("ocr-image-subsampled", why).atPage(number).inStage(stageId));
        }
        GreyImage image = GreyImage.of(frame.image(), dpi);
        double unitsPerPixel = frame.subsampling();
        // a frame read subsampled has more pixels in the file than its limits allow: never enlarge it back
        double factor = frame.subsampling() > 1 ? 1
                : upscaleFactor(dpi, options.minDpi(), image.width(), image.height(), options.maxPagePixels());
        if (factor > 1) {
            Enlarged larger = enlarge(image, factor, "image", options.minDpi(), number, ctx);
            // the exact ratio of the rounded sizes, so OCR pixels map back onto the file's own pixels
            unitsPerPixel *= (double) image.width() / larger.image().width();
            reason += "; " + larger.why();
            image = larger.image();
        }
        // coordinates stay in the file's own pixels, also when it was read subsampled or enlarged
        Page page = reader.read(image, number, unitsPerPixel, "px", 0, reason, ctx);
        return PageResult.of(page);
    }

    /**
     * The configured dpi, unless that would make the page absurdly small or large (under 5 or over
     * 17 inches on its longer side); then the resolution of a letter-size page (11 in).
     */
    static double assumedDpi(int width, int height, int configured) {
        double longSide = Math.max(width, height);
        double inches = longSide / configured;
        if (inches >= 5 && inches <= 17) return configured;
        return letterDpi(width, height);
    }

    /**
     * How much to enlarge a page of {@code dpi} so that it reaches {@code minDpi} (1 = not at all):
     * when {@code minDpi} is 0 (off), the page is at least 90% of it already, or the enlarged page
     * would pass {@code maxPixels} or Tesseract's side limit (then as much as those allow, if that
     * is still worth it); an image too small to read is left as it is, to fail as such.
     */
    static double upscaleFactor(double dpi, int minDpi, int width, int height, long maxPixels) {
        if (minDpi <= 0 || dpi >= minDpi * 0.9) return 1;
        if (width < OcrPageReader.MIN_SIDE || height < OcrPageReader.MIN_SIDE) return 1;
        double factor = minDpi / dpi;
        factor = Math.min(factor, Math.sqrt((double) maxPixels / ((double) width * height)));
        factor = Math.min(factor, (TesseractEngine.MAX_SIDE - 1.0) / Math.max(width, height));
        return factor >= 1.1 ? factor : 1;
    }

    /** A page image enlarged for OCR, and the sentence saying so (for the page's reason). */
    record Enlarged(GreyImage image, String why) {}

    /**
     * {@code image} enlarged {@code factor} times (see {@link #upscaleFactor}), with the info finding
     * {@code ocr-image-upscaled} reported for page {@code number}; {@code what} names the image
     * ("image", "scanned page image").
     */
    static Enlarged enlarge(GreyImage image, double factor, String what, int minDpi, int number, StageContext ctx) {
        GreyImage larger = image.upscale(factor);
        String why = String.format(Locale.ROOT, "%s of %.0f dpi enlarged %.2f times to %.0f dpi for OCR (minDpi %d)",
                what, image.dpi(), (double) larger.width() / image.width(), larger.dpi(), minDpi);
        ctx.report(Finding.info("ocr-image-upscaled", why).atPage(number).inStage(TesseractOcrExtractor.ID));
        return new Enlarged(larger, why);
    }

    /** The resolution of a letter-size page (11 in on its longer side), within the plausible range up to 600 dpi. */
    static double letterDpi(int width, int height) {
        return Math.max(MIN_PLAUSIBLE_DPI, Math.min(600, Math.max(width, height) / 11.0));
    }

    @Override public void close() throws IOException { frames.close(); }
}
