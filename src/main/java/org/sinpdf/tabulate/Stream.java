package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Ruling;

/**
 * Unruled tables: runs of text lines with several wide-gapped phrases, columns from the vertical
 * whitespace shared by those lines, rows from lines (joined when a line continues a cell, or when
 * horizontal rules band the rows). Horizontal rules also mark where the header ends.
 */
final class Stream {
    private static final Pattern NUMERIC = Pattern.compile(
            "[\\p{Sc}+\\-−–—(]*\\s*[\\d.,' \\u00a0]*\\d[\\d.,' \\u00a0]*\\s*[%‰)*a-zA-Z]{0,2}\\)?|[-−–—.…]+|n/?a|x|\\*+",
            Pattern.CASE_INSENSITIVE);

    private final TabulateOptions o;
    private final double em;
    /**
     * The em for vertical distances between lines: {@link #em} on text layers; on OCR pages the
     * font size estimated from the words' ink ({@link AutoTabulator#ocrLineEm}), since OCR boxes
     * hug the ink and are shorter than the font size while the leading between lines is not.
     */
    private final double lineEm;
    /**
     * How much narrower a gap between OCR lines measures than the same gap on a text layer: a text
     * layer's boxes are about 0.55 of the font size tall, an OCR box is its ink ({@link #em} on a
     * typical line). 0 on text layers.
     */
    private final double gapShift;
    private final double pageWidth;
    private final int page;
    private final String stageId;
    private final List<Ruling> hrules = new ArrayList<>();
    /** Typical gap between words of one phrase on this page (set by {@link #find}); 0 when unknown. */
    private double wordSpace;
    /** The page's character pitch when it is typewritten ({@link Pitch#NONE} otherwise); set by {@link #find}. */
    private Pitch pitch = Pitch.NONE;

    Stream(TabulateOptions o, double em, double pageWidth, List<Ruling> rulings, int page, String stageId) {
        this(o, em, em, pageWidth, rulings, page, stageId);
    }

    Stream(TabulateOptions o, double em, double lineEm, double pageWidth, List<Ruling> rulings, int page, String stageId) {
        this.o = o;
        this.em = em;
        this.lineEm = Math.max(em, lineEm);
        this.gapShift = lineEm > em ? Math.max(0, em - 0.55 * this.lineEm) : 0;
        this.pageWidth = pageWidth;
        this.page = page;
        this.stageId = stageId;
        for (Ruling r : rulings) if (r.horizontal() && r.length() > 2 * em) hrules.add(r);
    }

    /**
     * A vertical gap of {@code k} em between text lines, as measured on this page: k em on text
     * layers; on OCR pages k times the estimated font size, less the difference in box heights,
     * never below k em.
     */
    double lineGap(double k) {
        return Math.max(k * em, k * lineEm - gapShift);
    }

    /** The pitch of the page last given to {@link #find} when it is typewritten, else {@link Pitch#NONE}. */
    Pitch pitch() { return pitch; }

    static boolean numeric(String s) {
        return NUMERIC.matcher(s.strip()).matches();
    }

    /** A separator: a vertical band of whitespace [a,b] between columns. */
    private record Sep(double a, double b) {
        double mid() { return (a + b) / 2; }
    }

