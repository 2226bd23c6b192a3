package org.sinpdf.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples are exactly what the generator makes, and say what they should. */
class SampleGeneratorTest {
    static final Path COMMITTED = Path.of("samples");

    @TempDir
    static Path out;

    @BeforeAll
    static void generate() throws IOException {
        new SampleGenerator(SampleGenerator.DEFAULT_FONT, SampleGenerator.DEFAULT_BOLD_FONT).generateAll(out);
    }

    @Test
    void regeneratedFilesEqualCommittedOnes() throws IOException {
        for (String f : SampleGenerator.FILES) {
            assertArrayEquals(Files.readAllBytes(COMMITTED.resolve(f)), Files.readAllBytes(out.resolve(f)),
                    f + " differs from a fresh run: regenerate with SampleGenerator samples and commit");
        }
    }

    static List<CSVRecord> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(out.resolve(name), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).getRecords();
        }
    }

    @Test
    void ogpCsvHasHeaderAnd38RowsOfTenColumns() throws IOException {
        List<CSVRecord> rows = csv("ogp-mexico-2012-evaluation.csv");
        assertEquals(39, rows.size());
        assertEquals("A) Availability and government attitude", rows.get(0).get(4));
        rows.forEach(r -> assertEquals(10, r.size()));
        assertEquals("45b", rows.get(17).get(1));
        assertEquals("TC", rows.get(38).get(9));
    }

    @Test
    void budgetTypedCsvIsPlainAndRawCsvIsAsPrinted() throws IOException {
        List<CSVRecord> typed = csv("presupuesto-2012.csv");
        List<CSVRecord> raw = csv("presupuesto-2012.raw.csv");
        assertEquals(raw.size() - 1, typed.size(), "the raw CSV has the printed Total row, the typed one not");
        assertEquals("Total", raw.get(raw.size() - 1).get(1));
        assertEquals("monto_aprobado_mxn", typed.get(0).get(2));
        assertEquals("12021500000.00", typed.get(1).get(2));
        assertEquals("$12,021,500,000.00", raw.get(1).get(2));
        assertEquals("2012-01-31", typed.get(1).get(5));
        assertEquals("31 de enero de 2012", raw.get(1).get(5));
        assertTrue(raw.get(raw.size() - 2).get(2).endsWith("¹"));
    }

    @Test
    void capitalsHave32EntitiesWithLeadingZerosAndThreeDmsRows() throws IOException {
        List<CSVRecord> typed = csv("capitales-estatales.csv");
        List<CSVRecord> raw = csv("capitales-estatales.raw.csv");
        assertEquals(33, typed.size());
        assertEquals("01", typed.get(1).get(0));
        assertEquals("32", typed.get(32).get(0));
        long dms = raw.stream().skip(1).filter(r -> r.get(3).contains("°")).count();
        assertEquals(3, dms);
        assertEquals("19°25′57.36″ N", raw.get(9).get(3));
        assertEquals("99°07′59.52″ O", raw.get(9).get(4));
        assertEquals("19.4326", typed.get(9).get(3));
    }

    @Test
    void pdfTextLayerCarriesUnicodeAndPageNumbers() throws IOException {
        try (PDDocument d = Loader.loadPDF(out.resolve("capitales-estatales.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("19°25′57.36″ N"), "DMS survives the text layer");
            assertTrue(text.contains("Michoacán de Ocampo"));
            assertTrue(text.contains("Página 1 de " + d.getNumberOfPages()));
        }
        try (PDDocument d = Loader.loadPDF(out.resolve("ogp-mexico-2012-evaluation.pdf").toFile())) {
            assertTrue(d.getNumberOfPages() >= 2);
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(2);
            s.setEndPage(2);
            assertTrue(s.getText(d).contains("Global"), "header row repeated on page 2");
        }
    }

    @Test
    void textLayerHasNoLigatureCharacters() throws IOException {
        for (String f : List.of("ogp-mexico-2012-evaluation.pdf", "presupuesto-2012.pdf")) {
            StringBuilder glyphs = new StringBuilder();
            PDFTextStripper raw = new PDFTextStripper() {
                @Override protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) glyphs.append(p.getUnicode());
                }
            };
            try (PDDocument d = Loader.loadPDF(out.resolve(f).toFile())) {
                raw.getText(d);
            }
            assertTrue(glyphs.toString().contains("Specific") || glyphs.toString().contains("Modificado"), f);
            assertTrue(glyphs.chars().noneMatch(ch -> ch >= 0xFB00 && ch <= 0xFB06), f + ": ligature glyph in the text layer");
        }
    }
}
