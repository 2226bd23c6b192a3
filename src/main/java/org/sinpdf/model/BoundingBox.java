package org.sinpdf.model;

/**
 * An axis-aligned rectangle on a page as displayed (rotation applied), origin at the top-left,
 * y growing downwards. Units are PDF points for PDF pages and pixels for image inputs.
 */
public record BoundingBox(double left, double top, double right, double bottom) {
    public BoundingBox {
        if (!(right >= left) || !(bottom >= top)) {
            throw new IllegalArgumentException("inverted box: " + left + "," + top + "," + right + "," + bottom);
        }
    }

    public static BoundingBox ofSize(double x, double y, double width, double height) {
        return new BoundingBox(x, y, x + width, y + height);
    }

    public double width() { return right - left; }
    public double height() { return bottom - top; }
    public double area() { return width() * height(); }
    public double centerX() { return (left + right) / 2; }
    public double centerY() { return (top + bottom) / 2; }

    public BoundingBox union(BoundingBox o) {
        return new BoundingBox(Math.min(left, o.left), Math.min(top, o.top), Math.max(right, o.right), Math.max(bottom, o.bottom));
    }

    /** Area of the intersection, 0 when the boxes do not overlap. */
    public double intersectionArea(BoundingBox o) {
        double w = Math.min(right, o.right) - Math.max(left, o.left);
        double h = Math.min(bottom, o.bottom) - Math.max(top, o.top);
        return w > 0 && h > 0 ? w * h : 0;
    }

    public boolean contains(double x, double y) {
        return x >= left && x <= right && y >= top && y <= bottom;
    }

    /** [left, top, right, bottom], rounded to 0.01, as written in manifests. */
    public double[] toArray() {
        return new double[] {round(left), round(top), round(right), round(bottom)};
    }

    private static double round(double v) { return Math.round(v * 100.0) / 100.0; }
}
