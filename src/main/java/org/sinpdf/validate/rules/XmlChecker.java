package org.sinpdf.validate.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.sinpdf.validate.InputFile;
import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rule;
import org.sinpdf.validate.Rules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XML and KML checks, streamed with SAX: well-formedness; for XML, validity against the XSD the
 * root element references ({@code xsi:noNamespaceSchemaLocation} / {@code xsi:schemaLocation},
 * resolved next to the file, never fetched from the network) or else the {@code .xsd} of the same
 * name beside it; for KML, validity against the OGC KML 2.2 schema shipped in the JAK jar (its
 * remote xAL import answered by a local stub) and coordinate ranges. External entities and DTDs
 * are never loaded. (The geo helper's KML writer resolves the same schema for its own tests; this
 * is a deliberate small duplication, as stage packages do not import each other.)
 */
public final class XmlChecker {
    private static final Logger log = LoggerFactory.getLogger(XmlChecker.class);
    private static final String KML_NS = "http://www.opengis.net/kml/2.2";
    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    private static final String XAL_STUB = "<xs:schema xmlns:xs='http://www.w3.org/2001/XMLSchema' "
            + "targetNamespace='urn:oasis:names:tc:ciq:xsdschema:xAL:2.0' elementFormDefault='qualified'>"
            + "<xs:element name='AddressDetails'><xs:complexType><xs:sequence>"
            + "<xs:any processContents='lax' minOccurs='0' maxOccurs='unbounded'/></xs:sequence>"
            + "<xs:anyAttribute processContents='lax'/></xs:complexType></xs:element></xs:schema>";

    private final Reporter r;

    public XmlChecker(Reporter reporter) { this.r = reporter; }

    /** Checks an XML file (or an XSD, for well-formedness only when {@code schemaCheck} is false). */
    public void checkXml(InputFile file, boolean schemaCheck) throws IOException {
        checkDeclaredEncoding(file);
        Optional<Schema> schema = Optional.empty();
        String schemaName = "";
        if (schemaCheck && r.enabled(Rules.XML_SCHEMA)) {
            Optional<String> ref = referencedSchema(file);
            Optional<InputFile> xsd;
            if (ref.isPresent()) {
                String loc = ref.get();
                if (loc.matches("(?i)^[a-z][a-z0-9+.-]*://.*") && !loc.toLowerCase(Locale.ROOT).startsWith("file:")) {
                    log.debug("{}: schema {} is remote; not fetched", file.displayName(), loc);
                    xsd = file.resolve(loc.substring(loc.lastIndexOf('/') + 1));
                } else {
                    xsd = file.resolve(loc);
                    if (xsd.isEmpty()) {
                        r.report(Rules.XML_SCHEMA, 1, 0, "the schema '" + loc + "' referenced by the file is missing: "
                                + "publish it beside the XML", loc);
                    }
                }
            } else {
                xsd = file.resolve(file.baseName() + ".xsd");
            }
            if (xsd.isPresent()) {
                schemaName = xsd.get().name();
                schema = loadSchema(xsd.get());
            }
        }
        parse(file, schema.orElse(null), Rules.XML_SCHEMA, "not valid against " + schemaName + ": ", null);
    }

    /** Checks a KML file: well-formed, OGC KML 2.2 schema, coordinates in range. */
    public void checkKml(InputFile file) throws IOException {
        checkDeclaredEncoding(file);
        Schema schema = r.enabled(Rules.KML_SCHEMA) ? KmlSchema.get() : null;
        parse(file, schema, Rules.KML_SCHEMA, "not valid against the OGC KML 2.2 schema: ",
                r.enabled(Rules.KML_COORDINATES) ? new CoordinatesHandler() : null);
    }

    private void checkDeclaredEncoding(InputFile file) throws IOException {
        byte[] head;
        try (InputStream in = file.open()) {
            head = in.readNBytes(200);
        }
        String s = new String(head, StandardCharsets.ISO_8859_1);
        if (s.startsWith("\u00EF\u00BB\u00BF")) {
            r.report(Rules.ENCODING_BOM, 1, 1, "file starts with a UTF-8 byte order mark (EF BB BF); valid, noted", "");
            s = s.substring(3);
        }
        Matcher m = ENCODING.matcher(s);
        if (m.find()) {
            String enc = m.group(1).toUpperCase(Locale.ROOT);
            if (!enc.equals("UTF-8") && !enc.equals("UTF8")) {
                r.report(Rules.ENCODING_UTF8, 1, 0, "XML declares encoding " + m.group(1)
                        + ": write UTF-8 (and declare encoding=\"UTF-8\")", m.group(0));
            }
        }
    }

