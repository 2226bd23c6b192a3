package org.sinpdf.validate.rules;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rules;

/**
 * Validates one CSV in a single streaming pass: bytes are checked as UTF-8 while they are
 * decoded, the decoded text is tokenized (RFC 4180), the header is found among the first
 * records (title rows above it are reported), and each record is then fed to every enabled
 * {@link CsvRule}. Memory is bounded by the number of columns, plus the duplicate-row hash set.
 */
public final class CsvChecker {
    private static final int LOOKAHEAD = 20;
    private static final int SNIFF = 1 << 16;

    private final Reporter r;

    public CsvChecker(Reporter reporter) { this.r = reporter; }

    /** Checks the stream (closed by the caller); {@code tsv} when the file is tab-separated by name. */
    public void check(InputStream raw, boolean tsv) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        char delimiter = tsv ? '\t' : sniffDelimiter(in);
        EncodingListener enc = new EncodingListener(r);
        Utf8CheckingReader reader = new Utf8CheckingReader(in, enc);
        RowPipeline pipeline = new RowPipeline();
        CsvScanner scanner = new CsvScanner(reader, delimiter, new CsvScanner.Handler() {
            @Override
            public void record(long line, String[] fields, int size) { pipeline.record(line, fields, size); }

            @Override
            public void quoting(long line, int field, String message, String excerpt) {
                r.report(Rules.CSV_QUOTING, line, field, message, excerpt);
            }

            @Override
            public void replacement(long charIndex, long line, int field) { enc.replacementAt(charIndex, line, field); }
        });
        scanner.run();
        pipeline.finish();
        enc.finish();
    }

    /** Looks at the first line: a .csv whose first line has no comma but semicolons or tabs uses the wrong delimiter. */
    private char sniffDelimiter(BufferedInputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        int commas = 0, semicolons = 0, tabs = 0;
        boolean quoted = false;
        for (byte b : head) {
            if (b == '"') quoted = !quoted;
            else if (!quoted && (b == '\n' || b == '\r')) break;
            else if (!quoted && b == ',') commas++;
            else if (!quoted && b == ';') semicolons++;
            else if (!quoted && b == '\t') tabs++;
        }
        if (commas > 0 || semicolons + tabs == 0) return ',';
        char d = semicolons >= tabs ? ';' : '\t';
        r.report(Rules.CSV_DELIMITER, 1, 0, "fields are separated by " + (d == ';' ? "semicolons" : "tabs")
                + ", not commas: write the file with ',' as the delimiter (RFC 4180)", "");
        return d;
    }

    /** Maps each invalid UTF-8 sequence (known by byte offset) to the line where the scanner meets it. */
    private static final class EncodingListener implements Utf8CheckingReader.Listener {
        private static final int PENDING_MAX = 1024;
        private final Reporter r;
        private final ArrayDeque<long[]> pending = new ArrayDeque<>();
        private long total;

        EncodingListener(Reporter r) { this.r = r; }

        @Override
        public void bom() {
            r.report(Rules.ENCODING_BOM, 1, 1, "file starts with a UTF-8 byte order mark (EF BB BF); valid, but some "
                    + "tools read it into the first column name", "");
        }

        @Override
        public void invalid(long byteOffset, int length, long charIndex) {
            total++;
            if (pending.size() < PENDING_MAX) pending.add(new long[] {byteOffset, length, charIndex});
        }

        void replacementAt(long charIndex, long line, int field) {
            while (!pending.isEmpty() && pending.peek()[2] <= charIndex) {
                long[] p = pending.poll();
                if (p[2] == charIndex) report(p, line, field);
                else report(p, 0, 0);
            }
        }

        private void report(long[] p, long line, int field) {
            r.report(Rules.ENCODING_UTF8, line, field, "invalid UTF-8 at byte offset " + p[0] + " (" + p[1]
                    + " byte(s)): save the file as UTF-8 (it is probably Windows-1252 or Latin-1)", "");
        }

        void finish() {
            while (!pending.isEmpty()) report(pending.poll(), 0, 0);
        }
    }

    /** Buffers the first records to find the header, then streams every record to the rules. */
    private final class RowPipeline {
        private final List<Object[]> lookahead = new ArrayList<>();
        private final CsvRow row = new CsvRow();
        private List<CsvRule.Check> checks;
        private boolean empty = true;

        void record(long line, String[] fields, int size) {
            empty = false;
            if (checks == null) {
                lookahead.add(new Object[] {line, java.util.Arrays.copyOf(fields, size)});
                if (lookahead.size() >= LOOKAHEAD) start();
                return;
            }
            row.set(line, fields, size);
            for (CsvRule.Check c : checks) c.row(row);
        }

        void finish() {
            if (checks == null) {
                if (empty) {
                    r.report(Rules.CSV_NO_HEADER, 0, 0, "empty file: a CSV needs a header row and data", "");
                    return;
                }
                start();
            }
            for (CsvRule.Check c : checks) c.end();
        }

        private void start() {
            List<CsvRow> rows = new ArrayList<>();
            for (Object[] o : lookahead) {
                CsvRow cr = new CsvRow();
                String[] f = (String[]) o[1];
                cr.set((Long) o[0], f, f.length);
                rows.add(cr);
            }
            lookahead.clear();
            int headerAt = findHeader(rows);
            for (int i = 0; i < headerAt; i++) {
                CsvRow t = rows.get(i);
                if (t.nonBlankCount() == 0) continue;
                r.report(Rules.CSV_TITLE_ROW, t.line(), 1, "title or note row above the header: move titles, sources "
                        + "and notes to the metadata; the first row must be the column names", firstNonBlank(t));
            }
            CsvRow first = rows.get(headerAt);
            CsvHeader header = header(first);
            checks = new ArrayList<>();
            for (CsvRule rule : CsvRowRules.ALL) {
                if (r.enabled(rule)) checks.add(rule.start(header, r));
            }
            for (int i = header.present() ? headerAt + 1 : headerAt; i < rows.size(); i++) {
                for (CsvRule.Check c : checks) c.row(rows.get(i));
            }
        }

        /** The first record with at least two values, when a later one has; title rows have one value at most. */
        private int findHeader(List<CsvRow> rows) {
            int widest = 0;
            for (CsvRow x : rows) widest = Math.max(widest, x.nonBlankCount());
            if (widest < 2) return 0;
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).nonBlankCount() >= 2) return i;
            }
            return 0;
        }

        private CsvHeader header(CsvRow h) {
            int n = h.size();
            int valueLike = 0, nonBlank = 0;
            for (int i = 0; i < n; i++) {
                if (h.blank(i)) continue;
                nonBlank++;
                byte k = h.kind(i);
                boolean year = k == CellKind.INTEGER && h.field(i).strip().length() == 4;
                if (k != CellKind.TEXT && !year) valueLike++;
            }
            if (nonBlank > 0 && valueLike * 2 > nonBlank) {
                r.report(Rules.CSV_NO_HEADER, h.line(), 1, "the first row holds values (" + valueLike + " of " + nonBlank
                        + " cells are numbers or dates), not column names: add a header row", h.field(0));
                List<String> names = new ArrayList<>();
                for (int i = 0; i < n; i++) names.add("column " + (i + 1));
                return new CsvHeader(names, 0);
            }
            List<String> names = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String name = h.field(i).strip();
                names.add(name);
                if (name.isEmpty()) {
                    r.report(Rules.CSV_BLANK_HEADER, h.line(), i + 1, "column " + (i + 1) + " has no name: name every "
                            + "column (a blank name often comes from a merged header cell)", "");
                    continue;
                }
                Integer before = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i + 1);
                if (before != null) {
                    r.report(Rules.CSV_DUPLICATE_HEADER, h.line(), i + 1, "column name '" + name + "' is already used by "
                            + "column " + before + ": make column names unique", name);
                }
            }
            return new CsvHeader(names, h.line());
        }

        private String firstNonBlank(CsvRow t) {
            for (int i = 0; i < t.size(); i++) if (!t.blank(i)) return t.field(i);
            return "";
        }
    }
}
