package org.sinpdf.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latitudes and longitudes: decimal degrees ("-99.1332", "19.4326° N") and degrees-minutes-seconds
 * ("19°25′57.36″ N", "99° 07' 59.52\" O", "N 19°25.956′") to signed decimal degrees. Hemisphere
 * letters: N/S for latitude; E and W or O (oeste) for longitude. DMS results keep the precision of the
 * printed seconds (0.01″ → 6 decimals), trailing zeros dropped.
 */
final class Coordinates {
    private Coordinates() {}

    enum Axis { LATITUDE, LONGITUDE, EITHER }

    /** @param decimal signed decimal degrees as text; @param axis what the hemisphere letter says (EITHER when none) */
    record Read(String decimal, Axis axis, boolean dms) {}

    private static final String NUM = "(\\d{1,3}(?:[.,]\\d+)?)";
    private static final Pattern DMS = Pattern.compile(
            "^([NSEWO])?\\s*([-+])?\\s*" + NUM + "\\s*°\\s*(?:" + "(\\d{1,2}(?:[.,]\\d+)?)" + "\\s*′\\s*)?(?:"
                    + "(\\d{1,2}(?:[.,]\\d+)?)" + "\\s*″\\s*)?([NSEWO])?$");
    private static final Pattern DECIMAL = Pattern.compile("^([NSEWO])?\\s*([-+])?\\s*(\\d{1,3}(?:[.,]\\d+)?)\\s*°?\\s*([NSEWO])?$");

    /** Unifies the many ways degrees, minutes and seconds are typed (º ˚ ' ’ ´ " ” ''). */
    static String unify(String s) {
        return Numbers.unifySpaces(s.strip())
                .replace('º', '°').replace('˚', '°')
                .replace("''", "″").replace('"', '″').replace('”', '″').replace('“', '″')
                .replace('\'', '′').replace('’', '′').replace('´', '′').replace('‘', '′')
                .replace('\u2212', '-').toUpperCase(java.util.Locale.ROOT);
    }

    static Optional<Read> read(String s) {
        if (s.length() > 40 || !Texts.hasDigit(s)) return Optional.empty();
        String t = unify(s);
        Matcher m = DMS.matcher(t);
        if (m.matches() && (m.group(4) != null || t.indexOf('°') >= 0)) {
            String hemi = hemisphere(m.group(1), m.group(6));
            if (hemi == null) return Optional.empty();
            BigDecimal deg = bd(m.group(3));
            BigDecimal min = m.group(4) == null ? BigDecimal.ZERO : bd(m.group(4));
            BigDecimal sec = m.group(5) == null ? BigDecimal.ZERO : bd(m.group(5));
            if (min.compareTo(BigDecimal.valueOf(60)) >= 0 || sec.compareTo(BigDecimal.valueOf(60)) >= 0) return Optional.empty();
            if (m.group(4) == null && m.group(5) == null) {
                return finish(deg, "-".equals(m.group(2)), hemi, deg.scale(), false);
            }
            int scale = m.group(5) != null ? 4 + Math.max(0, sec.scale()) : 4 + Math.max(0, min.scale());
            BigDecimal v = deg.add(min.divide(BigDecimal.valueOf(60), 12, RoundingMode.HALF_UP))
                    .add(sec.divide(BigDecimal.valueOf(3600), 12, RoundingMode.HALF_UP));
            return finish(v, "-".equals(m.group(2)), hemi, Math.min(scale, 8), true);
        }
        Matcher d = DECIMAL.matcher(t);
        if (d.matches()) {
            String hemi = hemisphere(d.group(1), d.group(4));
            if (hemi == null) return Optional.empty();
            BigDecimal v = bd(d.group(3));
            return finish(v, "-".equals(d.group(2)), hemi, v.scale(), false);
        }
        return Optional.empty();
    }

    private static String hemisphere(String before, String after) {
        if (before != null && after != null) return null;
        return before != null ? before : after != null ? after : "";
    }

    private static BigDecimal bd(String s) { return new BigDecimal(s.replace(',', '.')); }

    private static Optional<Read> finish(BigDecimal abs, boolean minus, String hemi, int scale, boolean dms) {
        Axis axis = switch (hemi) {
            case "N", "S" -> Axis.LATITUDE;
            case "E", "W", "O" -> Axis.LONGITUDE;
            default -> Axis.EITHER;
        };
        boolean negative = minus ^ (hemi.equals("S") || hemi.equals("W") || hemi.equals("O"));
        if (minus && !hemi.isEmpty()) return Optional.empty(); // "-19° S": contradictory, let a person look
        BigDecimal limit = BigDecimal.valueOf(axis == Axis.LATITUDE ? 90 : 180);
        if (abs.compareTo(limit) > 0) return Optional.empty();
        BigDecimal v = abs.setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
        if (dms) {
            v = v.stripTrailingZeros();
            if (v.scale() < 0) v = v.setScale(0);
        }
        String text = v.toPlainString();
        if (negative && v.signum() != 0) text = "-" + text;
        return Optional.of(new Read(text, axis, dms));
    }
}
