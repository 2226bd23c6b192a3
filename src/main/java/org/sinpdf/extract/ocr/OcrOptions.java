package org.sinpdf.extract.ocr;

import java.util.List;
import java.util.Locale;
import org.sinpdf.extract.image.Binarizer;
import org.sinpdf.extract.image.PagePreparation;

/**
 * Options of the {@code tesseract-ocr} stage (config key {@code options.tesseract-ocr}).
 *
 * @param languages          Tesseract languages joined with '+', e.g. "spa+eng"
 * @param dpi                resolution PDF pages are rendered at; with {@code minDpi} 0, also assumed for images that
 *                           declare none plausible (then estimated from a letter-size page when that disagrees)
 * @param psm                Tesseract page segmentation mode (3 = fully automatic, as the CLI)
 * @param poolSize           engines kept alive (at most this many pages are OCRed at once); 0 = one per core
 * @param datapath           tessdata folder; "" = $TESSDATA_PREFIX, else /usr/share/tesseract-ocr/5/tessdata
 * @param lowConfidence      words below this confidence (0..1) count as unsure; a page where most words
 *                           are unsure gets an "ocr-low-confidence-page" warning (words keep their confidence)
 * @param rulings            find ruling lines in the image (for lattice tables)
 * @param minRulingLength    shortest ruling kept, as a fraction of the page's shorter side
 * @param orientationMinConfidence OSD confidence needed before a page is turned
 * @param maxPagePixels      a PDF page larger than this at {@code dpi} is rendered at a lower resolution
 * @param preprocess         page preparation steps
 * @param pageTimeout        seconds Tesseract may spend recognising one page before the page fails
 *                           (an {@code ExtractionException}; the run goes on); 0 = no limit
 * @param isolation          where Tesseract runs: "process" (default; in child JVMs, at most one per engine,
 *                           so a native crash or hang of Tesseract fails only its page and the child is
 *                           replaced) or "in-process" (in this JVM: no child processes, but a native crash
 *                           ends the whole run)
 * @param verifyDigitsBelow  words holding a digit with a confidence under this (0..1) are read a second time
 *                           from a crop; when the two readings disagree on a digit the word's confidence drops
 *                           under every review threshold (the cell gets {@code ocr-low-confidence}) and the
 *                           page an {@code ocr-disagreement} finding; 0 = no second reading
 * @param accentLanguage     when {@code languages} holds this language and others ("spa+eng"), the words of a page
 *                           read mostly in it that another language's model recognised are read again by this
 *                           language alone, and the new reading is taken when it differs by accents only
 *                           ("Potosi" → "Potosí"); "" = off
 * @param verifyWordsBelow   words without digits that are short (up to 3 characters, codes such as "TC") and under this
 *                           confidence (0..1), or that have a character with a strong runner-up in Tesseract's choices,
 *                           are read a second time from a crop by both models; when both second readings agree on
 *                           another text it is taken, when the readings disagree the word drops under every review
 *                           threshold (the cell gets {@code ocr-low-confidence}) and the page gets an
 *                           {@code ocr-disagreement} finding; 0 = no second look at such words
 * @param joinSplitNumbers   join the words of a number Tesseract split at a separator ("1, 200", "0. 0156",
 *                           "3, 223, 816") back into one word when together they make one well-formed number and
 *                           the gaps are small for the digits' height (see {@code SplitNumbers}); the joined word
 *                           keeps the lower confidence of its parts
 * @param minDpi             image files (PNG, JPEG, TIFF) of a lower resolution than this are enlarged to it (bilinear)
 *                           before preparation and OCR; words and rulings keep the file's own pixel coordinates, and the
 *                           page gets an {@code ocr-image-upscaled} finding. An image that declares no plausible
 *                           resolution is then taken as a letter-size page (its longer side 11 in, e.g. 1224x1584 px =
 *                           144 dpi). Pages within 10% of it, PDF pages (rendered at {@code dpi}) and images read
 *                           subsampled are not enlarged. 0 = off (and an unknown resolution is assumed as before)
 */
