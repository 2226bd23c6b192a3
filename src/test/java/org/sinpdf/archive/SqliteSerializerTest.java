package org.sinpdf.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.TableFiles;

class SqliteSerializerTest {
    @TempDir Path out;

    static DocumentInfo doc(String sourceId) {
        String base = sourceId.substring(sourceId.lastIndexOf('/') + 1);
        return new DocumentInfo(sourceId, base + ".pdf", "sha-" + sourceId, "application/pdf", 1234);
    }

    static List<TextChunk> line(String text, double y) {
        List<TextChunk> out = new ArrayList<>();
        double x = 60;
        for (String w : text.split(" ")) {
            out.add(TextChunk.of(w, x, y, x + 5 * w.length(), y + 10));
            x += 5 * w.length() + 3;
        }
        return out;
    }

    /** Municipio (text), monto (currency), personas (integer), fecha (date); one flagged cell. */
    static Table sample(String id) {
        String[][] rows = {{"Municipio", "Monto", "Personas", "Fecha"},
                           {"Apizaco", "1500.75", "12", "2013-01-31"},
                           {"Tlaxcala", "980", "7", "2013-02-28"},
                           {"Huamantla", "25000", "40", "2013-03-31"},
                           {"Calpulalpan", "", "3", "2013-04-30"}};
        List<Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 4; c++) {
                Cell cell = new Cell(r, c, 1, 1, rows[r][c], rows[r][c], Confidence.CERTAIN,
                        new BoundingBox(50 + 100 * c, 300 + 12 * r, 140 + 100 * c, 310 + 12 * r), 2, List.of());
                if (r == 3 && c == 1) cell = new Cell(r, c, 1, 1, "25,0OO", "25000", new Confidence(0.41),
                        cell.box(), 2, List.of("ocr-low-confidence"));
                cells.add(cell);
            }
        }
        List<Column> cols = List.of(Column.text("Municipio"), new Column("Monto (pesos)", ColumnType.CURRENCY, "MXN", ""),
                new Column("Personas", ColumnType.INTEGER, "", ""), new Column("Fecha", ColumnType.DATE, "", ""));
        return new Table(id, 5, 4, 1, cells, cols, List.of(new TableRegion(2, new BoundingBox(50, 300, 450, 360), 0, 5)),
                List.of(Finding.info("total-row-removed", "fila de totales retirada")), "test");
    }

    void convert(SqliteSerializer stage, String sourceId, String body) throws IOException {
        String base = sourceId.substring(sourceId.lastIndexOf('/') + 1);
        try (DocumentWriter w = stage.open(doc(sourceId), new DirSink(out.resolve(sourceId), out))) {
            w.page(Page.of(1, 612, 792, line("Presupuesto de egresos del municipio " + body, 100), List.of()));
            w.page(Page.of(2, 612, 792, line("Apoyos otorgados por localidad: educación", 100), List.of()));
            w.tables(List.of(sample(base + "-t01")),
                    List.of(new TableFiles(base + "-t01", Map.of("csv", base + "-t01.csv"))));
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void namesTablesAfterFoldersAndTableId() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(new SqliteOptions("db/archivo.sqlite", false));
        convert(stage, "2013/informe", "de Tlaxcala");
        try (Connection c = ArchiveDatabase.openReadOnly(out.resolve("db/archivo.sqlite"))) {
            assertEquals(List.of("t_2013_informe_t01|informe-t01|2013/informe.pdf"), strings(c,
                    "SELECT sql_name || '|' || table_id || '|' || path FROM tables JOIN documents d ON d.id = document_id"));
            assertEquals(0, count(c, "SELECT count(*) FROM page_text"), "pageText: false stores no text");
            assertEquals(2, count(c, "SELECT count(*) FROM pages"));
        }
    }

    @Test
    void queriesByTypedValueAndFullText() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(SqliteOptions.DEFAULTS);
        convert(stage, "informe", "de Tlaxcala");
        Path db = out.resolve("sinpdf.sqlite");
        try (Connection c = ArchiveDatabase.openReadOnly(db)) {
            assertEquals(List.of("Apizaco", "Huamantla"),
                    strings(c, "SELECT municipio FROM informe_t01 WHERE monto_pesos > 1000 ORDER BY _row"));
            assertEquals("real", strings(c, "SELECT typeof(monto_pesos) FROM informe_t01 WHERE _row = 1").get(0));
            assertEquals("integer", strings(c, "SELECT typeof(personas) FROM informe_t01 WHERE _row = 1").get(0));
            assertEquals("null", strings(c, "SELECT typeof(monto_pesos) FROM informe_t01 WHERE _row = 4").get(0));
            assertEquals(List.of("2013-03-31"), strings(c, "SELECT fecha FROM informe_t01 WHERE personas >= 40"));
            assertEquals(2, count(c, "SELECT _page FROM informe_t01 WHERE _row = 1"));
            assertEquals(59, count(c, "SELECT sum(personas)-3 FROM informe_t01"));
            assertEquals("REAL", strings(c, "SELECT sql_type FROM table_columns WHERE sql_name = 'monto_pesos'").get(0));
            assertEquals("informe.pdf|2|text-layer", strings(c,
                    "SELECT path || '|' || pages || '|' || methods FROM documents").get(0));
            assertEquals("sha-informe", strings(c, "SELECT sha256 FROM documents").get(0));
            assertEquals("2", strings(c, "SELECT pages FROM tables").get(0));
            assertTrue(strings(c, "SELECT bbox FROM tables").get(0).contains("\"page\":2"));
            assertEquals("25,0OO|3|monto_pesos|ocr-low-confidence", strings(c,
                    "SELECT raw || '|' || csv_row || '|' || column_name || '|' || flags FROM review_cells").get(0));
            assertEquals("total-row-removed", strings(c, "SELECT code FROM table_findings").get(0));
            assertEquals(1, count(c, "SELECT count(*) FROM page_text WHERE page_text MATCH 'tlaxcala'"));
        }
        List<ArchiveSearch.Hit> hits = ArchiveSearch.search(db, "presupuesto egresos", 10, false);
        assertEquals(1, hits.size());
        assertEquals("informe.pdf", hits.get(0).path());
        assertEquals(1, hits.get(0).page());
        assertTrue(hits.get(0).snippet().contains("[Presupuesto]"), hits.get(0).snippet());
        assertEquals(2, ArchiveSearch.search(db, "EDUCACION", 10, false).get(0).page(), "accents and case ignored");
        assertTrue(ArchiveSearch.search(db, "inexistente", 10, false).isEmpty());
    }

    @Test
    void rerunningUpdatesInPlaceWithoutDuplicates() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(SqliteOptions.DEFAULTS);
        convert(stage, "a/informe", "primera");
        Path db = out.resolve("sinpdf.sqlite");
        long id;
        try (Connection c = ArchiveDatabase.openReadOnly(db)) {
            id = count(c, "SELECT id FROM documents");
        }
        convert(stage, "a/informe", "segunda");
        try (Connection c = ArchiveDatabase.openReadOnly(db)) {
            assertEquals(1, count(c, "SELECT count(*) FROM documents"));
            assertEquals(id, count(c, "SELECT id FROM documents"));
            assertEquals(2, count(c, "SELECT count(*) FROM pages"));
            assertEquals(2, count(c, "SELECT count(*) FROM page_text"));
            assertEquals(1, count(c, "SELECT count(*) FROM tables"));
            assertEquals(4, count(c, "SELECT count(*) FROM table_columns"));
            assertEquals(1, count(c, "SELECT count(*) FROM review_cells"));
            assertEquals(1, count(c, "SELECT count(*) FROM table_findings"));
            assertEquals(4, count(c, "SELECT count(*) FROM a_informe_t01"));
            assertEquals(0, count(c, "SELECT count(*) FROM page_text WHERE page_text MATCH 'primera'"));
            assertEquals(1, count(c, "SELECT count(*) FROM page_text WHERE page_text MATCH 'segunda'"));
            assertEquals(1, count(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'a_informe_t01%'"));
        }
    }

    @Test
    void writesDocumentsFromParallelThreadsWithUniqueTableNames() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(SqliteOptions.DEFAULTS);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String id = (i % 2 == 0 ? "x-y/" : "x_y/") + "reporte" + (i / 2);
                done.add(pool.submit(() -> {
                    convert(stage, id, "hilo");
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        stage.close();
        assertFalse(Files.exists(out.resolve("sinpdf.sqlite-wal")), "closing the stage folds the WAL into the database file");
        try (Connection c = ArchiveDatabase.openReadOnly(out.resolve("sinpdf.sqlite"))) {
            assertEquals(12, count(c, "SELECT count(*) FROM documents"));
            assertEquals(12, count(c, "SELECT count(DISTINCT sql_name) FROM tables"));
            assertEquals(2, count(c, "SELECT count(*) FROM tables WHERE sql_name IN ('x_y_reporte0_t01', 'x_y_reporte0_t01_2')"));
            for (String name : strings(c, "SELECT sql_name FROM tables")) {
                assertEquals(4, count(c, "SELECT count(*) FROM \"" + name + "\""));
            }
            assertEquals(24, count(c, "SELECT count(*) FROM page_text"));
            assertEquals(List.of("delete"), strings(c, "PRAGMA journal_mode"), "a plain one-file database once closed");
        }
    }

    @Test
    void tablesOfOneDocumentWhoseNamesCollideGetSuffixes() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(SqliteOptions.DEFAULTS);
        try (DocumentWriter w = stage.open(doc("informe"), new DirSink(out.resolve("informe"), out))) {
            w.page(Page.of(1, 612, 792, line("texto", 100), List.of()));
            w.tables(List.of(sample("informe-t01"), sample("informe_t01")), List.of());
        }
        stage.close();
        try (Connection c = ArchiveDatabase.openReadOnly(out.resolve("sinpdf.sqlite"))) {
            assertEquals(List.of("informe_t01", "informe_t01_2"), strings(c, "SELECT sql_name FROM tables ORDER BY id"));
            assertEquals(List.of("informe-t01", "informe_t01"), strings(c, "SELECT table_id FROM tables ORDER BY id"));
            assertEquals(4, count(c, "SELECT count(*) FROM informe_t01_2"));
            assertEquals(8, count(c, "SELECT count(*) FROM table_columns"));
            assertEquals(2, count(c, "SELECT count(*) FROM review_cells"));
            assertEquals(2, count(c, "SELECT count(DISTINCT table_ref) FROM review_cells"));
        }
    }

    @Test
    void aFailedWriteLeavesNothingAndLaterWritesWork() throws Exception {
        Path db = out.resolve("sinpdf.sqlite");
        ArchiveDatabase.PageRow page = new ArchiveDatabase.PageRow(1, "text-layer", "", 612, 792, "pt", 1, 1, "uno");
        ArchiveDatabase.write(db, new ArchiveDatabase.DocumentRecord(doc("bueno"), List.of(page),
                List.of(sample("bueno-t01")), List.of()));
        // two rows for page 1 break UNIQUE(document_id, page) after the document row was written
        IOException e = assertThrows(IOException.class, () -> ArchiveDatabase.write(db,
                new ArchiveDatabase.DocumentRecord(doc("malo"), List.of(page, page), List.of(sample("malo-t01")), List.of())));
        assertTrue(e.getMessage().contains("malo"), e.getMessage());
        ArchiveDatabase.write(db, new ArchiveDatabase.DocumentRecord(doc("bueno"), List.of(page),
                List.of(sample("bueno-t01")), List.of()));
        ArchiveDatabase.write(db, new ArchiveDatabase.DocumentRecord(doc("otro"), List.of(page),
                List.of(sample("otro-t01")), List.of()));
        ArchiveDatabase.close(db);
        try (Connection c = ArchiveDatabase.openReadOnly(db)) {
            assertEquals(List.of("bueno", "otro"), strings(c, "SELECT source_id FROM documents ORDER BY id"));
            assertEquals(List.of("bueno_t01", "otro_t01"), strings(c, "SELECT sql_name FROM tables ORDER BY sql_name"));
            assertEquals(0, count(c, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'malo%'"));
            assertEquals(2, count(c, "SELECT count(*) FROM pages"));
            assertEquals(2, count(c, "SELECT count(*) FROM page_text WHERE page_text MATCH 'uno'"));
            assertEquals(2, count(c, "SELECT count(*) FROM review_cells"));
            assertEquals(List.of("ok"), strings(c, "PRAGMA integrity_check"));
        }
    }

    @Test
    void aDocumentThatDidNotFinishIsNotWritten() throws Exception {
        SqliteSerializer stage = new SqliteSerializer(SqliteOptions.DEFAULTS);
        try (DocumentWriter w = stage.open(doc("roto"), new DirSink(out))) {
            w.page(Page.of(1, 612, 792, line("texto", 100), List.of()));
        }
        assertFalse(Files.exists(out.resolve("sinpdf.sqlite")));
    }

    @Test
    void namesAreAsciiAndSafe() {
        assertEquals("informes_2013_reporte_t01", ArchiveDatabase.sqlName("Informes/2013/reporte", "reporte-t01"));
        assertEquals("t_2013_t01", ArchiveDatabase.sqlName("2013", "2013-t01"));
        assertEquals(List.of("ano", "monto_mxn", "columna_3", "c_2013", "ano_2", "row"),
                ArchiveDatabase.columnNames(List.of(Column.text("Año"), Column.text("Monto (MXN)"), Column.text("¿?"),
                        Column.text("2013"), Column.text("AÑO"), Column.text("row"))));
        assertEquals("\"a\"\"b\"", ArchiveDatabase.quote("a\"b"));
    }

    @Test
    void searchingAMissingDatabaseSaysSo() {
        assertThrows(NoSuchFileException.class, () -> ArchiveSearch.search(out.resolve("nada.sqlite"), "x", 5, false));
        assertEquals("\"a-b\" \"c\"\"d\"", ArchiveSearch.plainQuery(" a-b  c\"d "));
    }
}
