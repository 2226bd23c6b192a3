package org.sinpdf.extract.ocr;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import org.sinpdf.extract.image.GreyImage;

/**
 * One initialised Tesseract (and, on demand, a second one loaded with the OSD model) driven through
 * tess4j's C API: images go in as raw 8-bit grey bytes in a direct buffer, so Leptonica image
 * conversion is never involved. <b>Not thread-safe</b>: two threads on one handle abort the JVM.
 * {@link EnginePool} lends an engine to one thread at a time. Runs in the stage's JVM
 * ({@code isolation: in-process}) or inside an {@link OcrChildMain} process.
 */
final class TesseractEngine implements OcrEngine {
    /**
     * A recognised word: pixel box (right/bottom exclusive), confidence 0..100, the language whose
     * model recognised it ("spa", "eng"; "" when unknown), and {@code rival}: the highest confidence
     * (0..100) Tesseract gave any other choice for one of its characters ("n" read with "h" as a
     * runner-up at 39 in "Villanermosa"; 0 when no character had a runner-up, or none is known).
     */
    record Word(String text, int left, int top, int right, int bottom, float confidence, String language, float rival) {
        Word {
            language = language == null ? "" : language;
            rival = Float.isNaN(rival) ? 0f : Math.max(0f, Math.min(100f, rival));
        }

        /** A word with no runner-up known for its characters. */
        Word(String text, int left, int top, int right, int bottom, float confidence, String language) {
            this(text, left, top, right, bottom, confidence, language, 0f);
        }

        /** A word whose recognition language is unknown. */
        Word(String text, int left, int top, int right, int bottom, float confidence) {
            this(text, left, top, right, bottom, confidence, "", 0f);
        }

        /** The same reading with its text edited (a dash refined, a speck trimmed, a doubled letter made one). */
        Word withText(String newText) {
            return new Word(newText, left, top, right, bottom, confidence, language, rival);
        }

        /** The same reading with another confidence (0..100). */
        Word withConfidence(float newConfidence) {
            return new Word(text, left, top, right, bottom, newConfidence, language, rival);
        }

        /**
         * This word's box read again: {@code newText} with {@code newConfidence} by {@code newLanguage}'s model
         * ("" when unknown); the page reading's runner-up no longer applies.
         */
        Word readAs(String newText, float newConfidence, String newLanguage) {
            return new Word(newText, left, top, right, bottom, newConfidence, newLanguage, 0f);
        }
    }

    /** What OSD said: turn the page this far clockwise to make it upright, and how sure it is. */
    record Orientation(int correctionClockwise, float confidence) {}

    private final TessAPI api;
    private final TesseractSetup setup;
    private final int psm;
    private TessBaseAPI handle;
    private TessBaseAPI osd;
    /** Engines for one other language set each (see {@link #recognizeIn}), made on first use. */
    private final java.util.Map<String, TessBaseAPI> others = new java.util.HashMap<>();
    /** Pages up to this many pixels reuse the engine's buffer (a letter page at 300 dpi is 8.4 million). */
    private static final int KEPT_BUFFER_BYTES = 16_000_000;
    /** The direct buffer handed to Tesseract, kept between pages (allocating 9 MB a page costs a zeroing pass). */
    private java.nio.ByteBuffer pixels;
    /** The thread inside a native call right now: a second one is refused instead of crashing the JVM. */
    private final java.util.concurrent.atomic.AtomicReference<Thread> user = new java.util.concurrent.atomic.AtomicReference<>();

    private TesseractEngine(TessAPI api, TesseractSetup setup, int psm, TessBaseAPI handle) {
        this.api = api;
        this.setup = setup;
        this.psm = psm;
        this.handle = handle;
    }

