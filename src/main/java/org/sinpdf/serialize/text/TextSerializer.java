package org.sinpdf.serialize.text;

import java.util.Objects;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;

/**
 * Stage {@code txt}: the full text of a document as one UTF-8 file {@code <base>.txt}, in reading
 * order (columns read one after another), one form feed (U+000C) after every page as pdftotext
 * writes it, a blank line between blocks. Running headers and footers are marked with a leading
 * {@code [encabezado] } / {@code [pie] } and put at the start / end of their page; a table is one
 * line {@code [tabla ID: FILE.csv]} in place of its words, or its words row by row (see
 * {@link TextOptions}).
 */
public final class TextSerializer implements DocumentSerializer {
    public static final String ID = "txt";
    private final TextOptions options;

    public TextSerializer(TextOptions options) { this.options = Objects.requireNonNull(options, "options"); }

    @Override public String id() { return ID; }

    @Override public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        return new TextWriter(document, sink, options);
    }
}
