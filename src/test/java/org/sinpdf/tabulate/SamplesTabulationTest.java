package org.sinpdf.tabulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sinpdf.extract.pdf.PdfBoxTextExtractor;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Source;
import org.sinpdf.model.Table;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.PageResult;

/** The project's sample PDFs come out as the tables they were printed from, cell for cell. */
class SamplesTabulationTest {
    static List<Table> tables(Path pdf) throws Exception {
        TestContext ctx = new TestContext();
        AutoTabulator auto = new AutoTabulator();
        List<Table> all = new ArrayList<>();
        Source src = new Source(pdf, new DocumentInfo("s", pdf.getFileName().toString(), "", "application/pdf", 0));
        try (ExtractedDocument doc = new PdfBoxTextExtractor().open(src, ctx)) {
            for (int p = 1; p <= doc.pageCount(); p++) {
                PageResult r = doc.page(p, ctx);
                if (!r.declined()) all.addAll(auto.tabulate(r.page().orElseThrow(), ctx));
            }
        }
        return auto.stitch(all, ctx);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(in).getRecords();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "ogp-mexico-2012-evaluation, ogp-mexico-2012-evaluation.csv, 39, 10, 2",
        "presupuesto-2012, presupuesto-2012.raw.csv, 22, 6, 1",
        "capitales-estatales, capitales-estatales.raw.csv, 33, 5, 2",
    })
    void sampleComesOutAsPrinted(String name, String expected, int rows, int cols, int pages) throws Exception {
        Path samples = Path.of("samples");
        List<Table> tables = tables(samples.resolve(name + ".pdf"));
        assertEquals(1, tables.size(), "tables found in " + name);
        Table t = tables.get(0);
        List<CSVRecord> records = csv(samples.resolve(expected));
        assertEquals(cols, t.columnCount());
        assertEquals(rows - 1, t.dataRowCount(), "data rows");
        assertEquals(rows, records.size(), "records in " + expected);
        assertEquals(records.get(0).toList(), t.columnNames());
        String[][] grid = t.grid();
        for (int r = 1; r < records.size(); r++) {
            assertEquals(records.get(r).toList(), List.of(grid[t.headerRows() + r - 1]), "record " + r);
        }
        assertEquals(pages, t.regions().size());
        assertEquals(t.rowCount(), t.regions().get(t.regions().size() - 1).endRow());
        assertTrue(t.cells().stream().noneMatch(c -> c.flagged()), "no cell flagged in a clean sample");
    }
}
