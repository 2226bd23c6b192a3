package org.sinpdf.validate.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a CSV cell holds, decided once per cell and shared by every content rule. Plain integers
 * and decimals are recognised without regular expressions (the common case in large files);
 * only cells mixing digits with other characters take the slower path.
 */
final class CellKind {
    static final byte BLANK = 0, INTEGER = 1, DECIMAL = 2, FORMATTED_NUMBER = 3, ISO_DATE = 4, OTHER_DATE = 5, TEXT = 6;

    static final int FAMILY_NUMBER = 0, FAMILY_DATE = 1, FAMILY_TEXT = 2;

    private static final String ISO_ONE = "\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])"
            + "(?:[T ](?:[01]\\d|2[0-4]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d+)?)?(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?"
            + "|\\d{4}-W(?:0[1-9]|[1-4]\\d|5[0-3])(?:-[1-7])?|\\d{4}-(?:00[1-9]|0[1-9]\\d|[1-2]\\d{2}|3[0-5]\\d|36[0-6])"
            + "|P(?:\\d+Y)?(?:\\d+M)?(?:\\d+W)?(?:\\d+D)?(?:T(?:\\d+H)?(?:\\d+M)?(?:\\d+S)?)?";
    private static final Pattern ISO = Pattern.compile("(?:" + ISO_ONE + ")(?:/(?:" + ISO_ONE + "))?"
            + "|(?:[01]\\d|2[0-4]):[0-5]\\d(?::[0-5]\\d)?");
    private static final String MONTH = "(?:ene(?:ro)?|feb(?:rero)?|mar(?:zo)?|abr(?:il)?|may(?:o)?|jun(?:io)?|jul(?:io)?"
            + "|ago(?:sto)?|sep(?:t(?:iembre)?)?|set(?:iembre)?|oct(?:ubre)?|nov(?:iembre)?|dic(?:iembre)?"
            + "|jan(?:uary)?|february|march|apr(?:il)?|june|july|aug(?:ust)?|september|october|november|dec(?:ember)?)";
    static final Pattern DMY = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})");
    private static final Pattern OTHER_DATES = Pattern.compile(
            "\\d{1,2}([/.-])\\d{1,2}\\1(?:\\d{4}|\\d{2})"           // 14/12/2012, 14-12-12, 14.12.2012
                    + "|\\d{4}([/.])\\d{1,2}(?:\\2\\d{1,2})?"       // 2012/12/14, 2012/09, 2012.09
                    + "|(?:0?[1-9]|1[0-2])[/-]\\d{4}"               // 09/2012
                    + "|\\d{4}-\\d{1,2}-\\d{1,2}|\\d{4}-\\d"         // 2012-9-1: ISO needs two digits
                    + "|(?:\\d{1,2}(?:\\s*[/.-]\\s*|\\s+)(?:de\\s+)?)?" + MONTH + "\\.?(?:\\s*[/.-]\\s*|\\s+)(?:de(?:l)?\\s+)?\\d{2,4}"
                    + "|" + MONTH + "\\.?\\s+\\d{1,2},?\\s+\\d{4}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FORMATTED = Pattern.compile(
            "[(]?[-+]?\\s*(?:\\$|MXN|US\\$|USD|€)?\\s*[-+]?"
                    + "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+,\\d{1,2}|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "\\s*(?:MXN|USD|%|pesos|mdp)?[)]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern THOUSANDS_DOT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?");

    private CellKind() {}

    static byte classify(String s) {
        int from = 0, to = s.length();
        while (from < to && isSpace(s.charAt(from))) from++;
        while (to > from && isSpace(s.charAt(to - 1))) to--;
        if (from == to) return BLANK;
        int i = from;
        char c0 = s.charAt(i);
        if (c0 == '-' || c0 == '+') i++;
        int digits = 0, dots = 0;
        boolean plain = i < to;
        for (int k = i; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') digits++;
            else if (c == '.') dots++;
            else { plain = false; break; }
        }
        if (plain && digits > 0) {
            if (dots == 0) return INTEGER;
            if (dots == 1) return DECIMAL;
        }
        boolean hasDigit = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9') { hasDigit = true; break; }
        }
        if (!hasDigit) return TEXT;
        if (to - from == 10 && isoDay(s, from)) return ISO_DATE;
        String t = (from == 0 && to == s.length()) ? s : s.substring(from, to);
        if (t.length() > 60) return TEXT;
        if (ISO.matcher(t).matches()) return ISO_DATE;
        if (OTHER_DATES.matcher(t).matches()) return OTHER_DATE;
        if (FORMATTED.matcher(t).matches()) return FORMATTED_NUMBER;
        return TEXT;
    }

    /** YYYY-MM-DD at {@code i}, checked by hand (the most common date cell; no regex). */
    private static boolean isoDay(String s, int i) {
        for (int k = 0; k < 10; k++) {
            char c = s.charAt(i + k);
            if (k == 4 || k == 7 ? c != '-' : c < '0' || c > '9') return false;
        }
        int month = (s.charAt(i + 5) - '0') * 10 + s.charAt(i + 6) - '0';
        int day = (s.charAt(i + 8) - '0') * 10 + s.charAt(i + 9) - '0';
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    static int family(byte kind) {
        return switch (kind) {
            case INTEGER, DECIMAL, FORMATTED_NUMBER -> FAMILY_NUMBER;
            case ISO_DATE, OTHER_DATE -> FAMILY_DATE;
            default -> FAMILY_TEXT;
        };
    }

    static String familyName(int family) {
        return switch (family) {
            case FAMILY_NUMBER -> "numbers";
            case FAMILY_DATE -> "dates";
            default -> "text";
        };
    }

    /** Why a FORMATTED_NUMBER cell is not a plain number, as advice. */
    static String numberAdvice(String s) {
        String t = s.strip();
        StringBuilder why = new StringBuilder();
        String lower = t.toLowerCase(Locale.ROOT);
        if (t.contains("$") || lower.contains("mxn") || lower.contains("usd") || t.contains("€") || lower.contains("pesos")
                || lower.contains("mdp")) {
            why.append("currency symbol");
        }
        if (t.contains("%")) append(why, "percent sign");
        String digits = t.replaceAll("[^0-9.,]", "");
        if (THOUSANDS_COMMA.matcher(digits).matches() || THOUSANDS_DOT.matcher(digits).matches()) {
            append(why, "thousands separator");
        } else if (digits.contains(",")) {
            append(why, "decimal comma");
        }
        if (t.startsWith("(") && t.endsWith(")")) append(why, "negative in parentheses");
        if (why.length() == 0) append(why, "unit or symbol");
        return why + ": write the plain number (" + plain(t) + ") and put the unit in the column name (e.g. monto_pesos)";
    }

    private static void append(StringBuilder b, String s) {
        if (b.length() > 0) b.append(", ");
        b.append(s);
    }

    /** Best-effort plain form of a formatted number, for the advice only. */
    static String plain(String t) {
        boolean negative = t.contains("-") || (t.startsWith("(") && t.endsWith(")"));
        String d = t.replaceAll("[^0-9.,]", "");
        if (THOUSANDS_DOT.matcher(d).matches() && (d.indexOf(',') >= 0 || d.indexOf('.') != d.lastIndexOf('.'))) {
            d = d.replace(".", "").replace(',', '.');
        } else if (THOUSANDS_COMMA.matcher(d).matches()) {
            d = d.replace(",", "");
        } else {
            d = d.replace(',', '.');
        }
        return (negative ? "-" : "") + d;
    }

    /** Advice for a date that is not ISO 8601; gives the ISO form of day-first numeric dates. */
    static String dateAdvice(String s) {
        Matcher m = DMY.matcher(s.strip());
        if (m.matches()) {
            int day = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(3));
            String year = m.group(4);
            if (year.length() == 2) year = (Integer.parseInt(year) > 50 ? "19" : "20") + year;
            if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                return "date not in ISO 8601: write " + String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day)
                        + " (YYYY-MM-DD, assuming day first)";
            }
        }
        return "date not in ISO 8601: write YYYY-MM-DD, YYYY-MM or YYYY (periods as start/end, e.g. 2011/2012)";
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\t' || c == '\u00A0'; }
}