public record OcrOptions(String languages, int dpi, int psm, int poolSize, String datapath, double lowConfidence,
                         boolean rulings, double minRulingLength, double orientationMinConfidence,
                         long maxPagePixels, Preprocess preprocess, double pageTimeout, String isolation,
                         double verifyDigitsBelow, String accentLanguage, double verifyWordsBelow,
                         boolean joinSplitNumbers, int minDpi) {

    /** {@code isolation}: Tesseract in child processes. */
    public static final String ISOLATION_PROCESS = "process";
    /** {@code isolation}: Tesseract in the stage's own JVM. */
    public static final String ISOLATION_IN_PROCESS = "in-process";

    /**
     * Page preparation steps, each of which can be turned off.
     *
     * @param orientation  detect pages turned 90/180/270 and turn them upright: when a page reads badly
     *                     (few words or mean confidence under 0.65), Tesseract OSD is asked and the page
     *                     is read again turned; the better reading is kept
     * @param deskew       measure the skew (up to {@code maxSkew} degrees) and rotate it away
     * @param binarize     black and white with {@code binarization} ("sauvola" or "otsu") before OCR
     * @param despeckle    remove isolated specks after binarizing (only when binarize is on)
     * @param binarization "sauvola" (local, copes with uneven light) or "otsu" (global)
     * @param maxSkew      largest skew looked for, degrees
     * @param lightOnDark  after binarizing, read light text on a dark ground (tables printed white on dark grey,
     *                     shaded header rows with white captions) as ink; only plain dark bands holding glyph-sized
     *                     light shapes are touched, so chart fills, dark bars and rules keep the binarizer's reading
     *                     (on by default: on the scanned ICDAR renditions it finds the white-on-grey tables of us-010
     *                     and us-011a and no document loses; on real scans (cTDaR 2019) thumb tabs and photographs
     *                     at the page's edge, photographs and gradients are left alone, and a caption bar keeps its rim)
     */
    public record Preprocess(boolean orientation, boolean deskew, boolean binarize, boolean despeckle,
                             String binarization, double maxSkew, boolean lightOnDark) {
        public static final Preprocess DEFAULTS = new Preprocess(true, true, true, true, "sauvola", 10,
                PagePreparation.Steps.LIGHT_ON_DARK_DEFAULT);
        public static final Preprocess NONE = new Preprocess(false, false, false, false, "sauvola", 10, false);

        /** Preparation with {@code lightOnDark} at its default. */
        public Preprocess(boolean orientation, boolean deskew, boolean binarize, boolean despeckle,
                          String binarization, double maxSkew) {
            this(orientation, deskew, binarize, despeckle, binarization, maxSkew, PagePreparation.Steps.LIGHT_ON_DARK_DEFAULT);
        }

        public Preprocess {
            binarization = binarization == null || binarization.isBlank() ? "sauvola" : binarization.strip().toLowerCase(Locale.ROOT);
            Binarizer.Method.parse(binarization);
            if (!(maxSkew > 0 && maxSkew <= 45)) throw new IllegalArgumentException("preprocess.maxSkew must be in (0, 45]: " + maxSkew);
        }
    }

    /** Default {@code verifyDigitsBelow}. */
    public static final double VERIFY_DIGITS_BELOW = 0.93;
    /** Default {@code verifyWordsBelow}. */
    public static final double VERIFY_WORDS_BELOW = 0.93;

    /** Default {@code minDpi}. */
    public static final int MIN_DPI = 300;

    public static final OcrOptions DEFAULTS = new OcrOptions("spa+eng", 300, 3, 0, "", 0.6, true, 0.04, 2.0,
            60_000_000L, Preprocess.DEFAULTS, 300, ISOLATION_PROCESS, VERIFY_DIGITS_BELOW, "spa", VERIFY_WORDS_BELOW, true, MIN_DPI);

    public OcrOptions {
        languages = languages == null || languages.isBlank() ? "spa+eng" : languages.strip();
        datapath = datapath == null ? "" : datapath.strip();
        preprocess = preprocess == null ? Preprocess.DEFAULTS : preprocess;
        accentLanguage = accentLanguage == null ? "" : accentLanguage.strip();
        if (!accentLanguage.isEmpty() && !accentLanguage.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("tesseract-ocr accentLanguage must be one Tesseract language or \"\": " + accentLanguage);
        }
        isolation = isolation == null || isolation.isBlank() ? ISOLATION_PROCESS : isolation.strip().toLowerCase(Locale.ROOT);
        if (!isolation.equals(ISOLATION_PROCESS) && !isolation.equals(ISOLATION_IN_PROCESS)) {
            throw new IllegalArgumentException("tesseract-ocr isolation must be \"process\" or \"in-process\": " + isolation);
        }
        if (dpi < 70 || dpi > 1200) throw new IllegalArgumentException("tesseract-ocr dpi must be 70..1200: " + dpi);
        if (minDpi != 0 && (minDpi < 70 || minDpi > 600)) {
            throw new IllegalArgumentException("tesseract-ocr minDpi must be 0 (off) or 70..600: " + minDpi);
        }
        if (psm < 0 || psm > 13) throw new IllegalArgumentException("tesseract-ocr psm must be 0..13: " + psm);
        if (poolSize < 0) throw new IllegalArgumentException("tesseract-ocr poolSize must be >= 0: " + poolSize);
        if (!(lowConfidence >= 0 && lowConfidence <= 1)) {
            throw new IllegalArgumentException("tesseract-ocr lowConfidence must be 0..1: " + lowConfidence);
        }
        if (!(minRulingLength > 0 && minRulingLength < 1)) {
            throw new IllegalArgumentException("tesseract-ocr minRulingLength must be in (0, 1): " + minRulingLength);
        }
        if (!(pageTimeout >= 0)) throw new IllegalArgumentException("tesseract-ocr pageTimeout must be >= 0 seconds: " + pageTimeout);
        if (!(verifyDigitsBelow >= 0 && verifyDigitsBelow <= 1)) {
            throw new IllegalArgumentException("tesseract-ocr verifyDigitsBelow must be 0..1: " + verifyDigitsBelow);
        }
        if (!(verifyWordsBelow >= 0 && verifyWordsBelow <= 1)) {
            throw new IllegalArgumentException("tesseract-ocr verifyWordsBelow must be 0..1: " + verifyWordsBelow);
        }
        if (maxPagePixels < 1_000_000) throw new IllegalArgumentException("tesseract-ocr maxPagePixels below 1e6: " + maxPagePixels);
    }

    /** The pool size to use: {@code poolSize}, or the number of cores when 0. */
    public int effectivePoolSize() {
        return poolSize > 0 ? poolSize : Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    // copies with one option changed (the record is immutable: start from DEFAULTS and change what differs)

    public OcrOptions withPreprocess(Preprocess value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, value, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withPoolSize(int value) {
        return new OcrOptions(languages, dpi, psm, value, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withDpi(int value) {
        return new OcrOptions(languages, value, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withDatapath(String value) {
        return new OcrOptions(languages, dpi, psm, poolSize, value, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withRulings(boolean value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, value, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withMaxPagePixels(long value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, value, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withPageTimeout(double value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, value, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withLanguages(String value) {
        return new OcrOptions(value, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withIsolation(String value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, value,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withVerifyDigitsBelow(double value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                value, accentLanguage, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withAccentLanguage(String value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, value, verifyWordsBelow, joinSplitNumbers, minDpi);
    }

    public OcrOptions withVerifyWordsBelow(double value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, value, joinSplitNumbers, minDpi);
    }

    public OcrOptions withJoinSplitNumbers(boolean value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, value, minDpi);
    }

    public OcrOptions withMinDpi(int value) {
        return new OcrOptions(languages, dpi, psm, poolSize, datapath, lowConfidence, rulings, minRulingLength,
                orientationMinConfidence, maxPagePixels, preprocess, pageTimeout, isolation,
                verifyDigitsBelow, accentLanguage, verifyWordsBelow, joinSplitNumbers, value);
    }

    /** Whether accents are read again: {@code accentLanguage} is one of several configured languages. */
    boolean restoresAccents() {
        if (accentLanguage.isEmpty()) return false;
        List<String> langs = List.of(languages.split("\\+"));
        return langs.size() > 1 && langs.contains(accentLanguage);
    }

    /** The page timeout in whole milliseconds for Tesseract's deadline (0 = none). */
    int pageTimeoutMillis() {
        return pageTimeout == 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(pageTimeout * 1000)));
    }

    PagePreparation.Steps steps() {
        return new PagePreparation.Steps(preprocess.deskew(), preprocess.binarize(),
                preprocess.despeckle(), rulings, Binarizer.Method.parse(preprocess.binarization()),
                preprocess.maxSkew(), minRulingLength, preprocess.lightOnDark());
    }
}
