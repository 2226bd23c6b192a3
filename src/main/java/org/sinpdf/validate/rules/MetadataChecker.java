package org.sinpdf.validate.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sinpdf.validate.InputFile;
import org.sinpdf.validate.Reporter;
import org.sinpdf.validate.Rules;

/**
 * Dataset-level metadata rules (Paso 2.4): metadata present; DCAT mandatory fields present and
 * well-formed; licence stated; data dictionary present. Reads DCAT JSON (a dataset, a catalog with
 * {@code dataset}, or JSON-LD with {@code @graph}; keys may carry {@code dct:}/{@code dcat:}
 * prefixes), CSVW metadata and {@code datapackage.json}. {@code manifest.json} (sinpdf's own run
 * record) is not metadata and is ignored.
 */
public final class MetadataChecker {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_METADATA_BYTES = 64L << 20;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>()\",;]+@[^@\\s<>()\",;]+\\.[A-Za-z]{2,}");
    private static final Pattern ISO_DATETIME = Pattern.compile(
            "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01])([T ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?"
                    + "(Z|[+-]\\d{2}(:?\\d{2})?)?)?)?)?");
    private static final Pattern IP = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[.*]");
    private static final List<String> OPEN_LICENCES = List.of("libre uso", "libreuso", "libre-uso", "cc-by", "cc by",
            "creativecommons.org/licenses/by/", "cc0", "creativecommons.org/publicdomain", "odbl", "pddl", "odc-by",
            "opendatacommons", "datos.gob.mx/libreusomx");

    /** What kind of metadata a file is, from its name. */
    public enum Kind { DCAT, CSVW, DATAPACKAGE, DICTIONARY, MANIFEST, NONE }

    public static Kind kindOf(InputFile f) {
        String n = f.name().toLowerCase(Locale.ROOT);
        String ext = f.extension();
        if (n.equals("manifest.json")) return Kind.MANIFEST;
        if (n.equals("datapackage.json")) return Kind.DATAPACKAGE;
        if (ext.equals("json") && (n.contains("dcat") || n.equals("data.json") || n.equals("catalog.json"))) return Kind.DCAT;
        if (ext.equals("json") && (n.endsWith("-metadata.json") || n.endsWith(".csv-metadata.json")
                || n.equals("metadata.json") || n.endsWith("csvw.json"))) {
            return Kind.CSVW;
        }
        if (ext.equals("csv") && (n.contains("diccionario") || n.contains("dictionary") || n.contains("-dict"))) {
            return Kind.DICTIONARY;
        }
        return Kind.NONE;
    }

    private final Reporter datasetReporter;
    private final java.util.function.Function<InputFile, Reporter> fileReporter;

    /**
     * @param datasetReporter findings about the dataset as a whole (reported against its folder)
     * @param fileReporter    the reporter of a given metadata file
     */
    public MetadataChecker(Reporter datasetReporter, java.util.function.Function<InputFile, Reporter> fileReporter) {
        this.datasetReporter = datasetReporter;
        this.fileReporter = fileReporter;
    }

    /** Checks the metadata of one dataset (all files of one folder); {@code hasData} when it holds data files. */
    public void check(List<InputFile> files, boolean hasData) {
        List<JsonNode> dcat = new ArrayList<>();
        List<JsonNode> csvw = new ArrayList<>();
        List<JsonNode> packages = new ArrayList<>();
        boolean dictionaryFile = false;
        for (InputFile f : files) {
            Kind k = kindOf(f);
            switch (k) {
                case DCAT -> read(f).ifPresent(n -> { dcat.add(n); checkDcat(n, fileReporter.apply(f)); });
                case CSVW -> read(f).ifPresent(csvw::add);
                case DATAPACKAGE -> read(f).ifPresent(packages::add);
                case DICTIONARY -> dictionaryFile = true;
                default -> { }
            }
        }
        boolean anyMetadata = !dcat.isEmpty() || !csvw.isEmpty() || !packages.isEmpty();
        if (!hasData) return;
        if (!anyMetadata) {
            datasetReporter.report(Rules.METADATA_MISSING, 0, 0, "dataset has no metadata: add DCAT JSON (and a CSVW "
                    + "or datapackage.json describing the columns), as Paso 2.4 requires", "");
        } else if (dcat.isEmpty()) {
            datasetReporter.report(Rules.DCAT_REQUIRED, 0, 0, "no DCAT metadata (a *dcat*.json or data.json): Paso 2.4 "
                    + "asks for DCAT fields identifier, title, description, modified, contactPoint, mbox, landingPage, "
                    + "accrualPeriodicity", "");
        }
        if (anyMetadata) checkLicence(dcat, csvw, packages);
        boolean dictionary = dictionaryFile || csvw.stream().anyMatch(MetadataChecker::describesColumns)
                || packages.stream().anyMatch(MetadataChecker::describesFields);
        if (!dictionary) {
            datasetReporter.report(Rules.DATA_DICTIONARY, 0, 0, "no data dictionary: add a CSV describing each column "
                    + "(name, description, type, unit), or CSVW columns / Table Schema fields with descriptions", "");
        }
    }

    private Optional<JsonNode> read(InputFile f) {
        Reporter r = fileReporter.apply(f);
        if (f.size() > MAX_METADATA_BYTES) {
            r.report(Rules.METADATA_INVALID, 0, 0, "metadata file larger than 64 MB; not read", "");
            return Optional.empty();
        }
        try (InputStream in = f.open()) {
            JsonNode n = JSON.readTree(in);
            if (n == null || !n.isObject()) {
                r.report(Rules.METADATA_INVALID, 0, 0, "metadata must be a JSON object", "");
                return Optional.empty();
            }
            return Optional.of(n);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int col = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            r.report(Rules.METADATA_INVALID, Math.max(0, line), Math.max(0, col), "not valid JSON: "
                    + e.getOriginalMessage(), "");
        } catch (IOException e) {
            r.report(Rules.FILE_UNREADABLE, 0, 0, "cannot read: " + e.getMessage(), "");
        }
        return Optional.empty();
    }

    // ---- DCAT ---------------------------------------------------------------------------------

    private void checkDcat(JsonNode root, Reporter r) {
        List<JsonNode> datasets = datasets(root);
        if (datasets.isEmpty()) {
            r.report(Rules.METADATA_INVALID, 0, 0, "no DCAT dataset found (expected a dataset object, a catalog with "
                    + "'dataset', or JSON-LD '@graph' with a dcat:Dataset)", "");
            return;
        }
        for (JsonNode ds : datasets) {
            String where = datasets.size() > 1 ? "dataset '" + text(get(ds, "title")) + "': " : "";
            for (String f : List.of("identifier", "title", "description", "modified", "accrualPeriodicity")) {
                if (isBlank(get(ds, f))) {
                    r.report(Rules.DCAT_REQUIRED, 0, 0, where + "mandatory DCAT field '" + f + "' is missing or empty", f);
                }
            }
            JsonNode contact = get(ds, "contactPoint");
            if (isBlank(contact)) {
                r.report(Rules.DCAT_PUBLISHER, 0, 0, where + "'contactPoint' is missing: the publisher adds the "
                        + "responsible person or office", "contactPoint");
            }
            JsonNode mbox = get(ds, "mbox");
            if (isBlank(mbox) && contact != null) {
                for (String k : List.of("hasEmail", "mbox", "email")) if (isBlank(mbox)) mbox = get(contact, k);
            }
            if (isBlank(mbox)) {
                r.report(Rules.DCAT_PUBLISHER, 0, 0, where + "'mbox' (contact e-mail) is missing: the publisher adds it",
                        "mbox");
            } else {
                String m = text(mbox).replaceFirst("(?i)^mailto:", "");
                if (!EMAIL.matcher(m).matches()) {
                    r.report(Rules.DCAT_FORMAT, 0, 0, where + "'mbox' is not an e-mail address", m);
                }
            }
            JsonNode landing = get(ds, "landingPage");
            if (isBlank(landing)) {
                r.report(Rules.DCAT_PUBLISHER, 0, 0, where + "'landingPage' is missing: the publisher adds the "
                        + "dataset's page", "landingPage");
            } else {
                checkUrl(r, where, "landingPage", text(landing));
            }
            JsonNode modified = get(ds, "modified");
            if (!isBlank(modified) && !ISO_DATETIME.matcher(text(modified).strip()).matches()) {
                r.report(Rules.DCAT_FORMAT, 0, 0, where + "'modified' is not an ISO 8601 date (YYYY-MM-DD or "
                        + "YYYY-MM-DDThh:mm:ssZ)", text(modified));
            }
            JsonNode dists = get(ds, "distribution");
            if (isBlank(dists)) {
                r.report(Rules.DCAT_REQUIRED, 0, 0, where + "no 'distribution': list each published file", "distribution");
                continue;
            }
            int i = 0;
            for (JsonNode d : dists.isArray() ? dists : List.of(dists)) {
                i++;
                String dw = where + "distribution " + i + (isBlank(get(d, "title")) ? "" : " '" + text(get(d, "title")) + "'")
                        + ": ";
                for (String f : List.of("identifier", "title", "mediaType")) {
                    JsonNode v = get(d, f);
                    if (isBlank(v) && f.equals("mediaType")) v = get(d, "format");
                    if (isBlank(v)) {
                        r.report(Rules.DCAT_REQUIRED, 0, 0, dw + "mandatory field '" + f + "' is missing or empty", f);
                    }
                }
                JsonNode dl = get(d, "downloadURL");
                if (isBlank(dl)) {
                    r.report(Rules.DCAT_PUBLISHER, 0, 0, dw + "'downloadURL' is missing: the publisher adds the "
                            + "file's permanent URL", "downloadURL");
                } else {
                    checkUrl(r, dw, "downloadURL", text(dl));
                }
                JsonNode access = get(d, "accessURL");
                if (!isBlank(access)) checkUrl(r, dw, "accessURL", text(access));
            }
        }
    }

    private static void checkUrl(Reporter r, String where, String field, String url) {
        String problem = urlProblem(url);
        if (!problem.isEmpty()) r.report(Rules.DCAT_FORMAT, 0, 0, where + "'" + field + "' " + problem, url);
    }

    /** "" when the URL is an absolute http(s) URL on an ASCII domain name; else what is wrong. */
    static String urlProblem(String url) {
        String u = url.strip();
        for (int i = 0; i < u.length(); i++) {
            if (u.charAt(i) > 127 || u.charAt(i) == ' ') return "must be an ASCII URL without spaces (Paso 2.3)";
        }
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            return "is not a valid URL: " + e.getReason();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return "must be an absolute http(s) URL";
        String host = uri.getHost();
        if (host == null || host.isEmpty()) return "has no host name";
        if (IP.matcher(host).matches()) return "uses an IP address: use a domain name (Paso 2.3)";
        if (!IDN.toASCII(host).equals(host) || !host.contains(".")) return "needs a full domain name";
        return "";
    }

    private static List<JsonNode> datasets(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode graph = root.get("@graph");
        if (graph != null && graph.isArray()) {
            for (JsonNode n : graph) if (typeContains(n, "dataset") && !typeContains(n, "catalog")) out.add(n);
            if (!out.isEmpty()) return out;
        }
        JsonNode ds = get(root, "dataset");
        if (ds != null && (ds.isArray() || ds.isObject())) {
            for (JsonNode n : ds.isArray() ? ds : List.of(ds)) if (n.isObject()) out.add(n);
            return out;
        }
        if (get(root, "title") != null || get(root, "distribution") != null || typeContains(root, "dataset")) out.add(root);
        return out;
    }

    private static boolean typeContains(JsonNode n, String t) {
        JsonNode type = n.get("@type");
        if (type == null) return false;
        String s = type.toString().toLowerCase(Locale.ROOT);
        return s.contains(t);
    }

    // ---- licence and dictionary -----------------------------------------------------------------

    private void checkLicence(List<JsonNode> dcat, List<JsonNode> csvw, List<JsonNode> packages) {
        List<String> found = new ArrayList<>();
        for (JsonNode root : dcat) {
            collectLicences(root, found);
        }
        for (JsonNode root : csvw) collectLicences(root, found);
        for (JsonNode root : packages) collectLicences(root, found);
        if (found.isEmpty()) {
            datasetReporter.report(Rules.LICENSE_MISSING, 0, 0, "no licence stated in the metadata: state \"Términos de "
                    + "Libre Uso MX\" (https://datos.gob.mx/libreusomx) or CC BY 4.0 in 'license'", "");
            return;
        }
        for (String l : found) {
            String lower = l.toLowerCase(Locale.ROOT);
            if (OPEN_LICENCES.stream().noneMatch(lower::contains)) {
                datasetReporter.report(Rules.LICENSE_UNKNOWN, 0, 0, "licence '" + l + "' is not a recognised open "
                        + "licence: use Términos de Libre Uso MX or CC BY 4.0", l);
                return;
            }
        }
    }

    /** Licence values anywhere in the document (license, rights, licenses[].name/path/title). */
    private static void collectLicences(JsonNode n, List<String> out) {
        if (n.isArray()) {
            for (JsonNode c : n) collectLicences(c, out);
            return;
        }
        if (!n.isObject()) return;
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = localName(e.getKey());
            if (key.equals("license") || key.equals("licence") || key.equals("licenses") || key.equals("rights")) {
                licenceTexts(e.getValue(), out);
            } else if (e.getValue().isContainerNode()) {
                collectLicences(e.getValue(), out);
            }
        }
    }

    private static void licenceTexts(JsonNode v, List<String> out) {
        if (v.isArray()) {
            for (JsonNode c : v) licenceTexts(c, out);
        } else if (v.isObject()) {
            for (String k : List.of("name", "title", "path", "@id", "url", "href", "@value")) {
                JsonNode t = v.get(k);
                if (t != null && t.isTextual() && !t.textValue().isBlank()) {
                    out.add(t.textValue());
                    return;
                }
            }
        } else if (v.isTextual() && !v.textValue().isBlank()) {
            out.add(v.textValue());
        }
    }

    private static boolean describesColumns(JsonNode csvw) {
        List<JsonNode> schemas = new ArrayList<>();
        JsonNode tables = get(csvw, "tables");
        if (tables != null && tables.isArray()) for (JsonNode t : tables) addIfPresent(schemas, get(t, "tableSchema"));
        addIfPresent(schemas, get(csvw, "tableSchema"));
        for (JsonNode s : schemas) {
            JsonNode cols = get(s, "columns");
            if (cols != null && cols.isArray() && !cols.isEmpty()) return true;
        }
        return false;
    }

    private static boolean describesFields(JsonNode pkg) {
        JsonNode res = get(pkg, "resources");
        if (res == null || !res.isArray()) return false;
        for (JsonNode r : res) {
            JsonNode schema = get(r, "schema");
            JsonNode fields = schema == null ? null : get(schema, "fields");
            if (fields != null && fields.isArray() && !fields.isEmpty()) return true;
        }
        return false;
    }

    private static void addIfPresent(List<JsonNode> l, JsonNode n) { if (n != null && n.isObject()) l.add(n); }

    // ---- JSON helpers -------------------------------------------------------------------------

    /** A field by local name, ignoring prefixes (dct:title) and case. */
    static JsonNode get(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) return null;
        JsonNode exact = obj.get(name);
        if (exact != null) return exact;
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (localName(e.getKey()).equalsIgnoreCase(name)) return e.getValue();
        }
        return null;
    }

    private static String localName(String key) {
        int c = key.lastIndexOf(':');
        return (c >= 0 ? key.substring(c + 1) : key).toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return true;
        if (n.isTextual()) return n.textValue().isBlank();
        if (n.isContainerNode()) {
            if (n.isEmpty()) return true;
            if (n.isObject()) {
                JsonNode v = n.has("@value") ? n.get("@value") : n.get("@id");
                if (v != null) return isBlank(v);
            }
        }
        return false;
    }

    private static String text(JsonNode n) {
        if (n == null) return "";
        if (n.isTextual()) return n.textValue();
        if (n.isObject()) {
            for (String k : List.of("@value", "@id", "hasEmail", "fn")) {
                if (n.has(k)) return text(n.get(k));
            }
        }
        if (n.isArray() && !n.isEmpty()) return text(n.get(0));
        return n.isValueNode() ? n.asText() : n.toString();
    }
}
