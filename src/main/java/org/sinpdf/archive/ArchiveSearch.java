package org.sinpdf.archive;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Full-text search over the pages of an archive database (FTS5, ranked by bm25). */
public final class ArchiveSearch {
    private static final String SQL = "SELECT d.path, d.source_id, p.page,"
            + " snippet(page_text, 0, '[', ']', '…', 12), bm25(page_text) AS score"
            + " FROM page_text JOIN pages p ON p.id = page_text.rowid JOIN documents d ON d.id = p.document_id"
            + " WHERE page_text MATCH ? ORDER BY score, d.path, p.page LIMIT ?";

    private ArchiveSearch() {}

    /**
     * One matching page.
     *
     * @param path     the source file's path relative to the input root
     * @param sourceId the document's source id
     * @param page     1-based page number
     * @param snippet  text around the match, matched words in [brackets]
     * @param score    bm25 rank (lower is better)
     */
    public record Hit(String path, String sourceId, int page, String snippet, double score) {}

    /**
     * Searches the pages' text.
     *
     * @param query  words that must all occur on the page (any order), or, when {@code fts} is
     *               true, an FTS5 query as is (OR, NOT, NEAR, "phrases", prefix*)
     * @throws NoSuchFileException when there is no database at {@code database}
     * @throws IOException         when it is not a sinpdf database, or the FTS5 query is malformed
     */
    public static List<Hit> search(Path database, String query, int limit, boolean fts) throws IOException {
        String match = fts ? query : plainQuery(query);
        if (match.isBlank()) return List.of();
        try (Connection c = ArchiveDatabase.openReadOnly(database);
             PreparedStatement ps = c.prepareStatement(SQL)) {
            ps.setString(1, match);
            ps.setInt(2, Math.max(1, limit));
            List<Hit> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    hits.add(new Hit(rs.getString(1), rs.getString(2), rs.getInt(3),
                            rs.getString(4).replaceAll("\\s+", " ").strip(), rs.getDouble(5)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new IOException("cannot search " + database + ": " + e.getMessage(), e);
        }
    }

    /** Each whitespace-separated word as an FTS5 string (so "-", ":" and quotes are literal), all required. */
    static String plainQuery(String query) {
        StringBuilder sb = new StringBuilder();
        for (String w : query.strip().split("\\s+")) {
            if (w.isEmpty()) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append('"').append(w.replace("\"", "\"\"")).append('"');
        }
        return sb.toString();
    }
}
