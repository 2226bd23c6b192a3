package org.sinpdf.extract.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.model.Ruling;

/**
 * A second look at words without digits that Tesseract read confidently but may have got wrong,
 * the counterpart of {@link DigitCheck} for letters. Two kinds of word are looked at again:
 * <ul>
 * <li>a word one of whose characters had a strong runner-up ({@link TesseractEngine.Word#rival} at or
 *     above {@link #RIVAL}: "Villanermosa" with "h" as a runner-up of its "n", "YC" with "T" behind its "Y");</li>
 * <li>a short word (at most {@link #SHORT} characters: codes such as "TC", "PC", "C)") under the
 *     threshold, since a model has little context to read it by ("TC" read as "T" or "Tc");</li>
 * <li>words holding a likely misread capital I or small l ("EIT!", "Socia!", "EITi"), whatever their
 *     confidence ({@link #misreadI}); such a word stays flagged unless the second readings agree on another text.</li>
 * </ul>
 * Each is cropped alone (as {@link UnreadInk#wordCrop}) and read as one line twice: by the model that
 * read it on the page and by the other configured language's (with one language: by the same model
 * from a crop with its strokes thickened, as {@link DigitCheck} does). Then:
 * <ul>
 * <li>both readings say what the page said (the other model's reading may lack the page's accents: the English
 *     model reads "dígitos" as "digitos"; on a word longer than {@link #SHORT}, a reading by the other model less
 *     confident than the page's does not count against two readings by the page's model): the word stays, unless a character's runner-up was at least as
 *     confident as the word itself ("Cc)" with "c"/"C" tied at 87): then it is kept for review;</li>
 * <li>both readings agree with each other on something else: that reading is taken ("Villahermosa"), with
 *     the lower of their confidences, or, when they are not more confident than the page reading, kept for
 *     review;</li>
 * <li>otherwise the readings disagree: the page's text is kept for review, or a second reading's when it is at
 *     least {@link UnreadInk#REREAD_MARGIN} more confident ("T" at 77 against "TC" at 95).</li>
 * </ul>
 * "Kept for review" means the word's confidence drops to {@link DigitCheck#DISAGREEMENT_CONFIDENCE}, under
 * every review threshold, so the cell carrying it gets {@code ocr-low-confidence}. Stateless.
 */
final class WordCheck {
    private WordCheck() {}

    /** A runner-up character at least this confident (0..100) gets its word a second look. */
    static final float RIVAL = 30f;
    /** Words of at most this many characters under the threshold get a second look. */
    static final int SHORT = 3;

    /**
     * What the check did to a page's words: the words, how many were read again, the readings taken
     * instead of the page's, and the words kept for review (each "'page reading' (confidence) / ...").
     */
    record Result(List<TesseractEngine.Word> words, int checked, List<String> corrected, List<String> doubts) {}

