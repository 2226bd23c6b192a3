package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.sinpdf.model.BoundingBox;

/**
 * A page's crop box and rotation, to turn PDF user-space rectangles (origin bottom-left, as in
 * the ICDAR ground truth) into rectangles on the upright page with the origin at the top-left
 * (as in {@link org.sinpdf.model.TableRegion}).
 */
public record PageFrame(double llx, double lly, double urx, double ury, int rotation) {

    /** A plain unrotated page of the given size with its origin at 0,0. */
    public static PageFrame of(double width, double height) { return new PageFrame(0, 0, width, height, 0); }

    /** The frames of every page of a PDF, page 1 first. */
    public static List<PageFrame> read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()))) {
            List<PageFrame> frames = new ArrayList<>();
            for (PDPage p : doc.getPages()) {
                PDRectangle box = p.getCropBox();
                frames.add(new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(),
                        box.getUpperRightY(), ((p.getRotation() % 360) + 360) % 360));
            }
            return frames;
        }
    }

    /** Converts the user-space rectangle spanned by (x1,y1) and (x2,y2) to the upright page. */
    public BoundingBox toTopLeft(double x1, double y1, double x2, double y2) {
        double[] a = point(x1, y1), b = point(x2, y2);
        return new BoundingBox(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    }

    private double[] point(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y - lly, x - llx};
            case 180 -> new double[] {urx - x, y - lly};
            case 270 -> new double[] {ury - y, urx - x};
            default -> new double[] {x - llx, ury - y};
        };
    }
}
