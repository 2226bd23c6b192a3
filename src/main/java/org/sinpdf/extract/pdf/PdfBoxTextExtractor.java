package org.sinpdf.extract.pdf;

import java.io.IOException;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.sinpdf.model.Source;
import org.sinpdf.spi.EncryptedDocumentException;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.UnsupportedDocumentException;

/**
 * Stage {@code pdfbox-text}: words and ruling lines from a PDF's text layer and vector graphics.
 * Declines pages without a usable text layer so that an OCR extractor can take them.
 */
public final class PdfBoxTextExtractor implements Extractor {
    public static final String ID = "pdfbox-text";

    private final PdfTextOptions options;

    public PdfBoxTextExtractor(PdfTextOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PdfBoxTextExtractor() { this(PdfTextOptions.DEFAULTS); }

    @Override public String id() { return ID; }

    @Override public boolean accepts(Source source) { return source.isPdf(); }

    @Override public ExtractedDocument open(Source source, StageContext ctx) throws StageException {
        PDDocument doc;
        try {
            doc = Loader.loadPDF(new RandomAccessReadBufferedFile(source.path().toFile()), options.password(),
                    IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(options.password().isEmpty()
                    ? "encrypted: needs a password (give it with --password)" : "wrong password", e);
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedDocumentException("not a readable PDF: " + oneLine(e), e);
        }
        if (doc.getNumberOfPages() == 0) {
            closeQuietly(doc);
            throw new UnsupportedDocumentException("PDF has no pages");
        }
        return new PdfBoxDocument(doc, options);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        m = nl >= 0 ? m.substring(0, nl) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // nothing more can be done with a document that fails to close
        }
    }
}
