package org.sinpdf.normalize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locale-aware number reading. A printed number is checked against four conventions; a column picks
 * the convention its values support (ties go to the configured locale), then every value is read
 * with it. Output is plain: optional '-', digits, '.' and the decimals as printed.
 */
final class Numbers {
    private Numbers() {}

    /** Grouping and decimal separators. */
    enum Convention {
        /** 1,234,567.89 — es-MX, en-US */
        COMMA_GROUP_DOT_DECIMAL(",", '.'),
        /** 1.234.567,89 — es-ES, de, pt-BR, es-AR */
        DOT_GROUP_COMMA_DECIMAL(".", ','),
        /** 1 234 567,89 — fr, SI */
        SPACE_GROUP_COMMA_DECIMAL(" ", ','),
        /** 1 234 567.89 — SI with a decimal point */
        SPACE_GROUP_DOT_DECIMAL(" ", '.');

        final String group;
        final char decimal;
        final Pattern grouped;
        final Pattern plain;

        Convention(String group, char decimal) {
            this.group = group;
            this.decimal = decimal;
            String d = Pattern.quote(String.valueOf(decimal));
            this.grouped = Pattern.compile("\\d{1,3}(?:" + Pattern.quote(group) + "\\d{3})+(?:" + d + "\\d+)?");
            this.plain = Pattern.compile("\\d+(?:" + d + "\\d+)?|" + d + "\\d+");
        }

        /** The convention a locale tag writes numbers in. */
        static Convention forLocale(String tag) {
            Locale l = Locale.forLanguageTag(tag);
            String lang = l.getLanguage();
            String country = l.getCountry();
            if (lang.equals("fr") || lang.equals("sv") || lang.equals("fi") || lang.equals("nb") || lang.equals("cs")
                    || lang.equals("pl") || lang.equals("ru")) {
                return SPACE_GROUP_COMMA_DECIMAL;
            }
            if (lang.equals("es")) {
                return switch (country) {
                    case "MX", "US", "GT", "HN", "SV", "NI", "PA", "DO", "PR", "PE", "" -> COMMA_GROUP_DOT_DECIMAL;
                    default -> DOT_GROUP_COMMA_DECIMAL;
                };
            }
            char d = java.text.DecimalFormatSymbols.getInstance(l).getDecimalSeparator();
            return d == ',' ? DOT_GROUP_COMMA_DECIMAL : COMMA_GROUP_DOT_DECIMAL;
        }

        /** Preference order for ties: the locale's own convention first. */
        static List<Convention> preference(Convention first) {
            List<Convention> out = new ArrayList<>();
            out.add(first);
            for (Convention c : values()) if (c != first) out.add(c);
            return out;
        }
    }

    /**
     * A number as printed, its sign, currency and percent marks removed.
     *
     * @param core     the digits with their separators ("1,234.56")
     * @param negative leading/trailing minus or parentheses
     * @param percent  a % sign was present
     * @param currency "MXN", "USD" or "" when no currency mark
     */
    record Printed(String core, boolean negative, boolean percent, String currency) {}

    private static final Pattern CURRENCY_PREFIX = Pattern.compile("^(US\\$|USD|U\\.S\\.\\$|MX\\$|MXN|M\\.N\\.|\\$)\\s*");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile(
            "\\s*(USD|US\\$|MXN|M\\.N\\.|MN|pesos|d[oó]lares|dlls\\.?)$", Pattern.CASE_INSENSITIVE);