    /**
     * {@code words} with the doubtful ones (see the class comment) read again; words under
     * {@code reviewBelow} (0..100, already flagged) and words holding a digit ({@link DigitCheck}'s) are
     * left alone; at most {@code max} words a page, least confident first.
     */
    static Result check(OcrEngine engine, GreyImage page, List<TesseractEngine.Word> words, List<Ruling> rulings,
                        List<String> languages, float below, float reviewBelow, int max, int timeoutMillis)
            throws TesseractEngine.TesseractFailure {
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) if (doubtful(words.get(i), below, reviewBelow)) todo.add(i);
        if (todo.isEmpty() || max <= 0) return new Result(words, 0, List.of(), List.of());
        todo.sort(Comparator.comparingDouble(i -> words.get(i).confidence()));
        if (todo.size() > max) todo = todo.subList(0, max);
        List<TesseractEngine.Word> out = new ArrayList<>(words);
        List<String> corrected = new ArrayList<>(), doubts = new ArrayList<>();
        for (int i : todo) {
            TesseractEngine.Word w = words.get(i);
            UnreadInk.Crop c = UnreadInk.wordCrop(page, words, i, rulings);
            UnreadInk.Reading same = UnreadInk.readLine(engine, c.image(), sameLanguage(languages, w.language()), false, timeoutMillis);
            String other = DigitCheck.otherLanguage(languages, w.language());
            UnreadInk.Reading second = other.isEmpty() ? UnreadInk.readLine(engine, c.image(), "", true, timeoutMillis)
                    : UnreadInk.readLine(engine, c.image(), other, false, timeoutMillis);
            Verdict v = judge(w, same, second);
            if (v.word() != w) out.set(i, v.word());
            String what = "'" + w.text() + "' (" + Math.round(w.confidence()) + ") / '" + same.text() + "' ("
                    + Math.round(same.confidence()) + ") / '" + second.text() + "' (" + Math.round(second.confidence()) + ")";
            if (v.kind() == Kind.CORRECTED) corrected.add(what);
            if (v.kind() == Kind.DOUBT) doubts.add(what + (w.rival() >= w.confidence() ? " (a character's runner-up at "
                    + Math.round(w.rival()) + ")" : ""));
        }
        return new Result(out, todo.size(), corrected, doubts);
    }

    /** Whether {@code w} gets a second look (see the class comment). */
    static boolean doubtful(TesseractEngine.Word w, float below, float reviewBelow) {
        if (w.right() <= w.left() || w.bottom() <= w.top()) return false;
        String t = w.text();
        if (DigitCheck.hasDigit(t) || t.codePoints().noneMatch(Character::isLetter)) return false;
        if (misreadI(t)) return true;
        if (w.confidence() < reviewBelow) return false;
        return w.rival() >= RIVAL || (length(t) <= SHORT && w.confidence() < below);
    }

    /**
     * A word that holds the recogniser's usual misreadings of a capital I or a small l, whatever its
     * confidence: an exclamation mark right after a letter without an opening "¡" ("Socia!", "EIT!"), or
     * capitals with a small i, l or t among them ("EITi", "IFAl"; "IDs" and "PCs" are plurals, not this).
     * Such a word is read again even under the review threshold, and stays flagged for review unless the
     * second readings agree on another text.
     */
    static boolean misreadI(String t) {
        if (t.indexOf('\u00A1') >= 0) return false;
        for (int k = 1; k < t.length(); k++) if (t.charAt(k) == '!' && Character.isLetter(t.charAt(k - 1))) return true;
        long capitals = 0, iFamily = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (!Character.isLetter(c)) continue;
            if (Character.isUpperCase(c)) capitals++;
            else if (c == 'i' || c == 'l' || c == 't') iFamily++;
            else return false;
        }
        return capitals >= 2 && iFamily >= 1;
    }

    /** What became of one word. */
    enum Kind { CONFIRMED, CORRECTED, DOUBT }

    record Verdict(TesseractEngine.Word word, Kind kind) {}

    /**
     * The word after its two second readings (an empty reading: the crop read as nothing, which says
     * nothing either way).
     */
    static Verdict judge(TesseractEngine.Word w, UnreadInk.Reading same, UnreadInk.Reading second) {
        boolean sameSays = !same.text().isEmpty(), secondSays = !second.text().isEmpty();
        boolean sameAgrees = !sameSays || same.text().equals(w.text());
        // the other model may lack the page's accents (English reads "dígitos" as "digitos"): no witness against them;
        // nor is it, on a longer word the page's model read the same twice, when it is less sure than the page reading
        // (English reads Spanish "Legislativo" as "Legisiativo" at 76 where Spanish reads it right at 90 and 92)
        boolean secondAgrees = !secondSays || second.text().equals(w.text()) || onlyLostAccents(second.text(), w.text())
                || (sameSays && sameAgrees && second.confidence() < w.confidence() && length(w.text()) > SHORT);
        if (sameAgrees && secondAgrees) {
            if (w.rival() >= w.confidence() || misreadI(w.text())) return new Verdict(doubt(w, w.text(), w.confidence()), Kind.DOUBT);
            return new Verdict(w, Kind.CONFIRMED);
        }
        if (sameSays && secondSays && same.text().equals(second.text()) && !onlyLostAccents(same.text(), w.text())
                && same.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
            float conf = Math.min(same.confidence(), second.confidence());
            if (conf > w.confidence()) {
                return new Verdict(w.readAs(same.text(), conf, w.language()), Kind.CORRECTED);
            }
            return new Verdict(doubt(w, same.text(), conf), Kind.DOUBT);
        }
        // the page's text stays unless a second reading is much surer of another (as UnreadInk.reread decides); a
        // page reading with a likely misread I gives way to a reading without one that is at least as sure
        String kept = w.text();
        boolean suspect = misreadI(w.text());
        float best = -1, least = w.confidence();
        for (UnreadInk.Reading r : List.of(same, second)) {
            if (r.text().isEmpty() || onlyLostAccents(r.text(), w.text())) continue;
            least = Math.min(least, r.confidence());
            float needed = suspect && !misreadI(r.text()) ? w.confidence() : w.confidence() + UnreadInk.REREAD_MARGIN;
            if (r.confidence() >= needed && r.confidence() > best && r.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                best = r.confidence();
                kept = r.text();
            }
        }
        return new Verdict(doubt(w, kept, least), Kind.DOUBT);
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code reading} is {@code text} with its diacritics dropped, and nothing else changed. */
    static boolean onlyLostAccents(String reading, String text) {
        return !reading.equals(text) && Accents.strip(text).equals(reading);
    }

    /** {@code w} as {@code text} with a confidence under every review threshold. */
    private static TesseractEngine.Word doubt(TesseractEngine.Word w, String text, float confidence) {
        return w.readAs(text, Math.min(DigitCheck.DISAGREEMENT_CONFIDENCE, confidence), w.language());
    }

    /** The language of the model that read the word, when it is one of several configured; else "" (the configured ones). */
    static String sameLanguage(List<String> languages, String wordLanguage) {
        return languages.size() > 1 && languages.contains(wordLanguage) ? wordLanguage : "";
    }
}
