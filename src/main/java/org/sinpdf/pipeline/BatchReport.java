package org.sinpdf.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sinpdf.model.Severity;

/** The outcome of a batch: one {@link FileOutcome} per input, written as report.json and report.csv. */
public record BatchReport(List<FileOutcome> outcomes, Duration elapsed, int workers) {
    public static final String JSON_FILE = "report.json";
    public static final String CSV_FILE = "report.csv";
    public static final String HTML_FILE = "report.html";

    public BatchReport { outcomes = List.copyOf(outcomes); }

    public boolean allSucceeded() { return outcomes.stream().noneMatch(FileOutcome::failure); }

    public long count(FileOutcome.Status status) { return outcomes.stream().filter(o -> o.status() == status).count(); }

    public int pages() { return outcomes.stream().mapToInt(FileOutcome::pages).sum(); }

    public int tables() { return outcomes.stream().mapToInt(FileOutcome::tables).sum(); }

    public Map<String, Integer> pagesByMethod() {
        Map<String, Integer> m = new TreeMap<>();
        outcomes.forEach(o -> o.pagesByMethod().forEach((k, v) -> m.merge(k, v, Integer::sum)));
        return m;
    }

    /** Writes report.json, report.csv and report.html into {@code outDir} (each through a temporary file, then moved). */
    public void write(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        Path tmp = Files.createTempFile(outDir, ".report", ".json");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Json.JSON.writeValue(out, toJson());
        }
        Files.move(tmp, outDir.resolve(JSON_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = Files.createTempFile(outDir, ".report", ".csv");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord("source", "output", "status", "pages", "pages_text_layer", "pages_ocr", "pages_unread",
                    "tables", "cells_to_review", "mean_ocr_confidence", "seconds", "error");
            for (FileOutcome o : outcomes) {
                p.printRecord(o.source(), o.outputDir() == null ? "" : o.outputDir(), o.status().name().toLowerCase(Locale.ROOT),
                        o.pages(), o.pagesByMethod().getOrDefault("text-layer", 0), o.pagesByMethod().getOrDefault("ocr", 0),
                        o.pagesByMethod().getOrDefault("none", 0), o.tables(), o.flaggedCells(),
                        Double.isNaN(o.meanOcrConfidence()) ? "" : String.format(Locale.ROOT, "%.3f", o.meanOcrConfidence()),
                        String.format(Locale.ROOT, "%.3f", o.elapsed().toMillis() / 1000.0), o.error());
            }
        }
        Files.move(tmp, outDir.resolve(CSV_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        tmp = Files.createTempFile(outDir, ".report", ".html");
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
            HtmlReport.write(this, w);
        }
        Files.move(tmp, outDir.resolve(HTML_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    ObjectNode toJson() {
        ObjectNode root = Json.JSON.createObjectNode();
        root.put("sinpdf", Version.get());
        ObjectNode summary = root.putObject("summary");
        summary.put("files", outcomes.size());
        for (FileOutcome.Status s : FileOutcome.Status.values()) summary.put(s.name().toLowerCase(Locale.ROOT), count(s));
        summary.put("pages", pages());
        ObjectNode byMethod = summary.putObject("pagesByMethod");
        pagesByMethod().forEach(byMethod::put);
        summary.put("tables", tables());
        summary.put("cellsToReview", outcomes.stream().mapToInt(FileOutcome::flaggedCells).sum());
        summary.put("seconds", elapsed.toMillis() / 1000.0);
        summary.put("workers", workers);
        ArrayNode files = root.putArray("files");
        for (FileOutcome o : outcomes) {
            ObjectNode n = files.addObject();
            n.put("source", o.source().toString());
            n.put("sourceId", o.sourceId());
            n.put("status", o.status().name().toLowerCase(Locale.ROOT));
            if (o.outputDir() != null) n.put("output", o.outputDir().toString());
            if (!o.sha256().isEmpty()) n.put("sha256", o.sha256());
            n.put("pages", o.pages());
            ObjectNode m = n.putObject("pagesByMethod");
            new TreeMap<>(o.pagesByMethod()).forEach(m::put);
            n.put("tables", o.tables());
            n.put("cellsToReview", o.flaggedCells());
            if (!Double.isNaN(o.meanOcrConfidence())) n.put("meanOcrConfidence", o.meanOcrConfidence());
            n.put("seconds", o.elapsed().toMillis() / 1000.0);
            if (!o.error().isEmpty()) n.put("error", o.error());
            n.set("findings", Manifest.findings(o.findings().stream().filter(f -> f.severity() != Severity.INFO).toList()));
        }
        return root;
    }

    /** A few lines for people: counts, failures with reasons, where to look first. */
    public void printSummary(PrintWriter out) {
        out.printf(Locale.ROOT, "%d file(s): %d ok, %d with warnings, %d partial, %d failed, %d timed out, %d skipped, %d already done%n",
                outcomes.size(), count(FileOutcome.Status.OK), count(FileOutcome.Status.OK_WITH_WARNINGS),
                count(FileOutcome.Status.PARTIAL), count(FileOutcome.Status.FAILED), count(FileOutcome.Status.TIMED_OUT),
                count(FileOutcome.Status.SKIPPED), count(FileOutcome.Status.RESUMED));
        out.printf(Locale.ROOT, "%d page(s) %s, %d table(s), %d cell(s) to review, %.1f s with %d worker(s)%n",
                pages(), pagesByMethod(), tables(), outcomes.stream().mapToInt(FileOutcome::flaggedCells).sum(),
                elapsed.toMillis() / 1000.0, workers);
        outcomes.stream().filter(o -> o.flaggedCells() > 0 || o.status() == FileOutcome.Status.PARTIAL)
                .sorted((a, b) -> Integer.compare(b.flaggedCells(), a.flaggedCells())).limit(5)
                .forEach(o -> out.printf("look first: %s (%d cell(s) to review%s)%n", o.outputDir(), o.flaggedCells(),
                        o.status() == FileOutcome.Status.PARTIAL ? ", pages not read" : ""));
        out.flush();
    }
}
