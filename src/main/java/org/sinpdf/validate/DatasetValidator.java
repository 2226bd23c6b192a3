package org.sinpdf.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.sinpdf.validate.rules.CsvChecker;
import org.sinpdf.validate.rules.MetadataChecker;
import org.sinpdf.validate.rules.TextChecker;
import org.sinpdf.validate.rules.XmlChecker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks files, folders and zip archives against the open-data rules ({@link Rules}). Each file is
 * read as a stream, once for its content rules (XML twice: once up to the root element to find the
 * schema); nothing is ever written. Stateless apart from its config: reusable and thread-safe.
 *
 * <pre>
 * ValidationReport report = new DatasetValidator(ValidationConfig.load(Path.of("config/eida.yaml")))
 *         .validate(List.of(Path.of("out/")));
 * </pre>
 */
public final class DatasetValidator {
    private static final Logger log = LoggerFactory.getLogger(DatasetValidator.class);

    private static final Set<String> NOT_OPEN = Set.of("pdf", "doc", "docx", "rtf", "jpg", "jpeg", "png", "tif", "tiff",
            "gif", "bmp", "jp2", "webp", "heic");
    private static final Set<String> SPREADSHEET = Set.of("xls", "xlsx", "xlsm");
    private static final Set<String> OPEN = Set.of("csv", "tsv", "json", "geojson", "jsonld", "xml", "xsd", "kml", "kmz",
            "shp", "shx", "dbf", "prj", "cpg", "qix", "sbn", "sbx", "gpkg", "odt", "ods", "sqlite", "sqlite3", "db", "sql",
            "txt", "md", "zip");
    private static final Set<String> PLAIN_TEXT = Set.of("json", "geojson", "jsonld", "txt", "md", "sql");

    private final ValidationConfig config;

    public DatasetValidator(ValidationConfig config) { this.config = config; }

