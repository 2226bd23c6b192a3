package org.sinpdf.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Severity;

/**
 * What happened to one input file in a batch.
 *
 * @param status        OK; OK_WITH_WARNINGS (converted, findings to look at); PARTIAL (converted, but a
 *                      page failed or could not be read); FAILED; TIMED_OUT; SKIPPED (not a document,
 *                      or already done in an earlier run); RESUMED (already converted with the same
 *                      config by an earlier run)
 * @param error         "" or the one-line reason for FAILED/TIMED_OUT/SKIPPED
 * @param pagesByMethod pages per method ("text-layer", "ocr", "none")
 * @param flaggedCells  cells listed for review
 */
public record FileOutcome(Path source, String sourceId, Status status, Path outputDir, int pages, int tables,
                          Map<String, Integer> pagesByMethod, double meanOcrConfidence, int flaggedCells,
                          List<Finding> findings, String error, Duration elapsed, String sha256) {
    public enum Status { OK, OK_WITH_WARNINGS, PARTIAL, FAILED, TIMED_OUT, SKIPPED, RESUMED }

    public FileOutcome {
        pagesByMethod = Map.copyOf(pagesByMethod);
        findings = List.copyOf(findings);
        error = error == null ? "" : error;
        sha256 = sha256 == null ? "" : sha256;
    }

    public static FileOutcome failed(Path source, String sourceId, Status status, String error, Duration elapsed) {
        return new FileOutcome(source, sourceId, status, null, 0, 0, Map.of(), Double.NaN, 0, List.of(), error, elapsed, "");
    }

    static FileOutcome of(Path source, ConversionResult r) {
        Map<String, Integer> byMethod = new java.util.TreeMap<>();
        double confSum = 0;
        int confPages = 0;
        for (PageSummary p : r.pages()) {
            byMethod.merge(p.method(), 1, Integer::sum);
            if ("ocr".equals(p.method()) && !Double.isNaN(p.meanConfidence())) {
                confSum += p.meanConfidence();
                confPages++;
            }
        }
        int flagged = Manifest.reviewCount(r.tables());
        Status status;
        if (r.failedPages() > 0) status = Status.PARTIAL;
        else if (flagged > 0 || r.findings().stream().anyMatch(f -> f.severity() != Severity.INFO)) status = Status.OK_WITH_WARNINGS;
        else status = Status.OK;
        return new FileOutcome(source, r.document().sourceId(), status, r.outputDir(), r.pages().size(), r.tables().size(),
                byMethod, confPages == 0 ? Double.NaN : confSum / confPages, flagged, r.findings(), "", r.elapsed(),
                r.document().sha256());
    }

    /** Whether this outcome counts as a failure for the exit code. */
    public boolean failure() {
        return status == Status.FAILED || status == Status.TIMED_OUT || status == Status.PARTIAL;
    }
}
