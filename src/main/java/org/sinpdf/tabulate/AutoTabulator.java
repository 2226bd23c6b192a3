package org.sinpdf.tabulate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Table;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.Tabulator;

/**
 * The table finder. Stage {@code auto}: ruled grids first (lattice), then unruled tables in the
 * remaining text (stream). Stages {@code lattice} and {@code stream} run one method only.
 */
public final class AutoTabulator implements Tabulator {
    public enum Mode { AUTO, LATTICE, STREAM }

    private final Mode mode;
    private final TabulateOptions options;

    public AutoTabulator(Mode mode, TabulateOptions options) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.options = Objects.requireNonNull(options, "options");
    }

    public AutoTabulator(TabulateOptions options) { this(Mode.AUTO, options); }

    public AutoTabulator() { this(Mode.AUTO, TabulateOptions.DEFAULTS); }

    @Override public String id() { return mode.name().toLowerCase(java.util.Locale.ROOT); }

    @Override public List<Table> tabulate(Page page, StageContext ctx) {
        List<Word> words = new ArrayList<>(page.chunks().size());
        int bars = 0;
        int spaced = 0;
        for (TextChunk c : page.chunks()) {
            if (c.text().isBlank()) continue;
            if (ruleGlyph(c)) { bars++; continue; }
            List<TextChunk> parts = splitAtSpaces(c);
            if (parts.size() > 1) spaced++;
            for (TextChunk part : parts) words.add(new Word(part));
        }
        if (spaced > 0) {
            ctx.report(Finding.info("ocr-word-split", spaced + " OCR words holding a space (a second reading of two "
                    + "words at once) were split there, each part given its share of the box by characters")
                    .atPage(page.number()).inStage(id()));
        }
        if (bars > 0) {
            ctx.report(Finding.info("ocr-rule-marks-ignored", bars
                    + " OCR words made only of '|' (a ruling line read as text) were left out of the tables")
                    .atPage(page.number()).inStage(id()));
        }
        if (words.isEmpty()) return List.of();
        double em = typicalSize(words);
        if (page.method() == PageMethod.OCR) words = withoutLeaderDots(words, em, ctx, page.number());

        List<Draft> drafts = new ArrayList<>();
        List<Word> rest = words;
        List<org.sinpdf.model.BoundingBox> sparseGrids = new ArrayList<>();
        List<BoundingBox> frames = new ArrayList<>(); // ruled boxes that did not make a table (figure frames)
        if (mode != Mode.STREAM) {
            for (Lattice.Grid ruled : Lattice.grids(page.rulings(), em)) {
                frames.add(ruled.bbox()); // taken off again when the grid makes a table
                Lattice.Grid found = page.method() == PageMethod.OCR ? Lattice.withOpenSides(ruled, rest, em) : ruled;
                if (found != ruled) {
                    ctx.report(Finding.info("ocr-grid-open-sides", String.format(java.util.Locale.ROOT,
                            "the ruled grid at [%.0f %.0f %.0f %.0f] was widened to [%.0f %.0f %.0f %.0f], where its row "
                                    + "rules end: the table has no rule down its side",
                            ruled.bbox().left(), ruled.bbox().top(), ruled.bbox().right(), ruled.bbox().bottom(),
                            found.bbox().left(), found.bbox().top(), found.bbox().right(), found.bbox().bottom()))
                            .atPage(page.number()).inStage(id()));
                }
                List<Word> cellWords = rest;
                if (page.method() == PageMethod.OCR) {
                    // inside a ruled grid, ink far flatter than the text is a piece of a rule read as letters
                    cellWords = new ArrayList<>();
                    int flat = 0;
                    for (Word w : rest) {
                        if (found.bbox().contains(w.cx(), w.cy()) && flatRuleMark(w, em)) flat++;
                        else cellWords.add(w);
                    }
                    if (flat > 0) {
                        ctx.report(Finding.info("ocr-rule-marks-ignored", flat + " OCR words in a ruled grid, far flatter "
                                + "than the text (pieces of a ruling read as letters), were left out of its cells")
                                .atPage(page.number()).inStage(id()));
                    }
                }
                Lattice.Grid g = page.method() == PageMethod.OCR
                        ? Lattice.withMissingRowRules(found, cellWords, page.rulings(), em) : found;
                if (g.ys().length > found.ys().length) {
                    ctx.report(Finding.info("ocr-row-rules-restored", String.format(java.util.Locale.ROOT,
                            "%d row rules the scan's ruling detection missed were put back in the grid at "
                                    + "[%.0f %.0f %.0f %.0f], between text lines that each hold values",
                            g.ys().length - found.ys().length, g.bbox().left(), g.bbox().top(), g.bbox().right(),
                            g.bbox().bottom())).atPage(page.number()).inStage(id()));
                }
                Draft d = Lattice.build(g, cellWords, em, page.number(), id());
                d.compact();
                if (d.rows < options.minRows() || d.cols < options.minColumns()) continue;
                if (mode == Mode.AUTO && (Lattice.hiddenColumnShare(d, options.columnGap() * 1.5) > 0.3
                        || Lattice.stackedNumbers(d))) {
                    continue;
                }
                if (fill(d) < 0.25) {
                    // text scattered over a ruled grid: a chart's axis labels, not a table
                    sparseGrids.add(g.bbox());
                    continue;
                }
                if (prose(d) && !multiLineCells(d) && !valuesBesideText(d)) continue;
                if (page.method() == PageMethod.OCR && garbled(d, words)) {
                    reportGarbled(ctx, page, d);
                    continue;
                }
                d.headerRows = latticeHeader(d);
                drafts.add(d);
                frames.remove(frames.size() - 1); // a table's box: its words are gone from what stream sees
                List<Word> left = new ArrayList<>();
                for (Word w : rest) if (!g.bbox().contains(w.cx(), w.cy())) left.add(w);
                rest = left;
            }
        }
        if (mode != Mode.LATTICE) {
            List<BoundingBox> axes = page.method() == PageMethod.OCR ? chartAxes(page.rulings(), em) : List.of();
            double lineEm = page.method() == PageMethod.OCR ? ocrLineEm(words, em) : em;
            Stream stream = new Stream(options, em, lineEm, page.width(), page.rulings(), page.number(), id());
            List<Draft> found = stream.find(rest);
            if (stream.pitch().monospaced()) {
                ctx.report(Finding.info("ocr-typewritten-page", String.format(java.util.Locale.ROOT,
                        "the page is typewritten (monospaced, character pitch %.2f %s): a single space does not part "
                                + "columns unless it runs along a column edge beside ragged values", stream.pitch().pitch(), page.unit()))
                        .atPage(page.number()).inStage(id()));
            }
            for (Draft d : found) {
                d.compact();
                if (d.rows < options.minRows() || d.cols < options.minColumns() || fill(d) < 0.3 || prose(d)) continue;
                boolean onChart = false;
                for (org.sinpdf.model.BoundingBox g : sparseGrids) {
                    if (g.intersectionArea(d.bbox) >= 0.5 * d.bbox.area()) onChart = true;
                }
                if (!onChart && figureCaption(d)) {
                    ctx.report(Finding.info("figure-text-not-table", String.format(java.util.Locale.ROOT,
                            "text under a figure caption at [%.0f %.0f %.0f %.0f] (%dx%d) is taken for a chart, not a table",
                            d.bbox.left(), d.bbox.top(), d.bbox.right(), d.bbox.bottom(), d.rows, d.cols))
                            .atPage(page.number()).inStage(id()));
                    onChart = true;
                }
                if (!onChart && page.method() == PageMethod.OCR) {
                    // a scan has no drawing objects to tell a chart by; its axes (an L of two rulings) are the evidence
                    for (BoundingBox chart : axes) {
                        if (chart.intersectionArea(d.bbox) >= 0.8 * d.bbox.area()) {
                            ctx.report(Finding.info("figure-text-not-table", String.format(java.util.Locale.ROOT,
                                    "text at [%.0f %.0f %.0f %.0f] (%dx%d) lies at a chart's axes [%.0f %.0f %.0f %.0f]; "
                                            + "taken for the chart's labels, not a table",
                                    d.bbox.left(), d.bbox.top(), d.bbox.right(), d.bbox.bottom(), d.rows, d.cols,
                                    chart.left(), chart.top(), chart.right(), chart.bottom()))
                                    .atPage(page.number()).inStage(id()));
                            onChart = true;
                            break;
                        }
                    }
                }
                if (!onChart && inFigure(d, page.figures())) {
                    // the words stay on the page for the text outputs; only no table is made of them
                    ctx.report(Finding.info("figure-text-not-table", String.format(java.util.Locale.ROOT,
                            "text in a drawing at [%.0f %.0f %.0f %.0f] (%dx%d) is taken for a chart or figure, not a table",
                            d.bbox.left(), d.bbox.top(), d.bbox.right(), d.bbox.bottom(), d.rows, d.cols))
                            .atPage(page.number()).inStage(id()));
                    onChart = true;
                }
                if (!onChart && page.method() == PageMethod.OCR) {
                    String why = chartText(d, frames);
                    if (!why.isEmpty()) {
                        ctx.report(Finding.info("figure-text-not-table", String.format(java.util.Locale.ROOT,
                                "text at [%.0f %.0f %.0f %.0f] (%dx%d) is taken for a chart's labels, not a table: %s",
                                d.bbox.left(), d.bbox.top(), d.bbox.right(), d.bbox.bottom(), d.rows, d.cols, why))
                                .atPage(page.number()).inStage(id()));
                        onChart = true;
                    }
                }
                if (!onChart && page.method() == PageMethod.OCR && garbled(d, words)) {
                    reportGarbled(ctx, page, d);
                    onChart = true;
                }
                if (!onChart) drafts.add(d);
            }
        }
        drafts.sort(Comparator.comparingDouble((Draft d) -> d.bbox.top()).thenComparingDouble(d -> d.bbox.left()));
        List<Table> tables = new ArrayList<>();
        for (Draft d : drafts) tables.add(d.toTable("p" + page.number() + "-t" + (tables.size() + 1)));
        return tables;
    }

    @Override public List<Table> stitch(List<Table> tables, StageContext ctx) {
        // codes repeated down a table, which OCR read broken in some cells, first: the repeated
        // headers the stitcher compares are read alike then
        return Stitcher.stitch(BracketRepair.repair(tables), options.stitchTolerance());
    }

    /**
     * Whether an unruled candidate lies on a drawing: several curved or slanted shapes (chart lines,
     * markers, pie slices, map outlines) or images sit inside its area. A table's own frame, which
     * encloses the candidate, does not count.
     */
    static boolean inFigure(Draft d, List<BoundingBox> figures) {
        if (figures.isEmpty() || d.bbox.area() <= 0) return false;
        int n = 0;
        double cover = 0;
        for (BoundingBox f : figures) {
            if (f.area() > d.bbox.area()) continue;
            double in = f.intersectionArea(d.bbox);
            boolean inside = f.area() > 1e-6 ? in >= 0.5 * f.area() : d.bbox.contains(f.centerX(), f.centerY());
            if (inside) { n++; cover += in; }
        }
        return n >= 2 && (n >= 5 || cover >= 0.1 * d.bbox.area());
    }

    /**
     * The areas of charts drawn with plain axes: a vertical ruling whose foot meets the left end of a
     * horizontal ruling (an L, with neither line running past the corner, and no other horizontal
     * ruling starting on the vertical one, as in a frame), both longer than 8 em. The
     * area reaches 6 em left of the vertical axis and 3 em below the horizontal one, where the axis
     * labels sit. A table ruled after its stub column has a bottom rule that runs on to the left of
     * that column, so it is not taken for axes.
     */
    static List<BoundingBox> chartAxes(List<org.sinpdf.model.Ruling> rulings, double em) {
        double tol = Math.max(2, 0.6 * em);
        List<BoundingBox> out = new ArrayList<>();
        for (org.sinpdf.model.Ruling v : rulings) {
            if (!v.vertical() || v.length() < 8 * em) continue;
            int touching = 0; // horizontal rulings starting at the vertical one: a frame or row rules, not axes
            for (org.sinpdf.model.Ruling h : rulings) {
                if (h.horizontal() && Math.abs(h.left() - v.x1()) <= tol && h.y1() >= v.top() - tol && h.y1() <= v.bottom() + tol) {
                    touching++;
                }
            }
            if (touching != 1) continue;
            for (org.sinpdf.model.Ruling h : rulings) {
                if (!h.horizontal() || h.length() < 8 * em) continue;
                boolean corner = Math.abs(h.left() - v.x1()) <= tol && Math.abs(h.y1() - v.bottom()) <= tol;
                if (!corner || closedOnTheRight(v, h, rulings, tol)) continue;
                out.add(new BoundingBox(Math.max(0, v.x1() - 6 * em), v.top() - em, h.right() + em, h.y1() + 3 * em));
            }
        }
        return out;
    }

    /**
     * A vertical ruling as tall as {@code v} stands at the right end of {@code h}: the L is two sides of
     * a frame (a boxed table whose top rule the scan lost or a dark band hides), not a chart's axes.
     */
    private static boolean closedOnTheRight(org.sinpdf.model.Ruling v, org.sinpdf.model.Ruling h,
                                            List<org.sinpdf.model.Ruling> rulings, double tol) {
        for (org.sinpdf.model.Ruling r : rulings) {
            if (!r.vertical() || Math.abs(r.x1() - h.right()) > tol || Math.abs(r.bottom() - h.y1()) > tol) continue;
            double overlap = Math.min(r.bottom(), v.bottom()) - Math.max(r.top(), v.top());
            if (overlap >= 0.8 * v.length()) return true;
        }
        return false;
    }

    /**
     * Why an unruled candidate on a scan is a chart's labels rather than a table ("" when it is not):
     * <ul>
     * <li>most of its words (at least 4, over half) run up or down the page: the turned category labels
     *     of a chart's axis ({@link #turnedWords}); a table's turned column heads sit over level values;</li>
     * <li>it reaches across a ruled box that holds none of its words: text left and right of a framed
     *     figure (tick labels on one side, a legend on the other), not columns of one table
     *     ({@link #aroundFrame});</li>
     * <li>one column holds a scale: at least 4 plain numbers, 0 among them, evenly stepped and evenly
     *     spaced down the page, in rows that are mostly empty: the tick labels of a chart's value axis
     *     ({@link #axisScale});</li>
     * <li>its first column holds only list bullets: a bulleted list beside its items ({@link #bulletList}).</li>
     * </ul>
     * A scan has no drawing objects to tell a chart by, so its text is the evidence.
     */
    static String chartText(Draft d, List<BoundingBox> frames) {
        if (turnedWords(d)) return "most of its words are turned (axis labels)";
        if (aroundFrame(d, frames)) return "it lies on both sides of a ruled box that holds none of its words";
        if (axisScale(d)) return "one column is an evenly stepped scale from 0 (axis ticks)";
        if (bulletList(d)) return "its first column holds only list bullets (a bulleted list)";
        return "";
    }

    /** What OCR makes of a list bullet (•, ◦, ▪, -) read as a character. */
    private static final java.util.regex.Pattern BULLET = java.util.regex.Pattern.compile("[•◦▪·●○■□►*\\-–—eoO°©®«»]");

    /**
     * A bulleted list read as a table: at least 2 rows, and half the rows or more, have a first-column
     * cell that starts with a bullet (a word of one bullet-like character: OCR reads "•" as "e", "o",
     * "©"), and no cell holds a number. A table whose labels carry bullets or dashes ("- Hombres") has
     * figures beside them.
     */
    static boolean bulletList(Draft d) {
        int rows = 0, bullets = 0;
        boolean[] seen = new boolean[d.rows];
        for (Draft.Frag f : d.frags) {
            if (f.words.isEmpty()) continue;
            if (Stream.numeric(f.text())) return false;
            if (f.c0 != 0) continue;
            if (!seen[f.r0]) { seen[f.r0] = true; rows++; }
            if (BULLET.matcher(f.words.get(0).text.strip()).matches()) bullets++;
        }
        return bullets >= 2 && bullets * 2 >= rows;
    }

    /**
     * At least 4 words, more than half of them, are turned: {@link Word#rotated}, or (an OCR word's
     * font size is its box height, which a turned word's is too) of 3 characters or more and over 1.5
     * times as tall as wide.
     */
    static boolean turnedWords(Draft d) {
        int all = 0, turned = 0;
        for (Draft.Frag f : d.frags) {
            for (Word w : f.words) {
                all++;
                if (w.rotated || (w.text.strip().length() >= 3 && w.b - w.t > 1.5 * (w.r - w.l))) turned++;
            }
        }
        return turned >= 4 && turned * 2 > all;
    }

    /**
     * A ruled box at least 4 times as wide as the gap it could be between two columns, lying inside the
     * candidate's width, overlapping its height, with none of its words' centres inside.
     */
    static boolean aroundFrame(Draft d, List<BoundingBox> frames) {
        for (BoundingBox f : frames) {
            if (f.left() <= d.bbox.left() || f.right() >= d.bbox.right()) continue;
            double overlap = Math.min(f.bottom(), d.bbox.bottom()) - Math.max(f.top(), d.bbox.top());
            if (overlap <= 0 || f.width() < 0.25 * d.bbox.width()) continue;
            boolean inside = false;
            for (Draft.Frag fr : d.frags) {
                for (Word w : fr.words) if (f.contains(w.cx(), w.cy())) { inside = true; break; }
                if (inside) break;
            }
            if (!inside) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("\\d{1,6}(\\.\\d{1,3})?");

    /**
     * A column with at least 4 cells of one plain number each (no sign, no thousands separator), 0
     * among them, that step evenly (equal differences, in order down the column) at evenly spaced
     * heights (within a fifth of the mean spacing), in rows less than half filled.
     */
    static boolean axisScale(Draft d) {
        if (d.rows < 4) return false;
        for (int c = 0; c < d.cols; c++) {
            List<Draft.Frag> ticks = new ArrayList<>();
            for (Draft.Frag f : d.frags) {
                if (f.c0 == c && f.c1 == c && PLAIN_NUMBER.matcher(f.text()).matches()) ticks.add(f);
            }
            if (ticks.size() < 4) continue;
            ticks.sort(Comparator.comparingInt(f -> f.r0));
            double[] v = new double[ticks.size()], y = new double[ticks.size()];
            boolean zero = false;
            for (int i = 0; i < v.length; i++) {
                v[i] = Double.parseDouble(ticks.get(i).text());
                zero |= v[i] == 0;
                y[i] = ticks.get(i).words.stream().mapToDouble(Word::cy).average().orElse(0);
            }
            if (!zero || !even(v, 1e-6) || !even(y, 0.2)) continue;
            int filled = 0;
            for (Draft.Frag f : d.frags) for (Draft.Frag t : ticks) if (f.r0 == t.r0) filled++;
            if (filled < 0.5 * ticks.size() * d.cols) return true;
        }
        return false;
    }

    /** Consecutive differences all equal (within {@code share} of their mean) and not zero. */
    private static boolean even(double[] x, double share) {
        double step = (x[x.length - 1] - x[0]) / (x.length - 1);
        if (step == 0) return false;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs((x[i] - x[i - 1]) - step) > Math.max(share * Math.abs(step), 1e-9)) return false;
        }
        return true;
    }

    /**
     * OCR read the candidate as debris rather than words: at least a fifth of its cells hold one or
     * two characters that are not digits, at least a quarter were read with confidence below 0.6, and
     * the mean cell confidence is below 0.75 and 0.15 below the median confidence of the words outside
     * the candidate (at least 20 of them: the rest of the page reads well; on a page OCR reads badly
     * throughout, as in a script its languages do not cover, low confidence says nothing of charts),
     * and cells are short (under 12 characters on average).
     * That is what Tesseract makes of a chart (bars, markers, turned axis titles, legend swatches); the
     * tables of the scanned ICDAR set, even on poor pages, stayed clear of it (at most 0.18 short
     * non-digit cells where a quarter were unsure), and a ruled table in a script the OCR languages do
     * not read (cTDaR_t10090: long garbled cells) is kept, its structure being real.
     */
    static boolean garbled(Draft d, List<Word> pageWords) {
        double[] outside = pageWords.stream().filter(w -> !d.bbox.contains(w.cx(), w.cy()))
                .mapToDouble(w -> w.chunk.confidence().value()).sorted().toArray();
        if (outside.length < 20) return false; // too little text elsewhere to tell a badly read page from a chart on a good one
        double pageConfidence = outside[outside.length / 2];
        Table t = d.toTable("garbled");
        int n = 0, shortJunk = 0, unsure = 0, chars = 0;
        double conf = 0;
        for (org.sinpdf.model.Cell c : t.cells()) {
            if (c.blank()) continue;
            n++;
            String x = c.raw().replaceAll("\\s", "");
            chars += x.length();
            if (x.length() <= 2 && !x.chars().allMatch(Character::isDigit)) shortJunk++;
            if (c.confidence().value() < 0.6) unsure++;
            conf += c.confidence().value();
        }
        return n > 0 && shortJunk >= 0.2 * n && unsure >= 0.25 * n && conf / n < Math.min(0.75, pageConfidence - 0.15)
                && chars < 12 * n;
    }

    private void reportGarbled(StageContext ctx, Page page, Draft d) {
        ctx.report(Finding.info("ocr-debris-not-table", String.format(java.util.Locale.ROOT,
                "OCR text at [%.0f %.0f %.0f %.0f] (%dx%d) is mostly unsure fragments (a chart or picture read as text); "
                        + "no table is made of it, the words stay on the page",
                d.bbox.left(), d.bbox.top(), d.bbox.right(), d.bbox.bottom(), d.rows, d.cols))
                .atPage(page.number()).inStage(id()));
    }

    /**
     * An OCR word of letters or digits whose box is under a quarter of the page's text height and
     * wider than 1.5 em: a horizontal ruling (or the edge of one) read as letters ("coc", "ee").
     * Dashes, however flat, are text.
     */
    static boolean flatRuleMark(Word w, double em) {
        if (w.chunk.origin() != org.sinpdf.model.Origin.OCR || w.rotated) return false;
        double h = w.b - w.t;
        return h < 0.25 * em && w.r - w.l > Math.max(3 * h, 1.5 * em) && w.text.chars().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * An OCR word holding spaces (a second reading of a crop that held two words, "15 6.9") as one word
     * per part, each with the slice of the box its characters take (a space counting as one): a word
     * has no spaces, and the parts may belong to different columns. A word with a part of no letter or
     * digit ("$ 1,212": a currency sign and its amount) and other chunks come back as they are.
     */
    static List<TextChunk> splitAtSpaces(TextChunk c) {
        String text = c.text().strip();
        if (c.origin() != org.sinpdf.model.Origin.OCR || text.indexOf(' ') < 0) return List.of(c);
        // "$ 1,212", "- 5": a sign and its number are one value; only parts that are words each are split
        for (String part : text.split("\\s+")) if (part.codePoints().noneMatch(Character::isLetterOrDigit)) return List.of(c);
        BoundingBox b = c.box();
        double perChar = b.width() / text.length();
        List<TextChunk> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) { i++; continue; }
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j))) j++;
            BoundingBox part = new BoundingBox(b.left() + i * perChar, b.top(), b.left() + j * perChar, b.bottom());
            out.add(new TextChunk(text.substring(i, j), part, c.origin(), c.confidence(), c.font(), c.fontSize(), c.bold()));
            i = j;
        }
        return out;
    }

    /** {@code words} less the runs of leader dots among them, reported as one finding for the page. */
    private List<Word> withoutLeaderDots(List<Word> words, double em, StageContext ctx, int pageNumber) {
        List<Word> kept = new ArrayList<>(words.size());
        List<String> dropped = new ArrayList<>();
        java.util.Set<Word> leaders = Leaders.find(words, em);
        for (Word w : words) {
            if (leaders.contains(w)) dropped.add(w.text);
            else kept.add(w);
        }
        if (dropped.isEmpty()) return words;
        ctx.report(Finding.info("ocr-leader-dots-dropped", dropped.size() + " OCR words that are leader dots between "
                        + "a label and its value (read as \"" + String.join(" ", dropped.subList(0, Math.min(6, dropped.size())))
                        + (dropped.size() > 6 ? " ..." : "") + "\") were left out of the tables")
                .atPage(pageNumber).inStage(id()));
        return kept;
    }

    /** An OCR word made only of vertical bars, taller than wide: a ruling line read as text. */
    static boolean ruleGlyph(TextChunk c) {
        if (c.origin() != org.sinpdf.model.Origin.OCR) return false;
        String t = c.text().strip();
        return !t.isEmpty() && t.chars().allMatch(ch -> ch == '|' || ch == '¦') && c.box().height() > c.box().width();
    }

    private static final java.util.regex.Pattern FIGURE_CAPTION = java.util.regex.Pattern.compile(
            "(figure|fig\\.|chart|graph|gr[aá]fic[ao]|figura|diagrama)\\s*[0-9ivx]+[.:)]?(\\s.*)?",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /** An unruled candidate whose first row is a figure's caption ("Figure 2. ...", "Gráfica 3"): a chart's labels. */
    static boolean figureCaption(Draft d) {
        StringBuilder first = new StringBuilder();
        d.frags.stream().filter(f -> f.r0 == 0).sorted(Comparator.comparingInt((Draft.Frag f) -> f.c0))
                .forEach(f -> first.append(f.text()).append(' '));
        return FIGURE_CAPTION.matcher(first.toString().strip()).matches();
    }

    /** Share of grid positions covered by non-empty cells: low in charts (axis labels on a grid). */
    static double fill(Draft d) {
        if (d.rows == 0 || d.cols == 0) return 0;
        Table t = d.toTable("fill");
        int covered = 0;
        for (org.sinpdf.model.Cell c : t.cells()) if (!c.blank()) covered += c.rowSpan() * c.colSpan();
        return covered / (double) (d.rows * d.cols);
    }

    /** Mostly running text (cells of six words or more): a text box or page columns, not a table. */
    static boolean prose(Draft d) {
        int all = 0, inProse = 0;
        for (Draft.Frag f : d.frags) {
            int alpha = 0;
            for (Word w : f.words) if (w.text.chars().filter(Character::isLetter).count() >= 2) alpha++;
            all += f.words.size();
            if (alpha >= 6) inProse += f.words.size();
        }
        return all > 0 && inProse > 0.8 * all;
    }

    /**
     * Most rows hold a number past the first column: statements with their figures ("Gives us a
     * more complete picture ... | 46% | 52%"), a table however long its labels, not a framed paragraph.
     */
    static boolean valuesBesideText(Draft d) {
        if (d.cols < 2 || d.rows < 3) return false;
        boolean[] valued = new boolean[d.rows];
        for (Draft.Frag f : d.frags) if (f.c0 >= 1 && Stream.numeric(f.text())) valued[f.r0] = true;
        int n = 0;
        for (boolean v : valued) if (v) n++;
        return n * 2 >= d.rows;
    }

    /** Most prose cells hold several lines: a ruled table of texts rather than a framed paragraph. */
    static boolean multiLineCells(Draft d) {
        int prose = 0, multi = 0;
        for (Draft.Frag f : d.frags) {
            if (f.words.size() < 6) continue;
            prose++;
            if (Line.group(f.words.stream().filter(w -> !w.rotated).toList()).size() >= 2) multi++;
        }
        return prose > 0 && multi * 2 > prose;
    }

    private static final java.util.regex.Pattern DESCENDER = java.util.regex.Pattern.compile(".*[gjpqy].*");
    private static final java.util.regex.Pattern ASCENDER = java.util.regex.Pattern.compile(".*[\\p{Lu}\\dbdfhklt].*");

    /**
     * The font size of an OCR page, for vertical distances between lines. An OCR word's box hugs its
     * ink: digits and capitals are about 0.7 of the font size tall, so the median box height
     * ({@code em}) understates the size and a table's ordinary line spacing looks like a break
     * between tables. Words that reach both above the x-height and below the baseline ("Charged",
     * "By 2007") span the font's full body, about 0.95 of its size: their median height, over at
     * least 8 such words, gives the size, kept between {@code em} and 1.6 {@code em}. Without enough
     * such words the answer is {@code em}.
     */
    static double ocrLineEm(List<Word> words, double em) {
        double[] h = words.stream()
                .filter(w -> !w.rotated && w.r - w.l > w.b - w.t
                        && DESCENDER.matcher(w.text).matches() && ASCENDER.matcher(w.text).matches())
                .mapToDouble(w -> w.b - w.t).sorted().toArray();
        if (h.length < 8) return em;
        return Math.max(em, Math.min(1.6 * em, h[h.length / 2] / 0.95));
    }

    static double typicalSize(List<Word> words) {
        double[] s = words.stream().filter(w -> !w.rotated).mapToDouble(w -> w.size).toArray();
        if (s.length == 0) s = words.stream().mapToDouble(w -> w.size).toArray();
        Arrays.sort(s);
        return Math.max(1e-3, s[s.length / 2]);
    }

    private static java.util.Map<Integer, String> row(String[][] g, int r) {
        java.util.Map<Integer, String> m = new java.util.HashMap<>();
        for (int c = 0; c < g[r].length; c++) if (g[r][c] != null) m.put(c, g[r][c]);
        return m;
    }

    /** Leading rows before the first row whose cells (past the first column) are mostly numbers. */
    private static int latticeHeader(Draft d) {
        String[][] g = new String[d.rows][d.cols];
        for (Draft.Frag f : d.frags) g[f.r0][f.c0] = f.text();
        for (int r = 0; r < d.rows; r++) {
            int num = 0, all = 0;
            for (int c = d.cols > 1 ? 1 : 0; c < d.cols; c++) {
                if (g[r][c] == null || g[r][c].isBlank()) continue;
                all++;
                if (Stream.numeric(g[r][c])) num++;
            }
            if (all > 0 && num * 2 >= all && !(r + 1 < d.rows && Stream.yearsOverValues(row(g, r), row(g, r + 1)))) {
                return Math.min(r, 5);
            }
        }
        return d.rows > 1 ? 1 : 0;
    }
}
