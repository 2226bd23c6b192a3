package org.sinpdf.serialize.alto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.DocumentWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

class AltoSerializerTest {
    static final String NS = AltoSerializer.NAMESPACE;
    static final DocumentInfo DOC = new DocumentInfo("a/acta", "acta.pdf", "00", "application/pdf", 1);

    @TempDir Path dir;

    static Path schemas() {
        return Path.of(System.getProperty("sinpdf.corpus")).resolveSibling("schemas");
    }

    /** ALTO 4.4 with its XLink import served from the local stand-in (no network). */
    static Schema altoSchema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if (systemId == null || !systemId.endsWith("xlink.xsd")) return null;
            return new LocalInput(schemas().resolve("xlink.xsd"), systemId);
        });
        return f.newSchema(schemas().resolve("alto-4-4.xsd").toFile());
    }

    static List<TextChunk> words(String line, double x, double y, Origin origin, double conf) {
        List<TextChunk> out = new ArrayList<>();
        for (String w : line.split(" ")) {
            double width = 5 * w.length();
            out.add(new TextChunk(w, new BoundingBox(x, y, x + width, y + 10), origin, new Confidence(conf), "", 10, false));
            x += width + 3;
        }
        return out;
    }

    private Path write(List<Page> pages) throws IOException {
        try (DocumentWriter w = new AltoSerializer(AltoOptions.DEFAULTS).open(DOC, new DirSink(dir))) {
            for (Page p : pages) w.page(p);
            w.tables(List.of(), List.of());
        }
        return dir.resolve("acta.alto.xml");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void writesValidAlto44WithWordsCoordinatesAndConfidence() throws Exception {
        List<TextChunk> p1 = new ArrayList<>(words("Acta de la sesión ordinaria", 72, 80, Origin.TEXT_LAYER, 1));
        p1.addAll(words("del cabildo <municipal> & \"otros\"", 72, 94, Origin.TEXT_LAYER, 1));
        List<TextChunk> p2 = words("Texto leído por OCR", 100, 300, Origin.OCR, 0.87);
        Page text = Page.of(1, 612, 792, p1, List.of());
        Page ocr = new Page(2, 2550, 3300, 0, p2, List.of(), PageMethod.OCR, "no text layer", "px");
        Path file = write(List.of(text, ocr, Page.of(3, 612, 792, List.of(), List.of())));

        altoSchema().newValidator().validate(new StreamSource(file.toFile()));

        Document d = parse(file);
        assertEquals("pixel", d.getElementsByTagNameNS(NS, "MeasurementUnit").item(0).getTextContent());
        NodeList pages = d.getElementsByTagNameNS(NS, "Page");
        assertEquals(3, pages.getLength());
        Element second = (Element) pages.item(1);
        assertEquals("proc-ocr", second.getAttribute("PROCESSING"));
        assertEquals("2550", second.getAttribute("WIDTH"));
        assertEquals(87.0, Double.parseDouble(second.getAttribute("ACCURACY")), 1e-6);
        NodeList strings = d.getElementsByTagNameNS(NS, "String");
        assertEquals(p1.size() + p2.size(), strings.getLength());
        Element first = (Element) strings.item(0);
        assertEquals("Acta", first.getAttribute("CONTENT"));
        assertEquals("72", first.getAttribute("HPOS"));
        assertEquals("80", first.getAttribute("VPOS"));
        assertEquals("20", first.getAttribute("WIDTH"));
        assertEquals("1", first.getAttribute("WC"));
        Element ocrWord = (Element) second.getElementsByTagNameNS(NS, "String").item(0);
        assertEquals("0.87", ocrWord.getAttribute("WC"));
        assertEquals("<municipal>", ((Element) strings.item(7)).getAttribute("CONTENT"));
        assertEquals(2, ((Element) pages.item(0)).getElementsByTagNameNS(NS, "TextLine").getLength());
        assertEquals(p1.size() - 2, ((Element) pages.item(0)).getElementsByTagNameNS(NS, "SP").getLength());
    }

    @Test
    void theSchemaCatchesWhatItShould() throws Exception {
        Path bad = dir.resolve("bad.xml");
        Files.writeString(bad, "<alto xmlns=\"" + NS + "\"><Layout/></alto>");
        Schema schema = altoSchema();
        assertThrows(SAXException.class, () -> schema.newValidator().validate(new StreamSource(bad.toFile())));
    }

    @Test
    void formatsNumbersWithoutExponentsOrTrailingZeros() {
        assertEquals("12.5", AltoWriter.num(12.5));
        assertEquals("0.07", AltoWriter.num(0.0712));
        assertEquals("1200000", AltoWriter.num(1.2e6));
        assertEquals("-3.1", AltoWriter.num(-3.1));
        assertEquals("0.5", AltoWriter.conf(0.5));
        assertEquals("0.875", AltoWriter.conf(0.8751));
        assertEquals("1", AltoWriter.conf(1));
    }

    /** A schema document read from a local file. */
    private record LocalInput(Path file, String systemId) implements LSInput {
        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) {}
        @Override public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + file, e);
            }
        }
        @Override public void setByteStream(InputStream s) {}
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) {}
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) {}
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String s) {}
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String s) {}
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) {}
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) {}
    }
}
