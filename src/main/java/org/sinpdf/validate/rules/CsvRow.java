package org.sinpdf.validate.rules;

/**
 * One CSV record as the rules see it. Valid only during the call that receives it: the scanner
 * reuses its arrays, so a rule keeps what it needs (a hash, a count), never the row.
 */
public final class CsvRow {
    private String[] fields = new String[0];
    private byte[] kinds = new byte[16];
    private int size;
    private long line;
    private int nonBlank = -1;

    /** Points at {@code src} (no copy): valid until the scanner reads the next record. */
    void set(long line, String[] src, int n) {
        if (kinds.length < n) kinds = new byte[Math.max(n, kinds.length * 2)];
        java.util.Arrays.fill(kinds, 0, n, (byte) -1);
        this.fields = src;
        this.size = n;
        this.line = line;
        this.nonBlank = -1;
    }

    /** Physical line (1-based) where the record starts. */
    public long line() { return line; }

    public int size() { return size; }

    public String field(int i) { return fields[i]; }

    /** The {@link CellKind} of field {@code i}, computed once. */
    byte kind(int i) {
        byte k = kinds[i];
        if (k < 0) kinds[i] = k = CellKind.classify(fields[i]);
        return k;
    }

    boolean blank(int i) {
        String s = fields[i];
        if (s.isEmpty()) return true;
        return kind(i) == CellKind.BLANK;
    }

    public int nonBlankCount() {
        if (nonBlank < 0) {
            int n = 0;
            for (int i = 0; i < size; i++) if (!blank(i)) n++;
            nonBlank = n;
        }
        return nonBlank;
    }

    String[] copyFields() { return java.util.Arrays.copyOf(fields, size); }
}
