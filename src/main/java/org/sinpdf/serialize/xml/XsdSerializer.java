package org.sinpdf.serialize.xml;

import com.fasterxml.jackson.dataformat.xml.XmlFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sinpdf.model.Column;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Serializer;

/**
 * Stage {@code xsd}: the XML Schema of one table's {@code xml} file, {@code <table id>.xsd}
 * (no target namespace; the XML points to it with {@code xsi:noNamespaceSchemaLocation}). Each
 * column becomes an optional element of {@code <row>} typed from {@link Column#type()}; see
 * {@link XmlSerializer} for the structure. Every value type admits the empty string, so blank
 * cells stay valid.
 */
public final class XsdSerializer implements Serializer {
    static final String XS = "http://www.w3.org/2001/XMLSchema";
    private static final List<String> KINDS =
            List.of("text", "integer", "decimal", "date", "boolean", "latitude", "longitude", "inegi-code");

    private final XsdOptions options;
    private final XMLOutputFactory factory;

    public XsdSerializer(XsdOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.factory = new XmlFactory().getXMLOutputFactory();
    }

    @Override public String id() { return "xsd"; }

    @Override public String extension() { return "xsd"; }

    @Override
    public void write(Table table, DocumentInfo document, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = factory.createXMLStreamWriter(out, "UTF-8");
            new Schema(x, table, document).write();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XSD for table " + table.id() + ": " + e.getMessage(), e);
        }
    }

    private final class Schema {
        private final XMLStreamWriter x;
        private final Table table;
        private final DocumentInfo doc;
        private int depth;
        private final int[] replaced = {0};

        Schema(XMLStreamWriter x, Table table, DocumentInfo doc) {
            this.x = x;
            this.table = table;
            this.doc = doc;
        }

        void write() throws XMLStreamException {
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setPrefix("xs", XS);
            x.writeStartElement("xs", "schema", XS);
            x.writeNamespace("xs", XS);
            depth++;
            doc("Schema of table " + table.id() + " extracted from " + doc.fileName() + " by sinpdf.");
            root();
            simpleTypes();
            cellTypes();
            fixedTypes();
            end();
            x.writeEndDocument();
        }

        private void root() throws XMLStreamException {
            open("element", "name", "table");
            open("complexType");
            open("sequence");
            leaf("element", "name", "columns", "type", "columns-type");
            leaf("element", "name", "regions", "type", "regions-type", "minOccurs", "0");
            leaf("element", "name", "findings", "type", "findings-type", "minOccurs", "0");
            leaf("element", "name", "header", "type", "header-type", "minOccurs", "0");
            open("element", "name", "rows");
            open("complexType");
            open("sequence");
            open("element", "name", "row", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            open("sequence");
            List<String> names = table.fieldNames();
            for (int c = 0; c < table.columnCount(); c++) {
                Column col = table.columns().get(c);
                if (options.documentation()) {
                    open("element", "name", names.get(c), "type", XmlTypes.cellType(col.type()), "minOccurs", "0");
                    doc(col.name() + " (" + col.type().id() + (col.unit().isEmpty() ? "" : ", " + col.unit()) + ")"
                            + (col.description().isEmpty() ? "" : ": " + col.description()));
                    end();
                } else {
                    leaf("element", "name", names.get(c), "type", XmlTypes.cellType(col.type()), "minOccurs", "0");
                }
            }
            end(); // sequence
            attribute("n", "xs:positiveInteger", true);
            attribute("page", "xs:positiveInteger", false);
            end(); // complexType
            end(); // element row
            end(); // sequence
            end(); // complexType
            end(); // element rows
            end(); // sequence
            attribute("id", "xs:string", true);
            attribute("source", "xs:string", true);
            attribute("sourceId", "xs:string", true);
            attribute("sha256", "xs:string", false);
            attribute("mediaType", "xs:string", true);
            attribute("tabulator", "xs:string", false);
            attribute("columnCount", "xs:nonNegativeInteger", true);
            attribute("rowCount", "xs:nonNegativeInteger", true);
            attribute("headerRows", "xs:nonNegativeInteger", true);
            end(); // complexType
            end(); // element table
        }

        private void simpleTypes() throws XMLStreamException {
            open("simpleType", "name", "empty");
            open("restriction", "base", "xs:string");
            leaf("enumeration", "value", "");
            end();
            end();
            union("integer-value", "xs:integer empty");
            union("decimal-value", "xs:decimal empty");
            open("simpleType", "name", "iso-interval");
            open("restriction", "base", "xs:string");
            leaf("pattern", "value", XmlTypes.INTERVAL_REGEX);
            end();
            end();
            union("date-value", "xs:date xs:gYearMonth xs:gYear iso-interval empty");
            union("boolean-value", "xs:boolean empty");
            range("latitude", 90);
            range("longitude", 180);
            open("simpleType", "name", "inegi-code-value");
            open("restriction", "base", "xs:string");
            leaf("pattern", "value", "(" + XmlTypes.INEGI_REGEX + ")?");
            end();
            end();
        }

        private void cellTypes() throws XMLStreamException {
            for (String kind : KINDS) {
                open("complexType", "name", "cell-" + kind);
                open("simpleContent");
                open("extension", "base", kind.equals("text") ? "xs:string" : kind + "-value");
                leaf("attributeGroup", "ref", "cell-attributes");
                end();
                end();
                end();
            }
            open("attributeGroup", "name", "cell-attributes");
            attribute("rowspan", "xs:positiveInteger", false);
            attribute("colspan", "xs:positiveInteger", false);
            attribute("raw", "xs:string", false);
            attribute("flags", "xs:string", false);
            attribute("confidence", "xs:decimal", false);
            attribute("page", "xs:positiveInteger", false);
            attribute("text", "xs:string", false);
            end();
        }

        private void fixedTypes() throws XMLStreamException {
            open("complexType", "name", "columns-type");
            open("sequence");
            open("element", "name", "column", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            open("simpleContent");
            open("extension", "base", "xs:string");
            attribute("n", "xs:positiveInteger", true);
            attribute("name", "xs:NCName", true);
            attribute("type", "xs:string", true);
            attribute("unit", "xs:string", false);
            attribute("description", "xs:string", false);
            end(); end(); end(); end(); end(); end();

            open("complexType", "name", "regions-type");
            open("sequence");
            open("element", "name", "region", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            attribute("page", "xs:positiveInteger", true);
            for (String a : List.of("left", "top", "right", "bottom")) attribute(a, "xs:decimal", true);
            end(); end(); end(); end();

            open("complexType", "name", "findings-type");
            open("sequence");
            open("element", "name", "finding", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            open("simpleContent");
            open("extension", "base", "xs:string");
            attribute("severity", "xs:string", true);
            attribute("code", "xs:string", true);
            attribute("stage", "xs:string", false);
            attribute("page", "xs:positiveInteger", false);
            attribute("row", "xs:positiveInteger", false);
            attribute("column", "xs:positiveInteger", false);
            attribute("text", "xs:string", false);
            end(); end(); end(); end(); end(); end();

            open("complexType", "name", "header-type");
            open("sequence");
            open("element", "name", "row", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            open("sequence");
            open("element", "name", "cell", "minOccurs", "0", "maxOccurs", "unbounded");
            open("complexType");
            open("simpleContent");
            open("extension", "base", "xs:string");
            attribute("col", "xs:positiveInteger", true);
            attribute("rowspan", "xs:positiveInteger", false);
            attribute("colspan", "xs:positiveInteger", false);
            end(); end(); end(); end(); end(); end(); end(); end();
        }

        private void union(String name, String members) throws XMLStreamException {
            open("simpleType", "name", name);
            leaf("union", "memberTypes", members);
            end();
        }

        private void range(String kind, int limit) throws XMLStreamException {
            open("simpleType", "name", kind + "-value");
            open("union", "memberTypes", "empty");
            open("simpleType");
            open("restriction", "base", "xs:decimal");
            leaf("minInclusive", "value", Integer.toString(-limit));
            leaf("maxInclusive", "value", Integer.toString(limit));
            end();
            end();
            end();
            end();
        }

        private void attribute(String name, String type, boolean required) throws XMLStreamException {
            if (required) leaf("attribute", "name", name, "type", type, "use", "required");
            else leaf("attribute", "name", name, "type", type);
        }

        private void doc(String text) throws XMLStreamException {
            open("annotation");
            newline();
            x.writeStartElement("xs", "documentation", XS);
            x.writeCharacters(XmlTypes.xmlSafe(text, replaced));
            x.writeEndElement();
            end();
        }

        private void open(String name, String... attrs) throws XMLStreamException {
            newline();
            x.writeStartElement("xs", name, XS);
            attrs(attrs);
            depth++;
        }

        private void leaf(String name, String... attrs) throws XMLStreamException {
            newline();
            x.writeEmptyElement("xs", name, XS);
            attrs(attrs);
        }

        private void end() throws XMLStreamException {
            depth--;
            newline();
            x.writeEndElement();
        }

        private void attrs(String[] kv) throws XMLStreamException {
            for (int i = 0; i < kv.length; i += 2) x.writeAttribute(kv[i], kv[i + 1]);
        }

        private void newline() throws XMLStreamException {
            x.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
