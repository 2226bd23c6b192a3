package org.sinpdf.archive;

import org.sinpdf.layout.Layout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.TableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects one document (page facts and text, then tables) and writes it to the database in one
 * transaction on {@link #close()}. A document whose tables never arrived did not finish
 * converting and is not written.
 */
final class SqliteDocumentWriter implements DocumentWriter {
    private static final Logger log = LoggerFactory.getLogger(SqliteDocumentWriter.class);
    private final DocumentInfo document;
    private final Path database;
    private final SqliteOptions options;
    private final List<ArchiveDatabase.PageRow> pages = new ArrayList<>();
    private List<Table> tables;
    private List<TableFiles> files = List.of();

    SqliteDocumentWriter(DocumentInfo document, Path database, SqliteOptions options) {
        this.document = document;
        this.database = database;
        this.options = options;
    }

    @Override public void page(Page page) {
        List<Layout.Word> words;
        String text = "";
        if (options.pageText()) {
            Layout.PageText layout = Layout.of(page); // shared with the txt and alto writers of this page
            words = layout.words();
            text = layout.text();
        } else {
            words = Layout.words(page.chunks());
        }
        double mean = words.stream().mapToDouble(Layout.Word::confidence).average().orElse(1);
        pages.add(new ArchiveDatabase.PageRow(page.number(), page.method().label(), page.reason(), page.width(),
                page.height(), page.unit(), words.size(), mean, text));
    }

    @Override public void tables(List<Table> finalTables, List<TableFiles> tableFiles) {
        this.tables = List.copyOf(finalTables);
        this.files = List.copyOf(tableFiles);
    }

    @Override public void close() throws IOException {
        if (tables == null) {
            log.warn("{}: not written to {}: the conversion did not finish", document.sourceId(), database.getFileName());
            return;
        }
        ArchiveDatabase.write(database, new ArchiveDatabase.DocumentRecord(document, pages, tables, files));
    }
}
