package org.sinpdf.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A tiny flow layout over PDFBox for the sample documents: A4 portrait pages with a running head,
 * headings, wrapped paragraphs, tables (ruled, lightly ruled or unruled, header repeated on every
 * page) and "Página n de m" footers. Deterministic: fixed dates and a fixed document id.
 * One instance per document, never shared.
 */
final class PdfLayout implements AutoCloseable {
    enum Rules { GRID, HORIZONTAL, NONE }
    enum Align { LEFT, RIGHT, CENTER }

    /** A header cell spanning {@code span} columns. */
    record HeaderCell(String text, int span) {
        static HeaderCell of(String text) { return new HeaderCell(text, 1); }
    }

    /** A column: alignment of its body cells; {@code wrap} false keeps body cells on one line. */
    record ColumnSpec(Align align, boolean wrap) {}

    /** A table to draw; {@code flexColumn} takes the width left over after every column's minimum. */
    record TableSpec(List<List<HeaderCell>> headerRows, List<List<String>> rows, List<ColumnSpec> columns,
                     Rules rules, int flexColumn, List<Integer> boldRows) {}

    static final float TOP = 60f;
    static final float BOTTOM = 64f;
    private static final float PAD = 3f;

    private final PDDocument doc = new PDDocument();
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final String runningHead;
    private final float margin;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    private float y;

    PdfLayout(Path regularFont, Path boldFont, String runningHead, float margin) throws IOException {
        this.margin = margin;
        for (Path p : List.of(regularFont, boldFont)) {
            if (!Files.isRegularFile(p)) {
                throw new IOException("font not found: " + p + " (Debian: apt-get install fonts-dejavu-core)");
            }
        }
        this.regular = PDType0Font.load(doc, new java.io.ByteArrayInputStream(withoutGsub(Files.readAllBytes(regularFont))), true);
        this.bold = PDType0Font.load(doc, new java.io.ByteArrayInputStream(withoutGsub(Files.readAllBytes(boldFont))), true);
        this.runningHead = runningHead;
        newPage();
    }

    /**
     * Hides the font's GSUB table (renames its directory tag) so that PDFBox does not substitute
     * ligature glyphs: with it, "fi" is drawn as the U+FB01 glyph and the text layer says "ﬁ".
     * The samples want plain letters in the text layer.
     */
    static byte[] withoutGsub(byte[] ttf) {
        int tables = ((ttf[4] & 0xff) << 8) | (ttf[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (ttf[at] == 'G' && ttf[at + 1] == 'S' && ttf[at + 2] == 'U' && ttf[at + 3] == 'B') {
                ttf[at] = 'X';
            }
        }
        return ttf;
    }

    float width() { return PDRectangle.A4.getWidth() - 2 * margin; }

    void heading(String text, float size) throws IOException {
        List<String> lines = wrap(text, bold, size, width());
        ensure(lines.size() * size * 1.3f + size);
        y -= size * 0.6f;
        for (String l : lines) {
            y -= size * 1.3f;
            show(bold, size, margin, y, l);
        }
        y -= size * 0.5f;
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, size, false);
    }

    void paragraph(String text, float size, boolean useBold) throws IOException {
        PDType0Font f = useBold ? bold : regular;
        float leading = size * 1.35f;
        for (String l : wrap(text, f, size, width())) {
            ensure(leading);
            y -= leading;
            show(f, size, margin, y, l);
        }
        y -= size * 0.7f;
    }

    void space(float h) { y -= h; }

