package org.sinpdf.layout;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sinpdf.model.Page;
import org.sinpdf.model.TextChunk;

/**
 * Reading order of a page's words: a recursive XY-cut that prefers column gutters.
 *
 * <p>A region is split at a vertical gutter (an empty strip at least 1.2 median word heights wide
 * from the region's top to its bottom) when every side reads like running text (on average at least
 * {@value #TEXT_WORDS_PER_LINE} words a line), so table columns are not read one after another.
 * Otherwise it is split at horizontal gaps of at least one median word height; consecutive strips
 * that share a gutter are merged first, so two columns whose paragraph breaks happen to align are
 * still read column by column. A region that cannot be split is a block; its words are grouped
 * into lines by vertical overlap and each line is read left to right.
 *
 * <p>Shared by the stages that write text (txt, ALTO, SQLite full text): {@code org.sinpdf.layout}
 * depends only on the model, and stage packages may use it (ArchitectureTest). Those stages call
 * {@link #of(Page)}, so a page's reading order is computed once however many of them run.
 */
public final class Layout {
    public static final double TEXT_WORDS_PER_LINE = 2.5;
    private static final int MAX_DEPTH = 64;
    /** The last page laid out on this thread and its result (see {@link #of(Page)}). */
    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(WeakReference<Page> page, PageText text) {}

    private Layout() {}

    /** A word with its box (upright page, top-left origin) and confidence. */
    public record Word(String text, double left, double top, double right, double bottom, double confidence) {
        static Word of(TextChunk c) {
            return new Word(c.text(), c.box().left(), c.box().top(), c.box().right(), c.box().bottom(),
                    c.confidence().value());
        }

        public double height() { return bottom - top; }
        public double centerX() { return (left + right) / 2; }
        public double centerY() { return (top + bottom) / 2; }
    }

    /** A line of words, left to right, and the index of the block it belongs to (0-based, reading order). */
    public record Line(List<Word> words, int block) {
        public Line { words = List.copyOf(words); }

