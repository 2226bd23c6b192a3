package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Page;
import org.sinpdf.model.Severity;
import org.sinpdf.model.Source;
import org.sinpdf.model.Table;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.Serializer;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.TableFiles;
import org.sinpdf.spi.UnsupportedDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Converts one document. Pages are extracted and tabulated on the pipeline's worker pool, a
 * bounded window at a time, and consumed in page order (so memory stays bounded and document
 * writers see pages in order). A page that fails becomes a finding; the document carries on.
 */
final class DocumentConversion {
    private static final Logger log = LoggerFactory.getLogger(DocumentConversion.class);

    private final Pipeline pipeline;
    private final Source source;
    private final Path outDir;          // null: extract only, write nothing
    private final PipelineListener listener;
    private final boolean tablesOnly;
    private final DocumentContext ctx;
    private final List<Extractor> accepting;
    private final ExtractedDocument[] opened;
    private final long started = System.nanoTime();

    DocumentConversion(Pipeline pipeline, Source source, Path outDir, PipelineListener listener, boolean tablesOnly) {
        this.pipeline = pipeline;
        this.source = source;
        this.outDir = outDir;
        this.listener = listener;
        this.tablesOnly = tablesOnly;
        this.ctx = new DocumentContext(source.info(), tablesOnly || pipeline.config.run().raw());
        this.accepting = pipeline.extractors.stream().filter(e -> e.accepts(source)).toList();
        this.opened = new ExtractedDocument[accepting.size()];
    }

    /** A page's extraction and tabulation. */
    private record PageWork(PageSummary summary, Page page, List<Table> tables) {}

    ConversionResult run() throws StageException {
        if (accepting.isEmpty()) {
            if (MediaTypes.isDocument(source.mediaType())) {
                throw new UnsupportedDocumentException("no configured extractor reads " + source.mediaType()
                        + " (extract: " + pipeline.config.extract() + ")");
            }
            throw new UnsupportedDocumentException(MediaTypes.describe(source.mediaType()));
        }
        OutputFolder folder = null;
        List<DocumentWriter> writers = new ArrayList<>();
        try {
            ExtractedDocument first = open(0);
            int pageCount = first.pageCount();
            listener.pagesKnown(source.info().sourceId(), pageCount);
            if (!tablesOnly) {
                folder = new OutputFolder(outDir, source.info().sourceId());
                for (DocumentSerializer ds : pipeline.documentSerializers) writers.add(ds.open(source.info(), folder));
            }
            List<PageSummary> pages = new ArrayList<>();
            List<Table> found = extractPages(pageCount, pages, writers);
            List<Table> tables = finish(found);
            if (tablesOnly) {
                return new ConversionResult(source.info(), pages, tables, List.of(), List.of(), ctx.findings(), null, elapsed());
            }
            ConversionResult result = write(folder, pages, tables, writers);
            folder.commit();
            folder = null;
            return result;
        } catch (IOException e) {
            throw new StageException("cannot write output: " + e.getMessage(), e);
        } finally {
            if (folder != null) {
                writers.forEach(DocumentConversion::abortQuietly);
                folder.discard();
            }
            closeAll();
        }
    }

    private List<Table> extractPages(int pageCount, List<PageSummary> pages, List<DocumentWriter> writers)
            throws StageException, IOException {
        long fileDeadline = pipeline.config.run().fileTimeoutSeconds() == 0 ? Long.MAX_VALUE
                : started + TimeUnit.SECONDS.toNanos(pipeline.config.run().fileTimeoutSeconds());
        long pageLimit = pipeline.config.run().pageTimeoutSeconds() == 0 ? Long.MAX_VALUE
                : TimeUnit.SECONDS.toNanos(pipeline.config.run().pageTimeoutSeconds());
        int window = Math.max(2, pipeline.workers * 2);
        Deque<Future<PageWork>> inFlight = new ArrayDeque<>();
        List<Table> tables = new ArrayList<>();
        int next = 1;
        try {
            for (int done = 1; done <= pageCount; done++) {
                while (next <= pageCount && inFlight.size() < window) {
                    final int n = next++;
                    inFlight.add(pipeline.pagePool.submit(() -> processPage(n)));
                }
                Future<PageWork> f = inFlight.removeFirst();
                PageWork w = await(f, done, fileDeadline, pageLimit);
                pages.add(w.summary());
                tables.addAll(w.tables());
                if (w.page() != null) {
                    for (DocumentWriter dw : writers) dw.page(w.page());
                }
                listener.pageDone(source.info().sourceId(), w.summary());
            }
        } finally {
            inFlight.forEach(f -> f.cancel(true));
        }
        return tables;
    }

