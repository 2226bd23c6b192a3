package org.sinpdf.serialize.kml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses coordinates as they appear in Mexican tables: decimal degrees ({@code -99.1332},
 * {@code 19,4326}), degrees-minutes-seconds ({@code 19°25′42.36″ N}, {@code 99°07'59.76" O},
 * {@code 99 07 59.76 W}), degrees and decimal minutes ({@code 19°25.706' N}), and UTM
 * eastings/northings and zones ({@code 14Q}, {@code Zona 14}). Pure functions, thread-safe.
 * Spanish "O" (oeste) is west; S and W/O make the value negative.
 */
final class Coordinates {
    private Coordinates() {}

    enum Axis {
        LATITUDE(90, "NS"), LONGITUDE(180, "EWO");

        final int limit;
        final String hemispheres;

        Axis(int limit, String hemispheres) {
            this.limit = limit;
            this.hemispheres = hemispheres;
        }
    }

    /** A parsed angle, or why it could not be parsed. */
    record Angle(double degrees, boolean hemisphereGiven, String error) {
        static Angle error(String e) { return new Angle(Double.NaN, false, e); }
        boolean ok() { return error.isEmpty(); }
    }

    private static final Pattern HEMI_WORD = Pattern.compile(
            "^(NORTE|NORTH|SUR|SOUTH|ESTE|EAST|OESTE|WEST|N|S|E|W|O)(?![A-Z])|(?<![A-Z])(NORTE|NORTH|SUR|SOUTH|ESTE|EAST|OESTE|WEST|N|S|E|W|O)\\.?$");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?[0-9]{1,3}(\\.[0-9]+)?");
    private static final Pattern TOKEN = Pattern.compile("(\\d+(?:[.,]\\d+)?)|([°:'\"])|(\\s+)");

    /** Parses one angle for the given axis; range-checked, sign from "-" or hemisphere S/W/O. */
    static Angle angle(String text, Axis axis) {
        String plain = text.strip();
        if (PLAIN_DECIMAL.matcher(plain).matches()) { // fast path: the common, normalized case
            double v = Double.parseDouble(plain);
            if (Math.abs(v) > axis.limit) return Angle.error("fuera de rango (±" + axis.limit + "): " + plain);
            return new Angle(v, false, "");
        }
        String t = canonical(text);
        if (t.isEmpty()) return Angle.error("vacía");
        char hemi = 0;
        Matcher hm = HEMI_WORD.matcher(t);
        if (hm.find()) {
            String word = hm.group(1) != null ? hm.group(1) : hm.group(2);
            hemi = word.charAt(0);
            t = (t.substring(0, hm.start()) + " " + t.substring(hm.end())).strip();
            if (HEMI_WORD.matcher(t).find()) return Angle.error("dos hemisferios: " + text.strip());
        }
        if (hemi != 0 && axis.hemispheres.indexOf(hemi) < 0) {
            return Angle.error("hemisferio " + hemi + " no corresponde a " + (axis == Axis.LATITUDE ? "latitud" : "longitud"));
        }
        boolean negative = false;
        if (t.startsWith("-") || t.startsWith("+")) {
            negative = t.charAt(0) == '-';
            t = t.substring(1).strip();
        }
        List<String> numbers = new ArrayList<>();
        List<Character> after = new ArrayList<>();
        Matcher m = TOKEN.matcher(t);
        int pos = 0;
        while (pos < t.length()) {
            if (!m.find(pos) || m.start() != pos) return Angle.error("no es una coordenada: " + text.strip());
            if (m.group(1) != null) {
                numbers.add(m.group(1).replace(',', '.'));
                after.add(' ');
            } else if (m.group(2) != null) {
                if (numbers.isEmpty() || after.get(after.size() - 1) != ' ') return Angle.error("no es una coordenada: " + text.strip());
                after.set(after.size() - 1, m.group(2).charAt(0));
            }
            pos = m.end();
        }
        if (numbers.isEmpty() || numbers.size() > 3) return Angle.error("no es una coordenada: " + text.strip());
        for (int i = 0; i < numbers.size(); i++) {
            char sym = after.get(i);
            boolean okSym = sym == ' ' || (i == 0 && "°:".indexOf(sym) >= 0) || (i == 1 && "':".indexOf(sym) >= 0)
                    || (i == 2 && sym == '"');
            if (!okSym || (i < numbers.size() - 1 && numbers.get(i).contains("."))) {
                return Angle.error("grados/minutos/segundos mal formados: " + text.strip());
            }
        }
        double deg = Double.parseDouble(numbers.get(0));
        double min = numbers.size() > 1 ? Double.parseDouble(numbers.get(1)) : 0;
        double sec = numbers.size() > 2 ? Double.parseDouble(numbers.get(2)) : 0;
        if (min >= 60 || sec >= 60) return Angle.error("minutos o segundos ≥ 60: " + text.strip());
        double value = deg + min / 60 + sec / 3600;
        if (hemi == 'S' || hemi == 'W' || hemi == 'O') negative = true;
        if (negative) value = -value;
        if (Math.abs(value) > axis.limit) return Angle.error("fuera de rango (±" + axis.limit + "): " + text.strip());
        return new Angle(value, hemi != 0, "");
    }

    /** The two halves of a "lat, lon" cell, or empty when it cannot be split in two. */
    static java.util.Optional<String[]> splitPair(String text) {
        String t = canonical(text).replaceAll("^[(\\[]\\s*|\\s*[)\\]]$", "");
        Matcher h = PAIR_BY_HEMISPHERE.matcher(t);
        if (h.matches()) return java.util.Optional.of(new String[] {h.group(1).strip(), h.group(2).strip()});
        for (String sep : new String[] {";", "/", ","}) {
            String[] parts = t.split(Pattern.quote(sep), -1);
            if (parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()) {
                return java.util.Optional.of(new String[] {parts[0].strip(), parts[1].strip()});
            }
        }
        String[] ws = t.split("\\s+");
        if (ws.length == 2) return java.util.Optional.of(ws);
        return java.util.Optional.empty();
    }

    private static final Pattern PAIR_BY_HEMISPHERE = Pattern.compile(
            "(.*?\\d.*?(?<![A-Z])[NS])\\s*[,;/]?\\s*(.*?\\d.*(?<![A-Z])[EWO])");

    /** A number as written in a UTM column: "482123.4", "482,123.45", "482 123", "2.148.000". */
    static double utmNumber(String text) {
        String t = text.strip().replace(" ", "").replace("\u00A0", "");
        if (t.endsWith("M")) t = t.substring(0, t.length() - 1);
        if (t.endsWith("m")) t = t.substring(0, t.length() - 1);
        if (t.isEmpty()) return Double.NaN;
        if (t.contains(",") && t.contains(".")) {
            t = t.lastIndexOf(',') > t.lastIndexOf('.') ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (t.contains(",")) {
            t = t.matches("\\d{1,3}(,\\d{3})+") ? t.replace(",", "") : t.replace(',', '.');
        } else if (t.matches("\\d{1,3}(\\.\\d{3}){2,}")) {
            t = t.replace(".", "");
        }
        if (!t.matches("[+-]?\\d+(\\.\\d+)?")) return Double.NaN;
        return Double.parseDouble(t);
    }

    /** A UTM zone: "14", "14Q", "Zona 14 N", "14 norte"; band letters C–M are south. */
    record Zone(int number, boolean south) {}

    private static final Pattern ZONE = Pattern.compile("(?:ZONA|ZONE|HUSO|UTM|\\s)*(\\d{1,2})\\s*([C-HJ-NP-X]|NORTE|SUR)?\\s*");

    static java.util.Optional<Zone> zone(String text) {
        Matcher m = ZONE.matcher(canonical(text));
        if (!m.matches()) return java.util.Optional.empty();
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > 60) return java.util.Optional.empty();
        String band = m.group(2);
        boolean south = band != null && (band.equals("SUR") || (band.length() == 1 && band.charAt(0) <= 'M'));
        return java.util.Optional.of(new Zone(n, south));
    }

    /** Upper case, no accents, unified degree/prime symbols, trimmed. */
    static String canonical(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        t = t.replace('º', '°').replace('˚', '°')
                .replace("''", "\"").replace('′', '\'').replace('’', '\'').replace('´', '\'').replace('‘', '\'')
                .replace('″', '"').replace('”', '"').replace('“', '"')
                .replace('\u00A0', ' ');
        return t.toUpperCase(Locale.ROOT).strip();
    }

    /** Header text as lower-case ASCII words, for matching column names. */
    static List<String> words(String header) {
        String t = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : t.split("[^a-z0-9]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }
}
