package org.sinpdf.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sinpdf.extract.image.GreyImage;

@Tag("ocr")
class AcuteAccentsTest {
    private static TesseractEngine engine;
    private static GreyImage page;
    private static List<TesseractEngine.Word> read;

    @BeforeAll static void readPage() throws Exception {
        engine = SecondOpinionPages.engine();
        page = SecondOpinionPages.lines(List.of("Capital: Potosí", "Capital: Potosi", "Secretaría de Educación Pública"));
        read = engine.recognize(page);
    }

    @AfterAll static void close() {
        engine.close();
    }

    /** The n-th word starting with {@code start}, as {@code text}. */
    private static List<TesseractEngine.Word> as(String start, int nth, String text) {
        List<TesseractEngine.Word> words = new ArrayList<>(read);
        for (int k = 0, seen = 0; k < words.size(); k++) {
            if (words.get(k).text().startsWith(start) && seen++ == nth) {
                words.set(k, SecondOpinionPages.as(words.get(k), text, 96f, "spa"));
                return words;
            }
        }
        throw new AssertionError("no word " + start + " #" + nth + " in " + read);
    }

    private static String accented(List<TesseractEngine.Word> words, String text) {
        int i = SecondOpinionPages.find(words, text);
        return AcuteAccents.accented(UnreadInk.wordCrop(page, words, i, List.of()).image(), text, Diplopia.countedChars(text));
    }

    @Test void anAcuteReadAsADotIsSeen() {
        assertEquals("Potosí", accented(as("Potos", 0, "Potosi"), "Potosi"));
        assertEquals("Secretaría", accented(as("Secretar", 0, "Secretaria"), "Secretaria"));
        assertEquals("Educación", accented(as("Educa", 0, "Educacion"), "Educacion"));
        assertEquals("Pública", accented(as("P\u00FAbli", 0, "Publica"), "Publica"));
    }

    @Test void aDotIsADot() {
        assertNull(accented(as("Potos", 1, "Potosi"), "Potosi"));
        assertNull(accented(as("Capital", 0, "Capital:"), "Capital:"), "vowels without marks");
    }

    @Test void theWordIsReadAgainAndTakenWhenTheReadingAgrees() throws Exception {
        List<TesseractEngine.Word> words = as("Potos", 0, "Potosi");
        int i = SecondOpinionPages.find(words, "Potosi");
        AcuteAccents.Result r = AcuteAccents.check(engine, page, page, words, List.of(), "spa", 0);
        assertEquals("Potosí", r.words().get(i).text());
        assertEquals(1, r.changed().size(), "only the word whose mark is an acute: " + r.changed());
        assertTrue(r.changed().get(0).endsWith("(read so again)"), r.changed().toString());
        assertTrue(r.words().get(i).confidence() > 60f, "confirmed: not flagged " + r.words().get(i));
    }
}
