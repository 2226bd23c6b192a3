package org.sinpdf.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sinpdf.extract.pdf.FaithfulRenderer;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Page;
import org.sinpdf.model.Source;
import org.sinpdf.spi.EncryptedDocumentException;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.ExtractionException;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.UnsupportedDocumentException;

/**
 * A PDF opened for OCR: pages are rendered grey one at a time (PDDocument is not thread-safe),
 * and OCRed in parallel outside the lock. Loaded temp-file-backed so huge scans stay off the heap.
 */
final class PdfOcrDocument implements ExtractedDocument {
    static final String REASON = "no usable text layer (page declined by the text layer): OCR of the rendered page";

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final OcrOptions options;
    private final OcrPageReader reader;
    private final Object renderLock = new Object();

    private PdfOcrDocument(PDDocument document, OcrOptions options, OcrPageReader reader) {
        this.document = document;
        this.renderer = new FaithfulRenderer(document);
        this.options = options;
        this.reader = reader;
    }

    static PdfOcrDocument open(Source source, OcrOptions options, OcrPageReader reader) throws StageException {
        try {
            PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(source.path().toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            return new PdfOcrDocument(doc, options, reader);
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source.path().getFileName() + " is encrypted: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnsupportedDocumentException("cannot open PDF " + source.path().getFileName() + ": " + e.getMessage(), e);
        }
    }

    @Override public int pageCount() { return document.getNumberOfPages(); }

    @Override public PageResult page(int number, StageContext ctx) throws StageException {
        if (number < 1 || number > pageCount()) throw new IllegalArgumentException("no page " + number + " of " + pageCount());
        GreyImage image;
        int rotation;
        float dpi;
        double scan, factor = 1;
        synchronized (renderLock) {
            try {
                PDPage p = document.getPage(number - 1);
                rotation = Math.floorMod(p.getRotation(), 360);
                dpi = dpiFor(p.getCropBox());
                // a scanned page under minDpi: PDFBox would enlarge its image pixel by pixel (nearest neighbour, as the
                // PDF does not ask for interpolation), which OCR reads worse; render it at the scan's own resolution
                // and enlarge it smoothly instead, as image files are
                scan = options.minDpi() > 0 ? scanDpi(p) : 0;
                if (scan > 0 && scan < dpi) {
                    PDRectangle box = p.getCropBox();
                    factor = ImageOcrDocument.upscaleFactor(scan, options.minDpi(), (int) Math.round(box.getWidth() / 72 * scan),
                            (int) Math.round(box.getHeight() / 72 * scan), options.maxPagePixels());
                }
                float at = factor > 1 ? (float) scan : dpi;
                BufferedImage rendered = renderer.renderImageWithDPI(number - 1, at, ImageType.GRAY);
                image = GreyImage.of(rendered, at);
            } catch (IOException | RuntimeException e) {
                throw new ExtractionException("page " + number + ": cannot render for OCR: " + e.getMessage(), e);
            }
        }
        String reason = dpi < options.dpi() ? REASON + " (large page rendered at " + Math.round(dpi) + " dpi)" : REASON;
        if (factor > 1) {
            ImageOcrDocument.Enlarged larger = ImageOcrDocument.enlarge(image, factor,
                    "scanned page image (rendered at its own resolution)", options.minDpi(), number, ctx);
            reason += "; " + larger.why();
            image = larger.image();
        }
        Page page = reader.read(image, number, 72.0 / image.dpi(), "pt", rotation, reason, ctx);
        return PageResult.of(page);
    }

    /**
     * The resolution of the page's scan, when the page is a scanner's page: its only XObject is one image
     * with the proportions of the crop box (so drawn over the whole page, upright); 0 otherwise.
     */
    static double scanDpi(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) return 0;
        PDImageXObject only = null;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject || (x instanceof PDImageXObject && only != null)) return 0;
            if (x instanceof PDImageXObject im) only = im;
        }
        if (only == null) return 0;
        PDRectangle box = page.getCropBox();
        double across = only.getWidth() / (box.getWidth() / 72.0), down = only.getHeight() / (box.getHeight() / 72.0);
        if (!(across > 0 && down > 0) || Math.abs(across - down) > 0.02 * Math.max(across, down)) return 0;
        return (across + down) / 2;
    }

    /** The configured dpi, lowered so the page stays under {@code maxPagePixels} and Tesseract's side limit. */
    private float dpiFor(PDRectangle box) {
        double wIn = box.getWidth() / 72.0, hIn = box.getHeight() / 72.0;
        double pixels = wIn * hIn * options.dpi() * options.dpi();
        double longest = Math.max(wIn, hIn) * options.dpi();
        if (pixels <= 0 || (pixels <= options.maxPagePixels() && longest <= TesseractEngine.MAX_SIDE)) return options.dpi();
        double byArea = Math.sqrt(options.maxPagePixels() / (wIn * hIn));
        double bySide = (TesseractEngine.MAX_SIDE - 1) / Math.max(wIn, hIn);
        return (float) Math.max(1, Math.floor(Math.min(options.dpi(), Math.min(byArea, bySide))));
    }

    @Override public void close() throws IOException {
        synchronized (renderLock) {
            document.close();
        }
    }
}
