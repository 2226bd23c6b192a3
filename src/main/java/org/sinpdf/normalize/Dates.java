package org.sinpdf.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in Spanish and English words ("14 de diciembre de 2012", "dic. 14, 2012", "December 14, 2012",
 * "viernes 14 de diciembre de 2012", "diciembre de 2012") and numeric forms ("2012-12-14", "14/12/2012",
 * "14.12.12") to ISO 8601 ("2012-12-14", or "2012-12" for a month).
 */
final class Dates {
    private Dates() {}

    /** How a numeric a/b/year date reads. */
    enum Order { DAY_FIRST, MONTH_FIRST, UNKNOWN }

    /**
     * A date read from text.
     *
     * @param iso          ISO 8601 text, as read with {@code order} when the text was ambiguous
     * @param ambiguous    numeric a/b/y with both a and b ≤ 12 and a ≠ b: the order matters
     * @param evidence     the order this text proves (a &gt; 12 → day first), or UNKNOWN
     * @param twoDigitYear the year was written with two digits
     * @param a            first number of a numeric date (0 otherwise)
     * @param b            second number of a numeric date
     * @param year         the year
     */
    record Read(String iso, boolean ambiguous, Order evidence, boolean twoDigitYear, int a, int b, int year) {}

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("febrero", 2), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("marzo", 3), Map.entry("mar", 3), Map.entry("march", 3),
            Map.entry("abril", 4), Map.entry("abr", 4), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mayo", 5), Map.entry("may", 5),
            Map.entry("junio", 6), Map.entry("jun", 6), Map.entry("june", 6),
            Map.entry("julio", 7), Map.entry("jul", 7), Map.entry("july", 7),
            Map.entry("agosto", 8), Map.entry("ago", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("set", 9), Map.entry("september", 9),
            Map.entry("octubre", 10), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("noviembre", 11), Map.entry("nov", 11), Map.entry("november", 11),
            Map.entry("diciembre", 12), Map.entry("dic", 12), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Set<String> SKIP = Set.of("de", "del", "of", "the", "el", "lunes", "martes", "miercoles",
            "jueves", "viernes", "sabado", "domingo", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "a");

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\d+");
    private static final Pattern DECIMAL_INSIDE = Pattern.compile(".*\\d[.,]\\d.*");
    private static final Pattern GAP = Pattern.compile("[\\s,./-]*");
    private static final Pattern TAIL = Pattern.compile("[\\s,.]*");
    private static final Pattern ORDINAL = Pattern.compile("(\\d+)\\s*(?:o\\.|º|°|ª|er|ro|st|nd|rd|th)(?=\\W|$)");

    /** Reads {@code s}; {@code order} settles ambiguous numeric dates (UNKNOWN keeps day first in {@code iso}). */
    static Optional<Read> read(String s, Order order) {
        String t = s.strip();
        if (t.length() > 48 || !Texts.hasDigit(t)) return Optional.empty();
        Matcher m = ISO.matcher(t);
        if (m.matches()) return ymd(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                .map(iso -> new Read(iso, false, Order.UNKNOWN, false, 0, 0, Integer.parseInt(m.group(1))));
        Matcher im = ISO_MONTH.matcher(t);
        if (im.matches()) {
            int mo = Integer.parseInt(im.group(2));
            return mo >= 1 && mo <= 12 ? Optional.of(new Read(t, false, Order.UNKNOWN, false, 0, 0, Integer.parseInt(im.group(1))))
                    : Optional.empty();
        }
        Matcher n = NUMERIC.matcher(t);
        if (n.matches()) {
            int a = Integer.parseInt(n.group(1)), b = Integer.parseInt(n.group(2));
            boolean two = n.group(3).length() == 2;
            int y = year(n.group(3));
            Order evidence = a > 12 && b <= 12 ? Order.DAY_FIRST : b > 12 && a <= 12 ? Order.MONTH_FIRST : Order.UNKNOWN;
            boolean ambiguous = a <= 12 && b <= 12 && a != b;
            Order use = evidence != Order.UNKNOWN ? evidence : order == Order.MONTH_FIRST ? Order.MONTH_FIRST : Order.DAY_FIRST;
            Optional<String> iso = use == Order.DAY_FIRST ? ymd(y, b, a) : ymd(y, a, b);
            return iso.map(i -> new Read(i, ambiguous, evidence, two, a, b, y));
        }
        return words(t);
    }

    private static Optional<Read> words(String s) {
        String f = ORDINAL.matcher(Texts.fold(s)).replaceAll("$1");
        if (DECIMAL_INSIDE.matcher(f).matches()) return Optional.empty(); // a decimal number is no date
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(f);
        int covered = 0;
        while (m.find()) {
            // only separators between tokens: spaces , . - / and "de"
            String gap = f.substring(covered, m.start());
            if (!GAP.matcher(gap).matches()) return Optional.empty();
            covered = m.end();
            String tok = m.group();
            if (tok.equals("primero")) tok = "1";
            if (!SKIP.contains(tok)) tokens.add(tok);
        }
        if (!TAIL.matcher(f.substring(covered)).matches()) return Optional.empty();
        Integer month = null;
        List<String> nums = new ArrayList<>();
        for (String tok : tokens) {
            if (Character.isDigit(tok.charAt(0))) nums.add(tok);
            else if (MONTHS.containsKey(tok) && month == null) month = MONTHS.get(tok);
            else return Optional.empty();
        }
        if (month == null) return Optional.empty();
        if (nums.size() == 1 && nums.get(0).length() == 4) {
            int y = Integer.parseInt(nums.get(0));
            return Optional.of(new Read(String.format("%04d-%02d", y, month), false, Order.UNKNOWN, false, 0, 0, y));
        }
        if (nums.size() != 2) return Optional.empty();
        String d = nums.get(0), y = nums.get(1);
        if (d.length() == 4 && y.length() <= 2) { String x = d; d = y; y = x; } // "2012 dic 14"
        if (d.length() > 2 || (y.length() != 4 && y.length() != 2)) return Optional.empty();
        int year = year(y);
        boolean two = y.length() == 2;
        return ymd(year, month, Integer.parseInt(d)).map(iso -> new Read(iso, false, Order.UNKNOWN, two, 0, 0, year));
    }

    /** Two-digit years: 00–69 → 2000s, 70–99 → 1900s. */
    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) return v < 70 ? 2000 + v : 1900 + v;
        return v;
    }

    static Optional<String> ymd(int y, int m, int d) {
        if (y < 1000 || y > 2999) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(y, m, d).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
