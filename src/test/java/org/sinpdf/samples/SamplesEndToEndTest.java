package org.sinpdf.samples;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.normalize.NormalizePlugin;
import org.sinpdf.pipeline.ConversionResult;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * Each sample PDF through the whole pipeline (pdfbox-text, auto tabulator, the normalize stages in
 * their recommended order): one table whose data rows equal the typed source CSV, cell for cell.
 */
class SamplesEndToEndTest {
    @TempDir
    Path out;

    static List<List<String>> csv(String name) throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of("samples", name), StandardCharsets.UTF_8)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.RFC4180.parse(r)) rows.add(rec.toList());
            return rows;
        }
    }

    Table convert(String pdf) throws Exception {
        PipelineConfig cfg = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("csv")).withNormalize(NormalizePlugin.RECOMMENDED_ORDER);
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), cfg)) {
            ConversionResult r = p.convert(Path.of("samples", pdf), out);
            assertEquals(1, r.tables().size(), pdf + ": one table");
            return r.tables().get(0);
        }
    }

    static List<List<String>> data(Table t) {
        String[][] g = t.grid();
        List<List<String>> rows = new ArrayList<>();
        for (int r = t.headerRows(); r < t.rowCount(); r++) rows.add(List.of(g[r]));
        return rows;
    }

    static final java.util.Set<String> NORMALIZE_FLAGS = java.util.Set.of("type-mismatch", "ocr-repair",
            "ambiguous-date", "two-digit-year", "inegi-code-padded", "ocr-low-confidence", "extra-decimals");

    static boolean flaggedByNormalize(Cell c) {
        return c.flags().stream().anyMatch(NORMALIZE_FLAGS::contains);
    }

    static List<ColumnType> types(Table t) { return t.columns().stream().map(Column::type).toList(); }

    @Test
    void budget() throws Exception {
        Table t = convert("presupuesto-2012.pdf");
        List<List<String>> typed = csv("presupuesto-2012.csv");
        assertEquals(typed.subList(1, typed.size()), data(t));
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.CURRENCY, ColumnType.CURRENCY,
                ColumnType.PERCENT, ColumnType.DATE), types(t));
        List<String> codes = t.findings().stream().map(Finding::code).toList();
        assertTrue(codes.contains("total-row-removed") && codes.contains("footnote-marker"), codes.toString());
        assertTrue(!codes.contains("total-mismatch"), codes.toString());
        assertEquals(List.of(), t.cells().stream().filter(SamplesEndToEndTest::flaggedByNormalize).toList());
    }

    @Test
    void capitals() throws Exception {
        Table t = convert("capitales-estatales.pdf");
        List<List<String>> typed = csv("capitales-estatales.csv");
        assertEquals(typed.subList(1, typed.size()), data(t));
        assertEquals(List.of(ColumnType.INEGI_CODE, ColumnType.TEXT, ColumnType.TEXT, ColumnType.LATITUDE,
                ColumnType.LONGITUDE), types(t));
        assertEquals(List.of(1, 2), t.pages());
        assertEquals(List.of(), t.cells().stream().filter(SamplesEndToEndTest::flaggedByNormalize).toList());
    }

    @Test
    void ogpEvaluation() throws Exception {
        Table t = convert("ogp-mexico-2012-evaluation.pdf");
        List<List<String>> typed = csv("ogp-mexico-2012-evaluation.csv");
        assertEquals(typed.get(0), t.columnNames());
        assertEquals(typed.subList(1, typed.size()), data(t));
        assertEquals(List.of(1, 2), t.pages());
    }

    @Test
    void normalizeOptionsBindThroughTheConfigAndBadOnesFailAtBuild() throws Exception {
        PipelineConfig base = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("csv")).withNormalize(NormalizePlugin.RECOMMENDED_ORDER);
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), base.withOption("column-types", "locale", "es-ES")
                .withOption("ocr-confidence", "minConfidence", "0.8"))) {
            assertEquals(NormalizePlugin.RECOMMENDED_ORDER, p.config().normalize());
        }
        org.junit.jupiter.api.Assertions.assertThrows(org.sinpdf.spi.ConfigException.class, () -> Pipeline.build(
                PluginRegistry.discover(), base.withOption("column-types", "ocrRepair", "sometimes")).close());
    }
}
