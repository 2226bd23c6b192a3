package org.sinpdf.serialize.text;

import org.sinpdf.layout.Layout;

import java.io.BufferedWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.TableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one document's full text. Pages are put in reading order as they arrive and buffered
 * (memory, then a temporary file), because running headers and table regions are known only
 * once every page has been seen; the file is written in {@link #close()}.
 */
final class TextWriter implements DocumentWriter {
    static final String HEADER_MARK = "[encabezado] ";
    static final String FOOTER_MARK = "[pie] ";
    private static final Logger log = LoggerFactory.getLogger(TextWriter.class);
    private static final int EDGE_LINES = 3;

    private final DocumentInfo document;
    private final OutputSink sink;
    private final TextOptions options;
    private final SpillBuffer buffer;
    private final Map<String, Integer> headerPages = new HashMap<>();
    private final Map<String, Integer> footerPages = new HashMap<>();
    private final Map<Integer, List<Region>> regions = new HashMap<>();
    private int pageCount;

    /** A table's region on one page and the line that stands for it. */
    private record Region(String marker, BoundingBox box) {
        boolean holds(Layout.Word w) {
            return w.centerX() >= box.left() - 1 && w.centerX() <= box.right() + 1
                    && w.centerY() >= box.top() - 1 && w.centerY() <= box.bottom() + 1;
        }
    }

    /** A page read back from the buffer. */
    private record BufferedPage(int number, double height, List<Layout.Line> lines) {}

    TextWriter(DocumentInfo document, OutputSink sink, TextOptions options) {
        this.document = document;
        this.sink = sink;
        this.options = options;
        this.buffer = new SpillBuffer(options.spillKilobytes() * 1024L);
    }

    @Override public void page(Page page) throws IOException {
        List<Layout.Line> lines = Layout.of(page).lines();
        DataOutputStream out = buffer.out();
        out.writeInt(page.number());
        out.writeDouble(page.height());
        out.writeInt(lines.size());
        for (Layout.Line line : lines) {
            out.writeInt(line.block());
            out.writeInt(line.words().size());
            for (Layout.Word w : line.words()) {
                out.writeUTF(w.text());
                out.writeFloat((float) w.left());
                out.writeFloat((float) w.top());
                out.writeFloat((float) w.right());
                out.writeFloat((float) w.bottom());
            }
        }
        pageCount++;
        countEdges(lines, page.height(), true, headerPages);
        countEdges(lines, page.height(), false, footerPages);
    }

    @Override public void tables(List<Table> tables, List<TableFiles> files) {
        Map<String, Map<String, String>> filesById = new HashMap<>();
        for (TableFiles f : files) filesById.put(f.tableId(), f.files());
        for (Table t : tables) {
            String marker = marker(t.id(), filesById.getOrDefault(t.id(), Map.of()));
            for (TableRegion r : t.regions()) {
                regions.computeIfAbsent(r.page(), k -> new ArrayList<>()).add(new Region(marker, r.bbox()));
            }
        }
    }

    static String marker(String tableId, Map<String, String> files) {
        String file = files.get("csv");
        if (file == null && !files.isEmpty()) file = files.get(files.keySet().stream().sorted().findFirst().orElseThrow());
        return file == null ? "[tabla " + tableId + "]" : "[tabla " + tableId + ": " + file + "]";
    }

    @Override public void abort() {
        try {
            buffer.close();
        } catch (IOException e) {
            // the spill file is also deleted on exit
        }
    }

    @Override public void close() throws IOException {
        try (buffer) {
            int threshold = Math.max(2, (int) Math.ceil(0.4 * pageCount));
            Set<String> headers = repeated(headerPages, threshold);
            Set<String> footers = repeated(footerPages, threshold);
            try (DataInputStream in = buffer.input();
                 Writer out = new BufferedWriter(new OutputStreamWriter(
                         sink.create(document.baseName() + ".txt"), StandardCharsets.UTF_8), 1 << 16)) {
                for (int i = 0; i < pageCount; i++) {
                    writePage(read(in), headers, footers, out);
                }
            }
            if (buffer.spilled()) log.debug("{}: page text spilled to a temporary file", document.sourceId());
        }
    }

    private Set<String> repeated(Map<String, Integer> counts, int threshold) {
        Set<String> out = new HashSet<>();
        if (!options.markHeadersFooters()) return out;
        counts.forEach((k, n) -> {
            if (n >= threshold) out.add(k);
        });
        return out;
    }

    private void writePage(BufferedPage page, Set<String> headers, Set<String> footers, Writer out) throws IOException {
        Set<Integer> headerIdx = edgeLines(page.lines(), page.height(), true, headers);
        Set<Integer> footerIdx = edgeLines(page.lines(), page.height(), false, footers);
        List<String> top = new ArrayList<>();
        List<String> bottom = new ArrayList<>();
        List<Layout.Line> body = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) {
            Layout.Line l = page.lines().get(i);
            if (headerIdx.contains(i)) top.add(HEADER_MARK + l.text());
            else if (footerIdx.contains(i)) bottom.add(FOOTER_MARK + l.text());
            else body.add(l);
        }
        Paragraphs p = new Paragraphs(out);
        for (String s : top) p.line(s, -1);
        p.breakParagraph();
        writeBody(body, regions.getOrDefault(page.number(), List.of()), p);
        p.breakParagraph();
        for (String s : bottom) p.line(s, -2);
        out.write('\f');
    }

    private void writeBody(List<Layout.Line> body, List<Region> pageRegions, Paragraphs p) throws IOException {
        if (pageRegions.isEmpty()) {
            for (Layout.Line l : body) p.line(l.text(), l.block());
            return;
        }
        List<List<Layout.Word>> inRegion = new ArrayList<>();
        for (int r = 0; r < pageRegions.size(); r++) inRegion.add(new ArrayList<>());
        List<List<Layout.Word>> outside = new ArrayList<>();
        List<Set<Integer>> hits = new ArrayList<>();
        for (Layout.Line l : body) {
            List<Layout.Word> rest = new ArrayList<>();
            Set<Integer> lineHits = new LinkedHashSet<>();
            for (Layout.Word w : l.words()) {
                int r = regionOf(w, pageRegions);
                if (r < 0) {
                    rest.add(w);
                } else {
                    inRegion.get(r).add(w);
                    lineHits.add(r);
                }
            }
            outside.add(rest);
            hits.add(lineHits);
        }
        boolean[] placed = new boolean[pageRegions.size()];
        for (int i = 0; i < body.size(); i++) {
            for (int r : hits.get(i)) {
                if (!placed[r]) {
                    placed[r] = true;
                    writeTable(pageRegions.get(r), inRegion.get(r), p);
                }
            }
            if (!outside.get(i).isEmpty()) p.line(new Layout.Line(outside.get(i), 0).text(), body.get(i).block());
        }
        for (int r = 0; r < placed.length; r++) {
            if (!placed[r] && options.tableMarkers()) writeTable(pageRegions.get(r), List.of(), p);
        }
    }

    private void writeTable(Region region, List<Layout.Word> words, Paragraphs p) throws IOException {
        p.breakParagraph();
        if (options.tableMarkers()) {
            p.line(region.marker(), -3);
        } else {
            double h = Layout.medianHeight(words);
            for (List<Layout.Word> row : Layout.lines(words)) {
                StringBuilder sb = new StringBuilder();
                Layout.Word prev = null;
                for (Layout.Word w : row) {
                    if (prev != null) sb.append(w.left() - prev.right() >= h ? '\t' : ' ');
                    sb.append(w.text());
                    prev = w;
                }
                p.line(sb.toString(), -3);
            }
        }
        p.breakParagraph();
    }

    private static int regionOf(Layout.Word w, List<Region> pageRegions) {
        for (int r = 0; r < pageRegions.size(); r++) {
            if (pageRegions.get(r).holds(w)) return r;
        }
        return -1;
    }

    private BufferedPage read(DataInputStream in) throws IOException {
        int number = in.readInt();
        double height = in.readDouble();
        int n = in.readInt();
        List<Layout.Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int block = in.readInt();
            int words = in.readInt();
            List<Layout.Word> ws = new ArrayList<>(words);
            for (int k = 0; k < words; k++) {
                ws.add(new Layout.Word(in.readUTF(), in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat(), 1));
            }
            lines.add(new Layout.Line(ws, block));
        }
        return new BufferedPage(number, height, lines);
    }

    /** Counts, once per page, the keys of the lines near the top (or bottom) edge. */
    private void countEdges(List<Layout.Line> lines, double height, boolean top, Map<String, Integer> counts) {
        Set<String> seen = new HashSet<>();
        for (int i : edgeCandidates(lines, height, top)) {
            String k = key(lines.get(i).text());
            if (!k.isEmpty() && seen.add(k)) counts.merge(k, 1, Integer::sum);
        }
    }

    private Set<Integer> edgeLines(List<Layout.Line> lines, double height, boolean top, Set<String> keys) {
        Set<Integer> out = new HashSet<>();
        if (keys.isEmpty()) return out;
        for (int i : edgeCandidates(lines, height, top)) {
            if (keys.contains(key(lines.get(i).text()))) out.add(i);
        }
        return out;
    }

    /** Indexes of at most {@value #EDGE_LINES} lines nearest the edge that lie inside the margin zone. */
    private List<Integer> edgeCandidates(List<Layout.Line> lines, double height, boolean top) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) idx.add(i);
        if (top) idx.sort((a, b) -> Double.compare(lines.get(a).top(), lines.get(b).top()));
        else idx.sort((a, b) -> Double.compare(lines.get(b).bottom(), lines.get(a).bottom()));
        double zone = options.marginZone() * height;
        List<Integer> out = new ArrayList<>();
        for (int i : idx.subList(0, Math.min(EDGE_LINES, idx.size()))) {
            Layout.Line l = lines.get(i);
            if (top ? l.bottom() <= zone : l.top() >= height - zone) out.add(i);
        }
        return out;
    }

    /**
     * Lower case without digits, spaces collapsed: "Página 3 de 10" and "Página 4 de 10" share a key,
     * and so do "Informe 2011 15" and "16 Informe 2011" (page numbers left and right).
     */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\p{Nd}+", " ").replaceAll("[\\s\\p{Z}]+", " ").strip();
    }

    /** Writes lines, with one blank line between blocks. */
    private static final class Paragraphs {
        private final Writer out;
        private boolean any;
        private boolean pendingBreak;
        private int lastBlock = Integer.MIN_VALUE;

        Paragraphs(Writer out) { this.out = out; }

        void line(String text, int block) throws IOException {
            if (any && (pendingBreak || block != lastBlock)) out.write('\n');
            out.write(text);
            out.write('\n');
            any = true;
            pendingBreak = false;
            lastBlock = block;
        }

        void breakParagraph() { pendingBreak = true; }
    }
}
