package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.PagePreparation;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Ruling;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractionException;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one page image into a {@link Page}: borrows an engine, prepares the image (orientation,
 * deskew, binarize, despeckle, rulings), recognises words, and maps pixels to the page's unit.
 * Shared by the PDF and image documents; thread-safe.
 */
final class OcrPageReader {
    private static final Logger log = LoggerFactory.getLogger(OcrPageReader.class);

    private final String stageId;
    private final OcrOptions options;
    private final EnginePool pool;
    private final PagePreparation preparation;
    /** Mean word confidence under which a page is suspected to be turned. */
    static final double BAD_READING = 0.65;
    /** Pages smaller than this on a side hold nothing Tesseract can read. */
    static final int MIN_SIDE = 10;
    /** A prepared page darker than this (fraction of black pixels) is a scanning fault, not text. */
    static final double MAX_INK = 0.95;

    OcrPageReader(String stageId, OcrOptions options, EnginePool pool) {
        this.stageId = stageId;
        this.options = options;
        this.pool = pool;
        this.preparation = new PagePreparation(options.steps());
    }

    /**
     * @param image         the page as rendered or read, at its resolution
     * @param number        1-based page number
     * @param unitsPerPixel 72/dpi for PDF pages (points), 1 for images (pixels)
     * @param unit          "pt" or "px"
     * @param baseRotation  rotation already applied before OCR (a PDF page's /Rotate), added to ours
     * @param reason        why this page is OCRed, for the manifest
     */
    Page read(GreyImage image, int number, double unitsPerPixel, String unit, int baseRotation, String reason,
              StageContext ctx) throws StageException {
        if (ctx.cancelled()) throw new ExtractionException("page " + number + ": cancelled");
        if (image.width() < MIN_SIDE || image.height() < MIN_SIDE) {
            throw new ExtractionException("page " + number + ": image of " + image.width() + "x" + image.height()
                    + " pixels is too small to OCR (under " + MIN_SIDE + " pixels a side)");
        }
        if (image.width() > TesseractEngine.MAX_SIDE || image.height() > TesseractEngine.MAX_SIDE) {
            throw new ExtractionException("page " + number + ": image of " + image.width() + "x" + image.height()
                    + " pixels exceeds Tesseract's limit of " + TesseractEngine.MAX_SIDE + " pixels a side");
        }
        OcrEngine engine;
        try {
            engine = pool.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExtractionException("page " + number + ": interrupted while waiting for an OCR engine", e);
        }
        boolean broken = false, busy = false;
        try {
            long t0 = System.nanoTime();
            PagePreparation.Prepared prepared = preparation.prepare(image, 0);
            double ink = prepared.image().darkFraction();
            if (ink > MAX_INK) {
                throw new ExtractionException(String.format(java.util.Locale.ROOT, "page %d: %.0f%% of the page is black after"
                        + " preparation (a scanning fault or a negative): nothing to read", number, ink * 100));
            }
            long t1 = System.nanoTime();
            List<TesseractEngine.Word> words = engine.recognize(prepared.image(), options.pageTimeoutMillis());
            long t2 = System.nanoTime();
            log.debug("page {}: prepared in {} ms (skew {}°, {} rulings), OCR {} ms, {} words", number,
                    (t1 - t0) / 1_000_000, prepared.skew(), prepared.rulings().size(), (t2 - t1) / 1_000_000, words.size());
            if (options.preprocess().orientation()) {
                boolean sideways = looksSideways(words);
                if (sideways || readsBadly(words)) {
                    int osd = orientation(engine, prepared.image(), number, ctx);
                    List<Integer> turns = sideways ? (osd == 90 || osd == 270 ? List.of(osd) : List.of(90, 270))
                            : (osd == 0 ? List.<Integer>of() : List.of(osd));
                    double before = meanConfidence(words);
                    PagePreparation.Prepared bestPage = null;
                    List<TesseractEngine.Word> bestWords = null;
                    double best = -1;
                    for (int turn : turns) {
                        PagePreparation.Prepared turned = preparation.prepare(image, turn);
                        List<TesseractEngine.Word> again = engine.recognize(turned.image(), options.pageTimeoutMillis());
                        double after = meanConfidence(again);
                        log.debug("page {}: {}; turned {}°: mean confidence {} -> {}", number,
                                sideways ? "words run sideways" : "reads badly", turn, before, after);
                        if (after > best && again.size() * 2 >= words.size() && !looksSideways(again)) {
                            best = after;
                            bestPage = turned;
                            bestWords = again;
                        }
                    }
                    // sideways text is often read as well as upright, just in the wrong frame: equal is enough
                    if (bestPage != null && (sideways ? best >= before - 0.05 : best > before)) {
                        prepared = bestPage;
                        words = bestWords;
                    }
                }
            }
            words = dropSpecks(prepared, words, number, ctx);
            words = secondReadings(engine, prepared, words, number);
            words = restoreAccents(engine, prepared, words, number, ctx);
            words = checkDigits(engine, prepared, words, number, ctx);
            words = checkWords(engine, prepared, words, number, ctx);
            words = fixDiplopia(prepared, words, number, ctx);
            return toPage(prepared, words, number, unitsPerPixel, unit, baseRotation, reason, ctx);
        } catch (TesseractEngine.TesseractFailure e) {
            broken = true;
            throw new ExtractionException("page " + number + ": " + e.getMessage(), e);
        } catch (TesseractEngine.EngineBusyException e) { // a pool bug: never close an engine another thread is in
            busy = true;
            throw new ExtractionException("page " + number + ": " + e.getMessage(), e);
        } catch (RuntimeException e) { // JNA or image errors on this page: the page fails, the run goes on
            broken = true;
            throw new ExtractionException("page " + number + ": OCR failed: " + e, e);
        } finally {
            if (!busy) pool.release(engine, broken);
        }
    }

