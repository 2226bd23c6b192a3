package org.sinpdf.serialize.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.TableFiles;

class TextSerializerTest {
    static final double SIZE = 10;
    static final DocumentInfo DOC = new DocumentInfo("informes/doc", "doc.pdf", "ab", "application/pdf", 1);

    @TempDir Path dir;

    /** Words of {@code line} set from x at baseline top y: 5 units a character, 3 units a space. */
    static List<TextChunk> line(String line, double x, double y) {
        List<TextChunk> out = new ArrayList<>();
        for (String w : line.split(" ")) {
            double width = 5 * w.length();
            out.add(TextChunk.of(w, x, y, x + width, y + SIZE));
            x += width + 3;
        }
        return out;
    }

    static Page page(int number, List<TextChunk> chunks) {
        return Page.of(number, 600, 800, chunks, List.of());
    }

    private String convert(TextOptions options, List<Page> pages, List<Table> tables, List<TableFiles> files)
            throws IOException {
        try (DocumentWriter w = new TextSerializer(options).open(DOC, new DirSink(dir))) {
            for (Page p : pages) w.page(p);
            w.tables(tables, files);
        }
        return Files.readString(dir.resolve("doc.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList();
    }

    @Test
    void readsTwoColumnsOneAfterTheOther() throws IOException {
        List<TextChunk> c = new ArrayList<>(line("Informe de resultados del ejercicio", 60, 80));
        for (int i = 0; i < 6; i++) {
            c.addAll(line("izquierda linea " + i + " con texto corrido", 60, 120 + 12 * i));
            c.addAll(line("derecha linea " + i + " con texto corrido", 330, 120 + 12 * i));
        }
        List<String> out = lines(convert(TextOptions.DEFAULTS, List.of(page(1, c)), List.of(), List.of()));
        assertEquals("Informe de resultados del ejercicio", out.get(0));
        for (int i = 0; i < 6; i++) {
            assertEquals("izquierda linea " + i + " con texto corrido", out.get(1 + i));
            assertEquals("derecha linea " + i + " con texto corrido", out.get(7 + i).replace("\f", ""));
        }
    }

    @Test
    void keepsColumnOrderWhenParagraphBreaksAlign() throws IOException {
        List<TextChunk> c = new ArrayList<>();
        double y = 100;
        for (int para = 0; para < 3; para++) {
            for (int i = 0; i < 3; i++) {
                c.addAll(line("izq p" + para + " l" + i + " texto corrido aqui", 60, y));
                c.addAll(line("der p" + para + " l" + i + " texto corrido aqui", 330, y));
                y += 12;
            }
            y += 20;
        }
        List<String> out = lines(convert(TextOptions.DEFAULTS, List.of(page(1, c)), List.of(), List.of()));
        assertEquals(18, out.size());
        for (int k = 0; k < 9; k++) assertTrue(out.get(k).startsWith("izq"), out.get(k));
        for (int k = 9; k < 18; k++) assertTrue(out.get(k).startsWith("der"), out.get(k));
        assertTrue(out.get(3).startsWith("izq p1 l0"));
    }

    @Test
    void readsAnUndetectedTableRowByRow() throws IOException {
        List<TextChunk> c = new ArrayList<>();
        String[][] rows = {{"Ingresos propios", "1,234.50"}, {"Participaciones federales", "98,000.00"}, {"Total", "99,234.50"}};
        for (int r = 0; r < rows.length; r++) {
            c.addAll(line(rows[r][0], 60, 100 + 14 * r));
            c.addAll(line(rows[r][1], 400, 100 + 14 * r));
        }
        List<String> out = lines(convert(TextOptions.DEFAULTS, List.of(page(1, c)), List.of(), List.of()));
        assertEquals("Ingresos propios 1,234.50", out.get(0));
        assertEquals("Participaciones federales 98,000.00", out.get(1));
    }

    @Test
    void marksRunningHeadersAndFootersAndBreaksPages() throws IOException {
        List<Page> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<TextChunk> c = new ArrayList<>(line("Gobierno del Estado informe anual 2013", 60, 30));
            c.addAll(line("Cuerpo de la pagina " + p + " con algo de texto", 60, 200));
            c.addAll(line("Página " + p + " de 3", 280, 770));
            pages.add(page(p, c));
        }
        String text = convert(TextOptions.DEFAULTS, pages, List.of(), List.of());
        String[] byPage = text.split("\f", -1);
        assertEquals(4, byPage.length, "a form feed after every page");
        assertEquals("", byPage[3]);
        for (int p = 1; p <= 3; p++) {
            List<String> l = lines(byPage[p - 1]);
            assertEquals(List.of(TextWriter.HEADER_MARK + "Gobierno del Estado informe anual 2013",
                    "Cuerpo de la pagina " + p + " con algo de texto", TextWriter.FOOTER_MARK + "Página " + p + " de 3"), l);
        }
        String kept = convert(new TextOptions("marker", "keep", 0.12, 8192), pages, List.of(), List.of());
        assertFalse(kept.contains("[encabezado]"));
        assertTrue(kept.contains("Página 2 de 3"));
    }

    @Test
    void aLineAtTheTopOfOnePageIsNoHeader() throws IOException {
        List<Page> pages = List.of(page(1, line("Titulo unico del documento", 60, 30)),
                page(2, line("Otro comienzo distinto", 60, 30)));
        assertFalse(convert(TextOptions.DEFAULTS, pages, List.of(), List.of()).contains("[encabezado]"));
    }

    private static Table table(String id, int page, BoundingBox box) {
        List<Cell> cells = List.of(Cell.of(0, 0, "Municipio"), Cell.of(0, 1, "Monto"),
                Cell.of(1, 0, "Tlaxcala"), Cell.of(1, 1, "1500"));
        return new Table(id, 2, 2, 1, cells, List.of(Column.text("Municipio"), Column.text("Monto")),
                List.of(new TableRegion(page, box, 0, 2)), List.of(), "test");
    }

    private static List<TextChunk> pageWithTable() {
        List<TextChunk> c = new ArrayList<>(line("Antes de la tabla hay un parrafo", 60, 100));
        c.addAll(line("Municipio", 60, 150));
        c.addAll(line("Monto", 300, 150));
        c.addAll(line("Tlaxcala", 60, 164));
        c.addAll(line("1500", 300, 164));
        c.addAll(line("Despues de la tabla sigue el texto", 60, 220));
        return c;
    }

    @Test
    void replacesATableByAMarkerPointingAtItsCsv() throws IOException {
        Table t = table("doc-t01", 1, new BoundingBox(55, 145, 340, 180));
        String text = convert(TextOptions.DEFAULTS, List.of(page(1, pageWithTable())), List.of(t),
                List.of(new TableFiles("doc-t01", Map.of("csv", "doc-t01.csv", "xml", "doc-t01.xml"))));
        assertEquals(List.of("Antes de la tabla hay un parrafo", "[tabla doc-t01: doc-t01.csv]",
                "Despues de la tabla sigue el texto"), lines(text));
        assertFalse(text.contains("Tlaxcala"));
    }

    @Test
    void writesATableAsTextRowByRowWhenAsked() throws IOException {
        Table t = table("doc-t01", 1, new BoundingBox(55, 145, 340, 180));
        String text = convert(new TextOptions("text", "mark", 0.12, 8192), List.of(page(1, pageWithTable())),
                List.of(t), List.of(new TableFiles("doc-t01", Map.of("csv", "doc-t01.csv"))));
        assertEquals(List.of("Antes de la tabla hay un parrafo", "Municipio\tMonto", "Tlaxcala\t1500",
                "Despues de la tabla sigue el texto"), lines(text));
    }

    @Test
    void markerNamesTheTableWhenNoCsvWasWritten() {
        assertEquals("[tabla x-t02]", TextWriter.marker("x-t02", Map.of()));
        assertEquals("[tabla x-t02: x-t02.xml]", TextWriter.marker("x-t02", Map.of("xml", "x-t02.xml")));
    }

    @Test
    void spillsLongDocumentsToDiskAndKeepsEveryWord() throws IOException {
        List<Page> pages = new ArrayList<>();
        int words = 0;
        for (int p = 1; p <= 60; p++) {
            List<TextChunk> c = new ArrayList<>();
            for (int l = 0; l < 20; l++) {
                List<TextChunk> ws = line("pagina" + p + " renglon" + l + " palabra tres cuatro", 60, 100 + 12 * l);
                c.addAll(ws);
                words += ws.size();
            }
            pages.add(page(p, c));
        }
        String text = convert(new TextOptions("marker", "mark", 0.12, 1), pages, List.of(), List.of());
        assertEquals(words, text.split("\\s+").length);
        assertEquals(60, text.chars().filter(ch -> ch == '\f').count());
        assertTrue(text.indexOf("pagina59 renglon19") < text.indexOf("pagina60 renglon0"));
    }

    @Test
    void replacesControlCharactersInsteadOfBreakingPages() throws IOException {
        String text = convert(TextOptions.DEFAULTS, List.of(page(1, line("uno do\fs tres", 60, 100))), List.of(), List.of());
        assertEquals("uno do\uFFFDs tres\n\f", text);
    }
}