    void table(TableSpec t, float headSize, float bodySize) throws IOException {
        int n = t.columns().size();
        float[] w = columnWidths(t, headSize, bodySize);
        float[] x = new float[n + 1];
        x[0] = margin;
        for (int c = 0; c < n; c++) x[c + 1] = x[c] + w[c];
        float headLeading = headSize * 1.2f;
        float bodyLeading = bodySize * 1.25f;

        // pre-layout header rows
        List<List<List<String>>> headLines = new ArrayList<>();
        List<Float> headHeights = new ArrayList<>();
        for (List<HeaderCell> hr : t.headerRows()) {
            List<List<String>> cellLines = new ArrayList<>();
            int c = 0;
            int maxLines = 1;
            for (HeaderCell hc : hr) {
                float cw = x[c + hc.span()] - x[c] - 2 * PAD;
                List<String> ls = hc.text().isEmpty() ? List.of() : wrap(hc.text(), bold, headSize, cw);
                cellLines.add(ls);
                maxLines = Math.max(maxLines, ls.size());
                c += hc.span();
            }
            if (c != n) throw new IllegalArgumentException("header row spans " + c + " of " + n + " columns");
            headLines.add(cellLines);
            headHeights.add(maxLines * headLeading + 2 * PAD);
        }
        float headTotal = 0;
        for (float h : headHeights) headTotal += h;

        ensure(headTotal + 3 * bodyLeading);
        drawHeader(t, x, headLines, headHeights, headSize, headLeading);
        float pageTableTop = y + headTotal;
        for (int r = 0; r < t.rows().size(); r++) {
            List<String> row = t.rows().get(r);
            boolean rowBold = t.boldRows().contains(r);
            PDType0Font f = rowBold ? bold : regular;
            List<List<String>> cellLines = new ArrayList<>();
            int maxLines = 1;
            for (int c = 0; c < n; c++) {
                String v = row.get(c);
                List<String> ls = v.isEmpty() ? List.of()
                        : t.columns().get(c).wrap() ? wrap(v, f, bodySize, w[c] - 2 * PAD) : List.of(v);
                cellLines.add(ls);
                maxLines = Math.max(maxLines, ls.size());
            }
            float h = maxLines * bodyLeading + 2 * PAD;
            if (y - h < BOTTOM) {
                closeTableOnPage(t, x, pageTableTop);
                newPage();
                pageTableTop = y;
                drawHeader(t, x, headLines, headHeights, headSize, headLeading);
            }
            if (t.rules() == Rules.GRID) {
                hline(x[0], x[n], y);
                for (int c = 0; c <= n; c++) vline(x[c], y, y - h);
            }
            for (int c = 0; c < n; c++) {
                List<String> ls = cellLines.get(c);
                for (int i = 0; i < ls.size(); i++) {
                    float baseline = y - PAD - (i + 1) * bodyLeading + bodyLeading * 0.22f;
                    showAligned(f, bodySize, x[c], x[c + 1], baseline, ls.get(i), t.columns().get(c).align());
                }
            }
            y -= h;
        }
        closeTableOnPage(t, x, pageTableTop);
        y -= bodySize;
    }

    private void closeTableOnPage(TableSpec t, float[] x, float top) throws IOException {
        if (t.rules() != Rules.NONE) hline(x[0], x[x.length - 1], y);
    }

    private void drawHeader(TableSpec t, float[] x, List<List<List<String>>> headLines, List<Float> heights,
                            float size, float leading) throws IOException {
        int n = t.columns().size();
        if (t.rules() == Rules.HORIZONTAL) hline(x[0], x[n], y);
        for (int r = 0; r < t.headerRows().size(); r++) {
            float h = heights.get(r);
            List<HeaderCell> hr = t.headerRows().get(r);
            int c = 0;
            if (t.rules() == Rules.GRID) hline(x[0], x[n], y);
            for (int k = 0; k < hr.size(); k++) {
                HeaderCell hc = hr.get(k);
                float left = x[c], right = x[c + hc.span()];
                if (t.rules() == Rules.GRID) {
                    vline(left, y, y - h);
                    if (c + hc.span() == n) vline(right, y, y - h);
                }
                List<String> ls = headLines.get(r).get(k);
                for (int i = 0; i < ls.size(); i++) {
                    float baseline = y - PAD - (i + 1) * leading + leading * 0.22f;
                    showAligned(bold, size, left, right, baseline, ls.get(i), Align.CENTER);
                }
                if (t.rules() == Rules.NONE && hc.span() > 1) {
                    // a thin line under a spanning group header, as printed budgets do
                    hline(left + PAD, right - PAD, y - h + 1f);
                }
                c += hc.span();
            }
            y -= h;
        }
        if (t.rules() == Rules.HORIZONTAL) hline(x[0], x[n], y);
    }