    /**
     * The page's words after two second looks at what the page reading got unsure or missed: unsure
     * words beside rulings are read again alone from a crop with the rules whitened (a lone digit in a
     * box read as "[ee]"), and ink the layout analysis dropped as noise (a digit alone in its cell) is
     * read and added. See {@link UnreadInk}; both cost a few small recognitions a page.
     */
    private List<TesseractEngine.Word> secondReadings(OcrEngine engine, PagePreparation.Prepared prepared,
                                                      List<TesseractEngine.Word> words, int number) throws TesseractEngine.TesseractFailure {
        long t0 = System.nanoTime();
        List<TesseractEngine.Word> again = UnreadInk.reread(engine, prepared.image(), words, prepared.rulings(),
                options.pageTimeoutMillis());
        if (log.isDebugEnabled()) {
            for (int i = 0; i < words.size(); i++) {
                if (again.get(i) != words.get(i)) log.debug("page {}: reread '{}' ({}) as '{}' ({})", number,
                        words.get(i).text(), words.get(i).confidence(), again.get(i).text(), again.get(i).confidence());
            }
        }
        long t1 = System.nanoTime();
        List<TesseractEngine.Word> more = UnreadInk.recover(engine, prepared.image(), again, prepared.rulings(),
                options.pageTimeoutMillis());
        log.debug("page {}: unsure words read again in {} ms; {} word(s) read from ink the page reading left out, in {} ms",
                number, (t1 - t0) / 1_000_000, more.size(), (System.nanoTime() - t1) / 1_000_000);
        if (more.isEmpty()) return again;
        List<TesseractEngine.Word> all = new ArrayList<>(again);
        all.addAll(more);
        return all;
    }

