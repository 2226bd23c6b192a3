package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

@Tag("ocr")
class DigitCheckTest {
    private static final List<String> LANGS = List.of("spa", "eng");
    private static TesseractEngine engine;
    private static GreyImage page;
    private static List<TesseractEngine.Word> read;

    @BeforeAll static void readPage() throws Exception {
        engine = SecondOpinionPages.engine();
        page = SecondOpinionPages.lines(List.of("Variación real -2.7% en 2012", "Total 40,536 pesos"));
        read = engine.recognize(page);
    }

    @AfterAll static void close() {
        engine.close();
    }

    @Test void aConfidentlyMisreadDigitIsFlaggedNotPublished() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "2.7");
        // as the page reading of a scan got it: a 7 read as a 1, confident enough to pass review
        words.set(i, SecondOpinionPages.as(words.get(i), "-2.1%", 89f, "spa"));
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), LANGS, 93f, 80, 0);
        TesseractEngine.Word w = r.words().get(i);
        assertEquals(1, r.disagreements().size(), "disagreements " + r.disagreements());
        assertTrue(w.confidence() / 100.0 < OcrOptions.DEFAULTS.lowConfidence(), "under the review threshold: " + w);
        assertTrue(r.disagreements().get(0).contains("-2.7%"), "the English model's reading: " + r.disagreements());
        // every other word is left as it was
        for (int k = 0; k < words.size(); k++) if (k != i) assertSame(words.get(k), r.words().get(k));
    }

    @Test void readingsThatAgreeLeaveTheWordAlone() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "2.7");
        words.set(i, SecondOpinionPages.as(words.get(i), "-2.7%", 89f, "spa"));
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), LANGS, 93f, 80, 0);
        assertTrue(r.checked() >= 1);
        assertEquals(List.of(), r.disagreements());
        assertSame(words.get(i), r.words().get(i));
    }

    @Test void sureWordsAndWordsWithoutDigitsAreNotReadAgain() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>();
        for (TesseractEngine.Word w : read) {
            if (DigitCheck.signed(w.text())) continue; // signed numbers are always read again (next test)
            words.add(SecondOpinionPages.as(w, w.text(), DigitCheck.hasDigit(w.text()) ? 97f : 40f, w.language()));
        }
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), LANGS, 93f, 80, 0);
        assertEquals(0, r.checked());
        assertSame(words, r.words());
    }

    @Test void aConfidentMinusThatIsNotOnThePageIsFlagged() throws Exception {
        // "Total 40,536" read as "-40,536" with a high confidence (a speck or a rule end taken for a minus)
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "40,536");
        words.set(i, SecondOpinionPages.as(words.get(i), "-40,536", 96f, "spa"));
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), LANGS, 93f, 80, 0);
        assertEquals(1, r.disagreements().size(), "disagreements " + r.disagreements());
        assertTrue(r.disagreements().get(0).startsWith("'-40,536' (96): no minus in the image"), "the image has no minus: " + r.disagreements());
        assertEquals("40,536", r.words().get(i).text(), "the minus that is not printed is dropped");
        assertTrue(r.words().get(i).confidence() / 100.0 < OcrOptions.DEFAULTS.lowConfidence(), "flagged: " + r.words().get(i));
    }

    @Test void aConfidentMinusThatIsOnThePageStays() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>();
        for (TesseractEngine.Word w : read) words.add(SecondOpinionPages.as(w, w.text(), 97f, w.language()));
        int i = SecondOpinionPages.find(words, "2.7");
        assertTrue(DigitCheck.signed(words.get(i).text()), "read with its sign: " + words.get(i));
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), LANGS, 93f, 80, 0);
        assertEquals(1, r.checked());
        assertEquals(List.of(), r.disagreements());
        assertSame(words.get(i), r.words().get(i));
    }

    @Test void signedNumbers() {
        for (String s : List.of("-2.7%", "-$12,021,500,000.00", "\u2212 3", "(\u20133.9)", "- $ 1,200")) assertTrue(DigitCheck.signed(s), s);
        for (String s : List.of("2.7%", "$12,021", "2012-2013", "-", "-abc", "a-1")) assertFalse(DigitCheck.signed(s), s);
    }

    @Test void oneLanguageOnlyReadsAThickenedCrop() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "2.7");
        words.set(i, SecondOpinionPages.as(words.get(i), "-2.8%", 89f, "spa"));
        DigitCheck.Result r = DigitCheck.check(engine, page, page, words, List.of(), List.of("spa"), 93f, 80, 0);
        assertEquals(1, r.disagreements().size(), "disagreements " + r.disagreements());
        assertTrue(r.words().get(i).confidence() < 60f);
    }

    @Test void whichReadingIsShownForReview() {
        Dashes.SignInk unknown = Dashes.SignInk.UNKNOWN;
        assertTrue(DigitCheck.secondWins("-2.1%", 91f, "-2.7%", 83f, "-2.7%", unknown), "the third reading sides with the second");
        assertFalse(DigitCheck.secondWins("-2.7%", 90f, "-2.1%", 46f, "-2.7%", unknown), "the third sides with the page");
        assertTrue(DigitCheck.secondWins("-2.1%", 80f, "-2.7%", 83f, "-2.9%", unknown), "the third agrees with neither: the surer");
        assertFalse(DigitCheck.secondWins("-4.4%", 91f, "4.4%", 31f, "44%", Dashes.SignInk.PRESENT), "a minus is printed");
        assertTrue(DigitCheck.secondWins("-4.4%", 91f, "4.4%", 31f, "-4.4%", Dashes.SignInk.ABSENT), "no minus is printed");
        assertTrue(DigitCheck.sameFigure("-2.7 %", "-2.7%"));
        assertFalse(DigitCheck.sameFigure("2.7%", "-2.7%"));
        assertFalse(DigitCheck.sameFigure("", ""), "nothing read is no figure");
    }

    @Test void theOtherLanguage() {
        assertEquals("eng", DigitCheck.otherLanguage(LANGS, "spa"));
        assertEquals("spa", DigitCheck.otherLanguage(LANGS, "eng"));
        assertEquals("", DigitCheck.otherLanguage(LANGS, ""));
        assertEquals("", DigitCheck.otherLanguage(List.of("spa"), "spa"));
    }

    @Test void digitsAndThickening() {
        assertEquals("27", DigitCheck.digits("-2.7%"));
        assertEquals("40536", DigitCheck.digits("$40,536"));
        assertFalse(DigitCheck.hasDigit("TC"));
        byte[] px = new byte[25];
        Arrays.fill(px, (byte) 255);
        px[12] = 0; // the centre of a 5x5 image
        GreyImage t = DigitCheck.thicken(new GreyImage(5, 5, px, 300));
        int dark = 0;
        for (int y = 0; y < 5; y++) for (int x = 0; x < 5; x++) if (t.at(x, y) < 128) dark++;
        assertEquals(9, dark);
        assertEquals(255, t.at(0, 0));
    }
}
