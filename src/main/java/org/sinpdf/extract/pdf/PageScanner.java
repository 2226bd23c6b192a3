package org.sinpdf.extract.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.fontbox.afm.FontMetrics;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType1CFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.sinpdf.model.Ruling;

/**
 * Reads one page's content stream once and collects, in the upright frame: every glyph with its
 * geometry, and axis-aligned line segments from the vector graphics (stroked lines and polylines,
 * stroked rectangles' edges, thin filled rectangles as lines, the edges of larger filled
 * rectangles for row shading). Also measures the largest image. One instance per page.
 */
final class PageScanner extends PDFGraphicsStreamEngine {
    /** A filled rectangle thinner than this (page units) is a line. */
    private static final double THIN = 3.0;

    private final UprightFrame frame;
    private final double llx;
    private final double lly;
    private final List<Ruling> segments = new ArrayList<>();
    private final List<double[]> subpath = new ArrayList<>();
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private final List<double[]> rects = new ArrayList<>();
    private double largestImageArea;
    /** Boxes of images and of painted paths that are not rulings (see {@link #figures()}). */
    private final List<double[]> figures = new ArrayList<>();
    /** Bounds of the path being built (all points incl. curve control points): {l, t, r, b}. */
    private final double[] pathBox = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    private boolean pathCurved;
    private final List<Glyph> glyphs = new ArrayList<>();
    private int unmapped;
    private PDFont lastFont;
    private String lastFontName = "";
    private boolean lastBold;
    private PDFont metricsFont;
    private java.util.Optional<FontMetrics> metrics = java.util.Optional.empty();
    private float curX;
    private float curY;

    PageScanner(PDPage page, UprightFrame frame) {
        super(page);
        this.frame = frame;
        PDRectangle crop = page.getCropBox();
        this.llx = crop.getLowerLeftX();
        this.lly = crop.getLowerLeftY();
    }

    List<Ruling> segments() { return segments; }

    double largestImageArea() { return largestImageArea; }

    /**
     * Boxes {l, t, r, b} of images and of painted paths with curves or slanted segments (chart
     * lines, pie slices, symbols, drawings): not table rulings.
     */
    List<double[]> figures() { return figures; }

    List<Glyph> glyphs() { return glyphs; }

    /** Glyphs without any Unicode mapping (not in {@link #glyphs()}). */
    int unmapped() { return unmapped; }

