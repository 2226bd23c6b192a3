package org.sinpdf.serialize.xml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.Serializer;

/**
 * Stage {@code xml}: one XML file per table, {@code <table id>.xml}, UTF-8, no namespace, with a
 * stable structure described by the sibling {@code <table id>.xsd} (stage {@code xsd}).
 *
 * <pre>{@code
 * <table id="report-t01" source="report.pdf" sourceId="a/report" sha256="…" mediaType="application/pdf"
 *        tabulator="auto" columnCount="3" rowCount="2" headerRows="1"
 *        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="report-t01.xsd">
 *   <columns>                                 <!-- one per column, in order -->
 *     <column n="1" name="municipio" type="text">Municipio</column>     <!-- content = header as published -->
 *     <column n="2" name="monto_pesos" type="currency" unit="MXN">Monto (pesos)</column>
 *   </columns>
 *   <regions>                                 <!-- where the table sits: one per page -->
 *     <region page="1" left="56.7" top="90.2" right="540.1" bottom="700.0"/>
 *   </regions>
 *   <findings>                                <!-- what stages noticed (optional) -->
 *     <finding severity="WARNING" code="total-row-removed" stage="…" page="1" row="5" column="0">…</finding>
 *   </findings>
 *   <header>                                  <!-- header rows as published, spans kept (optional) -->
 *     <row><cell col="1" rowspan="2">Municipio</cell><cell col="2" colspan="2">Monto</cell></row>
 *   </header>
 *   <rows>
 *     <row n="1" page="1">                    <!-- n = CSV record number (1 = first data line) -->
 *       <municipio rowspan="2">Aguascalientes</municipio>
 *       <monto_pesos raw="$1,234.50">1234.50</monto_pesos>
 *     </row>
 *     <row n="2" page="1">
 *       <monto_pesos/>                        <!-- empty cell; municipio omitted: covered by the rowspan -->
 *     </row>
 *   </rows>
 * </table>
 * }</pre>
 *
 * <ul>
 *   <li>Row children are named by {@link Table#fieldNames()} (ASCII, unique, never "xml…",
 *       never starting with a digit; header text kept in {@code <column>}). They appear in column
 *       order; an element is <em>omitted</em> only where a spanning cell covers the position, and
 *       is <em>empty</em> where the cell is blank.</li>
 *   <li>Cell attributes (all optional): {@code rowspan}, {@code colspan} (spans &gt; 1),
 *       {@code raw} (extracted text, when normalization changed it), {@code flags} (space-separated
 *       review codes), {@code confidence} (below 1), {@code page} (when it differs from the row's),
 *       {@code text} (a value that does not fit the column type: the element is then empty and
 *       the flag {@code type-mismatch} is added, so the file stays valid and nothing is lost).</li>
 *   <li>Typed columns ({@link Column#type()}): integer, decimal/currency/percent ({@code xs:decimal}),
 *       date ({@code xs:date}, {@code xs:gYearMonth}, {@code xs:gYear} or an ISO interval
 *       {@code 2011/2012}), boolean, latitude/longitude (decimal within ±90/±180), inegi-code
 *       (2, 5 or 9 digits); text and coordinate are strings. Every type accepts the empty string.</li>
 *   <li>Characters XML 1.0 cannot carry (control characters) are replaced by U+FFFD and reported
 *       as finding {@code xml-invalid-character}.</li>
 * </ul>
 */
public final class XmlSerializer implements Serializer {
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XmlOptions options;
    private final XMLOutputFactory factory;

    public XmlSerializer(XmlOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.factory = new XmlFactory().getXMLOutputFactory();
    }

    @Override public String id() { return "xml"; }

    @Override public String extension() { return "xml"; }

