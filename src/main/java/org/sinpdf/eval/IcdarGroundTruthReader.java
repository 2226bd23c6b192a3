package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sinpdf.model.BoundingBox;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads an ICDAR 2013 Table Competition ground truth ({@code NAME-reg.xml} with table regions,
 * {@code NAME-str.xml} with cells) into {@link GroundTruth}, converting coordinates from PDF user
 * space (origin bottom-left) to the upright page with origin top-left, using the PDF's page frames.
 *
 * <p>Tolerates the defects found in the published files: numbers with trailing junk
 * ({@code x1='26ß'} reads 26), {@code col-end} written for {@code end-col}, attributes in any order,
 * missing {@code end-row}/{@code end-col} (the cell spans one row/column). Several structure regions
 * of one table on one page (a table printed in side-by-side column blocks) are merged into one grid
 * by applying their {@code col-increment}/{@code row-increment}. The region's box comes from
 * {@code -reg.xml} (same table ordinal, same page); when absent there, it is the union of the cells'
 * boxes.
 */
public final class IcdarGroundTruthReader {
    private IcdarGroundTruthReader() {}

    /** Reads {@code dir/NAME-reg.xml} and {@code dir/NAME-str.xml}. */
    public static GroundTruth read(Path dir, String name, List<PageFrame> frames) throws IOException {
        return read(name, dir.resolve(name + "-reg.xml"), dir.resolve(name + "-str.xml"), frames);
    }

    public static GroundTruth read(String name, Path regXml, Path strXml, List<PageFrame> frames) throws IOException {
        Map<Integer, Map<Integer, BoundingBox>> regBoxes = readRegions(regXml, frames);
        Document str = SafeXml.parse(strXml, "ground truth");
        List<GtRegion> regions = new ArrayList<>();
        List<Element> tables = SafeXml.children(str.getDocumentElement(), "table");
        for (int t = 0; t < tables.size(); t++) {
            int ordinal = t + 1;
            Map<Integer, List<GridCell>> cellsByPage = new TreeMap<>();
            Map<Integer, BoundingBox> cellUnion = new TreeMap<>();
            for (Element region : SafeXml.children(tables.get(t), "region")) {
                int page = integer(region, 1, "page");
                PageFrame frame = frame(frames, page, strXml);
                int colInc = integer(region, 0, "col-increment");
                int rowInc = integer(region, 0, "row-increment");
                for (Element cell : SafeXml.children(region, "cell")) {
                    int sr = integer(cell, 0, "start-row"), sc = integer(cell, 0, "start-col");
                    int er = Math.max(sr, integer(cell, sr, "end-row", "row-end"));
                    int ec = Math.max(sc, integer(cell, sc, "end-col", "col-end"));
                    String text = SafeXml.children(cell, "content").stream().map(Element::getTextContent).findFirst().orElse("");
                    cellsByPage.computeIfAbsent(page, p -> new ArrayList<>())
                            .add(new GridCell(sr + rowInc, sc + colInc, er - sr + 1, ec - sc + 1, text));
                    List<Element> bb = SafeXml.children(cell, "bounding-box");
                    if (!bb.isEmpty()) {
                        BoundingBox b = box(bb.get(0), frame);
                        cellUnion.merge(page, b, BoundingBox::union);
                    }
                }
            }
            Map<Integer, BoundingBox> fromReg = regBoxes.getOrDefault(ordinal, Map.of());
            for (var e : cellsByPage.entrySet()) {
                int page = e.getKey();
                BoundingBox bbox = fromReg.containsKey(page) ? fromReg.get(page)
                        : cellUnion.getOrDefault(page, new BoundingBox(0, 0, 0, 0));
                regions.add(new GtRegion(ordinal, page, bbox, e.getValue()));
            }
            for (var e : fromReg.entrySet()) {
                if (!cellsByPage.containsKey(e.getKey())) regions.add(new GtRegion(ordinal, e.getKey(), e.getValue(), List.of()));
            }
        }
        return new GroundTruth(name, regions);
    }

    private static Map<Integer, Map<Integer, BoundingBox>> readRegions(Path regXml, List<PageFrame> frames) throws IOException {
        Map<Integer, Map<Integer, BoundingBox>> out = new LinkedHashMap<>();
        if (!Files.exists(regXml)) return out;
        Document reg = SafeXml.parse(regXml, "ground truth");
        List<Element> tables = SafeXml.children(reg.getDocumentElement(), "table");
        for (int t = 0; t < tables.size(); t++) {
            Map<Integer, BoundingBox> byPage = new TreeMap<>();
            for (Element region : SafeXml.children(tables.get(t), "region")) {
                int page = integer(region, 1, "page");
                List<Element> bb = SafeXml.children(region, "bounding-box");
                if (bb.isEmpty()) continue;
                byPage.merge(page, box(bb.get(0), frame(frames, page, regXml)), BoundingBox::union);
            }
            out.put(t + 1, byPage);
        }
        return out;
    }

    private static PageFrame frame(List<PageFrame> frames, int page, Path file) {
        if (page < 1 || page > frames.size()) {
            throw new IllegalArgumentException(file + ": page " + page + " outside the PDF's " + frames.size() + " pages");
        }
        return frames.get(page - 1);
    }

    private static BoundingBox box(Element bb, PageFrame frame) {
        return frame.toTopLeft(number(bb, "x1"), number(bb, "y1"), number(bb, "x2"), number(bb, "y2"));
    }

    /** Leading numeric part of an attribute: "26ß" → 26. */
    static double leadingNumber(String s) {
        String t = s.strip();
        int i = 0;
        if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '+')) i++;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) i++;
        if (i == 0 || (i == 1 && !Character.isDigit(t.charAt(0)))) throw new IllegalArgumentException("not a number: '" + s + "'");
        return Double.parseDouble(t.substring(0, i));
    }

    private static double number(Element e, String attr) {
        String v = e.getAttribute(attr);
        if (v.isEmpty()) throw new IllegalArgumentException("missing " + attr + " on <" + e.getTagName() + ">");
        return leadingNumber(v);
    }

    private static int integer(Element e, int dflt, String... names) {
        for (String n : names) {
            String v = e.getAttribute(n);
            if (!v.isEmpty()) return (int) Math.round(leadingNumber(v));
        }
        return dflt;
    }
}
