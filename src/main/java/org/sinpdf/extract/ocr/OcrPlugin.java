package org.sinpdf.extract.ocr;

import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;

/** Registers the {@code tesseract-ocr} extractor. */
public final class OcrPlugin implements SinpdfPlugin {
    @Override public String id() { return "sinpdf-ocr"; }

    @Override public void register(Registrar registrar) {
        registrar.extractor(TesseractOcrExtractor.ID, OcrOptions.class, OcrOptions.DEFAULTS, TesseractOcrExtractor::new);
    }
}