    public ValidationReport validate(List<Path> paths) {
        List<String> files = new ArrayList<>();
        List<ValidationFinding> findings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    for (Inputs.Dataset d : Inputs.ofFolder(p)) validate(d, files, findings);
                } else if (Inputs.isZip(p)) {
                    try (ZipFile zip = new ZipFile(p.toFile())) {
                        for (Inputs.Dataset d : Inputs.ofZip(p, zip)) validate(d, files, findings);
                    } catch (ZipException e) {
                        failures.add(p + ": not a readable zip archive (" + e.getMessage() + ")");
                    }
                } else if (Files.isRegularFile(p)) {
                    validate(Inputs.ofFile(p), files, findings);
                } else {
                    failures.add(p + ": no such file or folder");
                }
            } catch (IOException | UncheckedIOException e) {
                log.warn("Cannot validate {}: {}", p, e.getMessage());
                failures.add(p + ": " + e.getMessage());
            }
        }
        return new ValidationReport(files, findings, failures);
    }

    private void validate(Inputs.Dataset dataset, List<String> files, List<ValidationFinding> findings) {
        Map<InputFile, Reporter> reporters = new HashMap<>();
        List<ValidationFinding> own = new ArrayList<>();
        boolean hasData = false;
        for (InputFile f : dataset.files()) {
            files.add(f.displayName());
            Reporter r = reporters.computeIfAbsent(f, k -> new Reporter(k.displayName(), config, own));
            hasData |= checkFile(f, dataset, r);
        }
        Reporter datasetReporter = new Reporter(dataset.displayName(), config, own);
        if (dataset.folder()) {
            new MetadataChecker(datasetReporter, f -> reporters.computeIfAbsent(f,
                    k -> new Reporter(k.displayName(), config, own))).check(dataset.files(), hasData);
        }
        reporters.values().forEach(Reporter::finish);
        datasetReporter.finish();
        // group by file, in file order, the dataset's own findings last
        Map<String, Integer> order = new HashMap<>();
        for (InputFile f : dataset.files()) order.putIfAbsent(f.displayName(), order.size());
        own.sort(java.util.Comparator.comparingInt((ValidationFinding x) -> order.getOrDefault(x.file(), Integer.MAX_VALUE))
                .thenComparingLong(x -> x.line() == 0 && x.message().contains("more finding(s)") ? Long.MAX_VALUE : x.line()));
        findings.addAll(own);
    }

    /** Checks one file; true when it is a data file (so the dataset needs metadata). */
    private boolean checkFile(InputFile f, Inputs.Dataset dataset, Reporter r) {
        String ext = f.extension();
        MetadataChecker.Kind kind = MetadataChecker.kindOf(f);
        log.debug("validating {}", f.displayName());
        try {
            String magic = sniff(f);
            if (NOT_OPEN.contains(ext) || (!SPREADSHEET.contains(ext) && !magic.isEmpty())) {
                String what = NOT_OPEN.contains(ext) ? ext.toUpperCase(Locale.ROOT) : magic + " (despite its ." + ext + " name)";
                r.report(Rules.FORMAT_NOT_OPEN, 0, 0, what + " is not open data (commitment 42): publish the data as CSV "
                        + "(tables), XML/JSON (structured) or KML/GeoJSON (places); `sinpdf convert` does this", "");
                return true;
            }
            if (SPREADSHEET.contains(ext)) {
                boolean csvBeside = f.resolve(f.baseName() + ".csv").isPresent()
                        || f.resolve(f.baseName() + ".CSV").isPresent();
                if (!csvBeside) {
                    r.report(Rules.FORMAT_XLS_ALONE, 0, 0, ext.toUpperCase(Locale.ROOT) + " without a CSV beside it: "
                            + "publish " + f.baseName() + ".csv too (spreadsheets only in addition to CSV)", "");
                }
                return true;
            }
            if (!OPEN.contains(ext)) {
                r.report(Rules.FORMAT_UNKNOWN, 0, 0, "'." + ext + "' is not one of the open formats (CSV, JSON, XML, KML, "
                        + "GeoJSON, SHP, ODT, SQLite): check it belongs in the dataset", "");
                return false;
            }
            switch (ext) {
                case "csv", "tsv" -> {
                    try (InputStream in = f.open()) {
                        new CsvChecker(r).check(in, ext.equals("tsv"));
                    }
                    return kind != MetadataChecker.Kind.DICTIONARY;
                }
                case "xml" -> {
                    new XmlChecker(r).checkXml(f, true);
                    return true;
                }
                case "xsd" -> {
                    new XmlChecker(r).checkXml(f, false);
                    return false;
                }
                case "kml" -> {
                    new XmlChecker(r).checkKml(f);
                    return true;
                }
                default -> {
                    if (PLAIN_TEXT.contains(ext)) {
                        try (InputStream in = f.open()) {
                            new TextChecker(r).check(in);
                        }
                    }
                    return kind == MetadataChecker.Kind.NONE && !ext.equals("txt") && !ext.equals("md");
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.debug("cannot read {}", f.displayName(), e);
            r.report(Rules.FILE_UNREADABLE, 0, 0, "cannot read the file: " + e.getMessage(), "");
            return false;
        }
    }

    /** "PDF", "DOC", "JPEG", ... when the first bytes say so; "" otherwise. */
    private static String sniff(InputFile f) throws IOException {
        byte[] h;
        try (InputStream in = f.open()) {
            h = in.readNBytes(8);
        }
        if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') return "PDF";
        if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8 && (h[2] & 0xFF) == 0xFF) return "JPEG image";
        if (h.length >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') return "PNG image";
        if (h.length >= 4 && ((h[0] == 'I' && h[1] == 'I' && h[2] == 42 && h[3] == 0)
                || (h[0] == 'M' && h[1] == 'M' && h[2] == 0 && h[3] == 42))) {
            return "TIFF image";
        }
        if (h.length >= 8 && (h[0] & 0xFF) == 0xD0 && (h[1] & 0xFF) == 0xCF && (h[2] & 0xFF) == 0x11
                && (h[3] & 0xFF) == 0xE0) {
            return "OLE2 (DOC/XLS) document";
        }
        return "";
    }
}
