package org.sinpdf.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.TableFiles;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The archive database: one SQLite file per run holding every table of every document as a
 * typed SQL table, plus catalog tables.
 *
 * <pre>
 * documents(id, source_id UNIQUE, path, file_name, sha256, media_type, size, pages, methods,
 *           ocr_pages, table_count, converted_at)
 * pages(id, document_id, page, method, reason, width, height, unit, words, mean_confidence, text)
 * page_text     FTS5(text), rowid = pages.id, tokenizer unicode61 without diacritics
 * tables(id, document_id, table_id, sql_name UNIQUE, pages, first_page, bbox JSON, columns JSON,
 *        files JSON, row_count, column_count, header_rows, stage_id, flagged_cells)
 * table_columns(table_ref, position, name, sql_name, type, sql_type, unit, description)
 * review_cells(id, document_id, table_ref, sql_name, csv_row, grid_row, col, column_name, page, raw,
 *              value, confidence, flags, bbox JSON)      csv_row = the data table's _row (0 = header)
 * table_findings(id, document_id, table_ref, severity, code, message, stage_id, page, row_no,
 *                column_no, text)
 * "&lt;sql_name&gt;"(_row INTEGER PRIMARY KEY, _page INTEGER, &lt;column&gt; INTEGER|REAL|TEXT, ...)
 * </pre>
 *
 * <p>A document is keyed by its source id: writing it again updates its {@code documents} row in
 * place (same id) and replaces everything else it owns, in one transaction. Writers of one file
 * in this JVM share one connection and take turns (a lock per file); other processes wait on
 * SQLite's busy timeout. The database is in WAL mode while the run writes; closing it folds the
 * WAL back into the one file and leaves it in rollback-journal mode.
 */
public final class ArchiveDatabase {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESERVED_COLUMNS = Set.of("_row", "_page", "rowid", "oid", "_rowid_");
    /** Catalog names (and FTS5 shadow tables) a data table may never take, even before they exist. */
    private static final Set<String> RESERVED_TABLES = Set.of("sinpdf_meta", "documents", "pages", "page_text",
            "page_text_data", "page_text_idx", "page_text_content", "page_text_docsize", "page_text_config", "tables",
            "table_columns", "review_cells", "table_findings", "sqlite_sequence");

    private ArchiveDatabase() {}

    /** One page as stored: facts for the manifest and its text in reading order. */
    public record PageRow(int page, String method, String reason, double width, double height, String unit,
                          int words, double meanConfidence, String text) {}

    /** Everything written for one document. */
    public record DocumentRecord(DocumentInfo info, List<PageRow> pages, List<Table> tables, List<TableFiles> files) {
        public DocumentRecord {
            pages = List.copyOf(pages);
            tables = List.copyOf(tables);
            files = List.copyOf(files);
        }
    }

