package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;

/** report.html: the batch report for people — totals, where to look first, failures, every file. */
final class HtmlReport {
    private HtmlReport() {}

    static void write(BatchReport r, Writer w) throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>sinpdf report</title>\n<style>"
                + "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}th{background:#eee}"
                + ".failed,.timed_out,.partial{background:#fdd}.ok_with_warnings{background:#ffd}.num{text-align:right}"
                + "</style></head><body>\n<h1>sinpdf report</h1>\n");
        int review = r.outcomes().stream().mapToInt(FileOutcome::flaggedCells).sum();
        w.write(String.format(Locale.ROOT, "<p>%d file(s), %d page(s) %s, %d table(s), %d cell(s) to review, %.1f s with %d worker(s) (%.2f pages/s).</p>%n",
                r.outcomes().size(), r.pages(), esc(r.pagesByMethod().toString()), r.tables(), review,
                r.elapsed().toMillis() / 1000.0, r.workers(), r.pages() / Math.max(0.001, r.elapsed().toMillis() / 1000.0)));
        w.write("<p>");
        for (FileOutcome.Status s : FileOutcome.Status.values()) {
            w.write(String.format(Locale.ROOT, "%s: %d &nbsp; ", s.name().toLowerCase(Locale.ROOT).replace('_', ' '), r.count(s)));
        }
        w.write("</p>\n");

        List<FileOutcome> failures = r.outcomes().stream().filter(FileOutcome::failure).toList();
        if (!failures.isEmpty()) {
            w.write("<h2>Failures</h2>\n<table><tr><th>file</th><th>status</th><th>reason</th></tr>\n");
            for (FileOutcome o : failures) {
                w.write("<tr class=\"" + cls(o) + "\"><td>" + esc(o.source().toString()) + "</td><td>" + status(o)
                        + "</td><td>" + esc(o.error()) + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
        List<FileOutcome> look = r.outcomes().stream().filter(o -> o.flaggedCells() > 0)
                .sorted(Comparator.comparingInt(FileOutcome::flaggedCells).reversed()).limit(20).toList();
        if (!look.isEmpty()) {
            w.write("<h2>Where to look first</h2>\n<p>Documents with the most cells flagged for review "
                    + "(each document's <code>manifest.json</code> lists them under <code>tables[].review</code>).</p>\n<table>"
                    + "<tr><th>output</th><th class=num>cells to review</th><th class=num>mean OCR confidence</th><th>first findings</th></tr>\n");
            for (FileOutcome o : look) {
                w.write("<tr><td>" + esc(String.valueOf(o.outputDir())) + "</td><td class=num>" + o.flaggedCells()
                        + "</td><td class=num>" + conf(o) + "</td><td>" + esc(firstFindings(o.findings())) + "</td></tr>\n");
            }
            w.write("</table>\n");
        }
        w.write("<h2>All files</h2>\n<table><tr><th>file</th><th>status</th><th class=num>pages</th><th>pages by method</th>"
                + "<th class=num>tables</th><th class=num>cells to review</th><th class=num>mean OCR confidence</th>"
                + "<th class=num>s/page</th></tr>\n");
        for (FileOutcome o : r.outcomes()) {
            w.write("<tr class=\"" + cls(o) + "\"><td>" + esc(o.source().toString()) + "</td><td>" + status(o) + "</td><td class=num>"
                    + o.pages() + "</td><td>" + esc(o.pagesByMethod().toString()) + "</td><td class=num>" + o.tables()
                    + "</td><td class=num>" + o.flaggedCells() + "</td><td class=num>" + conf(o) + "</td><td class=num>"
                    + (o.pages() == 0 ? "" : String.format(Locale.ROOT, "%.3f", o.elapsed().toMillis() / 1000.0 / o.pages()))
                    + "</td></tr>\n");
        }
        w.write("</table>\n</body></html>\n");
    }

    private static String firstFindings(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).limit(3)
                .map(f -> f.code() + (f.page() > 0 ? " (p. " + f.page() + ")" : "")).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static String conf(FileOutcome o) {
        return Double.isNaN(o.meanOcrConfidence()) ? "" : String.format(Locale.ROOT, "%.2f", o.meanOcrConfidence());
    }

    private static String status(FileOutcome o) { return o.status().name().toLowerCase(Locale.ROOT).replace('_', ' '); }

    private static String cls(FileOutcome o) { return o.status().name().toLowerCase(Locale.ROOT); }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
