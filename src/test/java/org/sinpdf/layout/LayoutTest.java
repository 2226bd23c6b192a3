package org.sinpdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Page;
import org.sinpdf.model.TextChunk;

class LayoutTest {
    /** Two columns of running text, three lines each, and a title across the top. */
    static Page twoColumns() {
        List<TextChunk> chunks = new ArrayList<>();
        chunks.add(TextChunk.of("Informe", 60, 40, 110, 50));
        for (int line = 0; line < 3; line++) {
            double y = 80 + 14 * line;
            chunks.add(TextChunk.of("izq" + line + "a", 60, y, 90, y + 10));
            chunks.add(TextChunk.of("izq" + line + "b", 95, y, 125, y + 10));
            chunks.add(TextChunk.of("izq" + line + "c", 130, y, 160, y + 10));
            chunks.add(TextChunk.of("der" + line + "a", 300, y, 330, y + 10));
            chunks.add(TextChunk.of("der" + line + "b", 335, y, 365, y + 10));
            chunks.add(TextChunk.of("der" + line + "c", 370, y, 400, y + 10));
        }
        chunks.add(TextChunk.of(" ", 200, 200, 205, 210));
        return Page.of(1, 612, 792, chunks, List.of());
    }

    @Test
    void ofGivesTheWordsAndReadingOrderOfThePage() {
        Page page = twoColumns();
        Layout.PageText text = Layout.of(page);
        List<Layout.Word> words = Layout.words(page.chunks());
        assertEquals(words, text.words());
        assertEquals(Layout.order(words), text.lines());
        assertEquals(19, text.words().size(), "the blank chunk is dropped");
        assertEquals("Informe\n\nizq0a izq0b izq0c\nizq1a izq1b izq1c\nizq2a izq2b izq2c"
                + "\n\nder0a der0b der0c\nder1a der1b der1c\nder2a der2b der2c", text.text());
    }

    @Test
    void ofComputesOncePerPageAndAgainForAnotherPage() {
        Page page = twoColumns();
        Layout.PageText first = Layout.of(page);
        assertSame(first, Layout.of(page), "the writers of one page share one layout");
        Page other = twoColumns();
        Layout.PageText second = Layout.of(other);
        assertNotSame(first, second, "an equal but different page is laid out again");
        assertEquals(first, second);
        Page fewer = page.withChunks(page.chunks().subList(0, 4));
        assertEquals(List.of("Informe", "izq0a izq0b izq0c"),
                Layout.of(fewer).lines().stream().map(Layout.Line::text).toList());
    }

    @Test
    void ofOnAnotherThreadDoesNotSeeThisThreadsPage() throws Exception {
        Page page = twoColumns();
        Layout.PageText here = Layout.of(page);
        Layout.PageText[] there = new Layout.PageText[1];
        Thread t = new Thread(() -> there[0] = Layout.of(page));
        t.start();
        t.join();
        assertNotSame(here, there[0]);
        assertEquals(here, there[0]);
    }
}