    /**
     * The page's words with accents the English model dropped given back (see {@link Accents}), and, on a
     * page of the accent language, acute accents the image shows but the reading left out written (see {@link AcuteAccents}).
     */
    private List<TesseractEngine.Word> restoreAccents(OcrEngine engine, PagePreparation.Prepared prepared,
                                                      List<TesseractEngine.Word> words, int number, StageContext ctx)
            throws TesseractEngine.TesseractFailure {
        if (!options.restoresAccents()) return words;
        long t0 = System.nanoTime();
        try {
            Accents.Result r = Accents.restore(engine, prepared.image(), words, prepared.rulings(), options.accentLanguage(),
                    options.pageTimeoutMillis());
            log.debug("page {}: {} word(s) read by another model read again in {}, {} got accents back, in {} ms", number,
                    r.checked(), options.accentLanguage(), r.changed(), (System.nanoTime() - t0) / 1_000_000);
            if (!Accents.pageInLanguage(r.words(), options.accentLanguage())) return r.words();
            AcuteAccents.Result a = AcuteAccents.check(engine, prepared.image(), prepared.grey(), r.words(), prepared.rulings(),
                    options.accentLanguage(), options.pageTimeoutMillis());
            if (!a.changed().isEmpty()) {
                List<String> some = a.changed().subList(0, Math.min(10, a.changed().size()));
                ctx.report(Finding.info("ocr-acute-accent", a.changed().size() + " OCR word(s) with an acute accent in the image"
                        + " (a stroke rising to the right above a vowel, not an i's dot) that the reading left out: " + String.join(", ", some)
                        + (a.changed().size() > some.size() ? ", ..." : "")).atPage(number).inStage(stageId));
            }
            return a.words();
        } catch (OcrEngineUnavailableException e) { // the page reading itself loaded the language: not expected
            throw new TesseractEngine.TesseractFailure(e.getMessage());
        }
    }

    /** At most this many number-bearing words are read a second time per page (least confident first). */
    static final int MAX_DIGIT_CHECKS = 80;

    /**
     * The page's words after a second reading of the unsure number-bearing ones (see {@link DigitCheck}):
     * a word whose readings disagree on a digit drops under every review threshold, and the page gets
     * one {@code ocr-disagreement} warning naming the words.
     */
    private List<TesseractEngine.Word> checkDigits(OcrEngine engine, PagePreparation.Prepared prepared,
                                                   List<TesseractEngine.Word> words, int number, StageContext ctx)
            throws TesseractEngine.TesseractFailure {
        if (options.verifyDigitsBelow() <= 0) return words;
        long t0 = System.nanoTime();
        DigitCheck.Result r = DigitCheck.check(engine, prepared.image(), prepared.grey(), words, prepared.rulings(),
                List.of(options.languages().split("\\+")), (float) (options.verifyDigitsBelow() * 100), MAX_DIGIT_CHECKS, options.pageTimeoutMillis());
        log.debug("page {}: {} number-bearing word(s) read a second time in {} ms; {} disagreement(s) {}", number,
                r.checked(), (System.nanoTime() - t0) / 1_000_000, r.disagreements().size(), r.disagreements());
        reportDisagreements(ctx, number, r.disagreements(), "number-bearing OCR word(s) read differently a second time");
        return r.words();
    }

    /** At most this many words without digits are read a second time per page (least confident first). */
    static final int MAX_WORD_CHECKS = 40;

    /**
     * The page's words after a second look at the doubtful ones without digits (see {@link WordCheck}):
     * two readings that agree on another text replace the page's; disagreeing readings drop the word
     * under every review threshold, and the page gets one {@code ocr-disagreement} warning naming the words.
     */
    private List<TesseractEngine.Word> checkWords(OcrEngine engine, PagePreparation.Prepared prepared,
                                                  List<TesseractEngine.Word> words, int number, StageContext ctx)
            throws TesseractEngine.TesseractFailure {
        if (options.verifyWordsBelow() <= 0) return words;
        long t0 = System.nanoTime();
        WordCheck.Result r = WordCheck.check(engine, prepared.image(), words, prepared.rulings(),
                List.of(options.languages().split("\\+")), (float) (options.verifyWordsBelow() * 100),
                (float) (options.lowConfidence() * 100), MAX_WORD_CHECKS, options.pageTimeoutMillis());
        log.debug("page {}: {} doubtful word(s) read a second time in {} ms; {} corrected {}; {} kept for review {}", number,
                r.checked(), (System.nanoTime() - t0) / 1_000_000, r.corrected().size(), r.corrected(), r.doubts().size(), r.doubts());
        reportDisagreements(ctx, number, r.doubts(),
                "OCR word(s) read differently a second time (or with a character as likely read otherwise)");
        return r.words();
    }

