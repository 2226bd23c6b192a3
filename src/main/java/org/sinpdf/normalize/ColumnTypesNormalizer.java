package org.sinpdf.normalize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageContext;

/**
 * Stage {@code column-types}: decides each column's {@link ColumnType} from its data cells and
 * writes typed values (numbers plain with '.', dates ISO 8601, coordinates in signed decimal degrees,
 * booleans true/false, INEGI codes with their leading zeros).
 *
 * <p>A type is chosen when at least {@code minShare} of a column's non-blank cells read as that type
 * (cells an OCR repair would fix count). Every other cell keeps its text and is flagged
 * {@code type-mismatch}; repaired cells are flagged {@code ocr-repair}; numeric dates that read both
 * ways and that the column cannot settle keep their text and are flagged {@code ambiguous-date};
 * two-digit years are read (00–69 → 2000s) and flagged {@code two-digit-year}; INEGI codes printed
 * without their zeros are padded and flagged {@code inegi-code-padded}; numbers with more decimals than
 * nearly all others of their column (a footnote mark read as a digit) keep their value and are flagged
 * {@code extra-decimals}. Digit-only columns with leading
 * zeros that are not INEGI codes (e.g. "Ramo 06") stay text, verbatim.
 *
 * <p>Numbers: the column's separators are decided from its values ("1,234.56", "1.234,56",
 * "1 234,56"); ties go to {@code locale} (default es-MX: comma groups, dot decimals). Negatives:
 * "-1", "−1", "(1)", "1-". Currency marks ($, MX$, US$, MXN, USD, M.N., pesos) and % are moved out of the
 * value into {@link Column#unit()}; with {@code unitInName} a column whose name does not already say
 * its unit gets " (MXN)" or " (%)" appended, so the published CSV header carries the unit.
 */
public final class ColumnTypesNormalizer implements Normalizer {
    public static final String ID = "column-types";

    /**
     * @param locale     BCP 47 tag deciding number separators when a column's values do not (default "es-MX")
     * @param minShare   share of non-blank cells that must read as a type for the column to get it (0.9)
     * @param ocrRepair  "ocr-only" (cells with confidence &lt; 1), "all" or "off" (default "ocr-only")
     * @param unitInName append the unit to currency/percent column names that lack it (default true)
     * @param nullMarkers cell texts meaning "no value" ("-", "n.d.", "N/A", ...): in a typed column such a
     *                   cell becomes blank, flagged {@code null-marker} (raw keeps the mark)
     */
    public record Options(String locale, double minShare, String ocrRepair, boolean unitInName, List<String> nullMarkers,
                          String dateOrder) {
        public static final Options DEFAULTS = new Options("es-MX", 0.9, "ocr-only", true, List.of("-", "–", "—",
                "n.d.", "n.d", "nd", "n/d", "n.a.", "n.a", "na", "n/a", "s/d", "s.d.", "no disponible", "no aplica"),
                "auto");

        public Options {
            dateOrder = dateOrder == null || dateOrder.isBlank() ? "auto" : dateOrder;
            if (!Set.of("auto", "day-first", "month-first").contains(dateOrder)) {
                throw new IllegalArgumentException(ID + ": dateOrder must be auto, day-first or month-first, not " + dateOrder);
            }
            nullMarkers = nullMarkers == null ? List.of() : List.copyOf(nullMarkers);
            locale = locale == null || locale.isBlank() ? "es-MX" : locale;
            ocrRepair = ocrRepair == null ? "ocr-only" : ocrRepair;
            if (!(minShare > 0 && minShare <= 1)) throw new IllegalArgumentException(ID + ": minShare must be in (0,1]");
            if (!Set.of("ocr-only", "all", "off").contains(ocrRepair)) {
                throw new IllegalArgumentException(ID + ": ocrRepair must be ocr-only, all or off, not " + ocrRepair);
            }
        }
    }