    private void parse(InputFile file, Schema schema, Rule schemaRule, String schemaPrefix, DefaultHandler content)
            throws IOException {
        try (InputStream in = file.open()) {
            XMLReader reader = newReader();
            reader.setErrorHandler(new ErrorHandler() {
                @Override public void warning(SAXParseException e) {}
                @Override public void error(SAXParseException e) { wellFormed(e); }
                @Override public void fatalError(SAXParseException e) throws SAXException { throw e; }
            });
            ContentHandler sink = content != null ? content : new DefaultHandler();
            if (schema != null) {
                ValidatorHandler vh = schema.newValidatorHandler();
                vh.setErrorHandler(new ErrorHandler() {
                    @Override public void warning(SAXParseException e) {}
                    @Override public void error(SAXParseException e) {
                        r.report(schemaRule, e.getLineNumber(), Math.max(0, e.getColumnNumber()), schemaPrefix
                                + e.getMessage(), "");
                    }
                    @Override public void fatalError(SAXParseException e) { error(e); }
                });
                vh.setContentHandler(sink);
                reader.setContentHandler(vh);
            } else {
                reader.setContentHandler(sink);
            }
            InputSource src = new InputSource(in);
            src.setSystemId(file.displayName());
            reader.parse(src);
        } catch (SAXParseException e) {
            wellFormed(e);
        } catch (SAXException e) {
            r.report(Rules.XML_WELL_FORMED, 0, 0, "not well-formed XML: " + e.getMessage(), "");
        }
    }

    private void wellFormed(SAXParseException e) {
        r.report(Rules.XML_WELL_FORMED, Math.max(0, e.getLineNumber()), Math.max(0, e.getColumnNumber()),
                "not well-formed XML: " + e.getMessage(), "");
    }

