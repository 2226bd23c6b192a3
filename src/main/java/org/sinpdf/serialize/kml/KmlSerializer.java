package org.sinpdf.serialize.kml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import de.micromata.opengis.kml.v_2_2_0.Document;
import de.micromata.opengis.kml.v_2_2_0.Folder;
import de.micromata.opengis.kml.v_2_2_0.Kml;
import de.micromata.opengis.kml.v_2_2_0.Placemark;
import de.micromata.opengis.kml.v_2_2_0.Schema;
import de.micromata.opengis.kml.v_2_2_0.SchemaData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.serialize.kml.Places.Layout;
import org.sinpdf.serialize.kml.Places.Position;
import org.sinpdf.spi.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage {@code kml}: one KML 2.2 file per table with places, {@code <table id>.kml}. Applies only
 * when the table has latitude/longitude columns, found by header name (latitud/longitud, lat/lon,
 * y/x, any case or accents; or typed latitude/longitude) whose values parse (decimal degrees,
 * degrees-minutes-seconds with N/S/E/W/O, or UTM easting/northing with a zone column or the
 * {@code utmZone} option).
 *
 * <pre>{@code
 * <kml xmlns="http://www.opengis.net/kml/2.2">
 *   <Document>
 *     <name>report-t01</name>
 *     <description>summary, source and the rows without valid coordinates</description>
 *     <Schema name="report-t01" id="schema-report-t01">
 *       <SimpleField type="string" name="municipio"><displayName>Municipio</displayName></SimpleField> …
 *     </Schema>
 *     <Placemark>                              <!-- one per row with valid coordinates -->
 *       <name>Aguascalientes</name>
 *       <description>Fila 1, página 2 de report.pdf</description>
 *       <ExtendedData><SchemaData schemaUrl="#schema-report-t01">
 *         <SimpleData name="municipio">Aguascalientes</SimpleData> …   <!-- every column -->
 *       </SchemaData></ExtendedData>
 *       <Point><coordinates>-102.2916,21.8818</coordinates></Point>
 *     </Placemark>
 *     <Folder><name>Filas sin coordenadas válidas</name>    <!-- same placemarks, no Point -->
 *       <Placemark><name>…</name><description>Fila 4: latitud vacía</description>…</Placemark>
 *     </Folder>
 *   </Document>
 * </kml>
 * }</pre>
 *
 * Rows that cannot be placed are never dropped: they are written without geometry in that folder
 * and reported through {@link #findings} ({@code kml-row-without-coordinates},
 * {@code kml-longitude-sign-suspicious}, {@code kml-longitude-negated}).
 */
public final class KmlSerializer implements Serializer {
    private static final Logger log = LoggerFactory.getLogger(KmlSerializer.class);
    private static final XMLOutputFactory STAX = new XmlFactory().getXMLOutputFactory();
    static final String KML_NS = "http://www.opengis.net/kml/2.2";
    private static final Set<String> CODE_WORDS = Set.of("clave", "cve", "id", "codigo", "folio", "no", "num",
            "numero", "consecutivo", "cvegeo", "inegi", "cp", "rfc", "curp");

    private final KmlOptions options;

    public KmlSerializer(KmlOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        Jaxb.CONTEXT.getClass(); // fail at build time, not on the first table, if JAXB is unusable
    }

    /** One JAXB context for JAK's classes (thread-safe, ~1 s to build), created on first use. */
    private static final class Jaxb {
        static final JAXBContext CONTEXT;

        static {
            try {
                CONTEXT = JAXBContext.newInstance(Kml.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("JAK/JAXB runtime is not usable: " + e, e);
            }
        }
    }

    @Override public String id() { return "kml"; }

    @Override public String extension() { return "kml"; }

    @Override public boolean applies(Table table) { return Places.detect(table, options).layout().isPresent(); }

    @Override public String whyNot(Table table) { return Places.detect(table, options).whyNot(); }

