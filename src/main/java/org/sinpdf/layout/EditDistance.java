package org.sinpdf.layout;

/**
 * Levenshtein edit distance over Unicode code points (unit costs), shared by the stitcher (repeated
 * headers read by OCR) and the evaluation (character error rates), so both count errors alike.
 */
public final class EditDistance {
    private EditDistance() {}

    /** Insertions, deletions and substitutions of code points turning {@code a} into {@code b}. */
    public static int between(String a, String b) {
        if (a.equals(b)) return 0;
        int[] x = a.codePoints().toArray(), y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1], cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) prev[j] = j;
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[y.length];
    }

    /** {@code 1 - distance / code points of the longer text}; 1 for equal texts, 0 when one is empty. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) return 1;
        int n = a.codePointCount(0, a.length()), m = b.codePointCount(0, b.length());
        if (n == 0 || m == 0) return 0;
        return 1 - between(a, b) / (double) Math.max(n, m);
    }
}
