package org.sinpdf.extract.ocr;

import java.io.IOException;
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
            dpi = assumedDpi(frame.image().getWidth(), frame.image().getHeight(), options.dpi());
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
        // coordinates stay in the file's own pixels, also when it was read subsampled
        Page page = reader.read(image, number, frame.subsampling(), "px", 0, reason, ctx);
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
        return Math.max(MIN_PLAUSIBLE_DPI, Math.min(600, longSide / 11.0));
    }

    @Override public void close() throws IOException { frames.close(); }
}
