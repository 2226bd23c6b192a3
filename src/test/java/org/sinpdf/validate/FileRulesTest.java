package org.sinpdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format, XML and KML rules, and zip archives: one failing and one passing input per rule. */
class FileRulesTest {
    @TempDir Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @Test
    void formatNotOpen() throws Exception {
        ValidationReport pdf = Datasets.validate(Datasets.write(dir, "informe.pdf", "%PDF-1.7\n"));
        assertTrue(Datasets.of(pdf, "format-not-open").get(0).message().contains("commitment 42"));
        assertTrue(Datasets.rules(Datasets.validate(Datasets.write(dir, "scan.png", PNG))).contains("format-not-open"));
        assertTrue(Datasets.rules(Datasets.validate(Datasets.write(dir, "oficio.doc", OLE2))).contains("format-not-open"));
        // a PDF named .csv is still a PDF
        assertTrue(Datasets.rules(Datasets.validate(Datasets.write(dir, "tabla.csv", "%PDF-1.4\n"))).contains("format-not-open"));
        assertTrue(Datasets.validate(Datasets.write(dir, "tabla2.csv", Datasets.GOOD_CSV)).findings().isEmpty());
    }

    @Test
    void spreadsheetOnlyBesideACsv() throws Exception {
        Path alone = Files.createDirectories(dir.resolve("alone"));
        ValidationReport r = Datasets.validate(Datasets.write(alone, "ingresos.xlsx", "PK\u0003\u0004"));
        assertTrue(Datasets.rules(r).contains("format-xls-alone"), r.findings().toString());
        Path both = Files.createDirectories(dir.resolve("both"));
        Datasets.write(both, "ingresos.csv", Datasets.GOOD_CSV);
        ValidationReport ok = Datasets.validate(Datasets.write(both, "ingresos.xls", OLE2));
        assertFalse(Datasets.rules(ok).contains("format-xls-alone"), ok.findings().toString());
        assertFalse(Datasets.rules(ok).contains("format-not-open"), ok.findings().toString());
    }

    @Test
    void unknownFormat() throws Exception {
        assertTrue(Datasets.rules(Datasets.validate(Datasets.write(dir, "datos.exe", "MZ"))).contains("format-unknown"));
        assertTrue(Datasets.validate(Datasets.write(dir, "datos.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}"))
                .findings().isEmpty());
    }