    @Override
    public List<Finding> findings(Table table) {
        Optional<Layout> layout = Places.detect(table, options).layout();
        if (layout.isEmpty()) return List.of();
        List<Finding> out = new ArrayList<>();
        Rows rows = rows(table, layout.get());
        for (Row r : rows.all) {
            if (r.position.code().isEmpty()) continue;
            Severity sev = r.position.ok() ? Severity.INFO : Severity.WARNING;
            String msg = r.position.ok()
                    ? "longitud positiva negada (opción positiveLongitude=negate): " + coordinateText(r, layout.get())
                    : "fila sin coordenadas válidas, fuera del mapa: " + r.position.error();
            out.add(new Finding(sev, r.position.code(), msg, id(), r.page, table.id(), r.record,
                    layout.get().lat() + 1, coordinateText(r, layout.get())));
        }
        return out;
    }

    private static String coordinateText(Row r, Layout l) {
        String a = r.values[l.lat()].strip();
        return l.lat() == l.lon() ? a : (a + " " + r.values[l.lon()].strip()).strip();
    }

    @Override
    public void write(Table table, DocumentInfo document, OutputStream out) throws IOException {
        Layout layout = Places.detect(table, options).layout().orElseThrow(() ->
                new IllegalStateException("kml does not apply to table " + table.id() + "; call applies() first"));
        Kml kml = build(table, document, layout);
        try {
            Marshaller m = Jaxb.CONTEXT.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            XMLStreamWriter x = STAX.createXMLStreamWriter(out, "UTF-8");
            KmlStreamWriter w = new KmlStreamWriter(x);
            m.marshal(kml, w);
            w.flush();
            x.close(); // does not close the caller's stream
        } catch (JAXBException | XMLStreamException e) {
            throw new IOException("cannot write KML for table " + table.id() + ": " + e, e);
        }
    }

    private Kml build(Table table, DocumentInfo doc, Layout layout) {
        List<Column> cols = table.columns();
        List<String> names = table.fieldNames();
        String schemaId = "schema-" + table.id().replaceAll("[^A-Za-z0-9_.-]", "_");
        int nameCol = nameColumn(table, layout);
        Rows rows = rows(table, layout);

        Kml kml = new Kml();
        Document d = kml.createAndSetDocument().withName(x(table.id()));
        Schema schema = d.createAndAddSchema().withId(schemaId).withName(x(table.id()));
        for (int c = 0; c < cols.size(); c++) {
            schema.createAndAddSimpleField().withName(names.get(c)).withType(kmlType(cols.get(c).type()))
                    .withDisplayName(x(cols.get(c).name()));
        }
        List<Row> unplaced = new ArrayList<>();
        int placed = 0;
        for (Row r : rows.all) {
            if (!r.position.ok()) {
                unplaced.add(r);
                continue;
            }
            Placemark p = placemark(d.createAndAddPlacemark(), table, doc, r, nameCol, names, schemaId);
            if (r.position.code().equals("kml-longitude-negated")) {
                p.setDescription(p.getDescription() + "; longitud negada (estaba positiva en la fuente)");
            }
            p.createAndSetPoint().addToCoordinates(r.position.lon(), r.position.lat());
            placed++;
        }
        StringBuilder desc = new StringBuilder();
        desc.append("Tabla ").append(table.id()).append(" de ").append(doc.fileName());
        if (!doc.sha256().isEmpty()) desc.append(" (SHA-256 ").append(doc.sha256()).append(')');
        List<Integer> pages = table.pages();
        if (!pages.isEmpty()) desc.append(", páginas ").append(pages.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""));
        desc.append(". ").append(placed).append(" lugares");
        desc.append(layout.kind() == Places.Kind.UTM ? " (convertidos de UTM a WGS84)" : "").append('.');
        if (!unplaced.isEmpty()) {
            desc.append(' ').append(unplaced.size()).append(" filas sin coordenadas válidas (carpeta aparte):");
            for (Row r : unplaced) desc.append("\nFila ").append(r.record).append(": ").append(r.position.error());
            Folder f = d.createAndAddFolder().withName("Filas sin coordenadas válidas");
            for (Row r : unplaced) {
                Placemark p = placemark(f.createAndAddPlacemark(), table, doc, r, nameCol, names, schemaId);
                p.setDescription(p.getDescription() + ": " + x(r.position.error()));
            }
            log.warn("Table {}: {} row(s) without valid coordinates kept off the map", table.id(), unplaced.size());
        }
        d.setDescription(x(desc.toString()));
        return kml;
    }