    static final String TYPE_MISMATCH = "type-mismatch";
    static final String OCR_REPAIR = "ocr-repair";
    static final String AMBIGUOUS_DATE = "ambiguous-date";
    static final String TWO_DIGIT_YEAR = "two-digit-year";
    static final String INEGI_PADDED = "inegi-code-padded";
    static final String NULL_MARKER = "null-marker";
    static final String EXTRA_DECIMALS = "extra-decimals";

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LAT = Pattern.compile("(^|[^a-z])(lat|latitud|latitude)([^a-z]|$)");
    private static final Pattern LON = Pattern.compile("(^|[^a-z])(lon|long|lng|longitud|longitude)([^a-z]|$)");
    private static final Pattern INEGI = Pattern.compile("inegi|(^|[^a-z])(cve|clave|codigo|cod)[ _.]*(de )?(la )?"
            + "(ent|entidad|edo|estado|mun|municipio|loc|localidad|geo|inegi|agee|agem)");
    private static final Pattern PERCENT = Pattern.compile("%|porcentaje|por ciento|(^|[^a-z])pct([^a-z]|$)|percent");
    private static final Pattern MONEY = Pattern.compile("\\$|pesos|(^|[^a-z])(mxn|usd|mdp|m\\.n\\.)([^a-z]|$)|dolares|dollars");
    private static final Map<Character, Character> OCR = Map.of('O', '0', 'o', '0', 'D', '0', 'l', '1', 'I', '1',
            '|', '1', 'S', '5', 'B', '8');
    private static final Map<String, String> BOOLEANS = Map.of("si", "true", "no", "false", "yes", "true",
            "true", "true", "false", "false", "verdadero", "true", "falso", "false");

    private final Options options;
    private final Numbers.Convention localeConvention;
    private final Set<String> nullMarkers;

    public ColumnTypesNormalizer(Options o) {
        this.options = o;
        this.nullMarkers = o.nullMarkers().stream().map(Texts::fold).collect(java.util.stream.Collectors.toSet());
        this.localeConvention = Numbers.Convention.forLocale(o.locale());
    }

    @Override public String id() { return ID; }

    /** The typed cells of one column and its column description. */
    private record Typed(Column column, Map<Integer, Cell> cells) {}

    /** How one cell reads under a candidate type: the value, flags to add; empty when it does not read. */
    private record Reading(String value, List<String> flags) {
        static Reading of(String v, String... flags) { return new Reading(v, List.of(flags)); }
    }

