package org.sinpdf.serialize.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sinpdf.model.Column;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.TableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage {@code csvw}: W3C CSV on the Web metadata for a document's CSV files, one
 * {@code <base>-metadata.json} per document (a table group). Each table: {@code url} (the CSV file
 * name, relative), {@code dc:identifier}, {@code dialect} (UTF-8, one header line),
 * {@code tableSchema.columns} ({@code name} = ASCII field name, {@code titles} = header exactly as
 * in the CSV, {@code datatype} from the column type, {@code dc:description}, {@code schema:unitText}),
 * and provenance: {@code prov:wasDerivedFrom} (source file name, SHA-256 as
 * {@code urn:sha256:…}, media type, one entity per page region with {@code schema:pagination} and
 * the region) and {@code prov:wasGeneratedBy} (sinpdf, tabulator stage, per-page method
 * text-layer/ocr). Tables without a CSV file are not described. Nothing is written for a document
 * without CSV files.
 */
public final class CsvwSerializer implements DocumentSerializer {
    private static final Logger log = LoggerFactory.getLogger(CsvwSerializer.class);
    private final CsvwOptions options;

    public CsvwSerializer(CsvwOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return "csvw"; }

    /** The file written for a document: {@code <base name>-metadata.json}. */
    public static String fileName(DocumentInfo doc) { return doc.baseName() + "-metadata.json"; }

    @Override
    public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        return new Writer(document, sink);
    }

    private final class Writer implements DocumentWriter {
        private final DocumentInfo doc;
        private final OutputSink sink;
        private final Map<Integer, String> methods = new TreeMap<>();

        Writer(DocumentInfo doc, OutputSink sink) {
            this.doc = doc;
            this.sink = sink;
        }

        @Override
        public void page(Page page) { methods.put(page.number(), page.method().label()); }

        @Override
        public void tables(List<Table> tables, List<TableFiles> files) throws IOException {
            ObjectNode root = build(tables, files);
            if (root.get("tables").isEmpty()) {
                log.warn("csvw: {} has no '{}' files to describe; no metadata written", doc.fileName(), options.csvStage());
                return;
            }
            try (OutputStream out = sink.create(fileName(doc))) {
                MetaTypes.JSON.writeValue(out, root);
            }
        }

        ObjectNode build(List<Table> tables, List<TableFiles> files) {
            Map<String, String> csvByTable = files.stream().filter(f -> f.files().containsKey(options.csvStage()))
                    .collect(Collectors.toMap(TableFiles::tableId, f -> f.files().get(options.csvStage()), (a, b) -> a));
            ObjectNode root = MetaTypes.object();
            ArrayNode context = root.putArray("@context");
            context.add("http://www.w3.org/ns/csvw");
            context.addObject().put("@language", options.language());
            root.put("dc:title", "Tablas de " + doc.fileName());
            root.put("dc:source", doc.fileName());
            root.set("prov:wasDerivedFrom", sourceEntity());
            ArrayNode out = root.putArray("tables");
            for (Table t : tables) {
                String csv = csvByTable.get(t.id());
                if (csv == null) continue;
                out.add(table(t, csv));
            }
            return root;
        }

        private ObjectNode sourceEntity() {
            ObjectNode e = MetaTypes.object();
            e.put("@type", "prov:Entity");
            e.put("dc:title", doc.fileName());
            e.put("dc:format", doc.mediaType());
            if (!doc.sha256().isEmpty()) e.put("dc:identifier", "urn:sha256:" + doc.sha256());
            if (doc.size() > 0) e.put("dc:extent", doc.size() + " bytes");
            return e;
        }

        private ObjectNode table(Table t, String csv) {
            ObjectNode n = MetaTypes.object();
            n.put("url", csv);
            n.put("dc:identifier", t.id());
            n.put("dc:title", "Tabla " + t.id() + " de " + doc.fileName());
            ObjectNode dialect = n.putObject("dialect");
            dialect.put("encoding", "utf-8");
            dialect.put("header", true);
            dialect.put("headerRowCount", 1);
            ObjectNode schema = n.putObject("tableSchema");
            ArrayNode columns = schema.putArray("columns");
            List<String> names = t.fieldNames();
            for (int c = 0; c < t.columnCount(); c++) {
                Column col = t.columns().get(c);
                ObjectNode cn = columns.addObject();
                cn.put("name", names.get(c));
                cn.put("titles", col.name());
                cn.set("datatype", MetaTypes.csvwDatatype(t, c));
                if (!col.description().isEmpty()) cn.put("dc:description", col.description());
                if (!col.unit().isEmpty()) cn.put("schema:unitText", col.unit());
            }
            ArrayNode derived = n.putArray("prov:wasDerivedFrom");
            if (t.regions().isEmpty()) {
                derived.add(sourceEntity());
            }
            for (TableRegion r : t.regions()) {
                ObjectNode e = sourceEntity();
                e.put("schema:pagination", Integer.toString(r.page()));
                double[] b = r.bbox().toArray();
                int first = Math.max(r.firstRow(), t.headerRows());
                int last = r.endRow() - 1;
                String rows = last < first ? "solo encabezado"
                        : "registros CSV " + t.csvRecord(first) + "–" + t.csvRecord(last);
                e.put("rdfs:comment", String.format(java.util.Locale.ROOT,
                        "región [%s, %s, %s, %s] de la página (izquierda, arriba, derecha, abajo; origen arriba a la izquierda); %s",
                        num(b[0]), num(b[1]), num(b[2]), num(b[3]), rows));
                derived.add(e);
            }
            ObjectNode act = n.putObject("prov:wasGeneratedBy");
            act.put("@type", "prov:Activity");
            act.put("rdfs:label", "sinpdf");
            StringBuilder how = new StringBuilder();
            if (!t.stageId().isEmpty()) how.append("tabulador ").append(t.stageId());
            String perPage = t.pages().stream().map(p -> p + ": " + methods.getOrDefault(p, "desconocido"))
                    .collect(Collectors.joining(", "));
            if (!perPage.isEmpty()) how.append(how.length() > 0 ? "; " : "").append("método por página ").append(perPage);
            if (how.length() > 0) act.put("dc:description", how.toString());
            if (!t.findings().isEmpty()) {
                ArrayNode notes = n.putArray("notes");
                t.findings().forEach(f -> notes.add(f.severity() + " " + f.code()
                        + (f.page() > 0 ? " (página " + f.page() + ")" : "") + (f.message().isEmpty() ? "" : ": " + f.message())));
            }
            return n;
        }

        @Override public void close() {}
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
