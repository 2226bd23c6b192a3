package org.sinpdf.serialize.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class XmlSerializerTest {
    static final DocumentInfo DOC = new DocumentInfo("a/informe", "informe.pdf", "ab12", "application/pdf", 10);

    /** Headers that are hostile to XML names, typed columns, a row span, blanks and a bad value. */
    static Table typedTable() {
        List<List<String>> grid = List.of(
                List.of("Año", "Municipio del Estado", "2020", "xmlData", "", "Monto (pesos)", "Monto (pesos)",
                        "Fecha", "Latitud", "Activo", "Clave INEGI"),
                List.of("2021", "Aguascalientes", "1", "a<b & \"c\"", "x", "1234.50", "7", "2021-03-04", "21.88", "true", "01001"),
                List.of("2022", "", "", "", "", "", "n/d", "2021-02", "", "", ""),
                List.of("2023", "León", "3", "z", "y", "-5", ".5", "2011/2012", "-90", "0", "010010001"));
        Table t = Table.ofGrid("informe-t01", grid, 1);
        List<Cell> cells = new ArrayList<>();
        for (Cell c : t.cells()) {
            if (c.row() == 1 && c.col() == 1) {
                cells.add(c.withSpan(2, 1)); // "Aguascalientes" spans rows 1-2
            } else if (c.row() == 2 && c.col() == 1) {
                continue;                     // covered by the span
            } else if (c.row() == 1 && c.col() == 5) {
                cells.add(new Cell(1, 5, 1, 1, "$1,234.50", "1234.50", new Confidence(0.8), null, 1,
                        List.of("ocr-low-confidence")));
            } else {
                cells.add(c);
            }
        }
        List<Column> cols = new ArrayList<>(t.columns());
        cols.set(0, cols.get(0).withType(ColumnType.INTEGER, ""));
        cols.set(5, cols.get(5).withType(ColumnType.CURRENCY, "MXN"));
        cols.set(6, cols.get(6).withType(ColumnType.DECIMAL, ""));
        cols.set(7, cols.get(7).withType(ColumnType.DATE, ""));
        cols.set(8, cols.get(8).withType(ColumnType.LATITUDE, ""));
        cols.set(9, cols.get(9).withType(ColumnType.BOOLEAN, ""));
        cols.set(10, cols.get(10).withType(ColumnType.INEGI_CODE, ""));
        return new Table("informe-t01", 4, 11, 1, cells, cols,
                List.of(new TableRegion(1, new BoundingBox(10, 20, 300.5, 400), 0, 4)),
                List.of(Finding.warning("total-row-removed", "fila de totales").atPage(1)), "auto");
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static void validate(byte[] xsd, byte[] xml) throws Exception {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Validator v = sf.newSchema(new StreamSource(new ByteArrayInputStream(xsd))).newValidator();
        v.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static byte[] xml(Table t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XmlSerializer(XmlOptions.DEFAULTS).write(t, DOC, out);
        return out.toByteArray();
    }

    private static byte[] xsd(Table t) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XsdSerializer(XsdOptions.DEFAULTS).write(t, DOC, out);
        return out.toByteArray();
    }

    @Test
    void elementNamesAreSafeAndUnique() {
        assertEquals(List.of("ano", "municipio_del_estado", "c_2020", "c_xmldata", "columna_5", "monto_pesos",
                "monto_pesos_2", "fecha", "latitud", "activo", "clave_inegi"), typedTable().fieldNames());
    }

    @Test
    void typedTableValidatesAgainstItsSchema() throws Exception {
        Table t = typedTable();
        byte[] xml = xml(t);
        validate(xsd(t), xml);

        Document d = parse(xml);
        Element root = d.getDocumentElement();
        assertEquals("table", root.getTagName());
        assertEquals("informe-t01.xsd", root.getAttributeNS(XmlSerializer.XSI, "noNamespaceSchemaLocation"));
        assertEquals("informe.pdf", root.getAttribute("source"));
        assertEquals("ab12", root.getAttribute("sha256"));
        NodeList rows = ((Element) root.getElementsByTagName("rows").item(0)).getElementsByTagName("row");
        assertEquals(3, rows.getLength());
        Element r1 = (Element) rows.item(0);
        assertEquals("1", r1.getAttribute("n"));
        assertEquals("1", r1.getAttribute("page"));
        Element muni = (Element) r1.getElementsByTagName("municipio_del_estado").item(0);
        assertEquals("2", muni.getAttribute("rowspan"));
        assertEquals("Aguascalientes", muni.getTextContent());
        Element monto = (Element) r1.getElementsByTagName("monto_pesos").item(0);
        assertEquals("$1,234.50", monto.getAttribute("raw"));
        assertEquals("ocr-low-confidence", monto.getAttribute("flags"));
        assertEquals("0.8", monto.getAttribute("confidence"));
        assertEquals("a<b & \"c\"", ((Element) r1.getElementsByTagName("c_xmldata").item(0)).getTextContent());

        Element r2 = (Element) rows.item(1);
        assertEquals(0, r2.getElementsByTagName("municipio_del_estado").getLength(), "covered by the row span");
        assertEquals("", r2.getElementsByTagName("monto_pesos").item(0).getTextContent(), "blank cell stays, empty");
        Element bad = (Element) r2.getElementsByTagName("monto_pesos_2").item(0);
        assertEquals("", bad.getTextContent());
        assertEquals("n/d", bad.getAttribute("text"));
        assertTrue(bad.getAttribute("flags").contains("type-mismatch"));

        NodeList columns = root.getElementsByTagName("column");
        assertEquals(11, columns.getLength());
        assertEquals("Año", columns.item(0).getTextContent());
        assertEquals("currency", ((Element) columns.item(5)).getAttribute("type"));
        assertEquals("MXN", ((Element) columns.item(5)).getAttribute("unit"));
        assertEquals(1, root.getElementsByTagName("finding").getLength());

        List<Finding> f = new XmlSerializer(XmlOptions.DEFAULTS).findings(t);
        assertEquals(List.of("type-mismatch"), f.stream().map(Finding::code).toList());
    }

    @Test
    void schemaRejectsABadValueInATypedColumn() throws Exception {
        Table t = typedTable();
        String xml = new String(xml(t), StandardCharsets.UTF_8).replace(">1234.50<", ">mil<");
        assertThrows(SAXException.class, () -> validate(xsd(t), xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rawTableWithHeaderSpansAndControlCharactersValidates() throws Exception {
        Table t = Table.ofGrid("raw-t02", List.of(
                List.of("Entidad", "Población", ""),
                List.of("", "Hombres", "Mujeres"),
                List.of("Aguascalientes\u0001", "10", ""),
                List.of("", "", "")), 2);
        List<Cell> cells = new ArrayList<>(t.cells());
        cells.removeIf(c -> c.row() == 0 && c.col() == 2 || c.row() == 1 && c.col() == 0);
        cells.replaceAll(c -> c.row() == 0 && c.col() == 1 ? c.withSpan(1, 2) : c.row() == 0 && c.col() == 0 ? c.withSpan(2, 1) : c);
        t = t.withCells(cells);
        byte[] xml = xml(t);
        validate(xsd(t), xml);
        Document d = parse(xml);
        Element header = (Element) d.getElementsByTagName("header").item(0);
        Element first = (Element) header.getElementsByTagName("cell").item(0);
        assertEquals("2", first.getAttribute("rowspan"));
        Element second = (Element) header.getElementsByTagName("cell").item(1);
        assertEquals("2", second.getAttribute("colspan"));
        assertEquals("2", second.getAttribute("col"));
        assertTrue(new String(xml, StandardCharsets.UTF_8).contains("Aguascalientes\uFFFD"));
        assertEquals(List.of("xml-invalid-character"),
                new XmlSerializer(XmlOptions.DEFAULTS).findings(t).stream().map(Finding::code).toList());
        assertFalse(new String(xml, StandardCharsets.UTF_8).contains("\u0001"));
    }

    @Test
    void typeChecksMatchTheSchema() {
        assertTrue(XmlTypes.conforms(ColumnType.DATE, "2012-12-14"));
        assertFalse(XmlTypes.conforms(ColumnType.DATE, "2012-02-30"));
        assertTrue(XmlTypes.conforms(ColumnType.DATE, "2011/2012"));
        assertTrue(XmlTypes.conforms(ColumnType.LONGITUDE, "-99.1332"));
        assertFalse(XmlTypes.conforms(ColumnType.LATITUDE, "91"));
        assertFalse(XmlTypes.conforms(ColumnType.INTEGER, "1,234"));
        assertTrue(XmlTypes.conforms(ColumnType.INEGI_CODE, "09"));
        assertFalse(XmlTypes.conforms(ColumnType.INEGI_CODE, "9"));
    }
}
