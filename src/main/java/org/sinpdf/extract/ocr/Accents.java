package org.sinpdf.extract.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * Gives back the accents a multi-language reading loses: with "spa+eng", Tesseract picks the English
 * model for some Spanish words and reads "Potosí" as "Potosi", "Yucatán" as "Yucatan", confidently.
 * On a page read in good part with the accent language's model, each word the other model recognised
 * (plain ASCII letters that could carry an accent) is read again alone, from a crop, by an engine
 * loaded with the accent language only; the new reading is taken only when it differs from the old
 * one by diacritics alone ("Potosi" → "Potosí", never "Villanermosa" → anything else), with the
 * lower of the two confidences (an accent read unsurely gets the cell a review flag). Stateless.
 */
final class Accents {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Accents.class);

    private Accents() {}

    /** At most this many words are read again per page. */
    static final int MAX_REREADS = 40;
    /**
     * The page must have at least this share of its words (of three letters or more) recognised by the
     * accent language's model: a table of Spanish place names may be read mostly by the English model
     * (30% Spanish on the capitals sample), an English page has hardly any.
     */
    static final double MIN_SHARE = 0.25;
    /**
     * A page with at least this many words (of three letters or more) read by the accent language's
     * model, none of them with a diacritic, is not text of that language (an English page, whose words
     * the Spanish model reads well too): its words are not read again. Spanish prose and tables carry an
     * accent or an ñ every few words.
     */
    static final int MIN_WORDS_WITHOUT_ANY_ACCENT = 30;
    /** A reading under this confidence (0..100) is not taken. */
    static final float MIN_CONFIDENCE = 20f;

    /** What the pass did to a page's words. */
    record Result(List<TesseractEngine.Word> words, int checked, int changed) {}

    /**
     * {@code words} with the words read by a model other than {@code language}'s read again by
     * {@code language} alone, when most of the page was read by {@code language}.
     */
    static Result restore(OcrEngine engine, GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings,
                          String language, int timeoutMillis)
            throws TesseractEngine.TesseractFailure, OcrEngineUnavailableException {
        if (!pageInLanguage(words, language)) return new Result(words, 0, 0);
        List<TesseractEngine.Word> out = new ArrayList<>(words);
        int checked = 0, changed = 0;
        for (int i = 0; i < words.size() && checked < MAX_REREADS; i++) {
            TesseractEngine.Word w = words.get(i);
            if (w.language().isEmpty() || w.language().equals(language) || !couldLoseAccent(w.text())
                    || w.right() <= w.left() || w.bottom() <= w.top()) {
                continue;
            }
            checked++;
            UnreadInk.Crop c = UnreadInk.wordCrop(page, words, i, rulings);
            List<TesseractEngine.Word> again = engine.recognizeIn(language, c.image(), UnreadInk.PSM_LINE, timeoutMillis);
            log.trace("'{}' ({}, {}) read in {} as {}", w.text(), w.confidence(), w.language(), language, again);
            if (again.size() != 1) continue;
            TesseractEngine.Word a = again.get(0);
            if (a.confidence() < MIN_CONFIDENCE || !differsByDiacriticsOnly(w.text(), a.text())) continue;
            // the less confident of the two readings: an unsure accent is flagged for review, not published as sure
            out.set(i, w.readAs(a.text(), Math.min(w.confidence(), a.confidence()), language));
            changed++;
        }
        return new Result(out, checked, changed);
    }

    /**
     * Whether the page is text of {@code language} as far as accents go: at least {@link #MIN_SHARE} of its
     * words (of three letters or more) were read by that language's model, and not
     * {@link #MIN_WORDS_WITHOUT_ANY_ACCENT} or more of them without a single diacritic.
     */
    static boolean pageInLanguage(List<TesseractEngine.Word> words, String language) {
        int inLanguage = 0, known = 0, accented = 0;
        for (TesseractEngine.Word w : words) {
            if (w.language().isEmpty() || w.text().codePoints().filter(Character::isLetter).count() < 3) continue;
            known++;
            if (w.language().equals(language)) {
                inLanguage++;
                if (hasDiacritic(w.text())) accented++;
            }
        }
        if (known == 0 || inLanguage < MIN_SHARE * known) {
            log.trace("{} of {} words read in {}: accents not looked at", inLanguage, known, language);
            return false;
        }
        if (accented == 0 && inLanguage >= MIN_WORDS_WITHOUT_ANY_ACCENT) {
            log.trace("none of the {} words read in {} has a diacritic: accents not looked at", inLanguage, language);
            return false;
        }
        return true;
    }

    /** Plain ASCII, at least three characters, all letters (a trailing '.', ',' or ':' allowed), with a vowel or an n. */
    static boolean couldLoseAccent(String text) {
        String core = text.replaceFirst("[.,:;]$", "");
        if (core.length() < 3) return false;
        for (int i = 0; i < core.length(); i++) {
            char ch = core.charAt(i);
            if (ch > 127 || !(Character.isLetter(ch) || ch == '-')) return false;
        }
        return core.chars().anyMatch(ch -> "aeiouAEIOUnN".indexOf(ch) >= 0);
    }

    /** {@code second} is not {@code first} but is once its diacritics are removed (composed forms compared). */
    static boolean differsByDiacriticsOnly(String first, String second) {
        String a = Normalizer.normalize(first, Normalizer.Form.NFC), b = Normalizer.normalize(second, Normalizer.Form.NFC);
        return !a.equals(b) && strip(a).equals(strip(b));
    }

    /** A letter of {@code text} carries a diacritic ("í", "ñ", "ü"). */
    static boolean hasDiacritic(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) return !strip(text).equals(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        return false;
    }

    static String strip(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
