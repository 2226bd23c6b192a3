package org.sinpdf.serialize.kml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;

class KmlSerializerTest {
    static final DocumentInfo DOC = new DocumentInfo("escuelas", "escuelas.pdf", "cafe", "application/pdf", 1);
    static final KmlSerializer KML = new KmlSerializer(KmlOptions.DEFAULTS);

    static Table schools() {
        return Table.ofGrid("escuelas-t01", List.of(
                List.of("Clave", "Nombre de la escuela", "Municipio", "Latitud", "Longitud"),
                List.of("09DPR0001A", "Escuela Benito Juárez", "Cuauhtémoc", "19.4326", "-99.1332"),
                List.of("09DPR0002B", "Escuela <Hidalgo> & Cía", "Coyoacán", "19.3467", "-99.1617"),
                List.of("09DPR0003C", "Escuela sin ubicación", "Tlalpan", "", ""),
                List.of("09DPR0004D", "Escuela con signo perdido", "Tlalpan", "19.2964", "99.1679"),
                List.of("", "", "", "", "")), 1);
    }

    static byte[] write(KmlSerializer s, Table t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.write(t, DOC, out);
        return out.toByteArray();
    }

    private static javax.xml.validation.Schema schema;

    /** The OGC KML 2.2 schema inside the JAK jar, compiled offline (xAL import stubbed, no http allowed). */
    static synchronized javax.xml.validation.Schema kmlSchema() throws Exception {
        if (schema != null) return schema;
        URL xsd = KmlSerializer.class.getResource("/schema/ogckml/ogckml22.xsd");
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file"); // no http: proves offline
        DOMImplementationLS ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
        sf.setResourceResolver((type, ns, publicId, systemId, base) -> {
            if (!"urn:oasis:names:tc:ciq:xsdschema:xAL:2.0".equals(ns)) return null;
            LSInput in = ls.createLSInput();
            InputStream stub = KmlSerializerTest.class.getResourceAsStream("xAL-stub.xsd");
            in.setByteStream(stub);
            in.setSystemId(KmlSerializerTest.class.getResource("xAL-stub.xsd").toString());
            return in;
        });
        schema = sf.newSchema(xsd);
        return schema;
    }

    static void validate(byte[] kml) throws Exception {
        kmlSchema().newValidator().validate(new StreamSource(new ByteArrayInputStream(kml)));
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> placemarks(Document d) {
        NodeList n = d.getElementsByTagNameNS(KmlSerializer.KML_NS, "Placemark");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < n.getLength(); i++) out.add((Element) n.item(i));
        return out;
    }

    static String child(Element e, String name) {
        NodeList n = e.getElementsByTagNameNS(KmlSerializer.KML_NS, name);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }

    @Test
    void decimalDegreesBecomeValidKmlAndUnplaceableRowsAreListed() throws Exception {
        Table t = schools();
        assertTrue(KML.applies(t));
        byte[] kml = write(KML, t);
        validate(kml);
        String text = new String(kml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<kml xmlns=\"http://www.opengis.net/kml/2.2\">"), text.substring(0, 200));

        Document d = parse(kml);
        List<Element> pms = placemarks(d);
        assertEquals(4, pms.size(), "2 placed + 2 in the folder; the blank row carries nothing");
        assertEquals("Escuela Benito Juárez", child(pms.get(0), "name"), "first text column that is not a code");
        assertEquals("-99.1332,19.4326", child(pms.get(0), "coordinates"));
        assertEquals("Escuela <Hidalgo> & Cía", child(pms.get(1), "name"));
        NodeList simple = pms.get(0).getElementsByTagNameNS(KmlSerializer.KML_NS, "SimpleData");
        assertEquals(5, simple.getLength(), "every column in ExtendedData");
        assertEquals("clave", ((Element) simple.item(0)).getAttribute("name"));
        assertEquals("09DPR0001A", simple.item(0).getTextContent());
        assertEquals("", child(pms.get(2), "coordinates"), "unplaced rows carry no Point");
        assertTrue(child(pms.get(3), "description").contains("¿falta el signo?"));
        NodeList fields = d.getElementsByTagNameNS(KmlSerializer.KML_NS, "SimpleField");
        assertEquals(5, fields.getLength());