    @Override protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) {
        // Type 3 glyph procedures are not run: their shapes are not rulings
        String u = font.toUnicode(code);
        if (u == null) u = fromGlyphName(font, code);
        else if (u.length() == 1) u = letterCase(font, code, u);
        double adv = advance(font, code, displacement.getX());
        if (u == null) {
            unmapped++;
            return;
        }
        double sx = trm.getTranslateX() - llx, sy = trm.getTranslateY() - lly;
        double ex = sx + trm.getScaleX() * adv, ey = sy + trm.getShearY() * adv;
        double cx = trm.getShearX(), cy = trm.getScaleY();
        double size = Math.hypot(cx, cy);
        double upx = frame.vx(cx, cy), upy = frame.vy(cx, cy);
        double ul = Math.hypot(upx, upy);
        if (ul < 1e-9) { upx = 0; upy = -1; } else { upx /= ul; upy /= ul; }
        if (!(size > 0.01)) size = 1;
        boolean invisible = getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER;
        boolean bold = boldOf(font);
        glyphs.add(new Glyph(u, frame.x(sx, sy), frame.y(sx, sy), frame.x(ex, ey), frame.y(ex, ey), upx, upy, size,
                lastFontName, bold, invisible));
    }

    /**
     * The glyph's advance in text space: by the Adobe metrics for a non-embedded standard font
     * without widths (see {@link StandardFontMetrics}), with the text matrix moved by the difference
     * so the following glyphs land where they are drawn; else PDFBox's own.
     */
    private double advance(PDFont font, int code, double given) {
        if (font != metricsFont) {
            metricsFont = font;
            metrics = StandardFontMetrics.of(font);
        }
        if (metrics.isEmpty()) return given;
        double adv = StandardFontMetrics.advance(metrics.get(), font, code, given);
        double delta = adv - given;
        if (Math.abs(delta) > 1e-6) {
            PDTextState ts = getGraphicsState().getTextState();
            float tx = (float) (delta * ts.getFontSize() * ts.getHorizontalScaling() / 100.0);
            getGraphicsState().getTextMatrix().translate(tx, 0);
        }
        return adv;
    }

    /**
     * In a Type 1 font the encoding's glyph name picks the glyph that is drawn. When the font's
     * ToUnicode map gives the same letter in the other case (a known producer fault: "italy" for
     * a drawn "Italy"), the drawn letter wins.
     */
    static String letterCase(PDFont font, int code, String u) {
        char c = u.charAt(0);
        if (c > 'z' || !Character.isLetter(c) || !(font instanceof PDType1Font || font instanceof PDType1CFont)) return u;
        Encoding encoding = ((PDSimpleFont) font).getEncoding();
        String name = encoding == null ? null : encoding.getName(code);
        if (name == null || name.length() != 1) return u;
        char n = name.charAt(0);
        return n != c && Character.toLowerCase(n) == Character.toLowerCase(c) ? name : u;
    }

    /**
     * Unicode from the glyph name when the font maps none: ligature names such as {@code f_i} or
     * {@code f_f_l} (one glyph name per letter, joined by underscores). Null when that fails too.
     */
    static String fromGlyphName(PDFont font, int code) {
        if (!(font instanceof PDSimpleFont simple) || simple.getEncoding() == null) return null;
        String name = simple.getEncoding().getName(code);
        if (name == null || name.indexOf('_') <= 0) return null;
        int dot = name.indexOf('.');
        if (dot > 0) name = name.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            String u = part.isEmpty() ? null : GlyphList.getAdobeGlyphList().toUnicode(part);
            if (u == null) return null;
            out.append(u);
        }
        return out.toString();
    }

    private boolean boldOf(PDFont font) {
        if (font == lastFont) return lastBold;
        lastFont = font;
        String name = font.getName() == null ? "" : font.getName();
        int plus = name.indexOf('+');
        lastFontName = plus >= 0 && plus < name.length() - 1 ? name.substring(plus + 1) : name;
        String lower = name.toLowerCase(Locale.ROOT);
        boolean bold = lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
                || lower.contains("semibold") || lower.contains("demi") || lower.endsWith(",b") || lower.endsWith("-b");
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) bold = true;
        lastBold = bold;
        return bold;
    }

    private double[] up(double x, double y) {
        double px = x - llx, py = y - lly;
        double[] p = {frame.x(px, py), frame.y(px, py)};
        pathBox[0] = Math.min(pathBox[0], p[0]);
        pathBox[1] = Math.min(pathBox[1], p[1]);
        pathBox[2] = Math.max(pathBox[2], p[0]);
        pathBox[3] = Math.max(pathBox[3], p[1]);
        return p;
    }

    @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        flushSubpath();
        double[] a = up(p0.getX(), p0.getY()), b = up(p1.getX(), p1.getY());
        double[] c = up(p2.getX(), p2.getY()), d = up(p3.getX(), p3.getY());
        List<double[]> sp = new ArrayList<>(List.of(a, b, c, d, a));
        subpaths.add(sp);
        if (axisAligned(a, b, c, d)) {
            rects.add(new double[] {min(a[0], b[0], c[0], d[0]), min(a[1], b[1], c[1], d[1]),
                    max(a[0], b[0], c[0], d[0]), max(a[1], b[1], c[1], d[1])});
        }
    }

    @Override public void drawImage(PDImage pdImage) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        double area = Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY());
        largestImageArea = Math.max(largestImageArea, area);
        // the image fills the unit square under the CTM
        double l = Double.MAX_VALUE, t = Double.MAX_VALUE, r = -Double.MAX_VALUE, b = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            Point2D.Float q = ctm.transformPoint(corner & 1, corner >> 1);
            double px = q.x - llx, py = q.y - lly;
            double ux = frame.x(px, py), uy = frame.y(px, py);
            l = Math.min(l, ux); t = Math.min(t, uy); r = Math.max(r, ux); b = Math.max(b, uy);
        }
        if (r - l > 1 && b - t > 1) figures.add(new double[] {l, t, r, b});
    }

    @Override public void clip(int windingRule) { /* clipping paths are not drawn */ }

    @Override public void moveTo(float x, float y) {
        curX = x;
        curY = y;
        flushSubpath();
        subpath.add(up(x, y));
    }

    @Override public void lineTo(float x, float y) {
        curX = x;
        curY = y;
        subpath.add(up(x, y));
    }

    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // a curve ends the straight run; keep the end point as a new start
        curX = x3;
        curY = y3;
        pathCurved = true;
        up(x1, y1);
        up(x2, y2);
        flushSubpath();
        subpath.add(up(x3, y3));
    }

    @Override public Point2D getCurrentPoint() {
        return new Point2D.Float(curX, curY);
    }

    @Override public void closePath() {
        if (subpath.size() > 1) subpath.add(subpath.get(0));
        if (subpath.size() == 5 && axisAligned(subpath.get(0), subpath.get(1), subpath.get(2), subpath.get(3))) {
            double[] a = subpath.get(0), b = subpath.get(1), c = subpath.get(2), d = subpath.get(3);
            rects.add(new double[] {min(a[0], b[0], c[0], d[0]), min(a[1], b[1], c[1], d[1]),
                    max(a[0], b[0], c[0], d[0]), max(a[1], b[1], c[1], d[1])});
        }
        flushSubpath();
    }

    @Override public void endPath() { reset(); }

    @Override public void strokePath() {
        flushSubpath();
        noteFigure();
        for (List<double[]> sp : subpaths) {
            for (int i = 1; i < sp.size(); i++) addSegment(sp.get(i - 1), sp.get(i));
        }
        reset();
    }

    @Override public void fillPath(int windingRule) {
        flushSubpath();
        noteFigure();
        for (double[] r : rects) addFilledRect(r);
        reset();
    }

    @Override public void fillAndStrokePath(int windingRule) {
        flushSubpath();
        noteFigure();
        for (List<double[]> sp : subpaths) {
            for (int i = 1; i < sp.size(); i++) addSegment(sp.get(i - 1), sp.get(i));
        }
        reset();
    }

    @Override public void shadingFill(COSName shadingName) { /* no geometry */ }

    private void addFilledRect(double[] r) {
        double w = r[2] - r[0], h = r[3] - r[1];
        if (w < 0.1 && h < 0.1) return;
        if (h <= THIN && w > h) {
            segments.add(new Ruling(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2));
        } else if (w <= THIN && h > w) {
            segments.add(new Ruling((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]));
        } else {
            segments.add(new Ruling(r[0], r[1], r[2], r[1]));
            segments.add(new Ruling(r[0], r[3], r[2], r[3]));
            segments.add(new Ruling(r[0], r[1], r[0], r[3]));
            segments.add(new Ruling(r[2], r[1], r[2], r[3]));
        }
    }

    private void addSegment(double[] a, double[] b) {
        double dx = Math.abs(b[0] - a[0]), dy = Math.abs(b[1] - a[1]);
        if (dy <= Ruling.AXIS_TOLERANCE && dx > 0) {
            double y = (a[1] + b[1]) / 2;
            segments.add(new Ruling(a[0], y, b[0], y));
        } else if (dx <= Ruling.AXIS_TOLERANCE && dy > 0) {
            double x = (a[0] + b[0]) / 2;
            segments.add(new Ruling(x, a[1], x, b[1]));
        }
    }

    private void flushSubpath() {
        if (subpath.size() > 1) subpaths.add(new ArrayList<>(subpath));
        subpath.clear();
    }

    /** A painted path with a curve or a slanted segment is a drawing, not a ruling. */
    private void noteFigure() {
        boolean drawing = pathCurved;
        for (int k = 0; k < subpaths.size() && !drawing; k++) {
            List<double[]> sp = subpaths.get(k);
            for (int i = 1; i < sp.size(); i++) {
                double dx = Math.abs(sp.get(i)[0] - sp.get(i - 1)[0]), dy = Math.abs(sp.get(i)[1] - sp.get(i - 1)[1]);
                if (dx > Ruling.AXIS_TOLERANCE && dy > Ruling.AXIS_TOLERANCE) { drawing = true; break; }
            }
        }
        if (drawing && pathBox[2] >= pathBox[0] && pathBox[3] >= pathBox[1]) figures.add(pathBox.clone());
    }

    private void reset() {
        pathCurved = false;
        pathBox[0] = pathBox[1] = Double.MAX_VALUE;
        pathBox[2] = pathBox[3] = -Double.MAX_VALUE;
        subpath.clear();
        subpaths.clear();
        rects.clear();
    }

    private static boolean axisAligned(double[] a, double[] b, double[] c, double[] d) {
        double t = 0.5;
        boolean ab = Math.abs(a[0] - b[0]) < t || Math.abs(a[1] - b[1]) < t;
        boolean bc = Math.abs(b[0] - c[0]) < t || Math.abs(b[1] - c[1]) < t;
        boolean cd = Math.abs(c[0] - d[0]) < t || Math.abs(c[1] - d[1]) < t;
        boolean da = Math.abs(d[0] - a[0]) < t || Math.abs(d[1] - a[1]) < t;
        return ab && bc && cd && da;
    }

    private static double min(double a, double b, double c, double d) { return Math.min(Math.min(a, b), Math.min(c, d)); }
    private static double max(double a, double b, double c, double d) { return Math.max(Math.max(a, b), Math.max(c, d)); }
}
