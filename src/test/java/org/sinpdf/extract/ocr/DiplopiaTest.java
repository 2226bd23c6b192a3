package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

@Tag("ocr")
class DiplopiaTest {
    private static TesseractEngine engine;
    private static GreyImage page;
    private static List<TesseractEngine.Word> read;

    @BeforeAll static void readPage() throws Exception {
        engine = SecondOpinionPages.engine();
        page = SecondOpinionPages.lines(List.of("C) Response time", "c) las respuestas", "Cc Roberto", "C)"));
        read = engine.recognize(page);
    }

    @AfterAll static void close() {
        engine.close();
    }

    /** The page's reading with the word holding {@code part} (the n-th such) read as {@code text}. */
    private static String fixed(String part, int nth, String text) {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        int i = -1;
        for (int k = 0, seen = 0; k < words.size(); k++) {
            if (words.get(k).text().contains(part) && seen++ == nth) i = k;
        }
        if (i < 0) throw new AssertionError("no word " + part + " #" + nth + " in " + words);
        words.set(i, SecondOpinionPages.as(words.get(i), text, 70f, "spa"));
        return Diplopia.fix(page, words, List.of()).words().get(i).text();
    }

    @Test void aCapitalReadTwiceIsOneCapital() {
        assertEquals("C)", fixed("C)", 0, "Cc)"), "as tall as the R of 'Response' beside it");
        assertEquals("C)", fixed("C)", 0, "cC)"));
    }

    @Test void aSmallLetterReadTwiceIsOneSmallLetter() {
        assertEquals("c)", fixed("c)", 0, "Cc)"), "as tall as the small letters of 'las respuestas'");
    }

    @Test void twoPrintedLettersStay() {
        assertEquals("Cc", fixed("Cc", 0, "Cc"), "two glyphs in the image: two letters");
    }

    @Test void withoutALineToMeasureByTheWordStays() {
        assertEquals("Cc)", fixed("C)", 1, "Cc)"), "alone on its line, next to nothing of known height");
    }

    @Test void wordsWithoutPairsAreLeftAlone() {
        Diplopia.Result r = Diplopia.fix(page, read, List.of());
        assertSame(read, r.words());
        assertEquals(List.of(), r.fixed());
    }

    @Test void pairs() {
        assertEquals(0, Diplopia.pairAt("Cc)"));
        assertEquals(1, Diplopia.pairAt("VwW"));
        assertEquals(-1, Diplopia.pairAt("Aa"), "capital A is not a small a enlarged");
        assertEquals(-1, Diplopia.pairAt("cc"));
        assertEquals(null, Diplopia.countedChars("40%"));
        assertEquals("C)", Diplopia.countedChars("C)."));
    }
}
