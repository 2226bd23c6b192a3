package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Registrar.NoOptions;
import org.sinpdf.spi.StageException;

class TextNormalizersTest {
    static final UnicodeWhitespaceNormalizer WS = new UnicodeWhitespaceNormalizer(UnicodeWhitespaceNormalizer.Options.DEFAULTS);
    static final JoinWrappedNormalizer JOIN = new JoinWrappedNormalizer(JoinWrappedNormalizer.Options.DEFAULTS);

    @Test
    void nfcAndWhitespace() throws StageException {
        String decomposed = "Me\u0301xico"; // e + combining acute
        Table t = Table.ofGrid("t", List.of(List.of(decomposed, "  1\u00A0234\u2009,5 ", "a\u200Bb\tc", "x \r\n\r\n y ")), 0);
        String[][] g = Chain.run(WS, t).grid();
        assertEquals("México", g[0][0]);
        assertEquals("1 234 ,5", g[0][1]);
        assertEquals("ab c", g[0][2]);
        assertEquals("x\ny", g[0][3]);
        assertEquals(decomposed, Chain.run(WS, t).cells().get(0).raw());
        assertEquals("x y", new UnicodeWhitespaceNormalizer(new UnicodeWhitespaceNormalizer.Options("NFC", false, true)).clean("x \n y"));
        assertEquals("Modificado, Official, diffusion", WS.clean("Modiﬁcado, Oﬃcial, diﬀusion"));
        assertEquals("Modiﬁcado", new UnicodeWhitespaceNormalizer(new UnicodeWhitespaceNormalizer.Options("NFC", true, false)).clean("Modiﬁcado"));
    }

    @Test
    void dehyphenationAndJoining() {
        assertEquals("Presupuesto de Egresos", JOIN.join("Presu-\npuesto de\nEgresos"));
        assertEquals("Xalapa-Enríquez", JOIN.join("Xalapa-\nEnríquez"));
        assertEquals("Presupuesto", JOIN.join("Presu\u00AD\npuesto"));
        assertEquals("$12,021,500,000.00", JOIN.join("$12,021,\n500,000.00"));
        assertEquals("Norte - Sur", JOIN.join("Norte -\nSur"));
        assertEquals("Presu-puesto", new JoinWrappedNormalizer(new JoinWrappedNormalizer.Options(false, false)).join("Presu-\npuesto"));
        assertEquals("presupuesto federal", new JoinWrappedNormalizer(new JoinWrappedNormalizer.Options(true, true)).join("presu- puesto federal"));
        assertEquals("presu- puesto", JOIN.join("presu- puesto"), "spaced hyphens are left alone by default");
    }

    @Test
    void softHyphenSurvivesWhitespaceStageOnlyAtLineEnd() {
        assertEquals("Presu\u00AD\npuesto", WS.clean("Presu\u00AD\npuesto"));
        assertEquals("Presupuesto", WS.clean("Presu\u00ADpuesto"));
    }

    @Test
    void lowConfidenceCellsAreFlagged() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("a", "b", "")), 0);
        List<Cell> cells = t.cells().stream().map(c -> new Cell(c.row(), c.col(), 1, 1, c.raw(), c.value(),
                new Confidence(c.col() == 0 ? 0.4 : c.col() == 1 ? 0.6 : 0.1), null, 1, List.of())).toList();
        Table out = Chain.run(new OcrConfidenceNormalizer(OcrConfidenceNormalizer.Options.DEFAULTS), t.withCells(cells));
        assertEquals(List.of("ocr-low-confidence"), out.cellGrid()[0][0].flags());
        assertEquals(List.of(), out.cellGrid()[0][1].flags(), "0.6 is not below 0.6");
        assertEquals(List.of(), out.cellGrid()[0][2].flags(), "blank cells have nothing to review");
        assertEquals(List.of("ocr-low-confidence"), Chain.codes(out));
    }

    @Test
    void asciiHeaders() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Presupuesto 2012 (pesos) / Aprobado", "Variación (%)", "Año", "Año", "")), 1);
        Table out = Chain.run(new AsciiHeadersNormalizer(NoOptions.INSTANCE), t);
        assertEquals(List.of("presupuesto_2012_pesos_aprobado", "variacion_pct", "ano", "ano_2", "columna_5"), out.columnNames());
        assertTrue(Chain.codes(out).contains("headers-renamed"));
    }

    @Test
    void columnNamesAreCleanedWithTheCells() throws StageException {
        Table t = Table.ofGrid("t", List.of(List.of("Modiﬁcado\n(pesos)", "Presu-\npuesto"), List.of("1", "2")), 1);
        Table out = Chain.run(JOIN, Chain.run(WS, t));
        assertEquals(List.of("Modificado (pesos)", "Presupuesto"), out.columnNames());
    }
}
