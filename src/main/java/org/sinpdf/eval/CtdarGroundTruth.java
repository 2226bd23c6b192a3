package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.sinpdf.model.BoundingBox;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ground truth of one ICDAR 2019 cTDaR (track B, modern) page image: table regions and cells as
 * pixel boxes (the bounding box of each {@code <Coords points>} polygon, top-left origin) and the
 * cells' right/below neighbour relations from their {@code neighbors="ID:R ID:B ..."} attributes
 * ({@code L} and {@code T} entries are read as the inverse {@code R} and {@code B}). Cell ids are
 * scoped to their table.
 *
 * @param name      the image's base name, e.g. "cTDaR_t10000"
 * @param tables    table regions, in file order
 * @param cells     every cell of every table
 * @param relations the adjacency relations between cells (a set: each pair and direction once)
 */
public record CtdarGroundTruth(String name, List<BoundingBox> tables, List<CtdarCell> cells, Set<Link> relations) {
    public CtdarGroundTruth {
        Objects.requireNonNull(name, "name");
        tables = List.copyOf(tables);
        cells = List.copyOf(cells);
        relations = Set.copyOf(relations);
    }

    /** A cell: 0-based table ordinal, id within the table, pixel box. */
    public record CtdarCell(int table, String id, BoundingBox box) {}

    /** Cell {@code to} is the neighbour of cell {@code from} in {@code direction} (indexes into {@link #cells()}). */
    public record Link(int from, int to, Relation.Direction direction) {}

    /** One image and its annotation. */
    public record Entry(String name, Path image, Path annotation) {}

    /**
     * The images of a cTDaR directory ({@code images/NAME.jpg} with {@code annotations/NAME.xml}), in
     * name order, restricted to {@code names} unless empty.
     */
    public static List<Entry> entries(Path dir, List<String> names) throws IOException {
        Path images = dir.resolve("images"), annotations = dir.resolve("annotations");
        if (!Files.isDirectory(images) || !Files.isDirectory(annotations)) {
            throw new IOException("not a cTDaR directory (images/ and annotations/ expected): " + dir);
        }
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(images)) {
            for (Path img : files.sorted().toList()) {
                String name = img.getFileName().toString().replaceFirst("\\.[^.]+$", "");
                Path xml = annotations.resolve(name + ".xml");
                if (Files.exists(xml) && (names.isEmpty() || names.contains(name))) out.add(new Entry(name, img, xml));
            }
        }
        return out;
    }

    public static CtdarGroundTruth read(String name, Path xml) throws IOException {
        org.w3c.dom.Document doc = SafeXml.parse(xml, "cTDaR annotation");
        List<BoundingBox> tables = new ArrayList<>();
        List<CtdarCell> cells = new ArrayList<>();
        List<String[]> pending = new ArrayList<>(); // from-index, neighbour id, direction letter, table
        NodeList ts = doc.getElementsByTagName("table");
        for (int t = 0; t < ts.getLength(); t++) {
            Element table = (Element) ts.item(t);
            BoundingBox tableBox = null;
            for (Element c : SafeXml.children(table, "Coords")) tableBox = box(c.getAttribute("points"), xml);
            List<Element> cellEls = SafeXml.children(table, "cell");
            if (tableBox == null) {
                for (Element c : cellEls) {
                    for (Element co : SafeXml.children(c, "Coords")) {
                        BoundingBox b = box(co.getAttribute("points"), xml);
                        tableBox = tableBox == null ? b : tableBox.union(b);
                    }
                }
            }
            if (tableBox == null) continue;
            tables.add(tableBox);
            int tableNo = tables.size() - 1;
            for (Element c : cellEls) {
                List<Element> co = SafeXml.children(c, "Coords");
                if (co.isEmpty()) continue;
                cells.add(new CtdarCell(tableNo, c.getAttribute("id"), box(co.get(0).getAttribute("points"), xml)));
                for (String n : c.getAttribute("neighbors").trim().split("\\s+")) {
                    int colon = n.lastIndexOf(':');
                    if (colon <= 0) continue;
                    pending.add(new String[] {Integer.toString(cells.size() - 1), n.substring(0, colon), n.substring(colon + 1),
                            Integer.toString(tableNo)});
                }
            }
        }
        Set<Link> links = new LinkedHashSet<>();
        for (String[] p : pending) {
            int from = Integer.parseInt(p[0]), table = Integer.parseInt(p[3]);
            int to = index(cells, table, p[1]);
            if (to < 0) continue;
            switch (p[2]) {
                case "R" -> links.add(new Link(from, to, Relation.Direction.RIGHT));
                case "B" -> links.add(new Link(from, to, Relation.Direction.BELOW));
                case "L" -> links.add(new Link(to, from, Relation.Direction.RIGHT));
                case "T" -> links.add(new Link(to, from, Relation.Direction.BELOW));
                default -> { }
            }
        }
        return new CtdarGroundTruth(name, tables, cells, links);
    }

    private static int index(List<CtdarCell> cells, int table, String id) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).table() == table && cells.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    /** The bounding box of a polygon "x,y x,y ...". */
    static BoundingBox box(String points, Path file) throws IOException {
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        int n = 0;
        for (String pt : points.trim().split("\\s+")) {
            String[] xy = pt.split(",");
            if (xy.length != 2) continue;
            try {
                double x = Double.parseDouble(xy[0]), y = Double.parseDouble(xy[1]);
                l = Math.min(l, x); t = Math.min(t, y); r = Math.max(r, x); b = Math.max(b, y);
                n++;
            } catch (NumberFormatException e) {
                throw new IOException(file + ": bad point '" + pt + "'", e);
            }
        }
        if (n == 0) throw new IOException(file + ": empty polygon");
        return new BoundingBox(l, t, r, b);
    }
}