    static TesseractEngine create(TesseractSetup setup, int psm) throws OcrEngineUnavailableException {
        TessAPI api = setup.api();
        TessBaseAPI h = api.TessBaseAPICreate();
        if (api.TessBaseAPIInit2(h, setup.datapath(), setup.languages(), ITessAPI.TessOcrEngineMode.OEM_DEFAULT) != 0) {
            api.TessBaseAPIDelete(h);
            throw new OcrEngineUnavailableException("Tesseract could not load languages \"" + setup.languages()
                    + "\" from " + setup.datapath() + ". " + TesseractSetup.INSTALL_HINT);
        }
        api.TessBaseAPISetPageSegMode(h, psm);
        api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
        api.TessBaseAPISetVariable(h, "lstm_choice_mode", CHOICE_MODE);
        return new TesseractEngine(api, setup, psm, h);
    }

    int psm() { return psm; }

    /**
     * Tesseract's {@code lstm_choice_mode}: 2 lists the alternative choices of each character (the
     * best path, hence the text, is unchanged), from which {@link Word#rival} is taken.
     */
    static final String CHOICE_MODE = "2";

    /** Tesseract (Leptonica) refuses images wider or taller than this. */
    static final int MAX_SIDE = 32767;

    /**
     * Recognises the whole image, giving up when recognition runs past {@code timeoutMillis}
     * (0 = no limit; Tesseract checks its deadline between words, so a page fails cleanly).
     */
    @Override public List<Word> recognize(GreyImage img, int timeoutMillis) throws TesseractFailure {
        enter();
        try {
            checkSize(img.width(), img.height());
            return recognizeAlone(pixelsOf(img), img.width(), img.height(), img.dpi(), timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    /**
     * As {@link #recognize(GreyImage, int)} on raw 8-bit grey pixels (row after row, {@code width}
     * bytes a row) already in a direct buffer, position 0 to limit (what {@link OcrChildMain} reads
     * from its socket, without a copy on the heap).
     */
    List<Word> recognize(java.nio.ByteBuffer grey, int width, int height, double dpi, int timeoutMillis) throws TesseractFailure {
        enter();
        try {
            checkSize(width, height);
            return recognizeAlone(grey, width, height, dpi, timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    /** As {@link #recognize(GreyImage, int)} with page segmentation mode {@code psm} for this call only. */
    @Override public List<Word> recognizeAs(GreyImage img, int psm, int timeoutMillis) throws TesseractFailure {
        enter();
        try {
            checkSize(img.width(), img.height());
            return recognizeAsAlone(pixelsOf(img), img.width(), img.height(), img.dpi(), psm, timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    /** As {@link #recognizeAs(GreyImage, int, int)} on raw grey pixels in a direct buffer (for {@link OcrChildMain}). */
    List<Word> recognizeAs(java.nio.ByteBuffer grey, int width, int height, double dpi, int psm, int timeoutMillis)
            throws TesseractFailure {
        enter();
        try {
            checkSize(width, height);
            return recognizeAsAlone(grey, width, height, dpi, psm, timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    private List<Word> recognizeAsAlone(java.nio.ByteBuffer grey, int width, int height, double dpi, int psm, int timeoutMillis)
            throws TesseractFailure {
        api.TessBaseAPISetPageSegMode(handle, psm);
        try {
            return recognizeAlone(grey, width, height, dpi, timeoutMillis);
        } finally {
            api.TessBaseAPISetPageSegMode(handle, this.psm);
        }
    }

    /**
     * As {@link #recognizeAs(GreyImage, int, int)} with an engine loaded with {@code languages} instead
     * of the configured ones (made on first use and kept).
     */
    @Override public List<Word> recognizeIn(String languages, GreyImage img, int psm, int timeoutMillis)
            throws TesseractFailure, OcrEngineUnavailableException {
        enter();
        try {
            checkSize(img.width(), img.height());
            return recognizeInAlone(languages, pixelsOf(img), img.width(), img.height(), img.dpi(), psm, timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    /** As {@link #recognizeIn(String, GreyImage, int, int)} on raw grey pixels in a direct buffer (for {@link OcrChildMain}). */
    List<Word> recognizeIn(String languages, java.nio.ByteBuffer grey, int width, int height, double dpi, int psm,
                           int timeoutMillis) throws TesseractFailure, OcrEngineUnavailableException {
        enter();
        try {
            checkSize(width, height);
            return recognizeInAlone(languages, grey, width, height, dpi, psm, timeoutMillis);
        } finally {
            user.set(null);
        }
    }

    private List<Word> recognizeInAlone(String languages, java.nio.ByteBuffer grey, int width, int height, double dpi,
                                        int psm, int timeoutMillis) throws TesseractFailure, OcrEngineUnavailableException {
        TessBaseAPI h = others.get(languages);
        if (h == null) {
            for (String lang : languages.split("\\+")) setup.requireLanguage(lang);
            h = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit2(h, setup.datapath(), languages, ITessAPI.TessOcrEngineMode.OEM_DEFAULT) != 0) {
                api.TessBaseAPIDelete(h);
                throw new OcrEngineUnavailableException("Tesseract could not load languages \"" + languages
                        + "\" from " + setup.datapath() + ". " + TesseractSetup.INSTALL_HINT);
            }
            api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
            api.TessBaseAPISetVariable(h, "lstm_choice_mode", CHOICE_MODE);
            others.put(languages, h);
        }
        api.TessBaseAPISetPageSegMode(h, psm);
        return recognizeAlone(h, grey, width, height, dpi, timeoutMillis);
    }

    private void enter() {
        if (handle == null) throw new IllegalStateException("engine closed");
        if (!user.compareAndSet(null, Thread.currentThread())) {
            throw new EngineBusyException("Tesseract engine used by " + user.get().getName() + " and "
                    + Thread.currentThread().getName() + " at once (engines are one thread at a time)");
        }
    }

    private static void checkSize(int width, int height) throws TesseractFailure {
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw new TesseractFailure("image of " + width + "x" + height + " pixels exceeds Tesseract's "
                    + MAX_SIDE + " pixels a side");
        }
    }

    private List<Word> recognizeAlone(java.nio.ByteBuffer grey, int width, int height, double imageDpi, int timeoutMillis)
            throws TesseractFailure {
        return recognizeAlone(handle, grey, width, height, imageDpi, timeoutMillis);
    }

    private List<Word> recognizeAlone(TessBaseAPI handle, java.nio.ByteBuffer grey, int width, int height, double imageDpi,
                                      int timeoutMillis) throws TesseractFailure {
        int dpi = clampDpi(imageDpi);
        api.TessBaseAPISetImage(handle, grey, width, height, 1, width);
        api.TessBaseAPISetSourceResolution(handle, dpi);
        api.TessBaseAPISetVariable(handle, "user_defined_dpi", Integer.toString(dpi));
        try {
            recognizeWithin(handle, timeoutMillis);
            List<Word> words = new ArrayList<>();
            TessResultIterator ri = api.TessBaseAPIGetIterator(handle);
            if (ri == null) return words;
            try {
                TessPageIterator pi = api.TessResultIteratorGetPageIterator(ri);
                int level = ITessAPI.TessPageIteratorLevel.RIL_WORD;
                int symbol = ITessAPI.TessPageIteratorLevel.RIL_SYMBOL;
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1);
                IntBuffer r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
                // symbol by symbol, so each word gets the runner-up choices of its characters (see Word.rival)
                Word word = null;
                float rival = 0;
                do {
                    if (api.TessPageIteratorIsAtBeginningOf(pi, level) == ITessAPI.TRUE) {
                        if (word != null) words.add(withRival(word, rival));
                        word = wordHere(ri, pi, level, l, t, r, b);
                        rival = 0;
                    }
                    if (word != null) rival = Math.max(rival, runnerUp(ri));
                } while (api.TessResultIteratorNext(ri, symbol) == ITessAPI.TRUE);
                if (word != null) words.add(withRival(word, rival));
            } finally {
                api.TessResultIteratorDelete(ri);
            }
            return words;
        } finally {
            api.TessBaseAPIClear(handle);
        }
    }

    /** The word the iterator stands at the start of, or null when it is empty or has no box. */
    private Word wordHere(TessResultIterator ri, TessPageIterator pi, int level, IntBuffer l, IntBuffer t, IntBuffer r,
                          IntBuffer b) {
        Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
        if (p == null) return null;
        String text;
        try {
            text = p.getString(0, "UTF-8").strip();
        } finally {
            api.TessDeleteText(p);
        }
        if (text.isEmpty()) return null;
        float conf = api.TessResultIteratorConfidence(ri, level);
        if (api.TessPageIteratorBoundingBox(pi, level, l, t, r, b) != ITessAPI.TRUE) return null;
        String lang = api.TessResultIteratorWordRecognitionLanguage(ri);
        return new Word(text, l.get(0), t.get(0), r.get(0), b.get(0), conf, lang == null ? "" : lang);
    }

    private static Word withRival(Word w, float rival) {
        return rival <= 0 ? w : new Word(w.text(), w.left(), w.top(), w.right(), w.bottom(), w.confidence(), w.language(), rival);
    }

    /**
     * The highest confidence of a choice other than the best for the symbol the iterator stands at
     * (Tesseract lists them with {@code lstm_choice_mode} 2), 0 when there is none.
     */
    private float runnerUp(TessResultIterator ri) {
        ITessAPI.TessChoiceIterator ci = api.TessResultIteratorGetChoiceIterator(ri);
        if (ci == null) return 0;
        float best = 0;
        try {
            boolean first = true;
            do {
                if (!first) best = Math.max(best, api.TessChoiceIteratorConfidence(ci));
                first = false;
            } while (api.TessChoiceIteratorNext(ci) == ITessAPI.TRUE);
        } finally {
            api.TessChoiceIteratorDelete(ci);
        }
        return best;
    }

    /** Runs recognition, under a deadline when {@code timeoutMillis > 0}. */
    private void recognizeWithin(TessBaseAPI handle, int timeoutMillis) throws TesseractFailure {
        if (timeoutMillis <= 0) {
            if (api.TessBaseAPIRecognize(handle, null) != 0) throw new TesseractFailure("Tesseract recognition failed");
            return;
        }
        ITessAPI.ETEXT_DESC monitor = api.TessMonitorCreate();
        if (monitor == null) throw new TesseractFailure("Tesseract could not create a progress monitor");
        // tess4j's Java mirror of ETEXT_DESC does not match Tesseract 5's layout: never write it back to native memory
        monitor.setAutoSynch(false);
        try {
            long t0 = System.nanoTime();
            api.TessMonitorSetDeadlineMSecs(monitor, timeoutMillis);
            if (api.TessBaseAPIRecognize(handle, monitor) != 0) {
                long ms = (System.nanoTime() - t0) / 1_000_000;
                if (ms >= timeoutMillis) {
                    throw new TesseractFailure("OCR timed out after " + ms + " ms (pageTimeout " + timeoutMillis / 1000.0 + " s)");
                }
                throw new TesseractFailure("Tesseract recognition failed");
            }
        } finally {
            api.TessMonitorDelete(monitor);
        }
    }

    /** Orientation and script detection (needs osd.traineddata); the OSD handle is made on first use. */
    @Override public Orientation orientation(GreyImage img) throws TesseractFailure, OcrEngineUnavailableException {
        enter();
        try {
            checkSize(img.width(), img.height());
            return orientationAlone(pixelsOf(img), img.width(), img.height(), img.dpi());
        } finally {
            user.set(null);
        }
    }

    /** As {@link #orientation(GreyImage)} on raw grey pixels in a direct buffer (see {@link #recognize(java.nio.ByteBuffer, int, int, double, int)}). */
    Orientation orientation(java.nio.ByteBuffer grey, int width, int height, double dpi)
            throws TesseractFailure, OcrEngineUnavailableException {
        enter();
        try {
            checkSize(width, height);
            return orientationAlone(grey, width, height, dpi);
        } finally {
            user.set(null);
        }
    }

    private Orientation orientationAlone(java.nio.ByteBuffer grey, int width, int height, double imageDpi)
            throws TesseractFailure, OcrEngineUnavailableException {
        if (osd == null) {
            setup.requireLanguage("osd");
            TessBaseAPI h = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit2(h, setup.datapath(), "osd", ITessAPI.TessOcrEngineMode.OEM_TESSERACT_ONLY) != 0) {
                api.TessBaseAPIDelete(h);
                throw new OcrEngineUnavailableException("Tesseract could not load osd from " + setup.datapath()
                        + " (needed for orientation detection). " + TesseractSetup.INSTALL_HINT);
            }
            api.TessBaseAPISetPageSegMode(h, ITessAPI.TessPageSegMode.PSM_OSD_ONLY);
            api.TessBaseAPISetVariable(h, "debug_file", "/dev/null");
            osd = h;
        }
        int dpi = clampDpi(imageDpi);
        api.TessBaseAPISetImage(osd, grey, width, height, 1, width);
        api.TessBaseAPISetSourceResolution(osd, dpi);
        try {
            IntBuffer deg = IntBuffer.allocate(1);
            FloatBuffer conf = FloatBuffer.allocate(1);
            FloatBuffer scriptConf = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            if (api.TessBaseAPIDetectOrientationScript(osd, deg, conf, script, scriptConf) != ITessAPI.TRUE) {
                return new Orientation(0, 0f); // too little text to tell
            }
            // Tesseract reports how far the input is turned clockwise; undoing it takes the rest of a full turn
            return new Orientation(Math.floorMod(360 - deg.get(0), 360), conf.get(0));
        } finally {
            api.TessBaseAPIClear(osd);
        }
    }

    /** {@code img}'s pixels in this engine's reusable direct buffer (only this engine's thread calls it). */
    private java.nio.ByteBuffer pixelsOf(GreyImage img) {
        int n = img.width() * img.height();
        java.nio.ByteBuffer b;
        if (n > KEPT_BUFFER_BYTES) {
            b = java.nio.ByteBuffer.allocateDirect(n); // a huge page: don't keep its buffer alive
        } else {
            if (pixels == null || pixels.capacity() < n) pixels = java.nio.ByteBuffer.allocateDirect(Math.max(n, 9_000_000));
            b = pixels;
            b.clear();
        }
        img.copyInto(b); // Tesseract copies the pixels in SetImage, so the buffer may be reused afterwards
        b.flip();
        return b;
    }

    private static int clampDpi(double dpi) {
        return (int) Math.max(70, Math.min(2400, Math.round(dpi)));
    }

    @Override public void close() {
        if (handle == null) return;
        if (osd != null) {
            api.TessBaseAPIEnd(osd);
            api.TessBaseAPIDelete(osd);
            osd = null;
        }
        for (TessBaseAPI h : others.values()) {
            api.TessBaseAPIEnd(h);
            api.TessBaseAPIDelete(h);
        }
        others.clear();
        if (handle != null) {
            api.TessBaseAPIEnd(handle);
            api.TessBaseAPIDelete(handle);
            handle = null;
        }
    }

    /** Two threads reached one engine (a bug in lending); refused instead of letting Tesseract abort the JVM. */
    static final class EngineBusyException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        EngineBusyException(String message) { super(message); }
    }

    /** Tesseract returned an error for one image. */
    static final class TesseractFailure extends Exception {
        private static final long serialVersionUID = 1L;
        TesseractFailure(String message) { super(message); }
    }
}
