package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sinpdf.model.BoundingBox;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ground-truth cells of an ICDAR 2013 {@code NAME-str.xml} with where they sit and what they
 * say, for the character error rate of cell text ({@link CellTextErrors}). Coordinates are turned
 * to the upright page, top-left origin, points, as {@link IcdarGroundTruthReader} does. Cells
 * without a {@code bounding-box} cannot be placed and are left out.
 */
public final class IcdarCells {
    /** One ground-truth cell: 1-based page, box on the upright page, text as given. */
    public record GtCell(int page, BoundingBox box, String text) {
        public GtCell {
            Objects.requireNonNull(box, "box");
            Objects.requireNonNull(text, "text");
        }
    }

    private IcdarCells() {}

    /** The cells of {@code dir/NAME-str.xml}. */
    public static List<GtCell> read(Path dir, String name, List<PageFrame> frames) throws IOException {
        Path file = dir.resolve(name + "-str.xml");
        List<GtCell> out = new ArrayList<>();
        org.w3c.dom.Document doc = SafeXml.parse(file, "ground truth");
        NodeList regions = doc.getElementsByTagName("region");
        for (int i = 0; i < regions.getLength(); i++) {
            Element region = (Element) regions.item(i);
            int page = region.getAttribute("page").isEmpty() ? 1
                    : (int) Math.round(IcdarGroundTruthReader.leadingNumber(region.getAttribute("page")));
            if (page < 1 || page > frames.size()) throw new IOException(file + ": page " + page + " outside the PDF");
            PageFrame frame = frames.get(page - 1);
            NodeList cells = region.getElementsByTagName("cell");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                NodeList bbs = cell.getElementsByTagName("bounding-box");
                if (bbs.getLength() == 0) continue;
                Element bb = (Element) bbs.item(0);
                NodeList content = cell.getElementsByTagName("content");
                String text = content.getLength() == 0 ? "" : content.item(0).getTextContent();
                BoundingBox box = frame.toTopLeft(num(bb, "x1"), num(bb, "y1"), num(bb, "x2"), num(bb, "y2"));
                out.add(new GtCell(page, box, text));
            }
        }
        return out;
    }

    private static double num(Element e, String attr) {
        String v = e.getAttribute(attr);
        if (v.isEmpty()) throw new IllegalArgumentException("missing " + attr + " on <" + e.getTagName() + ">");
        return IcdarGroundTruthReader.leadingNumber(v);
    }
}
