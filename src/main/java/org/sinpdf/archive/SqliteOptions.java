package org.sinpdf.archive;

/**
 * Options of the {@code sqlite} stage.
 *
 * @param file     the database, relative to the run's output root (one file for the whole run)
 * @param pageText whether each page's full text is stored (table {@code pages}, searchable
 *                 through the FTS5 table {@code page_text})
 */
public record SqliteOptions(String file, boolean pageText) {
    public static final SqliteOptions DEFAULTS = new SqliteOptions("sinpdf.sqlite", true);

    public SqliteOptions {
        file = file == null || file.isBlank() ? "sinpdf.sqlite" : file;
    }
}