    private float[] columnWidths(TableSpec t, float headSize, float bodySize) throws IOException {
        int n = t.columns().size();
        float[] w = new float[n];
        for (List<HeaderCell> hr : t.headerRows()) {
            int c = 0;
            for (HeaderCell hc : hr) {
                if (hc.span() == 1) {
                    for (String word : hc.text().split(" ")) w[c] = Math.max(w[c], textWidth(bold, headSize, word) + 2 * PAD);
                }
                c += hc.span();
            }
        }
        for (int r = 0; r < t.rows().size(); r++) {
            PDType0Font f = t.boldRows().contains(r) ? bold : regular;
            for (int c = 0; c < n; c++) {
                String v = t.rows().get(r).get(c);
                if (t.columns().get(c).wrap()) {
                    for (String word : v.split(" ")) w[c] = Math.max(w[c], textWidth(f, bodySize, word) + 2 * PAD);
                } else {
                    w[c] = Math.max(w[c], textWidth(f, bodySize, v) + 2 * PAD);
                }
            }
        }
        float used = 0;
        for (float v : w) used += v;
        float left = width() - used;
        if (left < 0) throw new IllegalStateException("table too wide by " + (-left) + " pt");
        // give everyone a little air, the flexible column the rest
        float air = Math.min(left / (2 * n), 8f);
        for (int c = 0; c < n; c++) w[c] += air;
        w[t.flexColumn()] += left - air * n;
        return w;
    }

    private void ensure(float h) throws IOException {
        if (y - h < BOTTOM) newPage();
    }

    private void newPage() throws IOException {
        if (cs != null) cs.close();
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        pages.add(p);
        cs = new PDPageContentStream(doc, p);
        cs.setLineWidth(0.5f);
        float top = PDRectangle.A4.getHeight();
        show(regular, 7.5f, margin, top - 36f, runningHead);
        hline(margin, margin + width(), top - 40f);
        y = top - TOP;
    }

    private void hline(float x1, float x2, float yy) throws IOException {
        cs.moveTo(x1, yy);
        cs.lineTo(x2, yy);
        cs.stroke();
    }

    private void vline(float xx, float y1, float y2) throws IOException {
        cs.moveTo(xx, y1);
        cs.lineTo(xx, y2);
        cs.stroke();
    }

    private void showAligned(PDType0Font f, float size, float left, float right, float baseline, String text, Align a)
            throws IOException {
        float tw = textWidth(f, size, text);
        float xx = switch (a) {
            case LEFT -> left + PAD;
            case RIGHT -> right - PAD - tw;
            case CENTER -> (left + right - tw) / 2;
        };
        show(f, size, xx, baseline, text);
    }

    private void show(PDType0Font f, float size, float xx, float yy, String text) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(xx, yy);
        cs.showText(text);
        cs.endText();
    }

    static float textWidth(PDType0Font f, float size, String s) throws IOException {
        return f.getStringWidth(s) / 1000f * size;
    }

    static List<String> wrap(String text, PDType0Font f, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (textWidth(f, size, word) > maxWidth) {
                throw new IllegalStateException("word wider than its box: " + word);
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (textWidth(f, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    /** Writes page footers, fixed metadata and id, and saves. */
    void save(Path out, String title, String subject) throws IOException {
        cs.close();
        cs = null;
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream fs = new PDPageContentStream(doc, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "Página " + (i + 1) + " de " + total;
                float tw = textWidth(regular, 8f, label);
                fs.beginText();
                fs.setFont(regular, 8f);
                fs.newLineAtOffset((PDRectangle.A4.getWidth() - tw) / 2, 36f);
                fs.showText(label);
                fs.endText();
            }
        }
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("sinpdf SampleGenerator");
        info.setProducer("Apache PDFBox");
        Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        fixed.clear();
        fixed.set(2012, Calendar.DECEMBER, 14, 12, 0, 0);
        info.setCreationDate(fixed);
        info.setModificationDate(fixed);
        // a fixed /ID so that COSWriter does not derive one from the clock
        byte[] id = ("sinpdf:" + out.getFileName()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] id16 = java.util.Arrays.copyOf(id, 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id16));
        ids.add(new COSString(id16));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(out.toFile());
    }

    @Override
    public void close() throws IOException {
        if (cs != null) cs.close();
        doc.close();
    }
}
