package org.sinpdf.serialize.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Table;

/** Shared vocabulary of the metadata writers: datatypes, media types, ASCII slugs and URLs. */
final class MetaTypes {
    private MetaTypes() {}

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String INEGI_REGEX = "^[0-9]{2}([0-9]{3}([0-9]{4})?)?$";
    static final String ISO_DATE_REGEX =
            "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$";
    private static final Pattern FULL_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("csv", "text/csv"),
            Map.entry("xml", "application/xml"),
            Map.entry("xsd", "application/xml"),
            Map.entry("kml", "application/vnd.google-earth.kml+xml"),
            Map.entry("json", "application/json"),
            Map.entry("jsonld", "application/ld+json"),
            Map.entry("geojson", "application/geo+json"),
            Map.entry("txt", "text/plain"),
            Map.entry("sqlite", "application/vnd.sqlite3"),
            Map.entry("db", "application/vnd.sqlite3"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

    /** Media type from a file name's extension ("" when unknown). */
    static String mediaType(String fileName) {
        String ext = extension(fileName);
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".alto.xml")) return "application/xml";
        return MEDIA_TYPES.getOrDefault(ext, "");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * CSVW datatype of a column: an XSD built-in name, or an object with a base and facets. Dates
     * take the precision their values share (date, gYearMonth, gYear) or an ISO 8601 string.
     */
    static JsonNode csvwDatatype(Table table, int c) {
        Column col = table.columns().get(c);
        return switch (col.type()) {
            case TEXT, COORDINATE -> NODES.textNode("string");
            case INTEGER -> NODES.textNode("integer");
            case DECIMAL, CURRENCY, PERCENT -> NODES.textNode("decimal");
            case BOOLEAN -> NODES.textNode("boolean");
            case LATITUDE -> bounded(90);
            case LONGITUDE -> bounded(180);
            case INEGI_CODE -> NODES.objectNode().put("base", "string").put("format", INEGI_REGEX);
            case DATE -> dateType(table, c);
        };
    }

    private static JsonNode bounded(int limit) {
        return NODES.objectNode().put("base", "decimal").put("minimum", -limit).put("maximum", limit);
    }

    private static JsonNode dateType(Table table, int c) {
        String[][] g = table.grid();
        boolean full = true, month = true, year = true, any = false;
        for (int r = table.headerRows(); r < table.rowCount(); r++) {
            String v = g[r][c].strip();
            if (v.isEmpty()) continue;
            any = true;
            full &= FULL_DATE.matcher(v).matches();
            month &= YEAR_MONTH.matcher(v).matches();
            year &= YEAR.matcher(v).matches();
        }
        if (any && full) return NODES.textNode("date");
        if (any && month) return NODES.textNode("gYearMonth");
        if (any && year) return NODES.textNode("gYear");
        return NODES.objectNode().put("base", "string").put("format", ISO_DATE_REGEX);
    }

    /** A short Spanish description of a type, for data dictionaries. */
    static String describe(ColumnType t, String unit) {
        String u = unit.isEmpty() ? "" : " (" + unit + ")";
        return switch (t) {
            case TEXT -> "texto";
            case INTEGER -> "número entero" + u;
            case DECIMAL -> "número decimal, punto decimal, sin separador de miles" + u;
            case CURRENCY -> "importe, punto decimal, sin símbolo ni separador de miles" + (unit.isEmpty() ? "" : " en " + unit);
            case PERCENT -> "porcentaje, número sin símbolo %";
            case DATE -> "fecha o periodo ISO 8601 (AAAA-MM-DD, AAAA-MM, AAAA o AAAA/AAAA)";
            case BOOLEAN -> "verdadero/falso (true/false)";
            case LATITUDE -> "latitud en grados decimales, WGS84";
            case LONGITUDE -> "longitud en grados decimales, WGS84 (negativa al oeste)";
            case COORDINATE -> "coordenada geográfica";
            case INEGI_CODE -> "clave geoestadística INEGI (2 dígitos entidad, 5 municipio, 9 localidad)";
        };
    }

    /** Lower-case ASCII slug: accents removed, other characters to "-" ("Informe Año 2020" → "informe-ano-2020"). */
    static String slug(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "dataset" : t;
    }

    /** Percent-encodes a URL path (keeps "/" and RFC 3986 unreserved characters) so URLs stay ASCII. */
    static String encodePath(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    static ObjectNode object() { return NODES.objectNode(); }
}