    @Test
    void xmlWellFormed() throws Exception {
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "a.xml", "<a>\n<b></a>"));
        ValidationFinding f = Datasets.of(bad, "xml-well-formed").get(0);
        assertEquals(2, f.line());
        assertTrue(Datasets.validate(Datasets.write(dir, "b.xml", "<a><b/></a>")).findings().isEmpty());
    }

    private static final String XSD = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
              <xs:element name="tabla"><xs:complexType><xs:sequence>
                <xs:element name="fila" maxOccurs="unbounded"><xs:complexType><xs:sequence>
                  <xs:element name="monto" type="xs:decimal"/></xs:sequence></xs:complexType></xs:element>
              </xs:sequence></xs:complexType></xs:element>
            </xs:schema>""";

    private static String xml(String monto) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tabla xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"t.xsd\">\n<fila><monto>" + monto + "</monto></fila></tabla>\n";
    }

    @Test
    void xmlValidAgainstReferencedSchema() throws Exception {
        Datasets.write(dir, "t.xsd", XSD);
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "bad.xml", xml("$1,000")));
        ValidationFinding f = Datasets.of(bad, "xml-schema").get(0);
        assertEquals(3, f.line());
        assertTrue(f.message().contains("t.xsd"), f.message());
        assertTrue(Datasets.validate(Datasets.write(dir, "good.xml", xml("1000.50"))).findings().isEmpty());
        // a schema referenced but not published is reported
        Path other = Files.createDirectories(dir.resolve("other"));
        ValidationReport missing = Datasets.validate(Datasets.write(other, "x.xml", xml("1")));
        assertTrue(Datasets.rules(missing).contains("xml-schema"), missing.findings().toString());
    }

    @Test
    void xmlSchemaBesideTheFileIsUsedWhenNoneIsReferenced() throws Exception {
        Datasets.write(dir, "r.xsd", XSD);
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "r.xml", "<tabla><fila><monto>x</monto></fila></tabla>"));
        assertTrue(Datasets.rules(bad).contains("xml-schema"), bad.findings().toString());
    }

    @Test
    void xmlDeclaredInAnotherEncoding() throws Exception {
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "l.xml",
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>Jos\u00e9</a>".getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(Datasets.rules(bad).contains("encoding-utf8"), bad.findings().toString());
    }

    private static String kml(String placemarkBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n"
                + "<Placemark><name>Zócalo</name>" + placemarkBody + "</Placemark>\n</Document>\n</kml>\n";
    }

    @Test
    void kmlSchema() throws Exception {
        ValidationReport bad = Datasets.validate(Datasets.write(dir, "bad.kml",
                kml("<Point><coordinates>-99.1332,19.4326</coordinates></Point><Color>ff0000ff</Color>")));
        assertTrue(Datasets.rules(bad).contains("kml-schema"), bad.findings().toString());
        ValidationReport good = Datasets.validate(Datasets.write(dir, "good.kml",
                kml("<ExtendedData><Data name=\"cve_ent\"><value>09</value></Data></ExtendedData>"
                        + "<Point><coordinates>-99.1332,19.4326,0</coordinates></Point>")));
        assertTrue(good.findings().isEmpty(), good.findings().toString());
    }

    @Test
    void kmlCoordinatesInRange() throws Exception {
        ValidationReport swapped = Datasets.validate(Datasets.write(dir, "swapped.kml",
                kml("<Point><coordinates>19.4326,-99.1332</coordinates></Point>")));
        ValidationFinding f = Datasets.of(swapped, "kml-coordinates").get(0);
        assertTrue(f.message().contains("longitude comes first"), f.message());
        assertEquals(4, f.line());
        ValidationReport utm = Datasets.validate(Datasets.write(dir, "utm.kml",
                kml("<Point><coordinates>486000,2147000</coordinates></Point>")));
        assertTrue(Datasets.rules(utm).contains("kml-coordinates"));
        assertTrue(Datasets.validate(Datasets.write(dir, "ok.kml", kml("<Point><coordinates>-99.1,19.4</coordinates></Point>")))
                .findings().isEmpty());
    }

    @Test
    void zipArchivesAreValidatedEntryByEntryAsDatasets() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("ingresos/data.csv", "a,b\nx,1\nx,1\n".getBytes(StandardCharsets.UTF_8));
        entries.put("ingresos/data-dcat.json", Datasets.GOOD_DCAT.getBytes(StandardCharsets.UTF_8));
        entries.put("ingresos/data-metadata.json", Datasets.GOOD_CSVW.getBytes(StandardCharsets.UTF_8));
        entries.put("ingresos/informe.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        Path zip = Datasets.zip(dir.resolve("pub.zip"), entries);
        ValidationReport r = Datasets.validate(zip);
        assertEquals(4, r.files().size());
        ValidationFinding dup = Datasets.of(r, "duplicate-row").get(0);
        assertEquals(zip + "!/ingresos/data.csv", dup.file());
        assertEquals(3, dup.line());
        assertTrue(Datasets.rules(r).contains("format-not-open"));
        assertFalse(Datasets.rules(r).contains("metadata-missing"), r.findings().toString());
    }

    @Test
    void unreadableArchiveEntryIsAFinding() throws Exception {
        Path zip = Datasets.zip(dir.resolve("broken.zip"), Map.of("t/data.csv", Datasets.GOOD_CSV.repeat(50).getBytes(StandardCharsets.UTF_8)));
        byte[] b = Files.readAllBytes(zip);
        int data = 30 + "t/data.csv".length(); // local header + name, no extra field
        for (int i = data; i < data + 8; i++) b[i] = (byte) 0xFF; // reserved deflate block type
        Files.write(zip, b);
        ValidationReport r = Datasets.validate(zip);
        assertTrue(Datasets.rules(r).contains("file-unreadable"), r.findings().toString());
        assertEquals(1, r.exitCode());
    }

    @Test
    void notAZipOrMissingPathCannotRun() throws Exception {
        ValidationReport r = Datasets.validate(Datasets.write(dir, "fake.zip", "not a zip"), dir.resolve("nope.csv"));
        assertEquals(2, r.failures().size());
        assertEquals(ValidationReport.EXIT_COULD_NOT_RUN, r.exitCode());
    }
}
