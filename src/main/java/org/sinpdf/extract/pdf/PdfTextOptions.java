package org.sinpdf.extract.pdf;

/**
 * Options of the {@code pdfbox-text} extractor.
 *
 * @param password          user password for encrypted PDFs, "" for none
 * @param ocrLayer          what to do with a page whose only text is invisible (an OCR layer):
 *                          "keep" it, or "redo" (decline the page so OCR runs again)
 * @param garbageThreshold  decline a page when more than this share of its glyphs have no usable
 *                          Unicode (unmapped, U+FFFD, private use, control characters)
 * @param wordGapRatio      a horizontal gap wider than this many font sizes splits a word
 * @param minScannedImageShare decline a page as a scan when an image covers at least this share of
 *                          the page and it has fewer than {@code maxScannedPageGlyphs} glyphs
 * @param maxScannedPageGlyphs see {@code minScannedImageShare}
 */
public record PdfTextOptions(String password, String ocrLayer, double garbageThreshold, double wordGapRatio,
                             double minScannedImageShare, int maxScannedPageGlyphs) {
    public static final PdfTextOptions DEFAULTS = new PdfTextOptions("", "keep", 0.3, 0.2, 0.6, 20);

    public PdfTextOptions {
        password = password == null ? "" : password;
        ocrLayer = ocrLayer == null ? "keep" : ocrLayer;
        if (!ocrLayer.equals("keep") && !ocrLayer.equals("redo")) {
            throw new IllegalArgumentException("ocrLayer must be keep or redo: " + ocrLayer);
        }
        if (!(garbageThreshold > 0 && garbageThreshold <= 1)) {
            throw new IllegalArgumentException("garbageThreshold must be in (0,1]: " + garbageThreshold);
        }
        if (!(wordGapRatio > 0)) throw new IllegalArgumentException("wordGapRatio must be > 0: " + wordGapRatio);
    }

    public PdfTextOptions withPassword(String p) {
        return new PdfTextOptions(p, ocrLayer, garbageThreshold, wordGapRatio, minScannedImageShare, maxScannedPageGlyphs);
    }

    public PdfTextOptions withOcrLayer(String mode) {
        return new PdfTextOptions(password, mode, garbageThreshold, wordGapRatio, minScannedImageShare, maxScannedPageGlyphs);
    }
}
