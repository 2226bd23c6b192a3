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
import java.util.HashMap;
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
import java.util.regex.Pattern;
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
 * place (same id) and replaces everything else it owns, in one transaction committed before
 * {@link #write} returns. Writers of one file in this JVM share one connection and its prepared
 * statements and take turns (a lock per file); other processes wait on SQLite's busy timeout. The
 * database is in WAL mode ({@code synchronous=NORMAL}: a killed run loses nothing committed, a
 * power cut at most the last commits) while the run writes; closing it folds the WAL back into the
 * one file and leaves it in rollback-journal mode.
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

    /**
     * Opens (creating if needed) a database for writing, schema in place (created in one
     * transaction), WAL mode, auto-commit off.
     */
    static Connection openForWriting(Path file) throws SQLException, IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(60_000);
        Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            c.setAutoCommit(false);
            createSchema(c);
            c.commit();
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

    /** One open database file: its session (opened on first write) and the lock writers take. */
    private static final class Handle {
        final ReentrantLock lock = new ReentrantLock();
        Session session;
    }

    /**
     * A connection and the statements prepared on it, reused from document to document (a data
     * table's insert, whose text differs per table, is prepared per table). SQLite re-prepares a
     * statement by itself when the schema changed since (each document creates tables).
     */
    private static final class Session implements AutoCloseable {
        final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        Session(Connection connection) { this.connection = connection; }

        PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        /** Closes the prepared statements (after a failed write, so none keeps a half-built batch). */
        void closeStatements() throws SQLException {
            SQLException first = null;
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    if (first == null) first = e;
                }
            }
            statements.clear();
            if (first != null) throw first;
        }

        @Override public void close() throws SQLException {
            try (connection) {
                closeStatements();
            }
        }
    }

    private static final Map<Path, Handle> HANDLES = new ConcurrentHashMap<>();
    private static final AtomicBoolean HOOK = new AtomicBoolean();

    /**
     * Writes (or rewrites) one document in one transaction, committed before this returns (so a
     * document the run's resume log lists as done is in the database, even if the run is killed
     * right after). The file's connection and prepared statements stay open for the next document
     * (a checkpoint per document would cost more than the writing); they are closed by
     * {@link #close(Path)} (the {@code sqlite} stage's {@code close()}), or at the latest when the
     * JVM shuts down.
     */
    public static void write(Path file, DocumentRecord doc) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Handle h = HANDLES.computeIfAbsent(key, k -> new Handle());
        h.lock.lock();
        try {
            if (h.session == null) {
                h.session = new Session(openForWriting(key));
                if (HOOK.compareAndSet(false, true)) {
                    Runtime.getRuntime().addShutdownHook(new Thread(ArchiveDatabase::closeAll, "sinpdf-sqlite-close"));
                }
            }
            Session s = h.session;
            try {
                writeDocument(s, doc);
                s.connection.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                try {
                    s.closeStatements();
                } finally {
                    s.connection.rollback();
                }
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
            if (h.session != null) {
                Session session = h.session;
                h.session = null;
                try (session) {
                    session.closeStatements();
                    Connection c = session.connection;
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

    /** A table to write: the table, its SQL name and column names, its row id in {@code tables}. */
    private record TableRow(Table table, String name, List<String> columnNames, long ref, Map<String, String> files) {}

    /**
     * Writes one document. Catalog rows first, then the document's data tables are created, then
     * filled: creating a table changes the schema, which makes SQLite re-prepare every statement,
     * so the statements are not interleaved with the creations.
     */
    private static void writeDocument(Session s, DocumentRecord doc) throws SQLException, IOException {
        long docId = upsertDocument(s, doc);
        insertPages(s, docId, doc.pages());
        Map<String, Map<String, String>> files = new LinkedHashMap<>();
        for (TableFiles f : doc.files()) files.put(f.tableId(), f.files());
        List<TableRow> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long ref = maxId(s, "SELECT coalesce(max(id), 0) FROM tables");
        PreparedStatement exists = s.statement("SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE");
        for (Table t : doc.tables()) {
            String name = unique(sqlName(doc.info().sourceId(), t.id()), exists, names);
            rows.add(new TableRow(t, name, columnNames(t.columns()), ++ref, files.getOrDefault(t.id(), Map.of())));
        }
        for (TableRow r : rows) insertCatalog(s, docId, r);
        try (Statement ddl = s.connection.createStatement()) {
            for (TableRow r : rows) ddl.execute(createDataTable(r));
        }
        for (TableRow r : rows) insertData(s.connection, r);
    }

    /** Inserts or updates the document's row; when it existed, deletes what it owned. Returns its id. */
    private static long upsertDocument(Session s, DocumentRecord doc) throws SQLException {
        DocumentInfo info = doc.info();
        Set<String> methods = new TreeSet<>();
        int ocrPages = 0;
        for (PageRow p : doc.pages()) {
            methods.add(p.method());
            if ("ocr".equals(p.method())) ocrPages++;
        }
        boolean known;
        PreparedStatement find = s.statement("SELECT 1 FROM documents WHERE source_id = ?");
        find.setString(1, info.sourceId());
        try (ResultSet rs = find.executeQuery()) {
            known = rs.next();
        }
        PreparedStatement ps = s.statement("INSERT INTO documents(source_id, path, file_name, sha256,"
                + " media_type, size, pages, methods, ocr_pages, table_count, converted_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_id) DO UPDATE SET path = excluded.path,"
                + " file_name = excluded.file_name, sha256 = excluded.sha256, media_type = excluded.media_type,"
                + " size = excluded.size, pages = excluded.pages, methods = excluded.methods,"
                + " ocr_pages = excluded.ocr_pages, table_count = excluded.table_count,"
                + " converted_at = excluded.converted_at RETURNING id");
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
        long docId;
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("no id returned for document " + info.sourceId());
            docId = rs.getLong(1);
        }
        if (known) deleteChildren(s, docId);
        return docId;
    }

    private static long maxId(Session s, String sql) throws SQLException {
        try (ResultSet rs = s.statement(sql).executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The source's path relative to the input root: the source id's folders and the file name. */
    static String path(DocumentInfo info) {
        int slash = info.sourceId().lastIndexOf('/');
        return slash < 0 ? info.fileName() : info.sourceId().substring(0, slash + 1) + info.fileName();
    }

    private static void deleteChildren(Session session, long docId) throws SQLException {
        Connection c = session.connection;
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

    private static void insertPages(Session s, long docId, List<PageRow> pages) throws SQLException {
        long next = maxId(s, "SELECT coalesce(max(id), 0) FROM pages") + 1;
        PreparedStatement page = s.statement("INSERT INTO pages(id, document_id, page, method, reason,"
                + " width, height, unit, words, mean_confidence, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement text = s.statement("INSERT INTO page_text(rowid, text) VALUES (?, ?)");
        boolean anyText = false;
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
                anyText = true;
            }
        }
        if (!pages.isEmpty()) page.executeBatch();
        if (anyText) text.executeBatch();
    }

    /** The table's rows in the catalog: {@code tables}, {@code table_columns}, review cells, findings. */
    private static void insertCatalog(Session s, long docId, TableRow row) throws SQLException, IOException {
        Table t = row.table();
        List<String> columnNames = row.columnNames();
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
        PreparedStatement ps = s.statement("INSERT INTO tables(id, document_id, table_id, sql_name, pages,"
                + " first_page, bbox, columns, files, row_count, column_count, header_rows, stage_id, flagged_cells)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        ps.setLong(1, row.ref());
        ps.setLong(2, docId);
        ps.setString(3, t.id());
        ps.setString(4, row.name());
        ps.setString(5, String.join(",", t.pages().stream().map(String::valueOf).toList()));
        if (t.pages().isEmpty()) ps.setNull(6, Types.INTEGER);
        else ps.setInt(6, t.pages().get(0));
        ps.setString(7, JSON.writeValueAsString(regions));
        ps.setString(8, JSON.writeValueAsString(columnsJson));
        ps.setString(9, JSON.writeValueAsString(new java.util.TreeMap<>(row.files())));
        ps.setInt(10, t.dataRowCount());
        ps.setInt(11, t.columnCount());
        ps.setInt(12, t.headerRows());
        ps.setString(13, t.stageId());
        ps.setInt(14, flagged.size());
        ps.executeUpdate();
        if (t.columnCount() > 0) {
            PreparedStatement cols = s.statement("INSERT INTO table_columns(table_ref, position, name, sql_name,"
                    + " type, sql_type, unit, description) VALUES (?,?,?,?,?,?,?,?)");
            for (int i = 0; i < t.columnCount(); i++) {
                Column col = t.columns().get(i);
                cols.setLong(1, row.ref());
                cols.setInt(2, i + 1);
                cols.setString(3, col.name());
                cols.setString(4, columnNames.get(i));
                cols.setString(5, col.type().id());
                cols.setString(6, sqlType(col.type()));
                cols.setString(7, col.unit());
                cols.setString(8, col.description());
                cols.addBatch();
            }
            cols.executeBatch();
        }
        insertReviewCells(s, docId, row, flagged);
        insertFindings(s, docId, row.ref(), t.findings());
    }

    /** The DDL of a table's data table. */
    private static String createDataTable(TableRow row) {
        Table t = row.table();
        StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(row.name()))
                .append("(_row INTEGER PRIMARY KEY, _page INTEGER");
        for (int i = 0; i < t.columnCount(); i++) {
            ddl.append(", ").append(quote(row.columnNames().get(i))).append(' ').append(sqlType(t.columns().get(i).type()));
        }
        return ddl.append(')').toString();
    }

    /** Fills a table's data table (created before): one row per data row, typed values. */
    private static void insertData(Connection c, TableRow row) throws SQLException {
        Table t = row.table();
        if (t.rowCount() <= t.headerRows()) return;
        StringBuilder insert = new StringBuilder("INSERT INTO ").append(quote(row.name())).append(" VALUES (?, ?");
        for (int i = 0; i < t.columnCount(); i++) insert.append(", ?");
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

    private static void insertReviewCells(Session s, long docId, TableRow row, List<Cell> flagged)
            throws SQLException, IOException {
        if (flagged.isEmpty()) return;
        Table t = row.table();
        PreparedStatement ps = s.statement("INSERT INTO review_cells(document_id, table_ref, sql_name, csv_row,"
                + " grid_row, col, column_name, page, raw, value, confidence, flags, bbox)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        for (Cell cell : flagged) {
            ps.setLong(1, docId);
            ps.setLong(2, row.ref());
            ps.setString(3, row.name());
            ps.setInt(4, t.csvRecord(cell.row()));
            ps.setInt(5, cell.row());
            ps.setInt(6, cell.col() + 1);
            ps.setString(7, row.columnNames().get(cell.col()));
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

    private static void insertFindings(Session s, long docId, long ref, List<Finding> findings) throws SQLException {
        if (findings.isEmpty()) return;
        PreparedStatement ps = s.statement("INSERT INTO table_findings(document_id, table_ref, severity,"
                + " code, message, stage_id, page, row_no, column_no, text) VALUES (?,?,?,?,?,?,?,?,?,?)");
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    private static String ascii(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = NOT_ALNUM.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("_");
        return EDGE_UNDERSCORES.matcher(s).replaceAll("");
    }

    /**
     * The name, or the name with "_2", "_3", ... when a table, index or view of that name exists or
     * {@code inDocument} (names given to this document's tables, lower case) holds it; adds the
     * name to {@code inDocument}.
     */
    private static String unique(String base, PreparedStatement exists, Set<String> inDocument) throws SQLException {
        String candidate = base;
        for (int n = 2; inDocument.contains(candidate.toLowerCase(Locale.ROOT)) || RESERVED_TABLES.contains(candidate)
                || taken(exists, candidate); n++) {
            candidate = base + "_" + n;
        }
        inDocument.add(candidate.toLowerCase(Locale.ROOT));
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
