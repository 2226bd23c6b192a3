package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

@Tag("ocr")
class WordCheckTest {
    private static final List<String> LANGS = List.of("spa", "eng");
    private static final float REVIEW = (float) (OcrOptions.DEFAULTS.lowConfidence() * 100);
    private static final float BELOW = (float) (OcrOptions.DEFAULTS.verifyWordsBelow() * 100);
    private static TesseractEngine engine;
    private static GreyImage page;
    private static List<TesseractEngine.Word> read;

    @BeforeAll static void readPage() throws Exception {
        engine = SecondOpinionPages.engine();
        page = SecondOpinionPages.lines(List.of("27 Tabasco Villahermosa", "Evaluación TC PC NC"));
        read = engine.recognize(page);
    }

    @AfterAll static void close() {
        engine.close();
    }

    private static TesseractEngine.Word word(String text, float conf, String lang, float rival) {
        return new TesseractEngine.Word(text, 10, 10, 10 + 20 * text.length(), 40, conf, lang, rival);
    }

    private static boolean flagged(TesseractEngine.Word w) {
        return w.confidence() < REVIEW;
    }

    @Test void aLetterMisreadConfidentlyWithAStrongRunnerUpIsReadRight() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "hermosa");
        // as the page reading of a scan got it: "h" read as "n" at 91, "h" the runner-up at 39
        TesseractEngine.Word w = words.get(i);
        words.set(i, new TesseractEngine.Word("Villanermosa", w.left(), w.top(), w.right(), w.bottom(), 91f, "spa", 39f));
        WordCheck.Result r = WordCheck.check(engine, page, words, List.of(), LANGS, BELOW, REVIEW, 40, 0);
        TesseractEngine.Word got = r.words().get(i);
        assertTrue(got.text().equals("Villahermosa") || flagged(got), "never 'Villanermosa' unflagged: " + got);
        assertEquals("Villahermosa", got.text(), "both models read the crop right: " + r);
        for (int k = 0; k < words.size(); k++) if (k != i) assertSame(words.get(k), r.words().get(k));
    }

    @Test void aMisreadShortCodeIsNeverPublishedUnflagged() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = SecondOpinionPages.find(words, "TC");
        TesseractEngine.Word w = words.get(i);
        words.set(i, new TesseractEngine.Word("YC", w.left(), w.top(), w.right(), w.bottom(), 70f, "spa", 0f));
        WordCheck.Result r = WordCheck.check(engine, page, words, List.of(), LANGS, BELOW, REVIEW, 40, 0);
        TesseractEngine.Word got = r.words().get(i);
        assertTrue(got.text().equals("TC") || flagged(got), "'YC' published unflagged: " + got);
        assertTrue(r.checked() >= 1);
    }

    @Test void sureWordsAreNotReadAgain() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>();
        for (TesseractEngine.Word w : read) words.add(new TesseractEngine.Word(w.text(), w.left(), w.top(), w.right(), w.bottom(), 97f, w.language(), 0f));
        WordCheck.Result r = WordCheck.check(engine, page, words, List.of(), LANGS, BELOW, REVIEW, 40, 0);
        assertEquals(0, r.checked());
        assertSame(words, r.words());
    }

    @Test void whoGetsASecondLook() {
        assertTrue(WordCheck.doubtful(word("TC", 88f, "spa", 0f), BELOW, REVIEW), "short and under the threshold");
        assertFalse(WordCheck.doubtful(word("TC", 96f, "spa", 0f), BELOW, REVIEW), "short and sure");
        assertTrue(WordCheck.doubtful(word("Villanermosa", 96f, "spa", 39f), BELOW, REVIEW), "a strong runner-up");
        assertFalse(WordCheck.doubtful(word("Villahermosa", 91f, "spa", 10f), BELOW, REVIEW), "long, no strong runner-up");
        assertFalse(WordCheck.doubtful(word("2.7%", 70f, "spa", 50f), BELOW, REVIEW), "digits are DigitCheck's");
        assertFalse(WordCheck.doubtful(word("YC", 40f, "spa", 50f), BELOW, REVIEW), "already under review");
        assertTrue(WordCheck.doubtful(word("EIT!", 27f, "eng", 0f), BELOW, REVIEW), "capitals with '!': even under review");
        assertTrue(WordCheck.doubtful(word("Socia!", 97f, "spa", 0f), BELOW, REVIEW), "an l read as '!'");
        assertTrue(WordCheck.doubtful(word("EITi", 97f, "spa", 0f), BELOW, REVIEW), "an I read as 'i'");
        assertFalse(WordCheck.doubtful(word("¡ALTO!", 95f, "spa", 0f), BELOW, REVIEW), "an exclamation opened with '¡'");
        assertFalse(WordCheck.doubtful(word("PCs", 95f, "spa", 0f), BELOW, REVIEW), "a plural of capitals");
        assertFalse(WordCheck.doubtful(word("PhD", 95f, "spa", 0f), BELOW, REVIEW));
        assertFalse(WordCheck.doubtful(word("Ciudad", 95f, "spa", 0f), BELOW, REVIEW), "one capital");
        assertFalse(WordCheck.doubtful(word("—", 70f, "spa", 0f), BELOW, REVIEW), "no letter");
    }

    @Test void verdicts() {
        TesseractEngine.Word tc = word("TC", 85f, "spa", 0f);
        WordCheck.Verdict agree = WordCheck.judge(tc, new UnreadInk.Reading("TC", 93f), new UnreadInk.Reading("TC", 90f));
        assertEquals(WordCheck.Kind.CONFIRMED, agree.kind());
        assertSame(tc, agree.word());

        // the three readings agree but a character's runner-up is as likely as the word: "Cc)" with c/C tied
        TesseractEngine.Word cc = word("Cc)", 68f, "spa", 87f);
        WordCheck.Verdict tied = WordCheck.judge(cc, new UnreadInk.Reading("Cc)", 53f), new UnreadInk.Reading("Cc)", 70f));
        assertEquals(WordCheck.Kind.DOUBT, tied.kind());
        assertTrue(flagged(tied.word()));

        TesseractEngine.Word villa = word("Villanermosa", 91f, "spa", 39f);
        WordCheck.Verdict fixed = WordCheck.judge(villa, new UnreadInk.Reading("Villahermosa", 96f), new UnreadInk.Reading("Villahermosa", 93f));
        assertEquals(WordCheck.Kind.CORRECTED, fixed.kind());
        assertEquals("Villahermosa", fixed.word().text());
        assertEquals(93f, fixed.word().confidence());

        // the crops agree, but less surely than the page: taken, for review
        TesseractEngine.Word yc = word("YC", 70f, "spa", 71f);
        WordCheck.Verdict unsure = WordCheck.judge(yc, new UnreadInk.Reading("TC", 69f), new UnreadInk.Reading("TC", 40f));
        assertEquals(WordCheck.Kind.DOUBT, unsure.kind());
        assertEquals("TC", unsure.word().text());
        assertTrue(flagged(unsure.word()));

        // a likely misread I confirmed by both second readings still goes to review
        TesseractEngine.Word eiti = word("EITi", 90f, "eng", 0f);
        WordCheck.Verdict stays = WordCheck.judge(eiti, new UnreadInk.Reading("EITi", 88f), new UnreadInk.Reading("EITi", 85f));
        assertEquals(WordCheck.Kind.DOUBT, stays.kind());
        assertTrue(flagged(stays.word()));
        WordCheck.Verdict socia = WordCheck.judge(word("Socia!", 40f, "spa", 0f), new UnreadInk.Reading("Social", 90f),
                new UnreadInk.Reading("Social", 85f));
        assertEquals(WordCheck.Kind.CORRECTED, socia.kind());
        assertEquals("Social", socia.word().text());

        // readings that disagree: one without the misread I, at least as sure as the page, is shown, for review
        WordCheck.Verdict eitt = WordCheck.judge(word("EITt", 87f, "eng", 0f), new UnreadInk.Reading("EITI", 88f),
                new UnreadInk.Reading("ErTI", 0f));
        assertEquals("EITI", eitt.word().text());
        assertTrue(flagged(eitt.word()));
        WordCheck.Verdict eiti2 = WordCheck.judge(word("EITi", 60f, "eng", 0f), new UnreadInk.Reading("EITI", 31f),
                new UnreadInk.Reading("ElTi", 19f));
        assertEquals("EITi", eiti2.word().text(), "no reading as sure as the page: the page's, for review");

        // the models disagree: the most confident reading, for review
        TesseractEngine.Word t = word("T", 77f, "eng", 0f);
        WordCheck.Verdict split = WordCheck.judge(t, new UnreadInk.Reading("Tc", 62f), new UnreadInk.Reading("TC", 95f));
        assertEquals(WordCheck.Kind.DOUBT, split.kind());
        assertEquals("TC", split.word().text());
        assertTrue(flagged(split.word()));

        // the English model drops accents it does not know: no witness against them; the page's own model is
        TesseractEngine.Word digitos = word("dígitos)", 94f, "spa", 40f);
        assertEquals(WordCheck.Kind.CONFIRMED, WordCheck.judge(digitos, new UnreadInk.Reading("dígitos)", 96f),
                new UnreadInk.Reading("digitos)", 92f)).kind());
        assertEquals(WordCheck.Kind.DOUBT, WordCheck.judge(digitos, new UnreadInk.Reading("digitos)", 96f),
                new UnreadInk.Reading("dígitos)", 92f)).kind());

        // the English model misreading a Spanish word less surely than the Spanish one read it twice
        TesseractEngine.Word leg = word("Legislativo", 90f, "spa", 35f);
        assertEquals(WordCheck.Kind.CONFIRMED, WordCheck.judge(leg, new UnreadInk.Reading("Legislativo", 92f),
                new UnreadInk.Reading("Legisiativo", 76f)).kind());
        // ... but on a short code every disagreement counts
        TesseractEngine.Word yc2 = word("YC", 70f, "spa", 67f);
        assertEquals(WordCheck.Kind.DOUBT, WordCheck.judge(yc2, new UnreadInk.Reading("YC", 71f),
                new UnreadInk.Reading("Tc", 44f)).kind());
        // a reading that only lost the page's accents is never the one kept
        TesseractEngine.Word pub = word("Público", 68f, "spa", 82f);
        WordCheck.Verdict publico = WordCheck.judge(pub, new UnreadInk.Reading("Publico", 60f), new UnreadInk.Reading("Publico", 88f));
        assertEquals("Público", publico.word().text());
        assertTrue(flagged(publico.word()));

        // ... and a reading only a little surer does not replace the page's text: "(X)" read "00" by the other model
        TesseractEngine.Word x = word("(X)", 89f, "eng", 0f);
        WordCheck.Verdict xx = WordCheck.judge(x, new UnreadInk.Reading("(X)", 89f), new UnreadInk.Reading("00", 93f));
        assertEquals("(X)", xx.word().text());
        assertTrue(flagged(xx.word()));

        // a crop read as nothing says nothing either way
        WordCheck.Verdict empty = WordCheck.judge(tc, new UnreadInk.Reading("", 0f), new UnreadInk.Reading("TC", 90f));
        assertEquals(WordCheck.Kind.CONFIRMED, empty.kind());
    }

    @Test void theRivalCrossesTheChildProtocol() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ChildProtocol.writeWords(new DataOutputStream(bytes), List.of(word("Villanermosa", 91f, "spa", 39f)));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(ChildProtocol.OK, in.readByte());
        assertEquals(List.of(word("Villanermosa", 91f, "spa", 39f)), ChildProtocol.readWords(in));
    }

    @Test void thePageReadingGivesRunnerUps() throws Exception {
        for (TesseractEngine.Word w : read) assertTrue(w.rival() >= 0 && w.rival() <= 100, w.toString());
        // a hard page: rivals come out of the choice iterator at all (a blurred, thinned copy of the page)
        GreyImage blurred = SecondOpinionPages.lines(List.of("Cc) TC YC Tc Villahermosa ilustrativas"));
        assertTrue(engine.recognize(DigitCheck.thicken(DigitCheck.thicken(blurred))).stream().anyMatch(w -> w.rival() > 0),
                "no runner-up at all: is lstm_choice_mode set?");
    }
}