    private PageWork await(Future<PageWork> f, int number, long fileDeadline, long pageLimit) throws StageException {
        long waitStart = System.nanoTime();
        try {
            long untilFile = fileDeadline == Long.MAX_VALUE ? Long.MAX_VALUE : fileDeadline - waitStart;
            long wait = Math.min(untilFile, pageLimit);
            if (wait <= 0) throw new TimeoutException();
            return wait == Long.MAX_VALUE ? f.get() : f.get(wait, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            if (System.nanoTime() >= fileDeadline) {
                throw new FileTimeoutException("file time limit of " + pipeline.config.run().fileTimeoutSeconds()
                        + " s reached at page " + number);
            }
            String msg = "page over the time limit of " + pipeline.config.run().pageTimeoutSeconds() + " s";
            ctx.report(new Finding(Severity.ERROR, "page-timeout", msg, "", number, "", 0, 0, ""));
            return failedPage(number, msg);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StageException("interrupted");
        } catch (CancellationException e) {
            throw new StageException("cancelled");
        } catch (ExecutionException e) {
            // processPage catches everything but Errors; an Error (out of memory) stops the batch
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException("page " + number + ": " + e.getCause(), e.getCause());
        }
    }

    private PageWork failedPage(int number, String error) {
        return new PageWork(new PageSummary(number, 0, 0, "", 0, "none", "", "", 0, Double.NaN, 0, 0, error), null, List.of());
    }

    /** Runs on a worker thread: routes the page to the first extractor that serves it, then tabulates. */
    private PageWork processPage(int number) {
        long t0 = System.nanoTime();
        List<String> declined = new ArrayList<>();
        Page page = null;
        String extractor = "";
        try {
            for (int i = 0; i < accepting.size() && page == null; i++) {
                PageResult r = open(i).page(number, ctx);
                if (r.declined()) {
                    declined.add(accepting.get(i).id() + ": " + r.reason());
                } else {
                    page = r.page().orElseThrow();
                    extractor = accepting.get(i).id();
                }
            }
        } catch (StageException e) {
            return pageError(number, t0, "page-failed", e.getMessage());
        } catch (RuntimeException e) {
            log.debug("page {} of {} failed", number, source.info().fileName(), e);
            return pageError(number, t0, "page-failed", "internal error: " + e);
        }
        if (page == null) {
            String why = String.join("; ", declined);
            ctx.report(new Finding(Severity.WARNING, "page-not-read", "no extractor could read this page: " + why,
                    "", number, "", 0, 0, ""));
            return new PageWork(new PageSummary(number, 0, 0, "", 0, "none", "", why, 0, Double.NaN, 0,
                    millisSince(t0), ""), null, List.of());
        }
        List<Table> tables;
        try {
            tables = pipeline.tabulator.tabulate(page, ctx);
        } catch (StageException | RuntimeException e) {
            log.debug("tabulating page {} of {} failed", number, source.info().fileName(), e);
            ctx.report(new Finding(Severity.ERROR, "tabulate-failed", String.valueOf(e.getMessage()),
                    pipeline.tabulator.id(), number, "", 0, 0, ""));
            tables = List.of();
        }
        String reason = page.reason();
        if (!declined.isEmpty()) reason = reason + " (" + String.join("; ", declined) + ")";
        PageSummary s = new PageSummary(number, page.width(), page.height(), page.unit(), page.rotation(),
                page.method().label(), extractor, reason.strip(), page.chunks().size(), meanConfidence(page),
                tables.size(), millisSince(t0), "");
        return new PageWork(s, page, tables);
    }

    private PageWork pageError(int number, long t0, String code, String message) {
        ctx.report(new Finding(Severity.ERROR, code, message, "", number, "", 0, 0, ""));
        return new PageWork(new PageSummary(number, 0, 0, "", 0, "none", "", "", 0, Double.NaN, 0,
                millisSince(t0), message), null, List.of());
    }

    private static double meanConfidence(Page page) {
        double sum = 0;
        int n = 0;
        for (TextChunk c : page.chunks()) {
            sum += c.confidence().value();
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Stitches, names, normalizes and flags the document's tables. */
    private List<Table> finish(List<Table> found) {
        List<Table> stitched;
        try {
            stitched = pipeline.tabulator.stitch(found, ctx);
        } catch (RuntimeException e) {
            log.debug("stitching failed", e);
            ctx.report(new Finding(Severity.WARNING, "stitch-failed", String.valueOf(e.getMessage()),
                    pipeline.tabulator.id(), 0, "", 0, 0, ""));
            stitched = found;
        }
        List<Table> out = new ArrayList<>();
        String base = source.info().baseName();
        int n = 0;
        for (Table t : stitched) {
            Table named = t.withId(String.format("%s-t%02d", base, ++n));
            if (!ctx.raw()) named = normalize(named);
            out.add(flagLowConfidence(named));
        }
        return out;
    }

    private Table normalize(Table table) {
        Table t = table;
        for (Normalizer nz : pipeline.normalizers) {
            try {
                t = nz.normalize(t, ctx);
            } catch (StageException | RuntimeException e) {
                log.debug("normalizer {} failed on {}", nz.id(), t.id(), e);
                ctx.report(new Finding(Severity.WARNING, "normalize-failed", nz.id() + ": " + e.getMessage()
                        + " (table kept as before this step)", nz.id(), 0, t.id(), 0, 0, ""));
            }
        }
        return t;
    }

    /** The same flag code as the ocr-confidence normalizer, so a cell is never flagged twice for it. */
    static final String LOW_CONFIDENCE = "ocr-low-confidence";

    /** Lists cells under run.reviewBelow for review even when normalizers do not run (--raw). */
    private Table flagLowConfidence(Table t) {
        double below = pipeline.config.run().reviewBelow();
        boolean any = false;
        List<Cell> cells = new ArrayList<>(t.cells().size());
        for (Cell c : t.cells()) {
            if (c.confidence().value() < below && !c.flags().contains(LOW_CONFIDENCE) && !c.raw().isBlank()) {
                cells.add(c.withFlag(LOW_CONFIDENCE));
                any = true;
            } else {
                cells.add(c);
            }
        }
        return any ? t.withCells(cells) : t;
    }

    private ConversionResult write(OutputFolder folder, List<PageSummary> pages, List<Table> tables,
                                   List<DocumentWriter> writers) throws IOException {
        List<TableFiles> tableFiles = new ArrayList<>();
        for (Table t : tables) {
            Map<String, String> files = new LinkedHashMap<>();
            for (Serializer s : pipeline.serializers) {
                if (!s.applies(t)) {
                    String why = s.whyNot(t);
                    ctx.report(new Finding(Severity.INFO, "format-not-applicable", s.id() + " not written for "
                            + t.id() + (why.isEmpty() ? "" : ": " + why), s.id(), 0, t.id(), 0, 0, ""));
                    continue;
                }
                String name = t.id() + "." + s.extension();
                try (OutputStream out = folder.create(name)) {
                    s.write(t, source.info(), out);
                }
                s.findings(t).forEach(f -> ctx.report(f.stageId().isEmpty() ? f.inStage(s.id()) : f));
                files.put(s.id(), name);
            }
            if (t.cells().stream().anyMatch(c -> !c.raw().equals(c.value()))) {
                String name = t.id() + ".raw.csv";
                try (OutputStream out = folder.create(name)) {
                    writeRaw(t, out);
                }
                files.put("raw", name);
            }
            tableFiles.add(new TableFiles(t.id(), files));
        }
        for (DocumentWriter w : writers) {
            w.tables(tables, tableFiles);
            w.close();
        }
        ConversionResult provisional = new ConversionResult(source.info(), pages, tables, tableFiles,
                folder.files(), ctx.findings(), folder.finalDir(), elapsed());
        List<String> docFiles = new ArrayList<>(provisional.documentFiles());
        docFiles.removeIf(f -> tableFiles.stream().anyMatch(tf -> tf.files().containsValue(f)));
        docFiles.add(Manifest.FILE);
        ConversionResult result = new ConversionResult(source.info(), pages, tables, tableFiles, docFiles,
                ctx.findings(), folder.finalDir(), elapsed());
        try (OutputStream out = folder.create(Manifest.FILE)) {
            Manifest.write(result, pipeline.fingerprint, out);
        }
        return result;
    }

    /** The cells exactly as extracted (same grid as the published CSV), so every change can be audited. */
    private static void writeRaw(Table t, OutputStream out) throws IOException {
        String[][] raw = new String[t.rowCount()][t.columnCount()];
        for (String[] r : raw) java.util.Arrays.fill(r, "");
        for (Cell c : t.cells()) raw[c.row()][c.col()] = c.raw();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord((Object[]) t.columnNames().toArray(String[]::new));
            for (int r = t.headerRows(); r < t.rowCount(); r++) p.printRecord((Object[]) raw[r]);
            p.flush();
        }
    }

    private static void abortQuietly(DocumentWriter w) {
        try {
            w.abort();
        } catch (RuntimeException e) {
            log.debug("aborting a document writer: {}", e.toString());
        }
    }

    private ExtractedDocument open(int i) throws StageException {
        synchronized (opened) {
            if (opened[i] == null) opened[i] = accepting.get(i).open(source, ctx);
            return opened[i];
        }
    }

    private void closeAll() {
        synchronized (opened) {
            for (ExtractedDocument d : opened) {
                if (d == null) continue;
                try {
                    d.close();
                } catch (IOException | RuntimeException e) {
                    log.debug("closing {}: {}", source.info().fileName(), e.getMessage());
                }
            }
        }
    }

    private Duration elapsed() { return Duration.ofNanos(System.nanoTime() - started); }

    private static long millisSince(long t0) { return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0); }

}