    private static XMLReader newReader() throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no usable SAX parser", e);
        }
    }

    /** The schema location on the root element, read without parsing the rest. */
    private Optional<String> referencedSchema(InputFile file) throws IOException {
        String[] found = {null};
        try (InputStream in = file.open()) {
            XMLReader reader = newReader();
            reader.setErrorHandler(new DefaultHandler());
            reader.setContentHandler(new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String q, Attributes a) throws SAXException {
                    String nn = a.getValue(XSI, "noNamespaceSchemaLocation");
                    String sl = a.getValue(XSI, "schemaLocation");
                    if (nn != null && !nn.isBlank()) found[0] = nn.strip();
                    else if (sl != null && !sl.isBlank()) {
                        String[] parts = sl.strip().split("\\s+");
                        for (int i = 0; i + 1 < parts.length; i += 2) {
                            if (parts[i].equals(uri)) found[0] = parts[i + 1];
                        }
                        if (found[0] == null && parts.length >= 2) found[0] = parts[1];
                    }
                    throw new StopParsing();
                }
            });
            reader.parse(new InputSource(in));
        } catch (StopParsing stop) {
            // root element seen
        } catch (SAXException e) {
            return Optional.empty(); // reported by the full parse
        }
        return Optional.ofNullable(found[0]);
    }

    private Optional<Schema> loadSchema(InputFile xsd) {
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            sf.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            sf.setResourceResolver(new SiblingResolver(xsd));
            try (InputStream in = xsd.open()) {
                StreamSource s = new StreamSource(in, xsd.displayName());
                return Optional.of(sf.newSchema(s));
            }
        } catch (SAXException | IOException e) {
            r.report(Rules.XML_SCHEMA, 0, 0, "the schema " + xsd.name() + " cannot be used: " + e.getMessage(), "");
            return Optional.empty();
        }
    }

    private static final class StopParsing extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Resolves xs:include / xs:import next to the schema file; remote locations become an empty answer. */
    private static final class SiblingResolver implements LSResourceResolver {
        private final InputFile base;

        SiblingResolver(InputFile base) { this.base = base; }

        @Override
        public LSInput resolveResource(String type, String ns, String publicId, String systemId, String baseUri) {
            if (systemId == null) return null;
            Optional<InputFile> f = systemId.contains("://") ? Optional.empty() : base.resolve(systemId);
            if (f.isEmpty()) return null;
            try (InputStream in = f.get().open()) {
                return new BytesInput(publicId, systemId, baseUri, in.readAllBytes());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** The OGC KML 2.2 schema from the JAK jar, built once; thread-safe. */
    static final class KmlSchema {
        private static volatile Schema schema;

        static Schema get() {
            Schema s = schema;
            if (s == null) {
                synchronized (KmlSchema.class) {
                    s = schema;
                    if (s == null) schema = s = build();
                }
            }
            return s;
        }

        private static Schema build() {
            SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            sf.setResourceResolver((type, ns, publicId, systemId, baseUri) -> {
                if ("urn:oasis:names:tc:ciq:xsdschema:xAL:2.0".equals(ns)) {
                    return new BytesInput(publicId, systemId, baseUri, XAL_STUB.getBytes(StandardCharsets.UTF_8));
                }
                String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
                byte[] b = resource("/schema/ogckml/" + name);
                return b == null ? null : new BytesInput(publicId, "schema/ogckml/" + name, baseUri, b);
            });
            byte[] main = resource("/schema/ogckml/kml22gx.xsd");
            if (main == null) throw new IllegalStateException("OGC KML 2.2 schema not found in the JAK jar");
            try {
                return sf.newSchema(new StreamSource(new ByteArrayInputStream(main), "schema/ogckml/kml22gx.xsd"));
            } catch (SAXException e) {
                throw new IllegalStateException("OGC KML 2.2 schema does not load: " + e.getMessage(), e);
            }
        }

        private static byte[] resource(String path) {
            try (InputStream in = XmlChecker.class.getResourceAsStream(path)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Checks the text of every KML {@code <coordinates>}: lon,lat[,alt] tuples in range. */
    private final class CoordinatesHandler extends DefaultHandler {
        private Locator locator;
        private StringBuilder text;
        private long line;
        private int column;

        @Override public void setDocumentLocator(Locator l) { this.locator = l; }

        @Override
        public void startElement(String uri, String local, String q, Attributes a) {
            if ("coordinates".equals(local) && (uri.isEmpty() || KML_NS.equals(uri) || uri.startsWith("http://earth.google.com/kml"))) {
                text = new StringBuilder();
                line = locator == null ? 0 : locator.getLineNumber();
                column = locator == null ? 0 : locator.getColumnNumber();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (text != null) text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String q) {
            if (text == null || !"coordinates".equals(local)) return;
            String s = text.toString().strip();
            text = null;
            if (s.isEmpty()) {
                r.report(Rules.KML_COORDINATES, line, column, "empty <coordinates>: give lon,lat[,alt]", "");
                return;
            }
            for (String tuple : s.split("\\s+")) {
                String[] p = tuple.split(",");
                if (p.length < 2 || p.length > 3) {
                    r.report(Rules.KML_COORDINATES, line, column, "coordinate tuple must be lon,lat[,alt] with no spaces "
                            + "inside a tuple", tuple);
                    continue;
                }
                double lon, lat;
                try {
                    lon = Double.parseDouble(p[0]);
                    lat = Double.parseDouble(p[1]);
                    if (p.length == 3) Double.parseDouble(p[2]);
                } catch (NumberFormatException e) {
                    r.report(Rules.KML_COORDINATES, line, column, "coordinate is not a number (decimal degrees, '.' as "
                            + "decimal point)", tuple);
                    continue;
                }
                if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
                    boolean swapped = lat >= -180 && lat <= 180 && lon >= -90 && lon <= 90;
                    r.report(Rules.KML_COORDINATES, line, column, "coordinate out of range (longitude -180..180, latitude "
                            + "-90..90)" + (swapped ? ": longitude comes first in KML, latitude second" : "")
                            + " — UTM or projected values must be converted to WGS84 degrees", tuple);
                }
            }
        }
    }

    /** A schema document handed to the parser as bytes. */
    private static final class BytesInput implements LSInput {
        private final String publicId, systemId, baseUri;
        private final byte[] bytes;

        BytesInput(String publicId, String systemId, String baseUri, byte[] bytes) {
            this.publicId = publicId;
            this.systemId = systemId;
            this.baseUri = baseUri;
            this.bytes = bytes;
        }

        @Override public Reader getCharacterStream() { return null; }
        @Override public void setCharacterStream(Reader r) {}
        @Override public InputStream getByteStream() { return new ByteArrayInputStream(bytes); }
        @Override public void setByteStream(InputStream s) {}
        @Override public String getStringData() { return null; }
        @Override public void setStringData(String s) {}
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String s) {}
        @Override public String getPublicId() { return publicId; }
        @Override public void setPublicId(String s) {}
        @Override public String getBaseURI() { return baseUri; }
        @Override public void setBaseURI(String s) {}
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String s) {}
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean b) {}
    }
}