        public double left() { return words.stream().mapToDouble(Word::left).min().orElse(0); }
        public double top() { return words.stream().mapToDouble(Word::top).min().orElse(0); }
        public double right() { return words.stream().mapToDouble(Word::right).max().orElse(0); }
        public double bottom() { return words.stream().mapToDouble(Word::bottom).max().orElse(0); }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(w.text());
            }
            return sb.toString();
        }
    }

    /** A page's words (blank ones dropped, text {@link #clean cleaned}) and its lines in reading order. */
    public record PageText(List<Word> words, List<Line> lines) {
        public PageText {
            words = List.copyOf(words);
            lines = List.copyOf(lines);
        }

        /** The lines joined by a newline, blocks separated by a blank line. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            int block = Integer.MIN_VALUE;
            for (Line l : lines) {
                if (sb.length() > 0) sb.append(l.block() == block ? "\n" : "\n\n");
                sb.append(l.text());
                block = l.block();
            }
            return sb.toString();
        }
    }

    /**
     * The page's words and reading order, {@code words(page.chunks())} and {@link #order} of them.
     * The document writers of one conversion get the same {@code Page} one after another on one
     * thread, so the result for the last page seen on the calling thread is kept (keyed by the
     * page's identity; pages are immutable) and returned again: the layout is computed once per page
     * however many writers need it. At most one page's result per thread stays in memory.
     */
    public static PageText of(Page page) {
        Memo last = LAST.get();
        if (last != null && last.page().get() == page) return last.text();
        List<Word> words = words(page.chunks());
        PageText text = new PageText(words, order(words));
        LAST.set(new Memo(new WeakReference<>(page), text));
        return text;
    }

    public static List<Word> words(List<TextChunk> chunks) {
        List<Word> out = new ArrayList<>(chunks.size());
        for (TextChunk c : chunks) {
            if (c.text().codePoints().allMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) continue;
            Word w = Word.of(c);
            String clean = clean(w.text());
            out.add(clean.equals(w.text()) ? w
                    : new Word(clean, w.left(), w.top(), w.right(), w.bottom(), w.confidence()));
        }
        return out;
    }

    /**
     * The text with control characters, unpaired surrogates and non-characters (which cannot be
     * written to XML, and would break lines or pages in plain text) replaced by U+FFFD.
     */
    public static String clean(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean bad = Character.isISOControl(ch) || ch == '\uFFFE' || ch == '\uFFFF'
                    || (Character.isHighSurrogate(ch) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad && sb == null) sb = new StringBuilder(text.substring(0, i));
            if (sb != null) sb.append(bad ? '\uFFFD' : ch);
        }
        return sb == null ? text : sb.toString();
    }

    /** The page's lines in reading order, each tagged with its block. */
    public static List<Line> order(List<Word> words) {
        List<Line> out = new ArrayList<>();
        if (words.isEmpty()) return out;
        double h = medianHeight(words);
        List<List<Word>> blocks = new ArrayList<>();
        cut(words, h, blocks, 0);
        for (int b = 0; b < blocks.size(); b++) {
            for (List<Word> line : lines(blocks.get(b))) out.add(new Line(line, b));
        }
        return out;
    }

    /** Groups words into lines, top to bottom, each left to right (no column detection). */
    public static List<List<Word>> lines(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::centerY).thenComparingDouble(Word::left));
        List<List<Word>> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double top = 0, bottom = 0;
        for (Word w : sorted) {
            if (!current.isEmpty()) {
                double overlap = Math.min(bottom, w.bottom()) - Math.max(top, w.top());
                double minH = Math.max(0.01, Math.min(bottom - top, w.height()));
                if (overlap < 0.5 * minH) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
            if (current.isEmpty()) {
                top = w.top();
                bottom = w.bottom();
            } else {
                top = Math.min(top, w.top());
                bottom = Math.max(bottom, w.bottom());
            }
            current.add(w);
        }
        if (!current.isEmpty()) lines.add(current);
        for (List<Word> l : lines) l.sort(Comparator.comparingDouble(Word::left));
        return lines;
    }

    public static double medianHeight(List<Word> words) {
        double[] hs = words.stream().mapToDouble(Word::height).filter(v -> v > 0).sorted().toArray();
        return hs.length == 0 ? 10 : Math.max(1, hs[hs.length / 2]);
    }

    private static void cut(List<Word> region, double h, List<List<Word>> out, int depth) {
        if (region.size() < 2 || depth > MAX_DEPTH) {
            out.add(region);
            return;
        }
        List<List<Word>> columns = columns(region, h);
        if (columns.size() > 1) {
            for (List<Word> c : columns) cut(c, h, out, depth + 1);
            return;
        }
        List<List<Word>> strips = strips(region, h);
        if (strips.size() == 1) {
            out.add(region);
            return;
        }
        List<Word> group = new ArrayList<>(strips.get(0));
        boolean groupHasColumns = columns(group, h).size() > 1;
        for (int i = 1; i < strips.size(); i++) {
            List<Word> candidate = new ArrayList<>(group);
            candidate.addAll(strips.get(i));
            if (groupHasColumns && columns(candidate, h).size() > 1) {
                group = candidate;
            } else {
                cut(group, h, out, depth + 1);
                group = new ArrayList<>(strips.get(i));
                groupHasColumns = columns(group, h).size() > 1;
            }
        }
        cut(group, h, out, depth + 1);
    }

    /** Splits at horizontal gaps (empty bands across the whole region) of at least one word height. */
    private static List<List<Word>> strips(List<Word> region, double h) {
        List<Word> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(Word::top));
        List<List<Word>> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double maxBottom = Double.NEGATIVE_INFINITY;
        for (Word w : sorted) {
            if (!current.isEmpty() && w.top() - maxBottom >= h) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
            maxBottom = Math.max(maxBottom, w.bottom());
        }
        out.add(current);
        return out;
    }

    /** Splits at vertical gutters when every side reads like running text; one group otherwise. */
    private static List<List<Word>> columns(List<Word> region, double h) {
        List<Word> sorted = new ArrayList<>(region);
        sorted.sort(Comparator.comparingDouble(Word::left));
        List<List<Word>> out = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double maxRight = Double.NEGATIVE_INFINITY;
        for (Word w : sorted) {
            if (!current.isEmpty() && w.left() - maxRight >= 1.2 * h) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(w);
            maxRight = Math.max(maxRight, w.right());
        }
        out.add(current);
        if (out.size() == 1) return out;
        for (List<Word> side : out) {
            if (side.size() < TEXT_WORDS_PER_LINE * lineCount(side, h)) return List.of(region);
        }
        return out;
    }

    private static int lineCount(List<Word> words, double h) {
        double[] ys = words.stream().mapToDouble(Word::centerY).sorted().toArray();
        int n = 0;
        double last = Double.NEGATIVE_INFINITY;
        for (double y : ys) {
            if (y - last > 0.5 * h) {
                n++;
                last = y;
            }
        }
        return Math.max(1, n);
    }
}
