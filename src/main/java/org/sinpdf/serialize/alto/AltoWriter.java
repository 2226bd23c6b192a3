package org.sinpdf.serialize.alto;

import org.sinpdf.layout.Layout;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.spi.DocumentWriter;

/** Streams one document's ALTO file: the header on open, one {@code <Page>} per page, the end on close. */
final class AltoWriter implements DocumentWriter {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String PROC_TEXT_LAYER = "proc-text-layer";
    static final String PROC_OCR = "proc-ocr";

    private final OutputStream stream;
    private final XMLStreamWriter xml;
    private final AltoOptions options;

    AltoWriter(DocumentInfo document, OutputStream out, AltoOptions options) throws IOException {
        this.options = options;
        this.stream = new BufferedOutputStream(out, 1 << 16);
        try {
            xml = FACTORY.createXMLStreamWriter(stream, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(AltoSerializer.NAMESPACE);
            xml.writeStartElement(AltoSerializer.NAMESPACE, "alto");
            xml.writeDefaultNamespace(AltoSerializer.NAMESPACE);
            xml.writeNamespace("xlink", XLINK);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "schemaLocation",
                    AltoSerializer.NAMESPACE + " http://www.loc.gov/standards/alto/v4/alto-4-4.xsd");
            xml.writeAttribute("SCHEMAVERSION", "4.4");
            xml.writeCharacters("\n");
            xml.writeStartElement("Description");
            text("MeasurementUnit", "pixel");
            xml.writeStartElement("sourceImageInformation");
            text("fileName", document.fileName());
            xml.writeEndElement();
            processing(PROC_TEXT_LAYER, "words read from the PDF text layer",
                    "coordinates in PDF points (the page as a 72 dpi image), origin top-left of the upright page");
            processing(PROC_OCR, "words recognised by OCR; WC is the engine's word confidence",
                    "coordinates in pixels of the image the words were read from, origin top-left");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeStartElement("Layout");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException("cannot start ALTO for " + document.sourceId(), e);
        }
    }

    private void processing(String id, String description, String settings) throws XMLStreamException {
        xml.writeStartElement("Processing");
        xml.writeAttribute("ID", id);
        text("processingCategory", "contentGeneration");
        text("processingStepDescription", description);
        text("processingStepSettings", settings);
        xml.writeStartElement("processingSoftware");
        text("softwareName", "sinpdf");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void text(String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    @Override public void page(Page page) throws IOException {
        Layout.PageText layout = Layout.of(page);
        List<Layout.Word> words = layout.words();
        List<Layout.Line> lines = layout.lines();
        String pid = "P" + page.number();
        try {
            xml.writeStartElement("Page");
            xml.writeAttribute("ID", pid);
            xml.writeAttribute("PHYSICAL_IMG_NR", Integer.toString(page.number()));
            xml.writeAttribute("WIDTH", num(page.width()));
            xml.writeAttribute("HEIGHT", num(page.height()));
            xml.writeAttribute("PROCESSING", page.method() == PageMethod.OCR ? PROC_OCR : PROC_TEXT_LAYER);
            if (page.method() == PageMethod.OCR && !words.isEmpty()) {
                double mean = words.stream().mapToDouble(Layout.Word::confidence).average().orElse(0);
                xml.writeAttribute("ACCURACY", num(100 * mean));
            }
            xml.writeStartElement("PrintSpace");
            if (lines.isEmpty()) {
                box(0, 0, page.width(), page.height());
            } else {
                box(min(lines, 0), min(lines, 1), max(lines, 2), max(lines, 3));
            }
            int b = 0;
            while (b < lines.size()) {
                int end = b;
                while (end < lines.size() && lines.get(end).block() == lines.get(b).block()) end++;
                block(pid, lines.subList(b, end));
                b = end;
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IOException("cannot write ALTO page " + page.number(), e);
        }
    }

    private void block(String pid, List<Layout.Line> lines) throws XMLStreamException {
        String bid = pid + "_B" + (lines.get(0).block() + 1);
        xml.writeStartElement("TextBlock");
        xml.writeAttribute("ID", bid);
        box(min(lines, 0), min(lines, 1), max(lines, 2), max(lines, 3));
        for (int i = 0; i < lines.size(); i++) {
            Layout.Line line = lines.get(i);
            String lid = bid + "_L" + (i + 1);
            xml.writeStartElement("TextLine");
            xml.writeAttribute("ID", lid);
            box(line.left(), line.top(), line.right(), line.bottom());
            Layout.Word prev = null;
            int s = 0;
            for (Layout.Word w : line.words()) {
                if (prev != null && options.spaces()) {
                    xml.writeEmptyElement("SP");
                    double gap = w.left() - prev.right();
                    if (gap > 0) {
                        xml.writeAttribute("WIDTH", num(gap));
                        xml.writeAttribute("HPOS", num(prev.right()));
                        xml.writeAttribute("VPOS", num(Math.min(prev.top(), w.top())));
                    }
                }
                xml.writeEmptyElement("String");
                xml.writeAttribute("ID", lid + "_S" + (++s));
                xml.writeAttribute("CONTENT", w.text());
                box(w.left(), w.top(), w.right(), w.bottom());
                xml.writeAttribute("WC", conf(w.confidence()));
                prev = w;
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void box(double left, double top, double right, double bottom) throws XMLStreamException {
        xml.writeAttribute("HPOS", num(left));
        xml.writeAttribute("VPOS", num(top));
        xml.writeAttribute("WIDTH", num(Math.max(0, right - left)));
        xml.writeAttribute("HEIGHT", num(Math.max(0, bottom - top)));
    }

    private static double min(List<Layout.Line> lines, int which) {
        double v = Double.POSITIVE_INFINITY;
        for (Layout.Line l : lines) v = Math.min(v, which == 0 ? l.left() : l.top());
        return v;
    }

    private static double max(List<Layout.Line> lines, int which) {
        double v = Double.NEGATIVE_INFINITY;
        for (Layout.Line l : lines) v = Math.max(v, which == 2 ? l.right() : l.bottom());
        return v;
    }

    /** A coordinate rounded to 0.01, without trailing zeros, never in exponent form. */
    static String num(double v) {
        long r = Math.round(v * 100);
        String sign = r < 0 ? "-" : "";
        r = Math.abs(r);
        long whole = r / 100;
        int frac = (int) (r % 100);
        if (frac == 0) return sign + whole;
        return sign + whole + "." + (frac % 10 == 0 ? Integer.toString(frac / 10) : String.format(java.util.Locale.ROOT, "%02d", frac));
    }

    /** A confidence in [0, 1] with 3 decimals. */
    static String conf(double c) {
        long r = Math.round(Math.max(0, Math.min(1, c)) * 1000);
        if (r == 1000) return "1";
        if (r == 0) return "0";
        String s = String.format(java.util.Locale.ROOT, "%03d", r);
        return "0." + s.replaceAll("0+$", "");
    }

    @Override public void close() throws IOException {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot finish ALTO", e);
        } finally {
            stream.close();
        }
    }
}
