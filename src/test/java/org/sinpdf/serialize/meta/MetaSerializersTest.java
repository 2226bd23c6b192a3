package org.sinpdf.serialize.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.TableFiles;

class MetaSerializersTest {
    static final DocumentInfo DOC = new DocumentInfo("2020/informe anual", "informe anual.pdf",
            "0123abcd", "application/pdf", 5000);
    static final ObjectMapper JSON = new ObjectMapper();

    /** Keeps written files in memory; knows their sizes once closed. */
    static final class MemorySink implements OutputSink {
        final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        final Map<String, Long> sizes = new LinkedHashMap<>();

        @Override public OutputStream create(String fileName) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            files.put(fileName, b);
            return b;
        }

        @Override public Path outputRoot() { return Path.of("target"); }

        @Override public OptionalLong sizeOf(String fileName) {
            return sizes.containsKey(fileName) ? OptionalLong.of(sizes.get(fileName)) : OptionalLong.empty();
        }

        String text(String name) { return files.get(name).toString(StandardCharsets.UTF_8); }
    }

    static Table table() {
        Table t = Table.ofGrid("informe-anual-t01", List.of(
                List.of("Municipio", "Año", "Monto (pesos)", "Fecha de pago", "Clave INEGI", "Latitud"),
                List.of("Aguascalientes", "2020", "1234.5", "2020-03-01", "01001", "21.88"),
                List.of("Asientos", "2020", "", "2020-04-15", "01002", "22.23")), 1);
        List<Column> c = new ArrayList<>(t.columns());
        c.set(1, c.get(1).withType(ColumnType.INTEGER, ""));
        c.set(2, new Column("Monto (pesos)", ColumnType.CURRENCY, "MXN", "Monto pagado"));
        c.set(3, c.get(3).withType(ColumnType.DATE, ""));
        c.set(4, c.get(4).withType(ColumnType.INEGI_CODE, ""));
        c.set(5, c.get(5).withType(ColumnType.LATITUDE, ""));
        return new Table(t.id(), t.rowCount(), t.columnCount(), 1, t.cells(), c,
                List.of(new TableRegion(2, new BoundingBox(50, 100, 500, 300), 0, 3)), List.of(), "auto");
    }

    static JsonNode run(DocumentSerializer s, MemorySink sink, List<Table> tables, List<TableFiles> files, String out)
            throws IOException {
        try (DocumentWriter w = s.open(DOC, sink)) {
            w.page(Page.of(1, 600, 800, List.of(), List.of()));
            w.page(new Page(2, 600, 800, 0, List.of(), List.of(), PageMethod.OCR, "no text layer", "px"));
            w.tables(tables, files);
        }
        return JSON.readTree(sink.text(out));
    }

    static final List<TableFiles> FILES = List.of(new TableFiles("informe-anual-t01",
            Map.of("csv", "informe-anual-t01.csv", "xml", "informe-anual-t01.xml", "kml", "informe-anual-t01.kml",
                    "raw", "informe-anual-t01.raw.csv")));

    @Test
    void csvwDescribesColumnsTypesAndProvenance() throws IOException {
        MemorySink sink = new MemorySink();
        Table t = table();
        JsonNode m = run(new CsvwSerializer(CsvwOptions.DEFAULTS), sink, List.of(t), FILES, "informe anual-metadata.json");
        assertEquals("http://www.w3.org/ns/csvw", m.get("@context").get(0).asText());
        assertEquals("es", m.get("@context").get(1).get("@language").asText());
        JsonNode tab = m.get("tables").get(0);
        assertEquals("informe-anual-t01.csv", tab.get("url").asText());
        JsonNode cols = tab.get("tableSchema").get("columns");
        assertEquals(6, cols.size());
        List<String> titles = new ArrayList<>();
        cols.forEach(c -> titles.add(c.get("titles").asText()));
        assertEquals(t.columnNames(), titles, "titles equal the CSV header line");
        assertEquals("ano", cols.get(1).get("name").asText());
        assertEquals("integer", cols.get(1).get("datatype").asText());
        assertEquals("decimal", cols.get(2).get("datatype").asText());
        assertEquals("MXN", cols.get(2).get("schema:unitText").asText());
        assertEquals("Monto pagado", cols.get(2).get("dc:description").asText());
        assertEquals("date", cols.get(3).get("datatype").asText());
        assertEquals("string", cols.get(4).get("datatype").get("base").asText());
        assertEquals(90, cols.get(5).get("datatype").get("maximum").asInt());
        JsonNode src = tab.get("prov:wasDerivedFrom").get(0);
        assertEquals("informe anual.pdf", src.get("dc:title").asText());
        assertEquals("urn:sha256:0123abcd", src.get("dc:identifier").asText());
        assertEquals("2", src.get("schema:pagination").asText());
        String how = tab.get("prov:wasGeneratedBy").get("dc:description").asText();
        assertTrue(how.contains("auto") && how.contains("2: ocr"), how);
    }

    @Test
    void csvwSkipsDocumentsWithoutCsv() throws IOException {
        MemorySink sink = new MemorySink();
        try (DocumentWriter w = new CsvwSerializer(CsvwOptions.DEFAULTS).open(DOC, sink)) {
            w.tables(List.of(table()), List.of(new TableFiles("informe-anual-t01", Map.of("xml", "x.xml"))));
        }
        assertTrue(sink.files.isEmpty());
    }

    @Test
    void dcatDerivesWhatItCanAndListsWhatIsMissing() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
        MemorySink sink = new MemorySink();
        JsonNode d = run(new DcatSerializer(DcatOptions.DEFAULTS, clock), sink, List.of(table()), FILES, "informe anual-dcat.json");
        assertEquals("2020-informe-anual", d.get("identifier").asText());
        assertEquals("Informe anual", d.get("title").asText());
        assertTrue(d.get("description").asText().contains("informe anual.pdf"));
        assertEquals("2026-11-27", d.get("modified").asText());
        assertEquals("Términos de Libre Uso MX", d.get("license").asText());
        assertEquals(3, d.get("distribution").size(), "the raw audit copy is not a distribution");
        JsonNode csv = d.get("distribution").get(0);
        assertEquals("informe-anual-t01.csv", csv.get("identifier").asText());
        assertEquals("text/csv", csv.get("mediaType").asText());
        assertFalse(csv.has("byteSize"), "size unknown to this sink");
        assertEquals("application/vnd.google-earth.kml+xml", d.get("distribution").get(1).get("mediaType").asText());
        List<String> missing = new ArrayList<>();
        d.get("_missing").forEach(x -> missing.add(x.asText()));
        assertEquals(List.of("contactPoint", "mbox", "landingPage", "accrualPeriodicity",
                "distribution[0].downloadURL", "distribution[1].downloadURL", "distribution[2].downloadURL"), missing);
    }

    @Test
    void dcatDerivesCoverageFromSettledDatesAndCoordinates() throws IOException {
        Table t = Table.ofGrid("sitios-t01", List.of(
                List.of("Sitio", "Fecha", "Latitud", "Longitud"),
                List.of("Aguascalientes", "2011-07", "21.8818", "-102.2916"),
                List.of("Zacatecas", "2012-05-02", "22.7709", "-102.5833"),
                List.of("Dudoso", "2031-01-01", "95.0", "-99.1")), 1);
        List<Column> c = new ArrayList<>(t.columns());
        c.set(1, c.get(1).withType(ColumnType.DATE, ""));
        c.set(2, c.get(2).withType(ColumnType.LATITUDE, ""));
        c.set(3, c.get(3).withType(ColumnType.LONGITUDE, ""));
        // the last row's date is flagged (the normalizer was unsure) and its latitude is out of range: both ignored
        List<org.sinpdf.model.Cell> cells = t.cells().stream()
                .map(x -> x.row() == 3 && x.col() == 1 ? x.withFlag("ambiguous-date") : x).toList();
        Table sites = t.withCells(cells).withColumns(c);
        MemorySink sink = new MemorySink();
        JsonNode d = run(new DcatSerializer(DcatOptions.DEFAULTS), sink, List.of(sites),
                List.of(new TableFiles("sitios-t01", Map.of("csv", "sitios-t01.csv"))), "informe anual-dcat.json");
        assertEquals("2011-07-01/2012-05-02", d.get("temporal").asText());
        assertEquals("POLYGON((-102.5833 21.8818, -102.2916 21.8818, -102.2916 22.7709, -102.5833 22.7709, -102.5833 21.8818))",
                d.get("spatial").asText());
        assertEquals("2011-07-01/2012-05-02", d.get("distribution").get(0).get("temporal").asText());

        // the publisher's values win; a table without dates or coordinates gets no derived coverage
        MemorySink plain = new MemorySink();
        JsonNode p = run(new DcatSerializer(DcatOptions.DEFAULTS), plain,
                List.of(Table.ofGrid("x", List.of(List.of("A"), List.of("b")), 1)),
                List.of(new TableFiles("x", Map.of("csv", "x.csv"))), "informe anual-dcat.json");
        assertFalse(p.has("temporal"));
        assertFalse(p.has("spatial"));
    }

    @Test
    void dcatWithAllOptionsIsComplete() throws IOException {
        DcatOptions o = new DcatOptions("mx-sep-", "Pagos 2020", "Pagos a municipios", List.of("pagos", "municipios"),
                "SEP", "Unidad de Transparencia", "datos@sep.gob.mx", "https://datos.gob.mx/busca/dataset/pagos",
                "R/P1Y", "2020-01-01/2020-12-31", "01", "https://datos.sep.gob.mx/{sourceDir}/{file}",
                "Términos de Libre Uso MX", "", "2026-01-31", List.of("raw"));
        MemorySink sink = new MemorySink();
        sink.sizes.put("informe-anual-t01.csv", 1234L);
        JsonNode d = run(new DcatSerializer(o), sink, List.of(table()), FILES, "informe anual-dcat.json");
        assertEquals(0, d.get("_missing").size(), d.get("_missing").toString());
        assertEquals("mx-sep-2020-informe-anual", d.get("identifier").asText());
        assertEquals("pagos", d.get("keyword").get(0).asText());
        assertEquals("https://datos.sep.gob.mx/2020/informe-anual-t01.csv", d.get("distribution").get(0).get("downloadURL").asText());
        assertEquals(1234, d.get("distribution").get(0).get("byteSize").asLong());
        assertEquals("2026-01-31", d.get("modified").asText());
        for (String k : DcatSerializer.MANDATORY) assertTrue(d.hasNonNull(k), k);
        for (JsonNode f : d.get("distribution")) {
            for (String k : DcatSerializer.MANDATORY_DISTRIBUTION) assertTrue(f.hasNonNull(k), k);
        }
    }

    @Test
    void downloadUrlsAreAscii() throws IOException {
        DcatOptions o = new DcatOptions("", "", "", List.of(), "", "", "", "", "", "", "", "https://x.gob.mx/datos",
                "Términos de Libre Uso MX", "", "", List.of("raw"));
        MemorySink sink = new MemorySink();
        JsonNode d = run(new DcatSerializer(o), sink, List.of(table()),
                List.of(new TableFiles("t", Map.of("csv", "año 2020.csv"))), "informe anual-dcat.json");
        assertEquals("https://x.gob.mx/datos/2020/informe%20anual/a%C3%B1o%202020.csv", d.get("distribution").get(0).get("downloadURL").asText());
    }

    @Test
    void dictionaryHasOneLinePerColumn() throws IOException {
        MemorySink sink = new MemorySink();
        try (DocumentWriter w = new DictionarySerializer(DictionaryOptions.DEFAULTS).open(DOC, sink)) {
            w.tables(List.of(table()), FILES);
        }
        List<CSVRecord> recs = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(sink.text("informe-anual-t01-diccionario.csv"))).getRecords();
        assertEquals(6, recs.size());
        assertEquals("Monto (pesos)", recs.get(2).get("columna"));
        assertEquals("Monto pagado", recs.get(2).get("descripcion"));
        assertEquals("currency", recs.get(2).get("tipo"));
        assertEquals("MXN", recs.get(2).get("unidad"));
        assertEquals("monto_pesos", recs.get(2).get("identificador"));
        assertEquals("texto", recs.get(0).get("descripcion"));
        assertTrue(sink.text("informe-anual-t01-diccionario.csv").startsWith("columna,descripcion,tipo,unidad,identificador"));
    }
}
