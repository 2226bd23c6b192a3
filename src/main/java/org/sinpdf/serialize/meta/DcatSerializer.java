package org.sinpdf.serialize.meta;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Table;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.TableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stage {@code dcat}: a DCAT record per document, {@code <base>-dcat.json}, with the fields of
 * the Mexican open-data guide (Paso 2.4, Tabla 2). Dataset: {@code identifier}, {@code title},
 * {@code description}, {@code keyword}, {@code modified}, {@code publisher}, {@code contactPoint},
 * {@code mbox}, {@code temporal}, {@code spatial}, {@code landingPage}, {@code accrualPeriodicity},
 * {@code license}; one {@code distribution} per file written for the document's tables
 * ({@code identifier}, {@code title}, {@code downloadURL}, {@code mediaType}, {@code format},
 * {@code byteSize} when the sink knows it). Values come from {@link DcatOptions}; identifier, title,
 * description, modified and media types are derived when not given, and so are {@code temporal}
 * (ISO 8601 interval of the dates in the data) and {@code spatial} (WKT bounding box of the
 * coordinates in the data), per dataset and per distribution — see {@link Coverage}. Mandatory fields still
 * missing are listed in {@code _missing} (always present, possibly empty) and logged as a warning.
 */
public final class DcatSerializer implements DocumentSerializer {
    private static final Logger log = LoggerFactory.getLogger(DcatSerializer.class);
    static final List<String> MANDATORY = List.of("identifier", "title", "description", "modified", "contactPoint",
            "mbox", "landingPage", "accrualPeriodicity");
    static final List<String> MANDATORY_DISTRIBUTION = List.of("identifier", "title", "downloadURL", "mediaType");

    private final DcatOptions options;
    private final Clock clock;

    public DcatSerializer(DcatOptions options) { this(options, Clock.systemDefaultZone()); }