        List<Finding> f = KML.findings(t);
        assertEquals(List.of("kml-row-without-coordinates", "kml-longitude-sign-suspicious"),
                f.stream().map(Finding::code).toList());
        assertEquals(3, f.get(0).row(), "CSV record of the school without a location");
        assertEquals(4, f.get(1).row());
    }

    @Test
    void negateOptionPlacesPositiveLongitudesWestAndSaysSo() throws Exception {
        KmlSerializer s = new KmlSerializer(new KmlOptions("Municipio", "", "", "", 0.5, "negate"));
        Table t = schools();
        byte[] kml = write(s, t);
        validate(kml);
        List<Element> pms = placemarks(parse(kml));
        assertEquals("Cuauhtémoc", child(pms.get(0), "name"), "name column from the option");
        assertEquals("-99.1679,19.2964", child(pms.get(2), "coordinates"));
        assertEquals(List.of("kml-row-without-coordinates", "kml-longitude-negated"),
                s.findings(t).stream().map(Finding::code).toList());
    }

    @Test
    void degreesMinutesSecondsWithSpanishWest() throws Exception {
        Table t = Table.ofGrid("dms-t01", List.of(
                List.of("Lugar", "LAT", "LON"),
                List.of("Zócalo", "19°25′42.36″ N", "99°07′59.76″ O"),
                List.of("Otro", "19°25'42.36\" N", "99°07'59.76\" W")), 1);
        assertTrue(KML.applies(t), KML.whyNot(t));
        byte[] kml = write(KML, t);
        validate(kml);
        for (Element p : placemarks(parse(kml))) {
            String[] c = child(p, "coordinates").split(",");
            assertEquals(-99.133267, Double.parseDouble(c[0]), 1e-6);
            assertEquals(19.428433, Double.parseDouble(c[1]), 1e-6);
        }
        assertTrue(KML.findings(t).isEmpty());
    }

    @Test
    void utmWithAZoneColumnIsConverted() throws Exception {
        Table t = Table.ofGrid("utm-t01", List.of(
                List.of("Sitio", "Zona UTM", "X", "Y"),
                List.of("Pozo 1", "14Q", "486021", "2148000"),
                List.of("Pozo 2", "14", "500,000.00", "2,148,000.00")), 1);
        assertTrue(KML.applies(t), KML.whyNot(t));
        byte[] kml = write(KML, t);
        validate(kml);
        List<Element> pms = placemarks(parse(kml));
        assertEquals(2, pms.size());
        String[] c = child(pms.get(1), "coordinates").split(",");
        assertEquals(-99.0, Double.parseDouble(c[0]), 1e-9, "central meridian of zone 14");
        assertEquals(19.43, Double.parseDouble(c[1]), 1e-2);
    }

    @Test
    void utmWithoutZoneNeedsTheOption() throws Exception {
        Table t = Table.ofGrid("utm-t02", List.of(
                List.of("Sitio", "Este", "Norte"),
                List.of("Pozo 1", "486021", "2148000")), 1);
        assertFalse(KML.applies(t));
        assertTrue(KML.whyNot(t).contains("utmZone"), KML.whyNot(t));
        KmlSerializer s = new KmlSerializer(new KmlOptions("", "", "", "14Q", 0.5, "flag"));
        assertTrue(s.applies(t));
        validate(write(s, t));
    }

    @Test
    void typedColumnsAreFoundByType() throws Exception {
        Table raw = Table.ofGrid("typed-t01", List.of(
                List.of("Localidad", "Coord. N", "Coord. O"),
                List.of("Pueblo", "21.5", "-100.25")), 1);
        List<Column> cols = new ArrayList<>(raw.columns());
        cols.set(1, cols.get(1).withType(ColumnType.LATITUDE, ""));
        cols.set(2, cols.get(2).withType(ColumnType.LONGITUDE, ""));
        Table t = raw.withColumns(cols);
        assertFalse(KML.applies(raw), "header words alone do not say latitude");
        assertTrue(KML.applies(t), KML.whyNot(t));
        validate(write(KML, t));
    }

    @Test
    void oneColumnWithLatitudeAndLongitude() throws Exception {
        Table t = Table.ofGrid("pair-t01", List.of(
                List.of("Sitio", "Coordenadas"),
                List.of("A", "19.4326, -99.1332"),
                List.of("B", "19°25′42.36″ N, 99°07′59.76″ O"),
                List.of("C", "(-99.1332; 19.4326)"),
                List.of("D", "sin dato")), 1);
        assertTrue(KML.applies(t), KML.whyNot(t));
        byte[] kml = write(KML, t);
        validate(kml);
        List<Element> pms = placemarks(parse(kml));
        assertEquals(4, pms.size());
        assertEquals("-99.1332,19.4326", child(pms.get(0), "coordinates"));
        assertEquals(-99.133267, Double.parseDouble(child(pms.get(1), "coordinates").split(",")[0]), 1e-6);
        assertEquals("-99.1332,19.4326", child(pms.get(2), "coordinates"), "lon, lat order recognised");
        assertEquals("", child(pms.get(3), "coordinates"));
        List<Finding> f = KML.findings(t);
        assertEquals(1, f.size());
        assertEquals("sin dato", f.get(0).text());
    }

    @Test
    void tablesWithoutPlacesDoNotApply() {
        Table people = Table.ofGrid("p-t01", List.of(
                List.of("Entidad", "Hombres y Mujeres", "Total"),
                List.of("Aguascalientes", "10", "20")), 1);
        assertFalse(KML.applies(people));
        assertFalse(KML.whyNot(people).isEmpty());
        Table roads = Table.ofGrid("r-t01", List.of(
                List.of("Tramo", "Longitud (km)"),
                List.of("México-Puebla", "123.5")), 1);
        assertFalse(KML.applies(roads));
        Table garbage = Table.ofGrid("g-t01", List.of(
                List.of("Lugar", "Latitud", "Longitud"),
                List.of("A", "sin dato", "sin dato"),
                List.of("B", "n/d", "n/d"),
                List.of("C", "19.4", "-99.1")), 1);
        assertFalse(KML.applies(garbage), "1 of 3 rows parse, below minValidShare");
        assertTrue(KML.findings(people).isEmpty());
    }
}
