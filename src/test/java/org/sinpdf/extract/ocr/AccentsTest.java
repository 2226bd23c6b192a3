package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

@Tag("ocr")
class AccentsTest {
    private static TesseractSetup setup;
    private static TesseractEngine engine;
    private static GreyImage page;
    private static List<TesseractEngine.Word> read;

    @BeforeAll static void readPage() throws Exception {
        setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng");
        engine = TesseractEngine.create(setup, 3);
        page = SecondOpinionPages.lines(List.of("Estado de Yucatán y capital Mérida", "Estado de Tabasco y capital Villahermosa"));
        read = engine.recognize(page);
    }

    @AfterAll static void close() {
        engine.close();
    }

    /** The page as a spa+eng reading of a scan gives it: {@code part}'s word read by the English model as {@code text}. */
    private static List<TesseractEngine.Word> readAs(String part, String text) {
        List<TesseractEngine.Word> words = new ArrayList<>();
        for (TesseractEngine.Word w : read) words.add(SecondOpinionPages.as(w, w.text(), 95f, "spa"));
        int i = SecondOpinionPages.find(words, part);
        words.set(i, SecondOpinionPages.as(words.get(i), text, 90f, "eng"));
        return words;
    }

    @Test void theWordsReadWithoutLanguageKnowItNow() {
        assertTrue(read.stream().allMatch(w -> w.language().equals("spa") || w.language().equals("eng")), "languages " + read);
    }

    @Test void aWordTheEnglishModelReadWithoutItsAccentGetsItBack() throws Exception {
        List<TesseractEngine.Word> words = readAs("Yucat", "Yucatan");
        Accents.Result r = Accents.restore(engine, page, words, List.of(), "spa", 0);
        int i = SecondOpinionPages.find(words, "Yucat");
        assertEquals("Yucatán", r.words().get(i).text());
        assertEquals(1, r.changed());
        assertTrue(r.words().get(i).confidence() <= 90f);
    }

    @Test void aSpanishReadingThatDiffersByMoreThanAccentsIsNotTaken() throws Exception {
        List<TesseractEngine.Word> words = readAs("Villa", "Villanermosa");
        Accents.Result r = Accents.restore(engine, page, words, List.of(), "spa", 0);
        int i = SecondOpinionPages.find(words, "Villa");
        assertSame(words.get(i), r.words().get(i), "kept as read: " + r.words().get(i));
        assertEquals(0, r.changed());
    }

    @Test void aPageReadMostlyInEnglishIsLeftAlone() throws Exception {
        List<TesseractEngine.Word> words = new ArrayList<>();
        for (TesseractEngine.Word w : read) words.add(SecondOpinionPages.as(w, w.text(), 95f, "eng"));
        int i = SecondOpinionPages.find(words, "Yucat");
        words.set(i, SecondOpinionPages.as(words.get(i), "Yucatan", 90f, "eng"));
        Accents.Result r = Accents.restore(engine, page, words, List.of(), "spa", 0);
        assertEquals(0, r.checked());
        assertSame(words, r.words());
    }

    @Test void aPageOfManySpanishReadWordsWithoutAnyAccentIsLeftAlone() throws Exception {
        // an English page: the Spanish model reads its words well, but none of them carries an accent
        List<TesseractEngine.Word> words = new ArrayList<>();
        TesseractEngine.Word yucatan = read.get(SecondOpinionPages.find(read, "Yucat"));
        for (int k = 0; k < Accents.MIN_WORDS_WITHOUT_ANY_ACCENT; k++) words.add(SecondOpinionPages.as(yucatan, "statement", 95f, "spa"));
        words.add(SecondOpinionPages.as(yucatan, "Yucatan", 90f, "eng"));
        Accents.Result r = Accents.restore(engine, page, words, List.of(), "spa", 0);
        assertEquals(0, r.checked());
        assertSame(words, r.words());
        // one accented word read by the Spanish model is enough to look again
        words.set(0, SecondOpinionPages.as(yucatan, "Mérida", 95f, "spa"));
        assertEquals(1, Accents.restore(engine, page, words, List.of(), "spa", 0).checked());
    }

    @Test void diacriticsAreFoundInComposedAndDecomposedForms() {
        assertTrue(Accents.hasDiacritic("Potosí"));
        assertTrue(Accents.hasDiacritic("Potosi\u0301"));
        assertTrue(Accents.hasDiacritic("AÑO"));
        assertFalse(Accents.hasDiacritic("Potosi"));
        assertFalse(Accents.hasDiacritic("€100"));
    }

    @Test void theChildProcessReadsWithTheOtherLanguageToo() throws Exception {
        try (ChildProcessEngine child = ChildProcessEngine.start(ChildProcessEngine.Launch.of(setup, OcrOptions.DEFAULTS))) {
            List<TesseractEngine.Word> again = child.recognize(page);
            assertEquals(read, again, "the child gives the same words, languages included");
            List<TesseractEngine.Word> words = readAs("Yucat", "Yucatan");
            Accents.Result r = Accents.restore(child, page, words, List.of(), "spa", 0);
            assertEquals("Yucatán", r.words().get(SecondOpinionPages.find(words, "Yucat")).text());
        }
    }

    @Test void diacriticsOnly() {
        assertTrue(Accents.differsByDiacriticsOnly("Potosi", "Potosí"));
        assertTrue(Accents.differsByDiacriticsOnly("Xalapa-Enriquez", "Xalapa-Enríquez"));
        assertFalse(Accents.differsByDiacriticsOnly("Potosi", "Potosi"));
        assertFalse(Accents.differsByDiacriticsOnly("Villanermosa", "Villahermosa"));
        assertTrue(Accents.couldLoseAccent("Yucatan"));
        assertFalse(Accents.couldLoseAccent("Mérida"));
        assertFalse(Accents.couldLoseAccent("2012"));
        assertFalse(Accents.couldLoseAccent("TC"));
    }
}