    /** Opens (creating if needed) a database for writing, schema in place, WAL mode. */
    static Connection openForWriting(Path file) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(60_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            createSchema(c);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Opens an existing database read-only. */
    public static Connection openReadOnly(Path file) throws SQLException, NoSuchFileException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString());
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static void createSchema(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS sinpdf_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
            s.execute("INSERT OR IGNORE INTO sinpdf_meta(key, value) VALUES ('schema_version', '" + SCHEMA_VERSION + "')");
            s.execute("CREATE TABLE IF NOT EXISTS documents(id INTEGER PRIMARY KEY, source_id TEXT NOT NULL UNIQUE,"
                    + " path TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, media_type TEXT NOT NULL,"
                    + " size INTEGER, pages INTEGER NOT NULL, methods TEXT NOT NULL, ocr_pages INTEGER NOT NULL,"
                    + " table_count INTEGER NOT NULL, converted_at TEXT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256)");
            s.execute("CREATE TABLE IF NOT EXISTS pages(id INTEGER PRIMARY KEY,"
                    + " document_id INTEGER NOT NULL REFERENCES documents(id), page INTEGER NOT NULL,"
                    + " method TEXT NOT NULL, reason TEXT NOT NULL, width REAL, height REAL, unit TEXT,"
                    + " words INTEGER NOT NULL, mean_confidence REAL, text TEXT NOT NULL, UNIQUE(document_id, page))");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS page_text USING fts5(text,"
                    + " tokenize = 'unicode61 remove_diacritics 2')");
            s.execute("CREATE TABLE IF NOT EXISTS tables(id INTEGER PRIMARY KEY,"
                    + " document_id INTEGER NOT NULL REFERENCES documents(id), table_id TEXT NOT NULL,"
                    + " sql_name TEXT NOT NULL UNIQUE COLLATE NOCASE, pages TEXT NOT NULL, first_page INTEGER,"
                    + " bbox TEXT NOT NULL, columns TEXT NOT NULL, files TEXT NOT NULL, row_count INTEGER NOT NULL,"
                    + " column_count INTEGER NOT NULL, header_rows INTEGER NOT NULL, stage_id TEXT NOT NULL,"
                    + " flagged_cells INTEGER NOT NULL, UNIQUE(document_id, table_id))");
            s.execute("CREATE TABLE IF NOT EXISTS table_columns(table_ref INTEGER NOT NULL REFERENCES tables(id),"
                    + " position INTEGER NOT NULL, name TEXT NOT NULL, sql_name TEXT NOT NULL, type TEXT NOT NULL,"
                    + " sql_type TEXT NOT NULL, unit TEXT NOT NULL, description TEXT NOT NULL,"
                    + " PRIMARY KEY(table_ref, position))");
            s.execute("CREATE TABLE IF NOT EXISTS review_cells(id INTEGER PRIMARY KEY,"
                    + " document_id INTEGER NOT NULL REFERENCES documents(id),"
                    + " table_ref INTEGER NOT NULL REFERENCES tables(id), sql_name TEXT NOT NULL,"
                    + " csv_row INTEGER NOT NULL, grid_row INTEGER NOT NULL, col INTEGER NOT NULL, column_name TEXT NOT NULL,"
                    + " page INTEGER, raw TEXT NOT NULL, value TEXT NOT NULL, confidence REAL NOT NULL,"
                    + " flags TEXT NOT NULL, bbox TEXT)");
            s.execute("CREATE INDEX IF NOT EXISTS review_cells_document ON review_cells(document_id)");
            s.execute("CREATE TABLE IF NOT EXISTS table_findings(id INTEGER PRIMARY KEY,"
                    + " document_id INTEGER NOT NULL REFERENCES documents(id),"
                    + " table_ref INTEGER NOT NULL REFERENCES tables(id), severity TEXT NOT NULL, code TEXT NOT NULL,"
                    + " message TEXT NOT NULL, stage_id TEXT NOT NULL, page INTEGER, row_no INTEGER, column_no INTEGER,"
                    + " text TEXT NOT NULL)");
            s.execute("CREATE INDEX IF NOT EXISTS table_findings_document ON table_findings(document_id)");
        }
    }

    /** One open database file: its connection (opened on first write) and the lock writers take. */
    private static final class Handle {
        final ReentrantLock lock = new ReentrantLock();
        Connection connection;
    }

    private static final Map<Path, Handle> HANDLES = new ConcurrentHashMap<>();
    private static final AtomicBoolean HOOK = new AtomicBoolean();

    /**
     * Writes (or rewrites) one document in one transaction. The file's connection stays open for
     * the next document (a checkpoint per document would cost more than the writing); it is closed
     * by {@link #close(Path)} (the {@code sqlite} stage's {@code close()}), or at the latest when
     * the JVM shuts down.
     */
    public static void write(Path file, DocumentRecord doc) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Handle h = HANDLES.computeIfAbsent(key, k -> new Handle());
        h.lock.lock();
        try {
            if (h.connection == null) {
                h.connection = openForWriting(key);
                h.connection.setAutoCommit(false);
                if (HOOK.compareAndSet(false, true)) {
                    Runtime.getRuntime().addShutdownHook(new Thread(ArchiveDatabase::closeAll, "sinpdf-sqlite-close"));
                }
            }
            Connection c = h.connection;
            try {
                writeDocument(c, doc);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException("cannot write " + doc.info().sourceId() + " to " + file + ": " + e.getMessage(), e);
        } finally {
            h.lock.unlock();
        }
    }

    /**
     * Closes the file's connection, if open: the WAL is folded into the database file and the
     * file is switched back to a rollback journal, so what is published is one plain SQLite file.
     */
    public static void close(Path file) throws IOException {
        Handle h = HANDLES.get(file.toAbsolutePath().normalize());
        if (h == null) return;
        h.lock.lock();
        try {
            if (h.connection != null) {
                Connection c = h.connection;
                h.connection = null;
                try (c) {
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        // a plain one-file database for readers, also on read-only media
                        s.execute("PRAGMA journal_mode = DELETE");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("cannot close " + file + ": " + e.getMessage(), e);
        } finally {
            h.lock.unlock();
        }
    }

    private static void closeAll() {
        for (Path p : HANDLES.keySet()) {
            try {
                close(p);
            } catch (IOException e) {
                LoggerFactory.getLogger(ArchiveDatabase.class).warn("{}", e.getMessage());
            }
        }
    }

    static void writeDocument(Connection c, DocumentRecord doc) throws SQLException, IOException {
        DocumentInfo info = doc.info();
        Set<String> methods = new TreeSet<>();
        int ocrPages = 0;
        for (PageRow p : doc.pages()) {
            methods.add(p.method());
            if ("ocr".equals(p.method())) ocrPages++;
        }
        boolean known;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE source_id = ?")) {
            ps.setString(1, info.sourceId());
            try (ResultSet rs = ps.executeQuery()) {
                known = rs.next();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents(source_id, path, file_name, sha256,"
                + " media_type, size, pages, methods, ocr_pages, table_count, converted_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_id) DO UPDATE SET path = excluded.path,"
                + " file_name = excluded.file_name, sha256 = excluded.sha256, media_type = excluded.media_type,"
                + " size = excluded.size, pages = excluded.pages, methods = excluded.methods,"
                + " ocr_pages = excluded.ocr_pages, table_count = excluded.table_count,"
                + " converted_at = excluded.converted_at")) {
            ps.setString(1, info.sourceId());
            ps.setString(2, path(info));
            ps.setString(3, info.fileName());
            ps.setString(4, info.sha256());
            ps.setString(5, info.mediaType());
            ps.setLong(6, info.size());
            ps.setInt(7, doc.pages().size());
            ps.setString(8, String.join(",", methods));
            ps.setInt(9, ocrPages);
            ps.setInt(10, doc.tables().size());
            ps.setString(11, Instant.now().toString());
            ps.executeUpdate();
        }
        long docId;
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE source_id = ?")) {
            ps.setString(1, info.sourceId());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                docId = rs.getLong(1);
            }
        }
        if (known) deleteChildren(c, docId);
        insertPages(c, docId, doc.pages());
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (TableFiles f : doc.files()) files.put(f.tableId(), f.files());
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE")) {
            for (Table t : doc.tables()) {
                String name = unique(sqlName(info.sourceId(), t.id()), exists);
                insertTable(c, docId, t, name, files.getOrDefault(t.id(), Map.of()));
            }
        }
    }

    /** The source's path relative to the input root: the source id's folders and the file name. */
    static String path(DocumentInfo info) {
        int slash = info.sourceId().lastIndexOf('/');
        return slash < 0 ? info.fileName() : info.sourceId().substring(0, slash + 1) + info.fileName();
    }

    private static void deleteChildren(Connection c, long docId) throws SQLException {
        List<String> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sql_name FROM tables WHERE document_id = ?")) {
            ps.setLong(1, docId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) old.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : old) s.execute("DROP TABLE IF EXISTS " + quote(name));
        }
        String[] deletes = {
            "DELETE FROM review_cells WHERE document_id = ?",
            "DELETE FROM table_findings WHERE document_id = ?",
            "DELETE FROM table_columns WHERE table_ref IN (SELECT id FROM tables WHERE document_id = ?)",
            "DELETE FROM tables WHERE document_id = ?",
            "DELETE FROM page_text WHERE rowid IN (SELECT id FROM pages WHERE document_id = ?)",
            "DELETE FROM pages WHERE document_id = ?",
        };
        for (String sql : deletes) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, docId);
                ps.executeUpdate();
            }
        }
    }

    private static void insertPages(Connection c, long docId, List<PageRow> pages) throws SQLException {
        long next;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM pages")) {
            rs.next();
            next = rs.getLong(1) + 1;
        }
        try (PreparedStatement page = c.prepareStatement("INSERT INTO pages(id, document_id, page, method, reason,"
                + " width, height, unit, words, mean_confidence, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement text = c.prepareStatement("INSERT INTO page_text(rowid, text) VALUES (?, ?)")) {
            for (PageRow p : pages) {
                long id = next++;
                page.setLong(1, id);
                page.setLong(2, docId);
                page.setInt(3, p.page());
                page.setString(4, p.method());
                page.setString(5, p.reason());
                page.setDouble(6, p.width());
                page.setDouble(7, p.height());
                page.setString(8, p.unit());
                page.setInt(9, p.words());
                page.setDouble(10, p.meanConfidence());
                page.setString(11, p.text());
                page.addBatch();
                if (!p.text().isEmpty()) {
                    text.setLong(1, id);
                    text.setString(2, p.text());
                    text.addBatch();
                }
            }
            page.executeBatch();
            text.executeBatch();
        }
    }

    private static void insertTable(Connection c, long docId, Table t, String name, Map<String, String> files)
            throws SQLException, IOException {
        List<String> columnNames = columnNames(t.columns());
        List<Map<String, Object>> columnsJson = new ArrayList<>();
        for (int i = 0; i < t.columnCount(); i++) {
            Column col = t.columns().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", col.name());
            m.put("column", columnNames.get(i));
            m.put("type", col.type().id());
            m.put("sqlType", sqlType(col.type()));
            if (!col.unit().isEmpty()) m.put("unit", col.unit());
            columnsJson.add(m);
        }
        List<Map<String, Object>> regions = new ArrayList<>();
        for (TableRegion r : t.regions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", r.page());
            m.put("bbox", r.bbox().toArray());
            regions.add(m);
        }
        List<Cell> flagged = t.cells().stream().filter(Cell::flagged).toList();
        long ref;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tables(document_id, table_id, sql_name, pages,"
                + " first_page, bbox, columns, files, row_count, column_count, header_rows, stage_id, flagged_cells)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, docId);
            ps.setString(2, t.id());
            ps.setString(3, name);
            ps.setString(4, String.join(",", t.pages().stream().map(String::valueOf).toList()));
            if (t.pages().isEmpty()) ps.setNull(5, Types.INTEGER);
            else ps.setInt(5, t.pages().get(0));
            ps.setString(6, JSON.writeValueAsString(regions));
            ps.setString(7, JSON.writeValueAsString(columnsJson));
            ps.setString(8, JSON.writeValueAsString(new java.util.TreeMap<>(files)));
            ps.setInt(9, t.dataRowCount());
            ps.setInt(10, t.columnCount());
            ps.setInt(11, t.headerRows());
            ps.setString(12, t.stageId());
            ps.setInt(13, flagged.size());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                ref = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO table_columns(table_ref, position, name, sql_name,"
                + " type, sql_type, unit, description) VALUES (?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < t.columnCount(); i++) {
                Column col = t.columns().get(i);
                ps.setLong(1, ref);
                ps.setInt(2, i + 1);
                ps.setString(3, col.name());
                ps.setString(4, columnNames.get(i));
                ps.setString(5, col.type().id());
                ps.setString(6, sqlType(col.type()));
                ps.setString(7, col.unit());
                ps.setString(8, col.description());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        createDataTable(c, t, name, columnNames);
        insertReviewCells(c, docId, ref, t, name, columnNames, flagged);
        insertFindings(c, docId, ref, t.findings());
    }

    private static void createDataTable(Connection c, Table t, String name, List<String> columnNames)
            throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(name))
                .append("(_row INTEGER PRIMARY KEY, _page INTEGER");
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(quote(name)).append(" VALUES (?, ?");
        for (int i = 0; i < t.columnCount(); i++) {
            ddl.append(", ").append(quote(columnNames.get(i))).append(' ').append(sqlType(t.columns().get(i).type()));
            insert.append(", ?");
        }
        try (Statement s = c.createStatement()) {
            s.execute(ddl.append(')').toString());
        }
        String[][] grid = t.grid();
        int[] pageOfRow = pageOfRow(t);
        try (PreparedStatement ps = c.prepareStatement(insert.append(')').toString())) {
            for (int r = t.headerRows(); r < t.rowCount(); r++) {
                ps.setInt(1, t.csvRecord(r));
                if (pageOfRow[r] > 0) ps.setInt(2, pageOfRow[r]);
                else ps.setNull(2, Types.INTEGER);
                for (int k = 0; k < t.columnCount(); k++) bind(ps, k + 3, grid[r][k], t.columns().get(k).type());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The page each grid row comes from: its region, else its cells' page, else 0. */
    private static int[] pageOfRow(Table t) {
        int[] pages = new int[t.rowCount()];
        for (TableRegion r : t.regions()) {
            for (int row = Math.max(0, r.firstRow()); row < Math.min(t.rowCount(), r.endRow()); row++) {
                if (pages[row] == 0) pages[row] = r.page();
            }
        }
        for (Cell cell : t.cells()) {
            if (pages[cell.row()] == 0 && cell.page() > 0) pages[cell.row()] = cell.page();
        }
        return pages;
    }

    private static void insertReviewCells(Connection c, long docId, long ref, Table t, String name,
                                          List<String> columnNames, List<Cell> flagged) throws SQLException, IOException {
        if (flagged.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_cells(document_id, table_ref, sql_name, csv_row,"
                + " grid_row, col, column_name, page, raw, value, confidence, flags, bbox)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Cell cell : flagged) {
                ps.setLong(1, docId);
                ps.setLong(2, ref);
                ps.setString(3, name);
                ps.setInt(4, t.csvRecord(cell.row()));
                ps.setInt(5, cell.row());
                ps.setInt(6, cell.col() + 1);
                ps.setString(7, columnNames.get(cell.col()));
                if (cell.page() > 0) ps.setInt(8, cell.page());
                else ps.setNull(8, Types.INTEGER);
                ps.setString(9, cell.raw());
                ps.setString(10, cell.value());
                ps.setDouble(11, cell.confidence().value());
                ps.setString(12, String.join(",", cell.flags()));
                BoundingBox b = cell.box();
                if (b == null) ps.setNull(13, Types.VARCHAR);
                else ps.setString(13, JSON.writeValueAsString(b.toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertFindings(Connection c, long docId, long ref, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) return;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO table_findings(document_id, table_ref, severity,"
                + " code, message, stage_id, page, row_no, column_no, text) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            for (Finding f : findings) {
                ps.setLong(1, docId);
                ps.setLong(2, ref);
                ps.setString(3, f.severity().name().toLowerCase(Locale.ROOT));
                ps.setString(4, f.code());
                ps.setString(5, f.message());
                ps.setString(6, f.stageId());
                ps.setInt(7, f.page());
                ps.setInt(8, f.row());
                ps.setInt(9, f.column());
                ps.setString(10, f.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** SQL storage class for a column type: whole numbers and booleans INTEGER, other numbers REAL, the rest TEXT. */
    static String sqlType(ColumnType type) {
        return switch (type) {
            case INTEGER, BOOLEAN -> "INTEGER";
            case DECIMAL, CURRENCY, PERCENT, LATITUDE, LONGITUDE -> "REAL";
            default -> "TEXT";
        };
    }

    /** Binds a published value; blank is NULL, a value that does not parse as the column's type stays text. */
    static void bind(PreparedStatement ps, int index, String value, ColumnType type) throws SQLException {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            ps.setNull(index, Types.NULL);
            return;
        }
        switch (sqlType(type)) {
            case "INTEGER" -> {
                if (type == ColumnType.BOOLEAN) {
                    String b = v.toLowerCase(Locale.ROOT);
                    if (Set.of("true", "1", "sí", "si", "yes").contains(b)) ps.setInt(index, 1);
                    else if (Set.of("false", "0", "no").contains(b)) ps.setInt(index, 0);
                    else ps.setString(index, value);
                    return;
                }
                try {
                    ps.setLong(index, new BigDecimal(v).longValueExact());
                } catch (ArithmeticException | NumberFormatException e) {
                    ps.setString(index, value);
                }
            }
            case "REAL" -> {
                try {
                    ps.setDouble(index, new BigDecimal(v).doubleValue());
                } catch (NumberFormatException e) {
                    ps.setString(index, value);
                }
            }
            default -> ps.setString(index, value);
        }
    }

    /** The SQL name of a table: source folders and table id, ASCII lower case with underscores. */
    static String sqlName(String sourceId, String tableId) {
        int slash = sourceId.lastIndexOf('/');
        String folders = slash < 0 ? "" : sourceId.substring(0, slash) + "_";
        String s = ascii(folders + tableId);
        if (s.isEmpty()) s = "tabla";
        if (Character.isDigit(s.charAt(0))) s = "t_" + s;
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** SQL column names from the published names, unique within the table. */
    static List<String> columnNames(List<Column> columns) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>(RESERVED_COLUMNS);
        for (int i = 0; i < columns.size(); i++) {
            String s = ascii(columns.get(i).name());
            if (s.length() > 60) s = s.substring(0, 60).replaceAll("_+$", "");
            if (s.isEmpty()) s = "columna_" + (i + 1);
            if (Character.isDigit(s.charAt(0))) s = "c_" + s;
            String candidate = s;
            for (int n = 2; used.contains(candidate); n++) candidate = s + "_" + n;
            used.add(candidate);
            out.add(candidate);
        }
        return out;
    }

    private static String ascii(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    /** The name, or the name with "_2", "_3", ... when a table, index or view of that name exists. */
    private static String unique(String base, PreparedStatement exists) throws SQLException {
        String candidate = base;
        for (int n = 2; taken(exists, candidate) || RESERVED_TABLES.contains(candidate); n++) candidate = base + "_" + n;
        return candidate;
    }

    private static boolean taken(PreparedStatement exists, String name) throws SQLException {
        exists.setString(1, name);
        try (ResultSet rs = exists.executeQuery()) {
            return rs.next();
        }
    }

    /** Double-quotes an SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
