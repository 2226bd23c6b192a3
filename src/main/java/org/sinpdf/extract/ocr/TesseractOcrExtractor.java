package org.sinpdf.extract.ocr;

import java.util.Objects;
import java.util.Set;
import org.sinpdf.model.Source;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;

/**
 * Stage {@code tesseract-ocr}: OCR of scanned PDF pages (those the text layer declined; pages are
 * rendered grey with PDFBox) and of PNG, JPEG and TIFF images (every TIFF frame is a page).
 * Words become {@link org.sinpdf.model.TextChunk}s with {@link org.sinpdf.model.Origin#OCR} and
 * Tesseract's word confidence; ruling lines found in the image become rulings, so the same
 * tabulator finds tables in scans. Coordinates: PDF points for PDF pages, pixels for images.
 *
 * <p>Thread-safe: pages of one or many documents may be read concurrently; each runs on an engine
 * borrowed from a bounded pool owned by this stage. By default ({@code isolation: process}) each
 * engine is a child JVM running Tesseract, so a native crash or hang fails only its page; page
 * preparation stays in this JVM. {@link #close} ends the children. Fails loudly ({@link OcrEngineUnavailableException})
 * when libtesseract or a language is not installed.
 */
public final class TesseractOcrExtractor implements Extractor, AutoCloseable {
    public static final String ID = "tesseract-ocr";
    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg", "image/tiff");

    private final OcrOptions options;
    private final TesseractSetup setup;
    private final EngineFactory engines;
    private final EnginePool pool;
    private final OcrPageReader reader;
    private volatile boolean checked;

    public TesseractOcrExtractor(OcrOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.setup = new TesseractSetup(TesseractSetup.resolveDatapath(options.datapath()), options.languages());
        this.engines = new EngineFactory(setup, options);
        this.pool = new EnginePool(engines, options.effectivePoolSize());
        this.reader = new OcrPageReader(ID, options, pool);
    }

    @Override public String id() { return ID; }

    public OcrOptions options() { return options; }

    @Override public boolean accepts(Source source) {
        return source.isPdf() || IMAGE_TYPES.contains(source.mediaType());
    }

    /** Checks that Tesseract and every configured language are installed (once; cheap afterwards). */
    public void checkEngine() throws OcrEngineUnavailableException {
        if (checked) return;
        setup.check();
        if (options.preprocess().orientation()) setup.requireLanguage("osd");
        checked = true;
    }

    @Override public ExtractedDocument open(Source source, StageContext ctx) throws StageException {
        checkEngine();
        if (source.isPdf()) return PdfOcrDocument.open(source, options, reader);
        if (IMAGE_TYPES.contains(source.mediaType())) return ImageOcrDocument.open(source, options, reader);
        throw new org.sinpdf.spi.UnsupportedDocumentException(ID + " cannot read " + source.mediaType()
                + ": " + source.path().getFileName());
    }

    /** Engines made so far (they stay alive until {@link #close}). */
    int enginesCreated() { return pool.created(); }

    /** Whether engines run in child processes (the {@code isolation} option, unless the children could not start). */
    boolean isolated() { return engines.isolated(); }

    /** Frees the idle engines (ends their child processes); engines still lent are freed when returned. */
    @Override public void close() { pool.close(); }
}
