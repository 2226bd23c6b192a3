package org.sinpdf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.sinpdf.pipeline.FileOutcome;
import org.sinpdf.pipeline.PageSummary;
import org.sinpdf.pipeline.PipelineListener;

/**
 * Progress on the terminal: one line per finished file (failures always, with the reason), and on
 * an interactive terminal a status line with counts (pages read by OCR apart: they are ~100 times
 * slower than text-layer pages), the rate in pages a second and an estimate of the time left.
 */
final class Progress implements PipelineListener {
    private final PrintWriter err;
    private final boolean quiet;
    private final boolean tty;
    private final long start = System.nanoTime();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger pagesKnown = new AtomicInteger();
    private final AtomicInteger ocrPages = new AtomicInteger();
    private final AtomicInteger tables = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile long lastDraw;

    Progress(PrintWriter err, boolean quiet, boolean tty) {
        this.err = err;
        this.quiet = quiet;
        this.tty = tty;
    }

    @Override public void fileStarted(Path file, String sourceId) { started.incrementAndGet(); }

    @Override public void pagesKnown(String sourceId, int n) { pagesKnown.addAndGet(n); }

    @Override
    public void pageDone(String sourceId, PageSummary page) {
        pages.incrementAndGet();
        if ("ocr".equals(page.method())) ocrPages.incrementAndGet();
        tables.addAndGet(page.tables());
        if (tty && !quiet && System.nanoTime() - lastDraw > 200_000_000L) draw();
    }

    @Override
    public synchronized void fileDone(FileOutcome o) {
        done.incrementAndGet();
        if (o.failure()) failures.incrementAndGet();
        if (tty) err.print("\r\033[K");
        String status = o.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (o.failure() || o.status() == FileOutcome.Status.SKIPPED) {
            err.printf("%s: %s: %s%n", o.failure() ? "error" : "skipped", o.source(), o.error());
        } else if (!quiet) {
            err.printf(Locale.ROOT, "%-8s %s -> %s (%d page(s), %d table(s)%s, %.1f s)%n", status, o.source(),
                    o.outputDir(), o.pages(), o.tables(), o.flaggedCells() > 0 ? ", " + o.flaggedCells() + " cell(s) to review" : "",
                    o.elapsed().toMillis() / 1000.0);
        }
        if (tty && !quiet) draw();
        err.flush();
    }

    private synchronized void draw() {
        lastDraw = System.nanoTime();
        double secs = (lastDraw - start) / 1e9;
        int p = pages.get();
        int known = pagesKnown.get();
        String eta = p > 0 && known > p ? String.format(Locale.ROOT, ", ~%.0f s left on known pages", (known - p) * secs / p) : "";
        int ocr = ocrPages.get();
        err.printf(Locale.ROOT, "\r\033[K[%d/%d files] %d page(s)%s, %.1f pages/s, %d table(s), %d failure(s), %.0f s%s",
                done.get(), started.get(), p, ocr > 0 ? " (" + ocr + " by OCR)" : "", secs > 0 ? p / secs : 0.0,
                tables.get(), failures.get(), secs, eta);
        err.flush();
    }

    void finish() {
        if (tty && !quiet) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