    /** Strips sign, parentheses, currency and percent marks; empty when what is left has no digit. */
    static Optional<Printed> strip(String s) {
        if (s.length() > 60 || !Texts.hasDigit(s)) return Optional.empty();
        String t = s.strip().replace('\u2212', '-').replace('\u2012', '-').replace('\u2013', '-').replace('\u2010', '-');
        t = unifySpaces(t);
        boolean neg = false, pct = false;
        String cur = "";
        for (int pass = 0; pass < 4 && !t.isEmpty(); pass++) {
            String before = t;
            if (t.startsWith("(") && t.endsWith(")") && t.length() > 2) { neg = !neg; t = t.substring(1, t.length() - 1).strip(); }
            if (t.startsWith("-") || t.startsWith("+")) { neg ^= t.startsWith("-"); t = t.substring(1).strip(); }
            if (t.endsWith("-") && t.length() > 1 && Character.isDigit(t.charAt(t.length() - 2))) { neg = !neg; t = t.substring(0, t.length() - 1).strip(); }
            if (t.endsWith("%")) { pct = true; t = t.substring(0, t.length() - 1).strip(); }
            if (t.isEmpty()) break;
            char first = t.charAt(0);
            if (first == '$' || first == 'U' || first == 'M') {
                Matcher m = CURRENCY_PREFIX.matcher(t);
                if (m.find()) { cur = currencyOf(m.group(1)); t = t.substring(m.end()).strip(); }
            }
            if (!t.isEmpty() && !Character.isDigit(t.charAt(t.length() - 1))) {
                Matcher m2 = CURRENCY_SUFFIX.matcher(t);
                if (m2.find() && m2.start() > 0) { cur = currencyOf(m2.group(1)); t = t.substring(0, m2.start()).strip(); }
            }
            if (t.equals(before)) break;
        }
        if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1)) || !t.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == '.' || ch == ' ')) {
            return Optional.empty();
        }
        return Optional.of(new Printed(t, neg, pct, cur));
    }

    private static String currencyOf(String mark) {
        String m = mark.toUpperCase(Locale.ROOT);
        return m.contains("US") || m.startsWith("D") ? "USD" : "MXN";
    }

    static String unifySpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(Texts.isSpace(cp) ? ' ' : cp));
        return sb.toString();
    }

    /** Conventions under which {@code core} is a well-formed number. */
    static Set<Convention> conventions(String core) {
        Set<Convention> out = EnumSet.noneOf(Convention.class);
        for (Convention c : Convention.values()) {
            if (c.grouped.matcher(core).matches() || c.plain.matcher(core).matches()) out.add(c);
        }
        return out;
    }

    /** Reads {@code core} under {@code c}: plain form ("-1234.50"), or empty when it does not fit. */
    static Optional<String> canonical(String core, boolean negative, Convention c) {
        if (!(c.grouped.matcher(core).matches() || c.plain.matcher(core).matches())) return Optional.empty();
        String digits = core.replace(c.group, "");
        if (c.decimal == ',') digits = digits.replace(',', '.');
        if (digits.startsWith(".")) digits = "0" + digits;
        // strip leading zeros of the integer part, keep one
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0' && digits.charAt(i + 1) != '.') i++;
        digits = digits.substring(i);
        boolean zero = new BigDecimal(digits).signum() == 0;
        return Optional.of(negative && !zero ? "-" + digits : digits);
    }

    /** Parses a whole printed value under {@code c}. */
    static Optional<BigDecimal> value(String s, Convention c) {
        return strip(s).flatMap(p -> canonical(p.core(), p.negative(), c)).map(BigDecimal::new);
    }

    /**
     * The convention most values of a column fit; ties go to the earlier one in {@code preference}.
     * Values that are no number at all do not vote.
     */
    static Convention choose(List<String> values, List<Convention> preference) {
        int[] votes = new int[Convention.values().length];
        for (String v : values) {
            Optional<Printed> p = strip(v);
            if (p.isEmpty()) continue;
            for (Convention c : conventions(p.get().core())) votes[c.ordinal()]++;
        }
        Convention best = preference.get(0);
        for (Convention c : preference) if (votes[c.ordinal()] > votes[best.ordinal()]) best = c;
        return best;
    }

    /** Digits after the decimal separator as printed under {@code c}, 0 when none. */
    static int decimals(String core, Convention c) {
        int i = core.lastIndexOf(c.decimal);
        return i < 0 ? 0 : core.length() - i - 1;
    }
}
