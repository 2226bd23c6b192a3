package org.sinpdf.extract.ocr;

import java.util.List;
import org.sinpdf.extract.image.GreyImage;

/**
 * The native part of OCR behind one small interface: recognise a prepared grey page, or ask which
 * way up it is. Page preparation (rendering, deskew, binarization, rulings) stays in Java before
 * this. Two implementations: {@link TesseractEngine} (Tesseract in this JVM) and
 * {@link ChildProcessEngine} (Tesseract in a child JVM, so that a native crash costs one page, not
 * the run). <b>One thread at a time</b>: {@link EnginePool} lends an engine to one thread.
 */
interface OcrEngine extends AutoCloseable {
    /**
     * Recognises the whole image; words in reading order as Tesseract gives them. Gives up when
     * recognition runs past {@code timeoutMillis} (0 = no limit).
     */
    List<TesseractEngine.Word> recognize(GreyImage img, int timeoutMillis) throws TesseractEngine.TesseractFailure;

    /** Recognises the whole image without a time limit. */
    default List<TesseractEngine.Word> recognize(GreyImage img) throws TesseractEngine.TesseractFailure {
        return recognize(img, 0);
    }

    /**
     * Recognises a small image (a cell or word crop) with page segmentation mode {@code psm} for this
     * call only (7: one text line, 8: one word, 10: one character).
     */
    List<TesseractEngine.Word> recognizeAs(GreyImage img, int psm, int timeoutMillis) throws TesseractEngine.TesseractFailure;

    /**
     * As {@link #recognizeAs} with Tesseract loaded with {@code languages} (e.g. "spa") instead of the
     * configured ones: a second opinion of one language on a crop.
     */
    List<TesseractEngine.Word> recognizeIn(String languages, GreyImage img, int psm, int timeoutMillis)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException;

    /** Orientation and script detection: how far to turn the page clockwise to make it upright. */
    TesseractEngine.Orientation orientation(GreyImage img) throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException;

    /** Frees the engine (native handles, or the child process). */
    @Override void close();
}
