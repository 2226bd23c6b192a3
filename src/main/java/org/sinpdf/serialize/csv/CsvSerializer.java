package org.sinpdf.serialize.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Serializer;

/**
 * Writes a table as CSV (RFC 4180, UTF-8): one header line with the column names, then one
 * record per grid row after the header rows. A spanning cell's text stands in the first
 * position of its span; the positions it covers are empty (the manifest keeps the spans).
 */
public final class CsvSerializer implements Serializer {
    private final CSVFormat format;
    private final boolean bom;

    public CsvSerializer(CsvOptions options) {
        this.format = CSVFormat.RFC4180.builder()
                .setRecordSeparator("lf".equals(options.lineEnding()) ? "\n" : "\r\n")
                .get();
        this.bom = options.bom();
    }

    @Override public String id() { return "csv"; }
    @Override public String extension() { return "csv"; }

    @Override
    public void write(Table table, DocumentInfo document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, format);
        printer.printRecord(table.columnNames());
        String[][] grid = table.grid();
        for (int r = table.headerRows(); r < table.rowCount(); r++) printer.printRecord((Object[]) grid[r]);
        printer.flush();
    }
}
