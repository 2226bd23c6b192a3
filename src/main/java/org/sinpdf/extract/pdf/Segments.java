package org.sinpdf.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.model.Ruling;

/** Merges collinear overlapping ruling segments and drops tiny ones. */
final class Segments {
    private Segments() {}

    static List<Ruling> merge(List<Ruling> raw, double pageWidth, double pageHeight, double minLength) {
        List<double[]> hs = new ArrayList<>(), vs = new ArrayList<>();
        for (Ruling r : raw) {
            if (r.horizontal()) {
                double y = (r.y1() + r.y2()) / 2;
                double a = clamp(r.left(), 0, pageWidth), b = clamp(r.right(), 0, pageWidth);
                if (y >= -1 && y <= pageHeight + 1 && b > a) hs.add(new double[] {y, a, b});
            } else if (r.vertical()) {
                double x = (r.x1() + r.x2()) / 2;
                double a = clamp(r.top(), 0, pageHeight), b = clamp(r.bottom(), 0, pageHeight);
                if (x >= -1 && x <= pageWidth + 1 && b > a) vs.add(new double[] {x, a, b});
            }
        }
        List<Ruling> out = new ArrayList<>();
        for (double[] s : mergeAxis(hs, minLength)) out.add(new Ruling(s[1], s[0], s[2], s[0]));
        for (double[] s : mergeAxis(vs, minLength)) out.add(new Ruling(s[0], s[1], s[0], s[2]));
        return out;
    }

    /** Segments as {position, start, end}; same position within 1 unit and touching intervals merge. */
    private static List<double[]> mergeAxis(List<double[]> segs, double minLength) {
        segs.sort(Comparator.comparingDouble((double[] s) -> s[0]));
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i < segs.size()) {
            int j = i + 1;
            while (j < segs.size() && segs.get(j)[0] - segs.get(j - 1)[0] <= 1.0) j++;
            List<double[]> group = new ArrayList<>(segs.subList(i, j));
            group.sort(Comparator.comparingDouble((double[] s) -> s[1]));
            double[] cur = null;
            double wsum = 0;
            for (double[] s : group) {
                if (cur != null && s[1] <= cur[2] + 1.0) {
                    double len = s[2] - s[1];
                    cur[0] = (cur[0] * wsum + s[0] * len) / Math.max(1e-9, wsum + len);
                    wsum += len;
                    cur[2] = Math.max(cur[2], s[2]);
                } else {
                    if (cur != null && cur[2] - cur[1] >= minLength) out.add(cur);
                    cur = s.clone();
                    wsum = s[2] - s[1];
                }
            }
            if (cur != null && cur[2] - cur[1] >= minLength) out.add(cur);
            i = j;
        }
        return out;
    }

    private static double clamp(double v, double lo, double hi) { return Math.max(lo, Math.min(hi, v)); }
}