    DcatSerializer(DcatOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override public String id() { return "dcat"; }

    /** The file written for a document: {@code <base name>-dcat.json}. */
    public static String fileName(DocumentInfo doc) { return doc.baseName() + "-dcat.json"; }

    @Override
    public DocumentWriter open(DocumentInfo document, OutputSink sink) {
        return new DocumentWriter() {
            @Override
            public void tables(List<Table> tables, List<TableFiles> files) throws IOException {
                ObjectNode record = record(document, tables, files, sink);
                try (OutputStream out = sink.create(fileName(document))) {
                    MetaTypes.JSON.writeValue(out, record);
                }
            }

            @Override public void close() {}
        };
    }

    ObjectNode record(DocumentInfo doc, List<Table> tables, List<TableFiles> files, OutputSink sink) {
        ObjectNode d = MetaTypes.object();
        d.put("@type", "dcat:Dataset");
        List<String> missing = new ArrayList<>();
        put(d, "identifier", options.identifierPrefix() + MetaTypes.slug(doc.sourceId()), missing);
        put(d, "title", options.title().isEmpty() ? titleFrom(doc.fileName()) : options.title(), missing);
        put(d, "description", options.description().isEmpty() ? describe(doc, tables) : options.description(), missing);
        ArrayNode kw = d.putArray("keyword");
        options.keywords().forEach(kw::add);
        put(d, "modified", options.modified().isEmpty() ? LocalDate.now(clock).toString() : options.modified(), missing);
        if (!options.publisher().isEmpty()) d.put("publisher", options.publisher());
        put(d, "contactPoint", options.contactPoint(), missing);
        put(d, "mbox", options.mbox(), missing);
        Coverage coverage = Coverage.of(tables);
        putCoverage(d, "temporal", options.temporal(), coverage.temporal());
        putCoverage(d, "spatial", options.spatial(), coverage.spatial());
        put(d, "landingPage", options.landingPage(), missing);
        put(d, "accrualPeriodicity", options.accrualPeriodicity(), missing);
        if (!options.license().isEmpty()) d.put("license", options.license());
        if (!options.licenseUrl().isEmpty()) d.put("licenseUrl", options.licenseUrl());
        d.put("source", doc.fileName());
        if (!doc.sha256().isEmpty()) d.put("sourceSha256", doc.sha256());

        ArrayNode dist = d.putArray("distribution");
        Map<String, String> byName = new TreeMap<>();
        for (TableFiles tf : files) {
            new TreeMap<>(tf.files()).forEach((stage, file) -> {
                if (!options.skipFiles().contains(stage)) byName.putIfAbsent(file, tf.tableId());
            });
        }
        Map<String, Table> tableById = new TreeMap<>();
        tables.forEach(t -> tableById.putIfAbsent(t.id(), t));
        int i = 0;
        for (Map.Entry<String, String> e : byName.entrySet()) {
            String file = e.getKey();
            ObjectNode f = dist.addObject();
            List<String> fmissing = new ArrayList<>();
            f.put("@type", "dcat:Distribution");
            put(f, "identifier", file, fmissing);
            String ext = MetaTypes.extension(file);
            put(f, "title", "Tabla " + e.getValue() + " (" + ext.toUpperCase(java.util.Locale.ROOT) + ")", fmissing);
            put(f, "downloadURL", downloadUrl(doc, file), fmissing);
            put(f, "mediaType", MetaTypes.mediaType(file), fmissing);
            f.put("format", ext.toUpperCase(java.util.Locale.ROOT));
            OptionalLong size = sink.sizeOf(file);
            if (size.isPresent()) f.put("byteSize", size.getAsLong());
            Table table = tableById.get(e.getValue());
            Coverage own = table == null ? new Coverage() : Coverage.of(List.of(table));
            putCoverage(f, "temporal", options.temporal(), own.temporal());
            putCoverage(f, "spatial", options.spatial(), own.spatial());
            if (!options.license().isEmpty()) f.put("license", options.license());
            for (String m : fmissing) missing.add("distribution[" + i + "]." + m);
            i++;
        }
        if (byName.isEmpty()) missing.add("distribution");
        ArrayNode m = d.putArray("_missing");
        missing.forEach(m::add);
        if (!missing.isEmpty()) {
            log.info("dcat: {} lacks mandatory metadata {} (set options.dcat.*)", doc.fileName(),
                    missing.stream().filter(x -> !x.startsWith("distribution[")).collect(Collectors.toList())
                            + (missing.stream().anyMatch(x -> x.startsWith("distribution[")) ? " and distribution fields" : ""));
        }
        return d;
    }

    private static void put(ObjectNode n, String key, String value, List<String> missing) {
        if (value == null || value.isBlank()) {
            missing.add(key);
        } else {
            n.put(key, value);
        }
    }

    /** The publisher's value when given, else the coverage the data shows, else nothing (optional fields). */
    private static void putCoverage(ObjectNode n, String key, String given, java.util.Optional<String> derived) {
        if (!given.isEmpty()) {
            n.put(key, given);
        } else {
            derived.ifPresent(v -> n.put(key, v));
        }
    }

    private String downloadUrl(DocumentInfo doc, String file) {
        String base = options.downloadBaseUrl();
        if (base.isEmpty()) return "";
        String dir = doc.sourceId().contains("/") ? doc.sourceId().substring(0, doc.sourceId().lastIndexOf('/')) : "";
        if (base.contains("{file}")) {
            return base.replace("{sourceId}", MetaTypes.encodePath(doc.sourceId()))
                    .replace("{sourceDir}", MetaTypes.encodePath(dir))
                    .replace("{baseName}", MetaTypes.encodePath(doc.baseName()))
                    .replace("{file}", MetaTypes.encodePath(file));
        }
        // the pipeline writes a document's files to <output root>/<source id>/
        return (base.endsWith("/") ? base : base + "/") + MetaTypes.encodePath(doc.sourceId()) + "/" + MetaTypes.encodePath(file);
    }

    static String titleFrom(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String t = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[_\\-]+", " ").strip();
        return t.isEmpty() ? fileName : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    private static String describe(DocumentInfo doc, List<Table> tables) {
        List<Integer> pages = tables.stream().flatMap(t -> t.pages().stream()).distinct().sorted().toList();
        return "Datos tabulares extraídos con sinpdf de " + doc.fileName() + ": " + tables.size()
                + (tables.size() == 1 ? " tabla" : " tablas")
                + (pages.isEmpty() ? "" : ", páginas " + pages.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                + ".";
    }
}
