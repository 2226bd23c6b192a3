package org.sinpdf.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.TableFiles;

/**
 * Writes {@code manifest.json}, the stable output contract (see README, "Output contract").
 * Fields are only ever added, never renamed.
 */
final class Manifest {
    static final String FILE = "manifest.json";

    private Manifest() {}

    static void write(ConversionResult r, String configFingerprint, OutputStream out) throws IOException {
        Json.JSON.writeValue(out, tree(r, configFingerprint));
    }

    static ObjectNode tree(ConversionResult r, String configFingerprint) {
        ObjectNode root = Json.JSON.createObjectNode();
        root.put("sinpdf", Version.get());
        root.put("source", r.document().fileName());
        root.put("sourceId", r.document().sourceId());
        root.put("sha256", r.document().sha256());
        root.put("mediaType", r.document().mediaType());
        root.put("bytes", r.document().size());
        root.put("config", configFingerprint);
        ArrayNode pages = root.putArray("pages");
        for (PageSummary p : r.pages()) {
            ObjectNode n = pages.addObject();
            n.put("number", p.number());
            n.put("width", round(p.width()));
            n.put("height", round(p.height()));
            n.put("unit", p.unit());
            n.put("rotation", p.rotation());
            n.put("method", p.method());
            n.put("extractor", p.extractor());
            n.put("reason", p.reason());
            n.put("words", p.words());
            if (!Double.isNaN(p.meanConfidence())) n.put("meanConfidence", round(p.meanConfidence()));
            n.put("tables", p.tables());
            n.put("millis", p.millis());
            if (p.failed()) n.put("error", p.error());
        }
        ArrayNode tables = root.putArray("tables");
        for (int i = 0; i < r.tables().size(); i++) {
            Table t = r.tables().get(i);
            TableFiles files = i < r.tableFiles().size() ? r.tableFiles().get(i) : new TableFiles(t.id(), java.util.Map.of());
            tables.add(table(t, files));
        }
        ArrayNode docFiles = root.putArray("files");
        r.documentFiles().forEach(docFiles::add);
        root.set("findings", findings(r.findings()));
        root.put("elapsedMs", r.elapsed().toMillis());
        return root;
    }

    private static ObjectNode table(Table t, TableFiles files) {
        ObjectNode n = Json.JSON.createObjectNode();
        n.put("id", t.id());
        n.put("rows", t.dataRowCount());
        n.put("columns", t.columnCount());
        n.put("headerRows", t.headerRows());
        n.put("tabulator", t.stageId());
        ArrayNode cols = n.putArray("columnInfo");
        for (Column c : t.columns()) {
            ObjectNode cn = cols.addObject();
            cn.put("name", c.name());
            cn.put("type", c.type().id());
            if (!c.unit().isEmpty()) cn.put("unit", c.unit());
        }
        ObjectNode f = n.putObject("files");
        new java.util.TreeMap<>(files.files()).forEach(f::put);
        ArrayNode regions = n.putArray("regions");
        for (TableRegion reg : t.regions()) {
            ObjectNode rn = regions.addObject();
            rn.put("page", reg.page());
            ArrayNode bbox = rn.putArray("bbox");
            for (double v : reg.bbox().toArray()) bbox.add(v);
            ArrayNode rows = rn.putArray("rows");
            int first = t.csvRecord(reg.firstRow());
            int end = reg.endRow() > reg.firstRow() ? t.csvRecord(reg.endRow() - 1) + 1 : first;
            rows.add(first);
            rows.add(end);
        }
        ArrayNode spans = n.putArray("spans");
        ArrayNode review = n.putArray("review");
        for (Cell c : t.cells()) {
            if (c.rowSpan() > 1 || c.colSpan() > 1) {
                ObjectNode s = spans.addObject();
                s.put("row", t.csvRecord(c.row()));
                s.put("gridRow", c.row());
                s.put("column", c.col());
                s.put("rowSpan", c.rowSpan());
                s.put("colSpan", c.colSpan());
            }
            if (c.flagged()) {
                ObjectNode rv = review.addObject();
                rv.put("row", t.csvRecord(c.row()));
                rv.put("column", c.col());
                rv.put("columnName", c.col() < t.columns().size() ? t.columns().get(c.col()).name() : "");
                rv.put("page", c.page());
                rv.put("raw", c.raw());
                rv.put("value", c.value());
                rv.put("confidence", round(c.confidence().value()));
                ArrayNode fl = rv.putArray("flags");
                c.flags().forEach(fl::add);
            }
        }
        n.set("findings", findings(t.findings()));
        return n;
    }

    static ArrayNode findings(List<Finding> list) {
        ArrayNode a = Json.JSON.createArrayNode();
        for (Finding f : list) {
            ObjectNode n = a.addObject();
            n.put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
            n.put("code", f.code());
            n.put("message", f.message());
            if (!f.stageId().isEmpty()) n.put("stage", f.stageId());
            if (f.page() > 0) n.put("page", f.page());
            if (!f.tableId().isEmpty()) n.put("table", f.tableId());
            if (f.row() > 0) n.put("row", f.row());
            if (f.column() > 0) n.put("column", f.column());
            if (!f.text().isEmpty()) n.put("text", f.text());
        }
        return a;
    }

    static int reviewCount(List<Table> tables) {
        int n = 0;
        for (Table t : tables) for (Cell c : t.cells()) if (c.flagged()) n++;
        return n;
    }

    private static double round(double v) { return Math.round(v * 1000.0) / 1000.0; }
}
