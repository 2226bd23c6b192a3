package org.sinpdf.extract.pdf;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the PDFBox text-layer extractor {@code pdfbox-text}. */
public final class PdfTextPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-pdf"; }

    @Override public void register(Registrar r) {
        r.extractor(PdfBoxTextExtractor.ID, PdfTextOptions.class, PdfTextOptions.DEFAULTS, PdfBoxTextExtractor::new);
    }
}
