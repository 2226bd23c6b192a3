package org.sinpdf.serialize.kml;

import javax.xml.namespace.NamespaceContext;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What JAXB marshals into: writes KML as the default namespace, drops the declarations JAXB adds
 * for every other namespace JAK knows (atom, xAL, gx; this serializer writes none of their
 * elements, and refuses one if it appears), and indents by two spaces. The root becomes
 * {@code <kml xmlns="http://www.opengis.net/kml/2.2">}. One instance per file.
 */
final class KmlStreamWriter implements XMLStreamWriter {
    private final XMLStreamWriter out;
    private int depth;
    private boolean lastWasStart;
    private boolean hadText;
    private boolean defaultDeclared;

    KmlStreamWriter(XMLStreamWriter out) { this.out = out; }

    private static void kmlOnly(String namespaceURI, String localName) throws XMLStreamException {
        if (namespaceURI != null && !namespaceURI.isEmpty() && !KmlSerializer.KML_NS.equals(namespaceURI)) {
            throw new XMLStreamException("unexpected element outside the KML namespace: " + localName);
        }
    }

    private static final String[] INDENTS = new String[16];

    static {
        for (int i = 0; i < INDENTS.length; i++) INDENTS[i] = "\n" + "  ".repeat(i);
    }

    private void indent() throws XMLStreamException {
        out.writeCharacters(depth < INDENTS.length ? INDENTS[depth] : "\n" + "  ".repeat(depth));
    }

    private void beforeStart() throws XMLStreamException {
        if (depth > 0) indent();
        hadText = false;
    }

    private void startElement(String localName) throws XMLStreamException {
        beforeStart();
        out.writeStartElement("", localName, KmlSerializer.KML_NS);
        if (!defaultDeclared) {
            out.writeDefaultNamespace(KmlSerializer.KML_NS);
            defaultDeclared = true;
        }
        depth++;
        lastWasStart = true;
    }

    @Override public void writeStartElement(String localName) throws XMLStreamException { startElement(localName); }

    @Override
    public void writeStartElement(String namespaceURI, String localName) throws XMLStreamException {
        kmlOnly(namespaceURI, localName);
        startElement(localName);
    }

    @Override
    public void writeStartElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        kmlOnly(namespaceURI, localName);
        startElement(localName);
    }

    @Override
    public void writeEmptyElement(String namespaceURI, String localName) throws XMLStreamException {
        kmlOnly(namespaceURI, localName);
        beforeStart();
        out.writeEmptyElement("", localName, KmlSerializer.KML_NS);
        lastWasStart = false;
    }

    @Override
    public void writeEmptyElement(String prefix, String localName, String namespaceURI) throws XMLStreamException {
        writeEmptyElement(namespaceURI, localName);
    }

    @Override public void writeEmptyElement(String localName) throws XMLStreamException { writeEmptyElement("", localName); }

    @Override
    public void writeEndElement() throws XMLStreamException {
        depth--;
        if (!lastWasStart && !hadText) indent();
        out.writeEndElement();
        lastWasStart = false;
        hadText = false;
    }

    @Override
    public void writeEndDocument() throws XMLStreamException {
        out.writeCharacters("\n");
        out.writeEndDocument();
    }

    @Override public void close() throws XMLStreamException { out.close(); }

    @Override public void flush() throws XMLStreamException { out.flush(); }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException { out.writeAttribute(localName, value); }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value) throws XMLStreamException {
        if (namespaceURI == null || namespaceURI.isEmpty()) out.writeAttribute(localName, value);
        else throw new XMLStreamException("unexpected qualified attribute " + localName);
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        writeAttribute("", namespaceURI, localName, value);
    }

    @Override
    public void writeNamespace(String prefix, String namespaceURI) throws XMLStreamException {
        // only the KML default namespace is declared (in startElement)
    }

    @Override public void writeDefaultNamespace(String namespaceURI) throws XMLStreamException {}

    @Override public void writeComment(String data) throws XMLStreamException { out.writeComment(data); }

    @Override
    public void writeProcessingInstruction(String target) throws XMLStreamException { out.writeProcessingInstruction(target); }

    @Override
    public void writeProcessingInstruction(String target, String data) throws XMLStreamException {
        out.writeProcessingInstruction(target, data);
    }

    @Override public void writeCData(String data) throws XMLStreamException { text(data); }

    @Override public void writeDTD(String dtd) throws XMLStreamException { throw new XMLStreamException("no DTD in KML"); }

    @Override public void writeEntityRef(String name) throws XMLStreamException { out.writeEntityRef(name); }

    @Override public void writeStartDocument() throws XMLStreamException { writeStartDocument("UTF-8", "1.0"); }

    @Override public void writeStartDocument(String version) throws XMLStreamException { writeStartDocument("UTF-8", version); }

    @Override
    public void writeStartDocument(String encoding, String version) throws XMLStreamException {
        out.writeStartDocument("UTF-8", "1.0");
        out.writeCharacters("\n");
    }

    @Override public void writeCharacters(String text) throws XMLStreamException { text(text); }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException { text(new String(text, start, len)); }

    private void text(String s) throws XMLStreamException {
        out.writeCharacters(s);
        if (!s.isEmpty()) hadText = true;
    }

    @Override public String getPrefix(String uri) throws XMLStreamException { return out.getPrefix(uri); }

    @Override public void setPrefix(String prefix, String uri) throws XMLStreamException {}

    @Override public void setDefaultNamespace(String uri) throws XMLStreamException {}

    @Override public void setNamespaceContext(NamespaceContext context) throws XMLStreamException {}

    @Override public NamespaceContext getNamespaceContext() { return out.getNamespaceContext(); }

    @Override public Object getProperty(String name) { return out.getProperty(name); }
}
