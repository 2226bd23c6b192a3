package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

/** A table under construction: cell fragments on a grid, compacted and turned into a {@link Table}. */
final class Draft {
    static final String UNCERTAIN = "structure-uncertain";

    /** A cell being built: grid range [r0,r1]×[c0,c1] inclusive and its words in reading order. */
    static final class Frag {
        int r0, r1, c0, c1;
        final List<Word> words = new ArrayList<>();
        final Set<String> flags = new LinkedHashSet<>();

        Frag(int r0, int r1, int c0, int c1) {
            this.r0 = r0; this.r1 = r1; this.c0 = c0; this.c1 = c1;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(w.text);
            }
            return sb.toString();
        }

        boolean empty() { return words.isEmpty(); }
    }

    int rows;
    int cols;
    int headerRows;
    final List<Frag> frags = new ArrayList<>();
    BoundingBox bbox;
    final int page;
    final String stageId;

    Draft(int page, String stageId, int rows, int cols) {
        this.page = page;
        this.stageId = stageId;
        this.rows = rows;
        this.cols = cols;
    }

    /** Drops empty fragments, then grid rows and columns in which no non-empty cell starts. */
    void compact() {
        frags.removeIf(Frag::empty);
        boolean[] keepR = new boolean[rows], keepC = new boolean[cols];
        for (Frag f : frags) { keepR[f.r0] = true; keepC[f.c0] = true; }
        int[] newR = rank(keepR), newC = rank(keepC);
        int hdr = 0;
        for (int r = 0; r < Math.min(headerRows, rows); r++) if (keepR[r]) hdr++;
        for (Frag f : frags) {
            f.r1 = lastKept(keepR, f.r0, f.r1);
            f.c1 = lastKept(keepC, f.c0, f.c1);
            f.r0 = newR[f.r0]; f.r1 = newR[f.r1];
            f.c0 = newC[f.c0]; f.c1 = newC[f.c1];
        }
        rows = count(keepR);
        cols = count(keepC);
        headerRows = Math.min(hdr, rows);
    }

    private static int lastKept(boolean[] keep, int from, int to) {
        for (int i = to; i >= from; i--) if (keep[i]) return i;
        return from;
    }

    private static int[] rank(boolean[] keep) {
        int[] out = new int[keep.length];
        int k = 0;
        for (int i = 0; i < keep.length; i++) { out[i] = k; if (keep[i]) k++; }
        return out;
    }

    private static int count(boolean[] keep) {
        int n = 0;
        for (boolean b : keep) if (b) n++;
        return n;
    }

    Table toTable(String id) {
        List<Cell> cells = new ArrayList<>();
        frags.sort(Comparator.comparingInt((Frag f) -> f.r0).thenComparingInt(f -> f.c0));
        boolean[][] taken = new boolean[rows][cols];
        for (Frag f : frags) {
            if (taken[f.r0][f.c0]) continue;
            // shrink a span that runs into cells already placed
            int c1 = f.c1, r1 = f.r1;
            for (int c = f.c0 + 1; c <= c1; c++) if (taken[f.r0][c]) { c1 = c - 1; break; }
            outer:
            for (int r = f.r0 + 1; r <= r1; r++) {
                for (int c = f.c0; c <= c1; c++) if (taken[r][c]) { r1 = r - 1; break outer; }
            }
            for (int r = f.r0; r <= r1; r++) for (int c = f.c0; c <= c1; c++) taken[r][c] = true;
            String text = f.text();
            Confidence conf = Confidence.CERTAIN;
            BoundingBox box = null;
            for (Word w : f.words) {
                conf = Confidence.min(conf, w.chunk.confidence());
                box = box == null ? w.chunk.box() : box.union(w.chunk.box());
            }
            cells.add(new Cell(f.r0, f.c0, r1 - f.r0 + 1, c1 - f.c0 + 1, text, text, conf, box, page,
                    new ArrayList<>(f.flags)));
        }
        List<TableRegion> regions = List.of(new TableRegion(page, bbox, 0, rows));
        return Table.withDerivedColumns(id, rows, cols, Math.min(headerRows, rows), cells, regions, List.of(), stageId);
    }
}