    private Placemark placemark(Placemark p, Table table, DocumentInfo doc, Row r, int nameCol,
                                List<String> names, String schemaId) {
        String name = nameCol >= 0 && !r.values[nameCol].isBlank() ? r.values[nameCol].strip() : "Fila " + r.record;
        p.setName(x(name));
        p.setDescription(x("Fila " + r.record + (r.page > 0 ? ", página " + r.page : "") + " de " + doc.fileName()));
        SchemaData sd = p.createAndSetExtendedData().createAndAddSchemaData().withSchemaUrl("#" + schemaId);
        for (int c = 0; c < names.size(); c++) sd.createAndAddSimpleData(names.get(c)).setValue(x(r.values[c]));
        return p;
    }

    /** The column naming placemarks: the option's, else the first text column that is not a code or coordinate. */
    int nameColumn(Table table, Layout layout) {
        List<Column> cols = table.columns();
        List<String> fields = table.fieldNames();
        if (!options.nameColumn().isEmpty()) {
            for (int c = 0; c < cols.size(); c++) {
                if (cols.get(c).name().equals(options.nameColumn()) || fields.get(c).equals(options.nameColumn())
                        || Coordinates.words(cols.get(c).name()).equals(Coordinates.words(options.nameColumn()))) {
                    return c;
                }
            }
            log.warn("Table {}: kml.nameColumn '{}' not found; guessing the name column", table.id(), options.nameColumn());
        }
        String[][] g = table.spreadGrid();
        for (int c = 0; c < cols.size(); c++) {
            if (c == layout.lat() || c == layout.lon() || c == layout.zone()) continue;
            if (cols.get(c).type() != ColumnType.TEXT) continue;
            if (Coordinates.words(cols.get(c).name()).stream().anyMatch(CODE_WORDS::contains)) continue;
            int nonBlank = 0;
            int lettered = 0;
            for (int r = table.headerRows(); r < table.rowCount() && nonBlank < 1000; r++) {
                if (g[r][c].isBlank()) continue;
                nonBlank++;
                if (hasLetter(g[r][c])) lettered++;
            }
            if (nonBlank > 0 && lettered * 2 >= nonBlank) return c;
        }
        return -1;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    private static String kmlType(ColumnType t) {
        return switch (t) {
            case INTEGER -> "int";
            case DECIMAL, CURRENCY, PERCENT, LATITUDE, LONGITUDE -> "double";
            case BOOLEAN -> "bool";
            default -> "string";
        };
    }

    private record Row(int record, int page, String[] values, Position position) {}

    private record Rows(List<Row> all) {}

    private Rows rows(Table table, Layout layout) {
        String[][] g = table.spreadGrid();
        Cell[][] cells = table.cellGrid();
        Places.Transformer t = new Places.Transformer();
        List<Row> out = new ArrayList<>();
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            boolean blank = true;
            for (String v : g[r]) if (!v.isBlank()) { blank = false; break; }
            if (blank) continue; // a blank separator row carries no data
            out.add(new Row(table.csvRecord(r), page(table, r, cells[r]), g[r], Places.locate(g[r], layout, options, t)));
        }
        return new Rows(out);
    }

    private static int page(Table table, int r, Cell[] row) {
        for (TableRegion reg : table.regions()) if (r >= reg.firstRow() && r < reg.endRow()) return reg.page();
        for (Cell c : row) if (c != null && c.page() > 0) return c.page();
        return 0;
    }

    /** Characters XML 1.0 cannot carry (controls, lone surrogates) become U+FFFD. */
    static String x(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s).delete(i, s.length());
                b.append('\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

}