    /**
     * The page's words with each letter the recogniser read twice in two cases ("Cc)" for "C)") made the
     * one letter the image shows (see {@link Diplopia}); an {@code ocr-diplopia} finding names them.
     */
    private List<TesseractEngine.Word> fixDiplopia(PagePreparation.Prepared prepared, List<TesseractEngine.Word> words,
                                                   int number, StageContext ctx) {
        Diplopia.Result r = Diplopia.fix(prepared.image(), words, prepared.rulings());
        if (r.fixed().isEmpty()) return words;
        log.debug("page {}: letters read twice in two cases made one: {}", number, r.fixed());
        List<String> some = r.fixed().subList(0, Math.min(10, r.fixed().size()));
        ctx.report(Finding.info("ocr-diplopia", r.fixed().size() + " OCR word(s) with one printed letter read twice, in both"
                + " cases, made the one letter the image shows (its height against the line's capitals and small letters): "
                + String.join(", ", some) + (r.fixed().size() > some.size() ? ", ..." : "")).atPage(number).inStage(stageId));
        return r.words();
    }

    /** One {@code ocr-disagreement} warning for the page, naming the first ten words kept for review. */
    private void reportDisagreements(StageContext ctx, int number, List<String> words, String what) {
        if (words.isEmpty()) return;
        List<String> some = words.subList(0, Math.min(10, words.size()));
        ctx.report(Finding.warning("ocr-disagreement", words.size() + " " + what + ", kept for review with a low confidence: "
                + String.join(", ", some) + (words.size() > some.size() ? ", ..." : "")).atPage(number).inStage(stageId));
    }

    /**
     * The page's words without the specks of noise read as punctuation (see {@link Specks}), when
     * despeckling is on; what was dropped is recorded in an {@code ocr-specks-dropped} finding.
     */
    private List<TesseractEngine.Word> dropSpecks(PagePreparation.Prepared prepared, List<TesseractEngine.Word> words,
                                                  int number, StageContext ctx) {
        if (!options.preprocess().despeckle() || !options.preprocess().binarize()) return words;
        int textHeight = UnreadInk.textHeight(words, prepared.image().dpi());
        Specks.Result r = Specks.drop(words, textHeight);
        Specks.Trimmed t = Specks.trimTrailing(prepared.image(), r.kept(), prepared.rulings(), textHeight);
        if (!r.dropped().isEmpty()) {
            List<String> what = new ArrayList<>();
            for (TesseractEngine.Word w : r.dropped().subList(0, Math.min(10, r.dropped().size()))) {
                what.add("'" + w.text() + "' at " + w.left() + "," + w.top() + " (" + (w.right() - w.left()) + "x" + (w.bottom() - w.top()) + " px)");
            }
            ctx.report(Finding.info("ocr-specks-dropped", r.dropped().size() + " OCR word(s) of punctuation far smaller than the"
                    + " text (" + textHeight + " px high) dropped as specks of noise: " + String.join(", ", what)
                    + (r.dropped().size() > what.size() ? ", ..." : "")).atPage(number).inStage(stageId));
        }
        if (!t.trimmed().isEmpty()) {
            List<String> some = t.trimmed().subList(0, Math.min(10, t.trimmed().size()));
            ctx.report(Finding.info("ocr-specks-dropped", t.trimmed().size() + " OCR word(s) ending in a mark whose ink is a"
                    + " speck far smaller than the text (" + textHeight + " px high) trimmed: " + String.join(", ", some)
                    + (t.trimmed().size() > some.size() ? ", ..." : "")).atPage(number).inStage(stageId));
        }
        return t.words();
    }

    /**
     * Whether the text runs vertically: most words of four or more characters (by count) are
     * taller than wide. Tesseract reads such pages, but in the sideways frame.
     */
    static boolean looksSideways(List<TesseractEngine.Word> words) {
        int tall = 0, n = 0;
        for (TesseractEngine.Word w : words) {
            if (w.text().length() < 4) continue;
            n++;
            if (w.bottom() - w.top() > w.right() - w.left()) tall++;
        }
        return n >= 3 && tall * 10 >= n * 6;
    }

    /** Few words, or a low mean confidence (weighted by word length): the page may be turned. */
    static boolean readsBadly(List<TesseractEngine.Word> words) {
        return words.size() < 3 || meanConfidence(words) < BAD_READING;
    }