    @Override
    public Table normalize(Table table, StageContext ctx) {
        Cell[][] g = table.cellGrid();
        Map<Cell, Cell> replaced = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>(table.columns());
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            List<Cell> data = new ArrayList<>();
            for (int r = table.headerRows(); r < table.rowCount(); r++) {
                if (g[r][c] != null && !g[r][c].blank()) data.add(g[r][c]);
            }
            List<Cell> nulls = data.stream().filter(d -> nullMarkers.contains(Texts.fold(d.value()))).toList();
            data.removeAll(nulls);
            Typed t = type(table.columns().get(c), data);
            if (t.column().type() != ColumnType.TEXT) {
                Map<Integer, Cell> withNulls = new TreeMap<>(t.cells());
                for (Cell d : nulls) withNulls.put(d.row(), d.withValue("").withFlag(NULL_MARKER));
                t = new Typed(t.column(), withNulls);
                data.addAll(nulls);
            }
            columns.set(c, t.column());
            Map<String, List<Integer>> flagged = new TreeMap<>();
            for (Cell d : data) {
                Cell n = t.cells().get(d.row());
                if (n == null || n.equals(d)) continue;
                replaced.put(d, n);
                for (String f : n.flags()) if (!d.flags().contains(f)) flagged.computeIfAbsent(f, k -> new ArrayList<>()).add(d.row() + 1);
            }
            for (var e : flagged.entrySet()) {
                Severity s = e.getKey().equals(INEGI_PADDED) || e.getKey().equals(NULL_MARKER) ? Severity.INFO : Severity.WARNING;
                findings.add(new Finding(s, e.getKey(), "column '" + t.column().name() + "' (" + t.column().type().id()
                        + "): " + e.getValue().size() + " cell(s) flagged " + e.getKey() + " in grid rows " + e.getValue(),
                        ID, 0, table.id(), 0, c + 1, ""));
            }
        }
        List<Cell> cells = new ArrayList<>(table.cells().size());
        for (Cell x : table.cells()) cells.add(replaced.getOrDefault(x, x));
        return TableEdit.plus(table.withCells(cells).withColumns(columns), findings);
    }

    private Typed type(Column col, List<Cell> data) {
        String hint = Texts.fold(col.name());
        if (data.isEmpty()) return new Typed(col.withType(ColumnType.TEXT, ""), Map.of());

        // INEGI codes
        if (INEGI.matcher(hint).find()) {
            Optional<Typed> t = inegi(col, data);
            if (t.isPresent()) return t.get();
        }
        // identifiers with leading zeros stay text, verbatim
        long digitOnly = data.stream().filter(d -> DIGITS.matcher(d.value()).matches()).count();
        boolean leadingZero = data.stream().anyMatch(d -> d.value().length() > 1 && d.value().startsWith("0")
                && DIGITS.matcher(d.value()).matches());
        if (leadingZero && digitOnly >= options.minShare() * data.size()) {
            return new Typed(col.withType(ColumnType.TEXT, ""), Map.of());
        }
        // booleans
        Optional<Typed> b = attempt(col, data, ColumnType.BOOLEAN, "", v -> {
            if (v.length() > 12) return Optional.empty();
            String f = Texts.fold(v);
            return BOOLEANS.containsKey(f) ? Optional.of(Reading.of(BOOLEANS.get(f))) : Optional.empty();
        }, false);
        if (b.isPresent()) return b.get();
        // coordinates
        Optional<Typed> geo = coordinates(col, data, hint);
        if (geo.isPresent()) return geo.get();
        // dates
        Optional<Typed> date = dates(col, data);
        if (date.isPresent()) return date.get();
        // numbers
        Optional<Typed> num = numbers(col, data, hint);
        if (num.isPresent()) return num.get();
        return new Typed(col.withType(ColumnType.TEXT, ""), Map.of());
    }

    /**
     * Reads every cell with {@code read}; cells that do not read get an OCR repair when {@code repairable}
     * and allowed, else keep their text with a type-mismatch flag. Empty when too few cells read.
     */
    private Optional<Typed> attempt(Column col, List<Cell> data, ColumnType type, String unit,
                                    Function<String, Optional<Reading>> read, boolean repairable) {
        Map<Integer, Cell> out = new TreeMap<>();
        int ok = 0, clean = 0, misfits = 0;
        double allowed = data.size() - options.minShare() * data.size();
        for (Cell d : data) {
            Optional<Reading> r = read.apply(d.value());
            Cell n;
            if (r.isPresent()) {
                clean++;
                n = apply(d, r.get(), List.of());
            } else {
                Optional<Reading> fixed = repairable && repairAllowed(d) ? repairFor(type, d.value()).flatMap(read) : Optional.empty();
                n = fixed.isPresent() ? apply(d, fixed.get(), List.of(OCR_REPAIR)) : d.withFlag(TYPE_MISMATCH);
            }
            if (!n.flags().contains(TYPE_MISMATCH)) ok++;
            else if (++misfits > allowed) return Optional.empty(); // cannot reach minShare any more
            out.put(d.row(), n);
        }
        if (clean == 0 || ok < options.minShare() * data.size()) return Optional.empty();
        String name = col.name();
        if (options.unitInName()) {
            String f = Texts.fold(name);
            String code = unit.length() >= 3 ? unit.substring(0, 3) : unit;
            if (type == ColumnType.CURRENCY && !MONEY.matcher(f).find() && !f.contains(code.toLowerCase(Locale.ROOT))) {
                name = name + " (" + code + ")";
            } else if (type == ColumnType.PERCENT && !PERCENT.matcher(f).find()) {
                name = name + " (%)";
            }
        }
        return Optional.of(new Typed(new Column(name, type, unit, col.description()), out));
    }

    private static Cell apply(Cell d, Reading r, List<String> extra) {
        Cell n = r.value().equals(d.value()) ? d : d.withValue(r.value());
        for (String f : r.flags()) n = n.withFlag(f);
        for (String f : extra) n = n.withFlag(f);
        return n;
    }

    private boolean repairAllowed(Cell d) {
        return switch (options.ocrRepair()) {
            case "all" -> true;
            case "ocr-only" -> d.confidence().value() < 1.0;
            default -> false;
        };
    }

    /**
     * The OCR repair for a column of {@code type}: coordinates get {@link #repairCoordinate}, other
     * types {@link #repair}; empty when nothing changes. The caller keeps a repair only when the
     * result then reads under the column's type, and flags the cell {@code ocr-repair}.
     */
    static Optional<String> repairFor(ColumnType type, String v) {
        if (type == ColumnType.LATITUDE || type == ColumnType.LONGITUDE) return repairCoordinate(v);
        if (type == ColumnType.INEGI_CODE) return repair(v);
        String t = repair(v).orElse(v);
        t = repairMixedGrouping(t).orElse(t);
        t = repairLastSeparator(t).orElse(t);
        return t.equals(v) ? Optional.empty() : Optional.of(t);
    }

    private static final Pattern GROUPED_WITH_DECIMALS = Pattern.compile("^(\\D*?)(\\d{1,3}(?:[.,]\\d{3})+)([.,])(\\d{1,2})(\\D*)$");

    /**
     * A thousands separator read as the decimal mark in a number that has both: in "$11.987,344,120.35"
     * the final ".35" makes '.' the decimal mark, so the '.' before "987" (followed by three digits and
     * more groups) can only be a misread ',' ("$11,987,344,120.35"). Repaired only when the misread
     * separators are fewer than the right ones in the same number ("$19.679,600.000.00" stays as read).
     * Empty when that does not apply.
     */
    static Optional<String> repairMixedGrouping(String v) {
        java.util.regex.Matcher m = GROUPED_WITH_DECIMALS.matcher(v.strip());
        if (!m.matches()) return Optional.empty();
        char decimal = m.group(3).charAt(0), grouping = decimal == '.' ? ',' : '.';
        String groups = m.group(2);
        long wrong = groups.chars().filter(c -> c == decimal).count(), right = groups.chars().filter(c -> c == grouping).count();
        if (wrong == 0 || wrong >= right) return Optional.empty();
        return Optional.of(m.group(1) + groups.replace(decimal, grouping) + decimal + m.group(4) + m.group(5));
    }

    private static final Pattern DEGREE_MISREAD = Pattern.compile("(?<=\\d)\\s?[%*](?=\\s?\\d)");
    private static final Pattern HEMISPHERE_ZERO = Pattern.compile("(?<=['’′\"”″])\\s*0$");
    private static final Pattern REDUNDANT_MINUS = Pattern.compile("^[–—]\\s*(?=\\d.*[SWO]$)");
    /** Degrees, minutes and seconds whose seconds mark was read as a second degree sign: "19°25'57.36° N". */
    private static final Pattern SECONDS_AS_DEGREE =
            Pattern.compile("^(.*\\d\\s*[°º]\\s*\\d{1,2}\\s*['’′]\\s*\\d{1,2}(?:[.,]\\d+)?)\\s*[°º](\\s*[NSEWO]?)$");

    /** Degrees, minutes and seconds whose minutes mark was read as a degree sign too: "20°39°34.92° N", "20°39°34.92" N". */
    private static final Pattern MINUTES_AS_DEGREE = Pattern.compile(
            "^([-–—]?\\s*\\d{1,3}\\s*[°º]\\s*\\d{1,2})\\s*[°º]\\s*(\\d{1,2}(?:[.,]\\d+)?)\\s*[°º\"”″]?(\\s*[NSEWO]?)$");

    /**
     * Coordinate confusions of OCR: a degree sign read as '%' or '*' ("19%25'57.36\" N", only when the
     * text has no '°' at all); the hemisphere letter O (oeste) read as the digit 0 after the seconds
     * ("...59.52\" 0"); an en or em dash (never a minus) read before a value whose hemisphere letter
     * (S, W, O) already makes it negative ("—103°20′58.56″ O": the sign and the letter agree, so the
     * value is the same either way); a seconds mark read as a second degree sign after the minutes
     * ("19°25'57.36° N": a coordinate has one degree sign), or the minutes mark read as one as well
     * ("20°39°34.92° N": degrees, minutes and seconds by their places). Empty when nothing changes.
     */
    static Optional<String> repairCoordinate(String v) {
        String t = v.strip();
        java.util.regex.Matcher minutes = MINUTES_AS_DEGREE.matcher(t);
        if (minutes.matches()) t = minutes.group(1) + "′" + minutes.group(2) + "″" + minutes.group(3);
        java.util.regex.Matcher seconds = SECONDS_AS_DEGREE.matcher(t);
        if (seconds.matches()) t = seconds.group(1) + "″" + seconds.group(2);
        if (t.indexOf('°') < 0 && t.indexOf('º') < 0) {
            java.util.regex.Matcher m = DEGREE_MISREAD.matcher(t);
            if (m.find()) t = t.substring(0, m.start()) + "°" + t.substring(m.end());
        }
        t = HEMISPHERE_ZERO.matcher(t).replaceFirst(" O");
        t = REDUNDANT_MINUS.matcher(t).replaceFirst("");
        return t.equals(v.strip()) ? Optional.empty() : Optional.of(t);
    }

    private static final Pattern LAST_GROUP_SHORT = Pattern.compile("^(.*\\d{3})([.,])(\\d{1,2})(\\D*)$");

    /**
     * A decimal point read as a comma, or a comma as a point, in a grouped number: when the last
     * separator is followed by one or two digits it cannot be a thousands separator, so it is made the
     * other one if the number already uses the first one for grouping ("94,460,203,117,50" →
     * "94,460,203,117.50"; "1.234.567.89" → "1.234.567,89"). Empty when that does not apply.
     */
    static Optional<String> repairLastSeparator(String v) {
        java.util.regex.Matcher m = LAST_GROUP_SHORT.matcher(v.strip());
        if (!m.matches()) return Optional.empty();
        char sep = m.group(2).charAt(0);
        String head = m.group(1);
        if (head.indexOf(sep) < 0) return Optional.empty(); // no grouping by that mark before: nothing says it is wrong
        char other = sep == ',' ? '.' : ',';
        if (head.indexOf(other) >= 0) return Optional.empty();
        return Optional.of(head + other + m.group(3) + m.group(4));
    }

    /** O→0, l/I/|→1, S→5, B→8, D→0 in a text that already has a digit; empty when nothing changes. */
    static Optional<String> repair(String v) {
        if (v.chars().noneMatch(Character::isDigit)) return Optional.empty();
        StringBuilder sb = new StringBuilder(v.length());
        boolean changed = false;
        for (char ch : v.toCharArray()) {
            Character to = OCR.get(ch);
            if (to != null) { sb.append(to); changed = true; } else sb.append(ch);
        }
        return changed ? Optional.of(sb.toString()) : Optional.empty();
    }

    private Optional<Typed> inegi(Column col, List<Cell> data) {
        int len = 0;
        for (Cell d : data) {
            String v = d.value();
            if (DIGITS.matcher(v).matches()) len = Math.max(len, v.length());
        }
        if (!Set.of(1, 2, 3, 4, 5, 9).contains(len)) return Optional.empty();
        final int width = len == 1 ? 2 : len;
        String what = switch (width) {
            case 2 -> "entidad";
            case 3 -> "municipio";
            case 4 -> "localidad";
            case 5 -> "entidad y municipio";
            default -> "entidad, municipio y localidad";
        };
        Optional<Typed> t = attempt(col, data, ColumnType.INEGI_CODE, "", v -> {
            if (!DIGITS.matcher(v).matches() || v.length() > width) return Optional.empty();
            if (width == 2) {
                int n = Integer.parseInt(v);
                if (n < 1 || n > 32) return Optional.empty();
            }
            if (v.length() < width && width <= 4) {
                return Optional.of(Reading.of("0".repeat(width - v.length()) + v, INEGI_PADDED));
            }
            return v.length() == width ? Optional.of(Reading.of(v)) : Optional.empty();
        }, true);
        return t.map(x -> new Typed(x.column().description().isEmpty()
                ? new Column(x.column().name(), x.column().type(), x.column().unit(),
                        "Clave geoestadística INEGI de " + what + " (" + width + " dígitos)")
                : x.column(), x.cells()));
    }

    private Optional<Typed> coordinates(Column col, List<Cell> data, String hint) {
        boolean lat = LAT.matcher(hint).find();
        boolean lon = !lat && LON.matcher(hint).find();
        if (!lat && !lon && data.stream().noneMatch(d -> d.value().indexOf('°') >= 0 || d.value().indexOf('º') >= 0)) {
            return Optional.empty(); // no header hint and no degree sign: not coordinates
        }
        List<Coordinates.Read> reads = new ArrayList<>();
        for (Cell d : data) Coordinates.read(d.value()).ifPresent(reads::add);
        long dms = reads.stream().filter(Coordinates.Read::dms).count();
        if (!lat && !lon) {
            if (dms == 0) return Optional.empty();
            long latVotes = reads.stream().filter(r -> r.axis() == Coordinates.Axis.LATITUDE).count();
            long lonVotes = reads.stream().filter(r -> r.axis() == Coordinates.Axis.LONGITUDE).count();
            if (latVotes == lonVotes) return Optional.empty();
            lat = latVotes > lonVotes;
        }
        final boolean isLat = lat;
        Coordinates.Axis axis = isLat ? Coordinates.Axis.LATITUDE : Coordinates.Axis.LONGITUDE;
        ColumnType type = isLat ? ColumnType.LATITUDE : ColumnType.LONGITUDE;
        return attempt(col, data, type, "degrees", v -> Coordinates.read(v)
                .filter(r -> r.axis() == axis || r.axis() == Coordinates.Axis.EITHER)
                .filter(r -> isLat ? Math.abs(Double.parseDouble(r.decimal())) <= 90 : true)
                .map(r -> Reading.of(r.decimal())), true);
    }

    private Optional<Typed> dates(Column col, List<Cell> data) {
        boolean day = false, month = false;
        int reads = 0, misses = 0;
        double allowed = data.size() - options.minShare() * data.size();
        Map<String, Dates.Read> cache = new java.util.HashMap<>();
        for (Cell d : data) {
            Optional<Dates.Read> r = Dates.read(d.value(), Dates.Order.UNKNOWN);
            if (r.isEmpty()) {
                if (++misses > allowed) return Optional.empty();
                continue;
            }
            cache.put(d.value(), r.get());
            reads++;
            day |= r.get().evidence() == Dates.Order.DAY_FIRST;
            month |= r.get().evidence() == Dates.Order.MONTH_FIRST;
        }
        if (reads == 0) return Optional.empty();
        Dates.Order order = day && !month ? Dates.Order.DAY_FIRST : month && !day ? Dates.Order.MONTH_FIRST : Dates.Order.UNKNOWN;
        // the column's own dates settle the order; only where they cannot does the configured order (if any) apply
        if (order == Dates.Order.UNKNOWN && !day && !month) {
            if (options.dateOrder().equals("day-first")) order = Dates.Order.DAY_FIRST;
            else if (options.dateOrder().equals("month-first")) order = Dates.Order.MONTH_FIRST;
        }
        final Dates.Order chosen = order;
        return attempt(col, data, ColumnType.DATE, "", v -> {
            Dates.Read first = cache.get(v);
            if (first == null) return Optional.<Reading>empty();
            Dates.Read r = first.ambiguous() && chosen != Dates.Order.UNKNOWN ? Dates.read(v, chosen).orElse(first) : first;
            if (r.ambiguous() && chosen == Dates.Order.UNKNOWN) return Optional.of(Reading.of(v, AMBIGUOUS_DATE));
            return Optional.of(r.twoDigitYear() ? Reading.of(r.iso(), TWO_DIGIT_YEAR) : Reading.of(r.iso()));
        }, false);
    }

    private Optional<Typed> numbers(Column col, List<Cell> data, String hint) {
        List<String> values = data.stream().map(Cell::value).toList();
        Numbers.Convention conv = Numbers.choose(values, Numbers.Convention.preference(localeConvention));
        int pct = 0, money = 0, usd = 0, decimals = 0, parsed = 0;
        for (String v : values) {
            Optional<Numbers.Printed> p = Numbers.strip(v);
            if (p.isEmpty() || Numbers.canonical(p.get().core(), p.get().negative(), conv).isEmpty()) continue;
            parsed++;
            if (p.get().percent()) pct++;
            if (!p.get().currency().isEmpty()) money++;
            if (p.get().currency().equals("USD")) usd++;
            if (Numbers.decimals(p.get().core(), conv) > 0) decimals++;
        }
        if (parsed == 0) return Optional.empty();
        ColumnType type;
        String unit = "";
        if (pct * 2 >= parsed || money == 0 && PERCENT.matcher(hint).find()) {
            type = ColumnType.PERCENT;
            unit = "%";
        } else if (money * 2 >= parsed || MONEY.matcher(hint).find()) {
            type = ColumnType.CURRENCY;
            unit = usd * 2 > money || (money == 0 && (hint.contains("usd") || hint.contains("dolar") || hint.contains("dollar")))
                    ? "USD" : "MXN";
            if (hint.contains("millones") || hint.contains("mdp") || hint.contains("millions")) unit += " (millones)";
            else if (hint.contains("miles de") || hint.contains("thousands")) unit += " (miles)";
        } else {
            type = decimals > 0 ? ColumnType.DECIMAL : ColumnType.INTEGER;
        }
        final ColumnType t = type;
        final String u = unit;
        return attempt(col, data, type, unit, v -> Numbers.strip(v).flatMap(p -> {
            if (t == ColumnType.PERCENT && !p.currency().isEmpty()) return Optional.empty();
            if (t == ColumnType.CURRENCY && (p.percent() || !p.currency().isEmpty() && !p.currency().equals(u))) return Optional.empty();
            if ((t == ColumnType.INTEGER || t == ColumnType.DECIMAL) && (p.percent() || !p.currency().isEmpty())) return Optional.empty();
            return Numbers.canonical(p.core(), p.negative(), conv);
        }).map(Reading::of), true).map(ColumnTypesNormalizer::flagExtraDecimals);
    }

    /** At most this share of a column's numbers (or one) may have more decimals than usual for them to stand out. */
    static final double MAX_LONGER = 0.1;

    /**
     * Flags {@code extra-decimals} on numbers with more decimals than nearly all others of their column
     * ("40536400000.001" among amounts with two): the usual cause is a footnote mark or a speck read
     * as a digit, so the value is kept but not trusted. Needs at least four numbers with the usual count
     * (one or more decimals), and the longer ones must be rare (one, or at most a tenth of the column).
     */
    private static Typed flagExtraDecimals(Typed t) {
        Map<Integer, Integer> count = new TreeMap<>();
        int numbers = 0;
        for (Cell c : t.cells().values()) {
            if (c.flags().contains(TYPE_MISMATCH) || c.value().isEmpty()) continue;
            numbers++;
            count.merge(decimalsOf(c.value()), 1, Integer::sum);
        }
        int usual = -1, most = 0;
        for (var e : count.entrySet()) if (e.getValue() > most) { most = e.getValue(); usual = e.getKey(); }
        int longer = 0;
        for (var e : count.entrySet()) if (e.getKey() > usual) longer += e.getValue();
        if (usual < 1 || most < 4 || longer == 0 || longer > Math.max(1, MAX_LONGER * numbers)) return t;
        Map<Integer, Cell> out = new TreeMap<>(t.cells());
        for (var e : t.cells().entrySet()) {
            Cell c = e.getValue();
            if (c.flags().contains(TYPE_MISMATCH) || c.value().isEmpty()) continue;
            if (decimalsOf(c.value()) > usual) out.put(e.getKey(), c.withFlag(EXTRA_DECIMALS));
        }
        return new Typed(t.column(), out);
    }

    private static int decimalsOf(String plain) {
        int i = plain.indexOf('.');
        return i < 0 ? 0 : plain.length() - i - 1;
    }
}
