package org.sinpdf.serialize.xml;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.sinpdf.model.ColumnType;

/**
 * The XSD simple type of each {@link ColumnType} and a Java check of the same lexical space, so
 * the XML writer never writes an element content its schema would reject. Every typed value type
 * also accepts the empty string (an empty cell).
 */
final class XmlTypes {
    private XmlTypes() {}

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
    /** ISO 8601 period between two dates of the same precision family, e.g. 2011/2012, 2012-01/2012-06. */
    static final String INTERVAL_REGEX =
            "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    private static final Pattern INTERVAL = Pattern.compile(INTERVAL_REGEX);
    private static final Pattern BOOLEAN = Pattern.compile("true|false|1|0");
    /** INEGI geostatistical keys: state (2 digits), municipality (5), locality (9). */
    static final String INEGI_REGEX = "[0-9]{2}([0-9]{3}([0-9]{4})?)?";
    private static final Pattern INEGI = Pattern.compile(INEGI_REGEX);

    /** Name of the XSD complex type of a cell of this column type, e.g. "cell-decimal". */
    static String cellType(ColumnType t) {
        return "cell-" + valueKind(t);
    }

    /** The value kinds the schema defines, one per distinct content model. */
    static String valueKind(ColumnType t) {
        return switch (t) {
            case TEXT, COORDINATE -> "text";
            case INTEGER -> "integer";
            case DECIMAL, CURRENCY, PERCENT -> "decimal";
            case DATE -> "date";
            case BOOLEAN -> "boolean";
            case LATITUDE -> "latitude";
            case LONGITUDE -> "longitude";
            case INEGI_CODE -> "inegi-code";
        };
    }

    /** Whether a text column keeps its value exactly (no trimming). */
    static boolean verbatim(ColumnType t) {
        return t == ColumnType.TEXT || t == ColumnType.COORDINATE;
    }

    /** Whether {@code value} (already stripped for typed columns) is valid content for the type. */
    static boolean conforms(ColumnType t, String value) {
        if (value.isEmpty() || verbatim(t)) return true;
        return switch (t) {
            case INTEGER -> INTEGER.matcher(value).matches();
            case DECIMAL, CURRENCY, PERCENT -> DECIMAL.matcher(value).matches();
            case DATE -> isDate(value) || YEAR_MONTH.matcher(value).matches()
                    || (YEAR.matcher(value).matches() && !value.equals("0000"))
                    || INTERVAL.matcher(value).matches();
            case BOOLEAN -> BOOLEAN.matcher(value).matches();
            case LATITUDE -> inRange(value, 90);
            case LONGITUDE -> inRange(value, 180);
            case INEGI_CODE -> INEGI.matcher(value).matches();
            default -> true;
        };
    }

    private static boolean isDate(String v) {
        if (!DATE.matcher(v).matches() || v.startsWith("0000")) return false;
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean inRange(String v, int limit) {
        if (!DECIMAL.matcher(v).matches()) return false;
        BigDecimal d = new BigDecimal(v.startsWith("+") ? v.substring(1) : v.endsWith(".") ? v + "0" : v);
        return d.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
    }

    /** Replaces characters XML 1.0 cannot carry (controls, lone surrogates) with U+FFFD; counts them. */
    static String xmlSafe(String s, int[] replaced) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (b != null) b.append(c).append(s.charAt(i + 1));
                i++;
                continue;
            }
            ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (ok) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length()).append(s, 0, i);
                b.append('\uFFFD');
                replaced[0]++;
            }
        }
        return b == null ? s : b.toString();
    }
}