    @Override
    public List<Finding> findings(Table table) {
        int[] replaced = {0};
        for (Cell c : table.cells()) {
            XmlTypes.xmlSafe(c.value(), replaced);
            XmlTypes.xmlSafe(c.raw(), replaced);
        }
        for (Column c : table.columns()) XmlTypes.xmlSafe(c.name(), replaced);
        List<Finding> out = new ArrayList<>();
        if (replaced[0] > 0) {
            out.add(Finding.warning("xml-invalid-character", replaced[0]
                    + " character(s) XML cannot carry were replaced by U+FFFD").inStage(id())
                    .atCell(table.id(), 0, 0, ""));
        }
        int mismatches = 0;
        Cell[][] g = table.cellGrid();
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                Cell cell = g[r][c];
                ColumnType t = table.columns().get(c).type();
                if (cell != null && !XmlTypes.conforms(t, typedValue(t, cell.value()))) mismatches++;
            }
        }
        if (mismatches > 0) {
            out.add(Finding.warning("type-mismatch", mismatches + " cell(s) do not fit their column type;"
                    + " written empty with the text in attribute 'text'").inStage(id()).atCell(table.id(), 0, 0, ""));
        }
        return out;
    }

    @Override
    public void write(Table table, DocumentInfo document, OutputStream out) throws IOException {
        try {
            XMLStreamWriter w = factory.createXMLStreamWriter(out, "UTF-8");
            new TableXmlWriter(table, document, new Indenter(w), options).write();
            w.flush();
            w.close(); // does not close the underlying stream
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML for table " + table.id() + ": " + e.getMessage(), e);
        }
    }

    static String typedValue(ColumnType t, String value) {
        return XmlTypes.verbatim(t) ? value : value.strip();
    }

    /** Writes one table; one instance per call. */
    private static final class TableXmlWriter {
        private final Table table;
        private final DocumentInfo doc;
        private final Indenter w;
        private final XmlOptions options;
        private final List<String> names;
        private final int[] replaced = {0};

        TableXmlWriter(Table table, DocumentInfo doc, Indenter w, XmlOptions options) {
            this.table = table;
            this.doc = doc;
            this.w = w;
            this.options = options;
            this.names = table.fieldNames();
        }

        void write() throws XMLStreamException {
            XMLStreamWriter x = w.x;
            x.writeStartDocument("UTF-8", "1.0");
            w.start("table", 0);
            x.writeAttribute("id", safe(table.id()));
            if (options.schemaReference()) {
                x.writeNamespace("xsi", XSI);
                x.writeAttribute("xsi", XSI, "noNamespaceSchemaLocation", table.id() + ".xsd");
            }
            x.writeAttribute("source", safe(doc.fileName()));
            x.writeAttribute("sourceId", safe(doc.sourceId()));
            if (!doc.sha256().isEmpty()) x.writeAttribute("sha256", doc.sha256());
            x.writeAttribute("mediaType", safe(doc.mediaType()));
            if (!table.stageId().isEmpty()) x.writeAttribute("tabulator", safe(table.stageId()));
            x.writeAttribute("columnCount", Integer.toString(table.columnCount()));
            x.writeAttribute("rowCount", Integer.toString(table.dataRowCount()));
            x.writeAttribute("headerRows", Integer.toString(table.headerRows()));
            columns();
            regions();
            if (options.includeFindings() && !table.findings().isEmpty()) findings();
            if (options.includeHeader() && table.headerRows() > 0) header();
            rows();
            w.end(0);
            x.writeEndDocument();
        }

        private void columns() throws XMLStreamException {
            w.start("columns", 1);
            for (int c = 0; c < table.columnCount(); c++) {
                Column col = table.columns().get(c);
                w.start("column", 2);
                w.x.writeAttribute("n", Integer.toString(c + 1));
                w.x.writeAttribute("name", names.get(c));
                w.x.writeAttribute("type", col.type().id());
                if (!col.unit().isEmpty()) w.x.writeAttribute("unit", safe(col.unit()));
                if (!col.description().isEmpty()) w.x.writeAttribute("description", safe(col.description()));
                w.x.writeCharacters(safe(col.name()));
                w.endInline();
            }
            w.end(1);
        }

        private void regions() throws XMLStreamException {
            if (table.regions().isEmpty()) return;
            w.start("regions", 1);
            for (TableRegion r : table.regions()) {
                w.empty("region", 2);
                w.x.writeAttribute("page", Integer.toString(r.page()));
                double[] b = r.bbox().toArray();
                w.x.writeAttribute("left", num(b[0]));
                w.x.writeAttribute("top", num(b[1]));
                w.x.writeAttribute("right", num(b[2]));
                w.x.writeAttribute("bottom", num(b[3]));
            }
            w.end(1);
        }

        private void findings() throws XMLStreamException {
            w.start("findings", 1);
            for (Finding f : table.findings()) {
                w.start("finding", 2);
                w.x.writeAttribute("severity", f.severity().name());
                w.x.writeAttribute("code", safe(f.code()));
                if (!f.stageId().isEmpty()) w.x.writeAttribute("stage", safe(f.stageId()));
                if (f.page() > 0) w.x.writeAttribute("page", Integer.toString(f.page()));
                if (f.row() > 0) w.x.writeAttribute("row", Integer.toString(f.row()));
                if (f.column() > 0) w.x.writeAttribute("column", Integer.toString(f.column()));
                if (!f.text().isEmpty()) w.x.writeAttribute("text", safe(f.text()));
                w.x.writeCharacters(safe(f.message()));
                w.endInline();
            }
            w.end(1);
        }

        private void header() throws XMLStreamException {
            Cell[][] g = table.cellGrid();
            w.start("header", 1);
            for (int r = 0; r < table.headerRows(); r++) {
                w.start("row", 2);
                for (int c = 0; c < table.columnCount(); c++) {
                    Cell cell = g[r][c];
                    if (cell == null) continue;
                    w.start("cell", 3);
                    w.x.writeAttribute("col", Integer.toString(c + 1));
                    spans(cell);
                    w.x.writeCharacters(safe(cell.value()));
                    w.endInline();
                }
                w.end(2);
            }
            w.end(1);
        }

        private void rows() throws XMLStreamException {
            Cell[][] g = table.cellGrid();
            boolean[][] covered = new boolean[table.rowCount()][table.columnCount()];
            for (Cell c : table.cells()) {
                for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
                    for (int k = c.col(); k < c.col() + c.colSpan(); k++) {
                        if (r != c.row() || k != c.col()) covered[r][k] = true;
                    }
                }
            }
            w.start("rows", 1);
            for (int r = table.headerRows(); r < table.rowCount(); r++) {
                int page = rowPage(r, g[r]);
                w.start("row", 2);
                w.x.writeAttribute("n", Integer.toString(table.csvRecord(r)));
                if (page > 0) w.x.writeAttribute("page", Integer.toString(page));
                for (int c = 0; c < table.columnCount(); c++) {
                    if (covered[r][c] && g[r][c] == null) continue;
                    cell(c, g[r][c], page);
                }
                w.end(2);
            }
            w.end(1);
        }

        private void cell(int c, Cell cell, int rowPage) throws XMLStreamException {
            ColumnType type = table.columns().get(c).type();
            String name = names.get(c);
            if (cell == null) {
                w.empty(name, 3);
                return;
            }
            String value = typedValue(type, cell.value());
            boolean fits = XmlTypes.conforms(type, value);
            w.start(name, 3);
            spans(cell);
            if (options.includeRaw() && !cell.raw().equals(cell.value())) w.x.writeAttribute("raw", safe(cell.raw()));
            List<String> flags = new ArrayList<>(cell.flags());
            if (!fits && !flags.contains("type-mismatch")) flags.add("type-mismatch");
            if (!flags.isEmpty()) w.x.writeAttribute("flags", safe(String.join(" ", flags)));
            if (cell.confidence().value() < 1.0) w.x.writeAttribute("confidence", num(cell.confidence().value()));
            if (cell.page() > 0 && cell.page() != rowPage) w.x.writeAttribute("page", Integer.toString(cell.page()));
            if (fits) {
                w.x.writeCharacters(safe(value));
            } else {
                w.x.writeAttribute("text", safe(cell.value()));
            }
            w.endInline();
        }

        private void spans(Cell cell) throws XMLStreamException {
            if (cell.rowSpan() > 1) w.x.writeAttribute("rowspan", Integer.toString(cell.rowSpan()));
            if (cell.colSpan() > 1) w.x.writeAttribute("colspan", Integer.toString(cell.colSpan()));
        }

        /** The page of a grid row: its region's page, else the first page a cell of it names, else 0. */
        private int rowPage(int r, Cell[] row) {
            for (TableRegion reg : table.regions()) {
                if (r >= reg.firstRow() && r < reg.endRow()) return reg.page();
            }
            for (Cell c : row) if (c != null && c.page() > 0) return c.page();
            return 0;
        }

        private String safe(String s) { return XmlTypes.xmlSafe(s, replaced); }
    }

    static String num(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Writes start/end tags with two-space indentation. */
    static final class Indenter {
        final XMLStreamWriter x;

        Indenter(XMLStreamWriter x) { this.x = x; }

        void start(String name, int depth) throws XMLStreamException {
            newline(depth);
            x.writeStartElement(name);
        }

        void empty(String name, int depth) throws XMLStreamException {
            newline(depth);
            x.writeEmptyElement(name);
        }

        /** Closes an element whose content was written on the same line. */
        void endInline() throws XMLStreamException { x.writeEndElement(); }

        void end(int depth) throws XMLStreamException {
            newline(depth);
            x.writeEndElement();
        }

        private static final String[] INDENTS = {"\n", "\n  ", "\n    ", "\n      ", "\n        "};

        private void newline(int depth) throws XMLStreamException {
            x.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
        }
    }
}
