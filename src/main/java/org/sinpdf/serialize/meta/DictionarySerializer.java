package org.sinpdf.serialize.meta;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sinpdf.model.Column;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Table;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.TableFiles;

/**
 * Stage {@code dictionary}: a data dictionary per table, {@code <table id>-diccionario.csv}
 * (UTF-8, RFC 4180), one line per column of the table's CSV, with the header
 * {@code columna,descripcion,tipo,unidad,identificador}: {@code columna} is the header exactly as
 * in the CSV, {@code descripcion} the column's description (or, when it has none, a description
 * of its type), {@code tipo} the type id (text, integer, decimal, currency, percent, date, boolean,
 * latitude, longitude, coordinate, inegi-code), {@code unidad} the unit moved out of the values,
 * {@code identificador} the ASCII name used in XML, CSVW and KML.
 */
public final class DictionarySerializer implements DocumentSerializer {
    static final List<String> HEADER = List.of("columna", "descripcion", "tipo", "unidad", "identificador");
    private final DictionaryOptions options;

    public DictionarySerializer(DictionaryOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return "dictionary"; }

    /** The dictionary file of a table. */
    public String fileName(String tableId) { return tableId + options.suffix() + ".csv"; }

    @Override
    public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        return new DocumentWriter() {
            @Override
            public void tables(List<Table> tables, List<TableFiles> files) throws IOException {
                for (Table t : tables) {
                    try (OutputStream out = sink.create(fileName(t.id()))) {
                        write(t, out);
                    }
                }
            }

            @Override public void close() {}
        };
    }

    void write(Table t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter p = new CSVPrinter(w, format);
        List<String> names = t.fieldNames();
        for (int c = 0; c < t.columnCount(); c++) {
            Column col = t.columns().get(c);
            String desc = col.description().isEmpty() && options.describeTypes()
                    ? MetaTypes.describe(col.type(), col.unit()) : col.description();
            p.printRecord(col.name(), desc, col.type().id(), col.unit(), names.get(c));
        }
        p.flush();
    }
}