    List<Draft> find(List<Word> words) {
        List<Word> flat = new ArrayList<>(), rotated = new ArrayList<>();
        for (Word w : words) (w.rotated ? rotated : flat).add(w);
        List<Line> lines = Line.group(flat);
        pitch = Pitch.of(lines);
        for (Line l : lines) l.split(o.columnGap(), phraseGap(l));
        lines = withoutSideText(lines);
        wordSpace = typicalWordSpace(lines);
        int n = lines.size();
        boolean[] multi = new boolean[n];
        for (int i = 0; i < n; i++) multi[i] = isMulti(lines.get(i));
        List<Draft> out = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        int i = 0;
        while (i < n) {
            if (!multi[i]) { i++; continue; }
            int start = i, lastMulti = i, j = i + 1;
            while (j < n) {
                Line prev = lines.get(j - 1), cur = lines.get(j);
                double gap = cur.t - prev.b;
                if (gap > lineGap(o.maxRowGap())) break;
                if (multi[j]) lastMulti = j;
                else if (j - lastMulti > 3 || prose(cur) || (proseLike(cur) && proseLike(prev))) break;
                j++;
            }
            int end = lastMulti;
            int from = extendUp(lines, multi, start, end);
            // a second table stacked under the first starts where the first one's top line repeats
            String top = text(lines.get(from));
            for (int k = from + 3; k <= end; k++) {
                if (text(lines.get(k)).equals(top)) {
                    end = k - 1;
                    while (end > from && !multi[end]) end--;
                    break;
                }
            }
            Draft d = build(lines.subList(from, end + 1), multi, from, rotated);
            if (d != null) {
                Draft last = out.isEmpty() ? null : out.get(out.size() - 1);
                int[] lastRange = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                if (last != null && continues(lines, multi, lastRange, from, last, d)) {
                    Draft joined = build(lines.subList(lastRange[0], end + 1), multi, lastRange[0], rotated);
                    if (joined != null && joined.cols >= last.cols) {
                        out.set(out.size() - 1, joined);
                        lastRange[1] = end;
                        i = end + 1;
                        continue;
                    }
                }
                out.add(d);
                ranges.add(new int[] {from, end});
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * The narrowest gap that parts phrases of {@code line} besides the column gap: on a typewritten
     * page one space between words is a whole character cell, often wider than an em of OCR ink, so
     * only a gap of two spaces or more (over one and a half cells) parts phrases there; 0 on
     * proportional pages.
     */
    private double phraseGap(Line line) {
        return pitch.monospaced() ? pitch.gap(line, 1.5) : 0;
    }

    /**
     * On OCR pages, the lower-quartile gap between neighbouring words of a phrase (word spaces are
     * the narrowest gaps; the quartile keeps narrow column gaps inside phrases out of it). OCR word
     * boxes hug the ink and their height is not the font size, so word spaces come out wider in em
     * than on a text layer; a whitespace band no wider than about one such space is a word space,
     * not a column separator. Text-layer pages return 0: their spaces are exact, and a monospaced
     * layout's single space (0.6 em) can be a real column gap there.
     */
    static double typicalWordSpace(List<Line> lines) {
        List<Double> gaps = new ArrayList<>();
        for (Line line : lines) {
            for (List<Word> p : line.phrases) {
                for (int i = 1; i < p.size(); i++) {
                    if (p.get(i).chunk.origin() != org.sinpdf.model.Origin.OCR) continue;
                    double g = p.get(i).l - p.get(i - 1).r;
                    if (g > 0) gaps.add(g);
                }
            }
        }
        if (gaps.size() < 8) return 0;
        java.util.Collections.sort(gaps);
        return gaps.get(gaps.size() / 4);
    }

    /**
     * Whether a table found right under another is its continuation: same number of columns, a
     * short gap holding at most a few short labels ("Males", "Females"), and not a repeated top line.
     */
    private boolean continues(List<Line> lines, boolean[] multi, int[] prev, int from, Draft a, Draft b) {
        if (a.cols != b.cols) return false;
        if (lines.get(from).t - lines.get(prev[1]).b > lineGap(6)) return false;
        if (from - prev[1] - 1 > 3) return false;
        for (int k = prev[1] + 1; k < from; k++) {
            if (multi[k] || alphaWords(lines.get(k).words) > 3) return false;
        }
        return !text(lines.get(from)).equals(text(lines.get(prev[0])));
    }

    private static String text(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line.words) sb.append(w.text).append(' ');
        return sb.toString().strip();
    }

    /**
     * Long horizontal lines running through the middle of several text lines: a chart's gridlines
     * behind its axis labels (a table's rules run between rows).
     */
    private boolean struckThrough(List<Line> lines) {
        double l = Double.MAX_VALUE, r = -Double.MAX_VALUE;
        for (Line line : lines) { l = Math.min(l, line.l); r = Math.max(r, line.r); }
        int struck = 0;
        for (Line line : lines) {
            double h = line.b - line.t, lo = line.t + 0.3 * h, hi = line.b - 0.3 * h;
            for (Ruling rule : hrules) {
                if (rule.y1() > lo && rule.y1() < hi && overlap(rule.left(), rule.right(), l, r) > 0.4 * (r - l)) {
                    struck++;
                    break;
                }
            }
        }
        return struck >= 3;
    }

    private static int alphaWords(List<Word> phrase) {
        int alpha = 0;
        for (Word w : phrase) if (w.text.chars().filter(Character::isLetter).count() >= 2) alpha++;
        return alpha;
    }

    /**
     * Removes a column of running text beside a table (the page's body text column): long last
     * phrases left-aligned at one x on many lines, several of them alone on their line.
     */
    private List<Line> withoutSideText(List<Line> lines) {
        java.util.Map<Long, int[]> buckets = new java.util.HashMap<>(); // bucket -> {count, alone}
        for (Line line : lines) {
            List<Word> last = line.phrases.get(line.phrases.size() - 1);
            if (alphaWords(last) < 5 || last.get(0).l < 0.3 * pageWidth) continue;
            long b = Math.round(last.get(0).l / em);
            int[] c = buckets.computeIfAbsent(b, k -> new int[2]);
            c[0]++;
            if (line.phrases.size() == 1) c[1]++;
        }
        long best = Long.MIN_VALUE;
        int bestCount = 0, bestAlone = 0;
        for (var e : buckets.entrySet()) {
            int count = 0, alone = 0;
            for (long d = -1; d <= 1; d++) {
                int[] c = buckets.get(e.getKey() + d);
                if (c != null) { count += c[0]; alone += c[1]; }
            }
            if (count > bestCount) { best = e.getKey(); bestCount = count; bestAlone = alone; }
        }
        int withTable = bestCount - bestAlone;
        if (bestCount < 8 || bestAlone < 3 || withTable < 3) return lines;
        double x0 = (best - 1.5) * em;
        List<Line> out = new ArrayList<>();
        for (Line line : lines) {
            Line kept = new Line();
            for (List<Word> p : line.phrases) {
                // numbers right of the cut still belong to a table that runs the width of the page
                if (p.get(0).l < x0 || numeric(String.join(" ", p.stream().map(w -> w.text).toList()))) {
                    for (Word w : p) kept.add(w);
                }
            }
            if (kept.words.isEmpty()) continue;
            kept.split(o.columnGap(), phraseGap(kept));
            out.add(kept);
        }
        return out;
    }

    /** Most phrases after the first are numbers. */
    private static boolean numericRich(Line line) {
        int num = 0, all = 0;
        for (int i = 1; i < line.phrases.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (Word w : line.phrases.get(i)) sb.append(w.text).append(' ');
            all++;
            if (numeric(sb.toString())) num++;
        }
        return all > 0 && num * 2 >= all;
    }

    private boolean isMulti(Line line) {
        return line.phrases.size() >= 2 && !proseLike(line) && !justified(line);
    }

    /**
     * On a typewritten page, a line of running text spread to the margin: six words or more, two
     * thirds of them words of letters, no blank between them wider than two and a half spaces.
     * Justifying a typewritten line widens some of its spaces to two, which parts phrases; a
     * table's columns stand further apart.
     */
    private boolean justified(Line line) {
        if (!pitch.monospaced() || line.words.size() < 6 || alphaWords(line.words) * 3 < 2 * line.words.size()) return false;
        double widest = pitch.gap(line, 2.5);
        for (int i = 1; i < line.words.size(); i++) {
            if (line.words.get(i).l - line.words.get(i - 1).r > widest) return false;
        }
        return true;
    }

    /** Runs of prose side by side (a page laid out in columns), or one long sentence. */
    private static boolean proseLike(Line line) {
        int longPhrases = 0, most = 0;
        for (List<Word> p : line.phrases) {
            int alpha = 0;
            for (Word w : p) if (w.text.chars().filter(Character::isLetter).count() >= 2) alpha++;
            if (alpha >= 4) longPhrases++;
            most = Math.max(most, alpha);
        }
        return longPhrases >= 2 || most >= 10;
    }

    private boolean prose(Line line) {
        return line.words.size() >= 10 && line.r - line.l > 0.6 * pageWidth;
    }

    /** Takes in header lines above a table's first multi-phrase line. */
    private int extendUp(List<Line> lines, boolean[] multi, int start, int end) {
        double bl = Double.MAX_VALUE, br = -Double.MAX_VALUE;
        for (int k = start; k <= end; k++) { bl = Math.min(bl, lines.get(k).l); br = Math.max(br, lines.get(k).r); }
        int from = start;
        // a rule spanning the table above it: everything between rule and table is header
        double ruleY = Double.NaN;
        for (Ruling r : hrules) {
            double y = r.y1();
            if (y < lines.get(start).t && y > lines.get(start).t - 6 * em
                    && overlap(r.left(), r.right(), bl, br) > 0.6 * (br - bl)) {
                if (Double.isNaN(ruleY) || y > ruleY) ruleY = y;
            }
        }
        for (int k = start - 1; k >= 0 && k >= start - 4; k--) {
            Line l = lines.get(k), next = lines.get(k + 1);
            double gap = next.t - l.b;
            boolean inside = l.l >= bl - em && l.r <= br + em;
            if (!inside || gap > lineGap(1.6)) break;
            boolean belowRule = !Double.isNaN(ruleY) && l.t > ruleY;
            boolean indented = l.l > bl + 2 * em;
            // the first row's label starts above its values (a wrapped label, values between its lines)
            boolean labelOfFirstRow = k == start - 1 && next.t < l.b && next.cy() > l.cy() && l.phrases.size() == 1
                    && l.l <= bl + em;
            if (belowRule || multi[k] || indented || labelOfFirstRow) from = k;
            else break;
        }
        return from;
    }

    private static double overlap(double a0, double a1, double b0, double b1) {
        return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    }

    private Draft build(List<Line> lines, boolean[] multiAll, int offset, List<Word> rotated) {
        int n = lines.size();
        List<Line> multiLines = new ArrayList<>();
        for (int k = 0; k < n; k++) if (multiAll[offset + k]) multiLines.add(lines.get(k));
        if (multiLines.size() < 3) return null;
        // leading text-only lines (headers, often with group labels over several columns) do not
        // get a say in where the columns are when enough value lines follow
        int skip = 0;
        while (skip < 3 && multiLines.size() - skip > 4 && !numericRich(multiLines.get(skip))) skip++;
        List<Sep> seps = separators(multiLines.subList(skip, multiLines.size()));
        int cols = seps.size() + 1;
        if (cols < o.minColumns()) return null;
        // cells of each line
        List<List<Draft.Frag>> lineCells = new ArrayList<>();
        for (int k = 0; k < n; k++) lineCells.add(cellsOf(lines.get(k), seps, k));
        // two-column prose check: mostly long texts in both columns
        if (cols == 2) {
            int longCells = 0, all = 0;
            for (List<Draft.Frag> fs : lineCells) for (Draft.Frag f : fs) { all++; if (f.words.size() >= 6) longCells++; }
            if (longCells > 0.5 * all) return null;
        }
        if (proseColumns(lineCells, cols) || struckThrough(lines)) return null;
        cols = mergeConstantColumns(lineCells, seps, cols);
        int header = headerLines(lines, lineCells, seps);
        widenHeaderSpans(lineCells, header, cols);
        // rows
        List<List<Draft.Frag>> rows = new ArrayList<>();
        List<double[]> rowSpans = new ArrayList<>(); // [top, bottom] of each row
        // header lines: join lines whose cells line up with the row above, unless a rule separates them
        for (int k = 0; k < header; k++) {
            List<Draft.Frag> cells = lineCells.get(k);
            if (k > 0 && compatible(rows.get(rows.size() - 1), cells) && !ruleBetween(lines.get(k - 1), lines.get(k), 0.0)) {
                mergeInto(rows.get(rows.size() - 1), cells);
                rowSpans.get(rowSpans.size() - 1)[1] = lines.get(k).b;
            } else {
                rows.add(new ArrayList<>(cells));
                rowSpans.add(new double[] {lines.get(k).t, lines.get(k).b});
            }
        }
        int headerRows = rows.size();
        boolean banded = banded(lines, header);
        for (int k = header; k < n; k++) {
            List<Draft.Frag> cells = lineCells.get(k);
            boolean join = false;
            if (rows.size() > headerRows) {
                List<Draft.Frag> prev = rows.get(rows.size() - 1);
                if (banded) join = !ruleBetween(lines.get(k - 1), lines.get(k), 0.5);
                else join = continues(prev, cells) && lines.get(k).t - lines.get(k - 1).b < lineGap(1.2);
            }
            if (!join && k + 1 < n && !banded && onlyFirstColumnText(cells)
                    && valuesBetweenLabelLines(lines.get(k), lines.get(k + 1), lineCells.get(k + 1))) {
                // a label in two lines with its values set between them (centred on the row): the
                // values' line overlaps the label's first line, and the label's second line overlaps
                // the values' line; OCR boxes, hugging the ink, keep the three on separate lines
                rows.add(new ArrayList<>(cells));
                rowSpans.add(new double[] {lines.get(k).t, lines.get(k + 1).b});
                mergeInto(rows.get(rows.size() - 1), lineCells.get(k + 1));
                k++;
                if (k + 1 < n && onlyFirstColumnText(lineCells.get(k + 1)) && lines.get(k + 1).t < lines.get(k).b) {
                    mergeInto(rows.get(rows.size() - 1), lineCells.get(k + 1));
                    rowSpans.get(rowSpans.size() - 1)[1] = lines.get(k + 1).b;
                    k++;
                }
                continue;
            }
            if (!join && k + 1 < n && !banded && onlyFirstColumnText(cells) && startsLower(lineCells.get(k + 1))
                    && lines.get(k + 1).t - lines.get(k).b < lineGap(1.2)) {
                // a label that wraps, with the values on its last line: start the row here
                rows.add(new ArrayList<>(cells));
                rowSpans.add(new double[] {lines.get(k).t, lines.get(k).b});
                List<Draft.Frag> nextCells = lineCells.get(k + 1);
                mergeInto(rows.get(rows.size() - 1), nextCells);
                rowSpans.get(rowSpans.size() - 1)[1] = lines.get(k + 1).b;
                k++;
                continue;
            }
            if (join) {
                mergeInto(rows.get(rows.size() - 1), cells);
                rowSpans.get(rowSpans.size() - 1)[1] = lines.get(k).b;
            } else {
                rows.add(new ArrayList<>(cells));
                rowSpans.add(new double[] {lines.get(k).t, lines.get(k).b});
            }
        }
        if (rows.size() < Math.max(3, o.minRows())) return null;
        Draft d = new Draft(page, stageId, rows.size(), cols);
        d.headerRows = headerRows;
        BoundingBox bbox = null;
        for (int r = 0; r < rows.size(); r++) {
            for (Draft.Frag f : rows.get(r)) {
                f.r0 = r;
                f.r1 = r;
                d.frags.add(f);
                for (Word w : f.words) bbox = bbox == null ? w.chunk.box() : bbox.union(w.chunk.box());
            }
        }
        if (bbox == null) return null;
        // rotated words (vertical headers) inside the table
        for (Word w : rotated) {
            if (!bbox.contains(w.cx(), w.cy())) continue;
            int c = colOf(seps, w.cx());
            int r = 0;
            for (int k = 0; k < rowSpans.size(); k++) if (w.cy() >= rowSpans.get(k)[0] - em) r = k;
            Draft.Frag f = new Draft.Frag(r, r, c, c);
            f.words.add(w);
            d.frags.add(f);
            bbox = bbox.union(w.chunk.box());
        }
        d.bbox = bbox;
        mergeSamePosition(d);
        return d;
    }

    /**
     * A header phrase centred over several columns (a group header) spans every column whose
     * body text it overhangs, as long as it does not run into another phrase of its line.
     */
    private static void widenHeaderSpans(List<List<Draft.Frag>> lineCells, int header, int cols) {
        double[] lo = new double[cols], hi = new double[cols];
        java.util.Arrays.fill(lo, Double.MAX_VALUE);
        java.util.Arrays.fill(hi, -Double.MAX_VALUE);
        for (int k = header; k < lineCells.size(); k++) {
            for (Draft.Frag f : lineCells.get(k)) {
                if (f.c0 != f.c1) continue;
                for (Word w : f.words) { lo[f.c0] = Math.min(lo[f.c0], w.l); hi[f.c0] = Math.max(hi[f.c0], w.r); }
            }
        }
        for (int k = 0; k < header; k++) {
            List<Draft.Frag> line = lineCells.get(k);
            for (int i = 0; i < line.size(); i++) {
                Draft.Frag f = line.get(i);
                double l = f.words.get(0).l, r = f.words.get(f.words.size() - 1).r;
                int c0 = f.c0, c1 = f.c1;
                while (c0 > 0 && hi[c0 - 1] > l && lo[c0 - 1] < r && (i == 0 || line.get(i - 1).c1 < c0 - 1)) c0--;
                while (c1 + 1 < cols && lo[c1 + 1] < r && hi[c1 + 1] > l && (i + 1 == line.size() || line.get(i + 1).c0 > c1 + 1)) c1++;
                f.c0 = c0;
                f.c1 = c1;
            }
        }
    }

    /**
     * A column holding the same word on every line ("years", "%") is the unit of the values to
     * its left, printed apart: it joins that column.
     */
    private static int mergeConstantColumns(List<List<Draft.Frag>> lineCells, List<Sep> seps, int cols) {
        for (int c = cols - 1; c >= 1; c--) {
            java.util.Map<String, Integer> counts = new java.util.HashMap<>();
            int filled = 0, leftFilled = 0;
            for (List<Draft.Frag> fs : lineCells) {
                Draft.Frag here = null, left = null;
                for (Draft.Frag f : fs) {
                    if (f.c0 == c && f.c1 == c) here = f;
                    if (f.c1 == c - 1) left = f;
                }
                if (here == null) continue;
                filled++;
                if (left != null) leftFilled++;
                counts.merge(here.text(), 1, Integer::sum);
            }
            if (filled < 3) continue;
            var top = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
            if (top.getValue() < 0.9 * filled || numeric(top.getKey()) || top.getKey().length() > 12
                    || leftFilled < 0.9 * filled) {
                continue;
            }
            for (List<Draft.Frag> fs : lineCells) {
                Draft.Frag left = null;
                for (Draft.Frag f : fs) if (f.c1 == c - 1) left = f;
                for (java.util.Iterator<Draft.Frag> it = fs.iterator(); it.hasNext(); ) {
                    Draft.Frag f = it.next();
                    if (f.c0 == c && f.c1 == c && left != null) {
                        left.words.addAll(f.words);
                        it.remove();
                    }
                }
                for (Draft.Frag f : fs) {
                    if (f.c0 >= c) f.c0--;
                    if (f.c1 >= c) f.c1--;
                }
            }
            seps.remove(c - 1);
            cols--;
        }
        return cols;
    }

    /** Page layouts in columns: most columns hold runs of prose rather than values. */
    private static boolean proseColumns(List<List<Draft.Frag>> lineCells, int cols) {
        int[] cells = new int[cols], longCells = new int[cols];
        for (List<Draft.Frag> fs : lineCells) {
            for (Draft.Frag f : fs) {
                if (f.c0 != f.c1) continue;
                cells[f.c0]++;
                if (f.words.size() >= 5) longCells[f.c0]++;
            }
        }
        int prose = 0;
        for (int c = 0; c < cols; c++) if (cells[c] > 0 && longCells[c] >= 0.5 * cells[c]) prose++;
        return prose >= 2 && prose * 2 >= cols;
    }

    /** Fragments that landed on the same grid position become one cell. */
    private static void mergeSamePosition(Draft d) {
        d.frags.sort(Comparator.comparingInt((Draft.Frag f) -> f.r0).thenComparingInt(f -> f.c0));
        List<Draft.Frag> out = new ArrayList<>();
        for (Draft.Frag f : d.frags) {
            Draft.Frag last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.r0 == f.r0 && f.c0 <= last.c1) {
                last.words.addAll(f.words);
                last.c1 = Math.max(last.c1, f.c1);
                last.flags.addAll(f.flags);
                if (f.c0 != last.c0) last.flags.add(Draft.UNCERTAIN);
            } else {
                out.add(f);
            }
        }
        d.frags.clear();
        d.frags.addAll(out);
    }

    /** Whitespace bands crossing all multi-phrase lines (one intruding line tolerated in long tables). */
    private List<Sep> separators(List<Line> multiLines) {
        List<double[]> ivs = new ArrayList<>();
        double l = Double.MAX_VALUE, r = -Double.MAX_VALUE;
        for (Line line : multiLines) {
            for (Word w : line.words) ivs.add(new double[] {w.l, w.r});
            l = Math.min(l, line.l);
            r = Math.max(r, line.r);
        }
        int tol = multiLines.size() >= 10 ? 1 : 0;
        // sweep
        double[][] ev = new double[ivs.size() * 2][];
        int k = 0;
        for (double[] iv : ivs) { ev[k++] = new double[] {iv[0], 1}; ev[k++] = new double[] {iv[1], -1}; }
        java.util.Arrays.sort(ev, (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<Sep> seps = new ArrayList<>();
        int cover = 0;
        double runStart = Double.NaN;
        double minSep = Math.max(0.45 * em, 1.25 * wordSpace);
        double narrowSep = minSep;
        if (pitch.monospaced()) {
            // on a typewritten page a band of one space is a word space unless the values beside it
            // are ragged (see ragged): a column may stand one space from the next where its longest
            // value sits; a band over one and a half spaces wide is a column gap by itself
            minSep = Math.max(minSep, pitch.gap(1.5));
            narrowSep = pitch.gap(0.75);
        }
        for (double[] e : ev) {
            int before = cover;
            cover += (int) e[1];
            if (before > tol && cover <= tol) runStart = e[0];
            else if (before <= tol && cover > tol && !Double.isNaN(runStart)) {
                double w = e[0] - runStart;
                boolean wide = w >= minSep || (w >= narrowSep && ragged(multiLines, runStart, e[0]));
                if (wide && runStart > l && e[0] < r) seps.add(new Sep(runStart, e[0]));
                runStart = Double.NaN;
            }
        }
        return seps;
    }

    /**
     * Whether the whitespace band [a, b] runs along a column's edge with ragged values on its other
     * side: of the lines (three or more) with words on both sides of it, on four in five the words
     * on one side end (or start) within half a cell of it, and on at least a third the blank there
     * is two spaces wide or more. Right-aligned figures of differing widths stand so beside a
     * column of aligned ones; a word space that falls at the same place on every line (labels
     * "1 years" … "9 years" set on a character grid) is one space wide throughout, and a gap inside
     * one long label has no column edge beside it on the other lines.
     */
    private boolean ragged(List<Line> lines, double a, double b) {
        int wide = 0, both = 0, leftEdge = 0, rightEdge = 0;
        double near = 0.5 * pitch.pitch();
        for (Line line : lines) {
            double left = -Double.MAX_VALUE, right = Double.MAX_VALUE;
            boolean across = false;
            for (Word w : line.words) {
                if (w.r <= a + 0.5) left = Math.max(left, w.r);
                else if (w.l >= b - 0.5) right = Math.min(right, w.l);
                else across = true;
            }
            if (across || left == -Double.MAX_VALUE || right == Double.MAX_VALUE) continue;
            both++;
            if (a - left <= near) leftEdge++;
            if (right - b <= near) rightEdge++;
            if (right - left >= pitch.gap(line, 1.75)) wide++;
        }
        return both >= 3 && Math.max(leftEdge, rightEdge) * 5 >= 4 * both && wide * 3 >= both;
    }

    private static int colOf(List<Sep> seps, double x) {
        int c = 0;
        for (Sep s : seps) if (x > s.mid()) c++;
        return c;
    }

    /** Splits a line into cells: phrases, split again where a word gap holds a column separator. */
    private List<Draft.Frag> cellsOf(Line line, List<Sep> seps, int row) {
        List<Draft.Frag> cells = new ArrayList<>();
        for (List<Word> phrase : line.phrases) {
            List<Word> cur = new ArrayList<>();
            for (int i = 0; i < phrase.size(); i++) {
                Word w = phrase.get(i);
                if (!cur.isEmpty()) {
                    Word p = cur.get(cur.size() - 1);
                    double gap = w.l - p.r;
                    if (gap > 0 && sepWithin(seps, p.r, w.l)
                            && (gap >= 0.4 * Math.max(w.size, p.size) || gapInsideSeparator(seps, p.r, w.l))) {
                        cells.add(fragOf(cur, seps, row));
                        cur = new ArrayList<>();
                    }
                }
                cur.add(w);
            }
            if (!cur.isEmpty()) cells.add(fragOf(cur, seps, row));
        }
        // phrases that fall in the same column range join
        List<Draft.Frag> out = new ArrayList<>();
        for (Draft.Frag f : cells) {
            Draft.Frag last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && f.c0 <= last.c1) {
                last.words.addAll(f.words);
                if (f.c1 > last.c1 || f.c0 != last.c0) last.flags.add(Draft.UNCERTAIN);
                last.c1 = Math.max(last.c1, f.c1);
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The whole gap between two words lies in a column separator's whitespace. */
    private static boolean gapInsideSeparator(List<Sep> seps, double a, double b) {
        for (Sep s : seps) if (a >= s.a - 0.5 && b <= s.b + 0.5) return true;
        return false;
    }

    private static boolean sepWithin(List<Sep> seps, double a, double b) {
        for (Sep s : seps) if (s.mid() > a && s.mid() < b) return true;
        return false;
    }

    private Draft.Frag fragOf(List<Word> ws, List<Sep> seps, int row) {
        double l = ws.get(0).l, r = ws.get(ws.size() - 1).r;
        int c = colOf(seps, (l + r) / 2);
        int c0 = c, c1 = c;
        while (c0 > 0 && l < seps.get(c0 - 1).a) c0--;
        while (c1 < seps.size() && r > seps.get(c1).b) c1++;
        Draft.Frag f = new Draft.Frag(row, row, c0, c1);
        f.words.addAll(ws);
        // a phrase centred in the whitespace between two columns: its column had to be guessed
        double mid = (l + r) / 2;
        for (Sep s : seps) if (mid >= s.a && mid <= s.b && c0 == c1) f.flags.add(Draft.UNCERTAIN);
        return f;
    }

    /** How many leading lines form the header. */
    private int headerLines(List<Line> lines, List<List<Draft.Frag>> cells, List<Sep> seps) {
        int n = lines.size();
        double l = Double.MAX_VALUE, r = -Double.MAX_VALUE;
        for (Line line : lines) { l = Math.min(l, line.l); r = Math.max(r, line.r); }
        // a rule across the table below the first line, in its upper part
        for (int k = 0; k + 1 < n && k < Math.max(1, n / 2) && k < 6; k++) {
            if (ruleBetween(lines.get(k), lines.get(k + 1), 0.5)) return k + 1;
        }
        int firstData = -1;
        for (int k = 0; k < n; k++) {
            if (dataLike(cells.get(k)) && !(k + 1 < n && yearsOverValues(texts(cells.get(k)), texts(cells.get(k + 1))))) {
                firstData = k;
                break;
            }
        }
        // the first row's label begins a line above its values (values between a wrapped label's lines)
        if (firstData >= 1 && onlyFirstColumnText(cells.get(firstData - 1))
                && valuesBetweenLabelLines(lines.get(firstData - 1), lines.get(firstData), cells.get(firstData))) {
            firstData--;
        }
        if (firstData >= 1 && firstData <= 5 && firstData < n - 1) return firstData;
        if (firstData == 0) return 0;
        // no numbers to go by: a bold first line over plain lines is a header
        boolean boldFirst = lines.get(0).words.stream().allMatch(w -> w.chunk.bold());
        boolean boldRest = n > 1 && lines.get(1).words.stream().allMatch(w -> w.chunk.bold());
        if (boldFirst && !boldRest) return 1;
        return n > 2 ? 1 : 0;
    }

    private static java.util.Map<Integer, String> texts(List<Draft.Frag> cells) {
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        for (Draft.Frag f : cells) m.put(f.c0, f.text());
        return m;
    }

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** A row of years over a row of other numbers is a header ("2011 2012" over amounts). */
    static boolean yearsOverValues(java.util.Map<Integer, String> row, java.util.Map<Integer, String> next) {
        boolean anyYear = false;
        for (var e : row.entrySet()) {
            String t = e.getValue().strip();
            if (!numeric(t)) continue;
            if (!YEAR.matcher(t).matches()) return false;
            anyYear = true;
            String below = next.get(e.getKey());
            if (below != null && YEAR.matcher(below.strip()).matches()) return false;
        }
        return anyYear;
    }

    private static boolean dataLike(List<Draft.Frag> cells) {
        int num = 0, all = 0;
        for (Draft.Frag f : cells) {
            if (f.c0 == 0 && cells.size() > 1) continue;
            all++;
            if (numeric(f.text())) num++;
        }
        return all > 0 && num > 0 && num * 2 >= all;
    }

    private boolean ruleBetween(Line a, Line b, double minShare) {
        double lo = a.b - 0.25 * em, hi = b.t + 0.25 * em;
        double l = Math.min(a.l, b.l), r = Math.max(a.r, b.r);
        for (Ruling rule : hrules) {
            double y = rule.y1();
            if (y > lo && y < hi && overlap(rule.left(), rule.right(), l, r) >= Math.max(minShare * (r - l), 0.5 * em)) return true;
        }
        return false;
    }

    /** Rows are banded by rules when rules separate many of the data lines. */
    private boolean banded(List<Line> lines, int header) {
        int between = 0, pairs = 0;
        for (int k = header + 1; k < lines.size(); k++) {
            pairs++;
            if (ruleBetween(lines.get(k - 1), lines.get(k), 0.5)) between++;
        }
        return pairs >= 2 && between >= 2 && between >= 0.3 * pairs;
    }

    private static boolean compatible(List<Draft.Frag> row, List<Draft.Frag> cells) {
        for (Draft.Frag f : cells) {
            for (Draft.Frag g : row) {
                boolean overlaps = f.c0 <= g.c1 && g.c0 <= f.c1;
                if (overlaps && (f.c0 != g.c0 || f.c1 != g.c1)) return false;
            }
        }
        return true;
    }

    private static void mergeInto(List<Draft.Frag> row, List<Draft.Frag> cells) {
        for (Draft.Frag f : cells) {
            Draft.Frag target = null;
            for (Draft.Frag g : row) if (f.c0 <= g.c1 && g.c0 <= f.c1) { target = g; break; }
            if (target == null) {
                row.add(f);
            } else {
                target.words.addAll(f.words);
                target.flags.addAll(f.flags);
                if (f.c0 != target.c0 || f.c1 != target.c1) {
                    target.c0 = Math.min(target.c0, f.c0);
                    target.c1 = Math.max(target.c1, f.c1);
                    target.flags.add(Draft.UNCERTAIN);
                }
            }
        }
    }

    /** Whether a line continues the cells of the row above (wrapped text, no values of its own). */
    private static boolean continues(List<Draft.Frag> prev, List<Draft.Frag> cells) {
        if (cells.isEmpty()) return false;
        for (Draft.Frag f : cells) if (numeric(f.text())) return false;
        if (startsLower(cells)) return true;
        boolean prevHasFirst = prev.stream().anyMatch(g -> g.c0 == 0);
        boolean hasFirst = cells.stream().anyMatch(f -> f.c0 == 0);
        if (hasFirst || !prevHasFirst) return false;
        for (Draft.Frag f : cells) {
            boolean textAbove = prev.stream().anyMatch(g -> g.c0 == f.c0 && g.c1 == f.c1 && !numeric(g.text()));
            if (!textAbove) return false;
        }
        return true;
    }

    /**
     * Whether {@code values} (a line with values and no text in the first column) starts inside the
     * ink of {@code label} (a first-column label above it) and reaches below it: values printed
     * between the lines of a wrapped label. Lines of separate rows never overlap.
     */
    static boolean valuesBetweenLabelLines(Line label, Line values, List<Draft.Frag> valueCells) {
        if (valueCells.isEmpty() || valueCells.stream().anyMatch(f -> f.c0 == 0)) return false;
        if (valueCells.stream().noneMatch(f -> numeric(f.text()))) return false;
        return values.t < label.b && values.b > label.b && values.cy() > label.cy();
    }

    private static boolean onlyFirstColumnText(List<Draft.Frag> cells) {
        return cells.size() == 1 && cells.get(0).c0 == 0 && !numeric(cells.get(0).text());
    }

    private static boolean startsLower(List<Draft.Frag> cells) {
        if (cells.isEmpty()) return false;
        String t = cells.get(0).text();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }
}