    static double meanConfidence(List<TesseractEngine.Word> words) {
        double sum = 0;
        long n = 0;
        for (TesseractEngine.Word w : words) {
            int len = w.text().length();
            sum += Math.max(0, w.confidence()) / 100.0 * len;
            n += len;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** The clockwise quarter turn OSD suggests, or 0 when it is unsure or fails (then a warning). */
    private int orientation(OcrEngine engine, GreyImage page, int number, StageContext ctx)
            throws OcrEngineUnavailableException {
        GreyImage small = page.dpi() >= 250 ? page.downscale(2) : page;
        try {
            TesseractEngine.Orientation o = engine.orientation(small);
            log.debug("page {}: OSD suggests turning {}° (confidence {})", number, o.correctionClockwise(), o.confidence());
            return o.confidence() >= options.orientationMinConfidence() ? o.correctionClockwise() : 0;
        } catch (TesseractEngine.TesseractFailure e) {
            ctx.report(Finding.warning("ocr-orientation-unknown", "orientation detection failed: " + e.getMessage())
                    .atPage(number).inStage(stageId));
            return 0;
        }
    }

    private Page toPage(PagePreparation.Prepared prepared, List<TesseractEngine.Word> words, int number,
                        double k, String unit, int baseRotation, String reason, StageContext ctx) {
        List<TextChunk> chunks = new ArrayList<>(words.size());
        int unsure = 0;
        List<TesseractEngine.Word> cleaned = new ArrayList<>(words.size());
        for (TesseractEngine.Word w : words) {
            for (TesseractEngine.Word part : RuleBars.split(w, prepared.rulings())) {
                cleaned.add(Dashes.refine(RuleBars.clip(part, prepared.rulings()), prepared.image()));
            }
        }
        if (cleaned.size() != words.size()) {
            ctx.report(Finding.info("ocr-rule-bars-split", "OCR words holding table rules read as '|' split at the rules")
                    .atPage(number).inStage(stageId));
        }
        if (options.joinSplitNumbers()) {
            List<TesseractEngine.Word> joined = SplitNumbers.join(cleaned);
            if (joined.size() != cleaned.size()) {
                log.debug("page {}: {} OCR word(s) of numbers split at a separator joined", number, cleaned.size() - joined.size());
                ctx.report(Finding.info("ocr-split-numbers-joined", (cleaned.size() - joined.size()) + " OCR word(s) of"
                        + " numbers split at a separator (\"1, 200\", \"0. 0156\") joined to the number before them")
                        .atPage(number).inStage(stageId));
            }
            cleaned = joined;
        }
        for (TesseractEngine.Word w : cleaned) {
            double conf = Math.max(0, Math.min(1, w.confidence() / 100.0));
            if (conf < options.lowConfidence()) unsure++;
            BoundingBox box = new BoundingBox(w.left() * k, w.top() * k, w.right() * k, w.bottom() * k);
            chunks.add(new TextChunk(w.text(), box, Origin.OCR, new Confidence(conf), "", box.height(), false));
        }
        List<Ruling> rulings = new ArrayList<>(prepared.rulings().size());
        for (Ruling r : prepared.rulings()) rulings.add(new Ruling(r.x1() * k, r.y1() * k, r.x2() * k, r.y2() * k));
        if (!words.isEmpty() && unsure * 2 > words.size()) {
            ctx.report(Finding.warning("ocr-low-confidence-page", unsure + " of " + words.size()
                    + " OCR words below confidence " + options.lowConfidence()).atPage(number).inStage(stageId));
        }
        StringBuilder why = new StringBuilder(reason);
        if (prepared.rotation() != 0) why.append("; turned ").append(prepared.rotation()).append("° clockwise by orientation detection");
        if (prepared.skew() != 0) why.append("; deskewed ").append(prepared.skew()).append("°");
        GreyImage img = prepared.image();
        return new Page(number, img.width() * k, img.height() * k, Math.floorMod(baseRotation + prepared.rotation(), 360),
                chunks, rulings, PageMethod.OCR, why.toString(), unit);
    }
}
