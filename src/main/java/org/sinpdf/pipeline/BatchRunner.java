package org.sinpdf.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sinpdf.spi.StageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Converts many inputs (files and folders, recursively) with one pipeline. A bad file becomes a
 * failed {@link FileOutcome} and the batch goes on; an {@link Error} (out of memory) stops it.
 * Files run in parallel, and pages of each file are spread over the pipeline's workers too.
 * Work recorded as finished by an earlier run with the same input and config is skipped.
 */
public final class BatchRunner {
    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);

    private final Pipeline pipeline;
    private final PipelineListener listener;
    private final boolean resume;
    private final FileSelection selection;

    public BatchRunner(Pipeline pipeline) { this(pipeline, PipelineListener.NONE, true); }

    /** @param resume skip files an earlier run into the same folder already converted with the same config */
    public BatchRunner(Pipeline pipeline, PipelineListener listener, boolean resume) {
        this(pipeline, listener, resume, FileSelection.ALL);
    }

    private BatchRunner(Pipeline pipeline, PipelineListener listener, boolean resume, FileSelection selection) {
        this.pipeline = pipeline;
        this.listener = listener;
        this.resume = resume;
        this.selection = selection;
    }

    /**
     * A runner that takes from folders and zip archives only the files whose path relative to the
     * folder matches one of {@code include} (all when empty) and none of {@code exclude}; globs as
     * in {@link java.nio.file.FileSystem#getPathMatcher} ("**&#47;*.pdf", "borradores/**").
     * Files named on the command line are always taken.
     */
    public BatchRunner withSelection(List<String> include, List<String> exclude) {
        return new BatchRunner(pipeline, listener, resume, new FileSelection(include, exclude));
    }

    /** Converts every input into {@code outDir}; writes report.json and report.csv there. */
    public BatchReport run(List<Path> inputs, Path outDir) throws IOException {
        long t0 = System.nanoTime();
        Files.createDirectories(outDir);
        try (java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(outDir.resolve(".sinpdf.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock lock = lockFile.tryLock()) {
            if (lock == null) throw new IOException("another sinpdf run is writing to " + outDir);
            removeLeftovers(outDir);
            return runLocked(inputs, outDir, t0);
        }
    }

    /** Hidden temporary folders an interrupted run left behind (never visible as outputs). */
    private static void removeLeftovers(Path outDir) throws IOException {
        try (var s = Files.walk(outDir)) {
            for (Path p : s.filter(Files::isDirectory).filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && (n.contains(".partial-") || n.contains(".old-") || n.equals(".sinpdf-work"));
            }).toList()) {
                OutputFolder.deleteTree(p);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private BatchReport runLocked(List<Path> inputs, Path outDir, long t0) throws IOException {
        ResumeLog done = new ResumeLog(outDir);
        String config = pipeline.fingerprint;
        Path workDir = outDir.resolve(".sinpdf-work");
        List<BatchInput.Item> items = BatchInput.expand(inputs, outDir, workDir, pipeline::reads, selection);
        int workers = pipeline.workers;
        ExecutorService files = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, items.size())),
                Pipeline.daemonThreads("sinpdf-file"));
        List<Future<FileOutcome>> futures = new ArrayList<>();
        try {
            for (BatchInput.Item item : items) futures.add(files.submit(() -> convertOne(item, outDir, done, config)));
            List<FileOutcome> outcomes = new ArrayList<>();
            for (Future<FileOutcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error err) throw err;
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            BatchReport report = new BatchReport(outcomes, Duration.ofNanos(System.nanoTime() - t0), workers);
            report.write(outDir);
            return report;
        } finally {
            files.shutdownNow();
            OutputFolder.deleteTree(workDir);
        }
    }

    private FileOutcome convertOne(BatchInput.Item item, Path outDir, ResumeLog done, String config) {
        long t0 = System.nanoTime();
        MDC.put("source", item.shownAs().toString());
        listener.fileStarted(item.shownAs(), item.sourceId());
        FileOutcome outcome;
        try {
            if (!item.problem().isEmpty()) {
                outcome = FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.FAILED, item.problem(), since(t0));
            } else {
                outcome = convert(item, outDir, done, config, t0);
            }
        } finally {
            MDC.remove("source");
        }
        if (outcome.failure()) log.debug("{}: {}", item.shownAs(), outcome.error());
        listener.fileDone(outcome);
        return outcome;
    }

    private FileOutcome convert(BatchInput.Item item, Path outDir, ResumeLog done, String config, long t0) {
        try {
            // sniffed and hashed once, for the resume check and for the conversion
            org.sinpdf.model.Source source = Pipeline.source(item.file(), item.sourceId());
            if (resume) {
                String sha = source.info().sha256();
                Path target = outDir.resolve(item.sourceId());
                if (done.isDone(item.sourceId(), sha, config, target)) {
                    return new FileOutcome(item.shownAs(), item.sourceId(), FileOutcome.Status.RESUMED, target, 0, 0,
                            java.util.Map.of(), Double.NaN, 0, List.of(), "", since(t0), sha);
                }
            }
            ConversionResult r = pipeline.convert(source, outDir, listener);
            done.markDone(item.sourceId(), r.document().sha256(), config);
            FileOutcome o = FileOutcome.of(item.shownAs(), r);
            return o.status() == FileOutcome.Status.PARTIAL
                    ? new FileOutcome(o.source(), o.sourceId(), o.status(), o.outputDir(), o.pages(), o.tables(),
                    o.pagesByMethod(), o.meanOcrConfidence(), o.flaggedCells(), o.findings(),
                    r.failedPages() + " page(s) not read, first: " + firstUnread(r), o.elapsed(), o.sha256())
                    : o;
        } catch (FileTimeoutException e) {
            return FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.TIMED_OUT, e.getMessage(), since(t0));
        } catch (StageException e) {
            if (!item.explicit() && e.getMessage() != null && e.getMessage().startsWith("not a PDF or image")
                    && !MediaTypes.hasDocumentExtension(item.file())) {
                return FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.SKIPPED, e.getMessage(), since(t0));
            }
            return FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.FAILED, e.getMessage(), since(t0));
        } catch (IOException e) {
            return FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.FAILED, "cannot read: " + e.getMessage(), since(t0));
        } catch (RuntimeException e) {
            log.error("unexpected failure on {}", item.file(), e);
            return FileOutcome.failed(item.shownAs(), item.sourceId(), FileOutcome.Status.FAILED, "internal error: " + e, since(t0));
        }
    }

    private static String firstUnread(ConversionResult r) {
        return r.pages().stream().filter(p -> p.failed() || "none".equals(p.method())).findFirst()
                .map(p -> "page " + p.number() + ": " + (p.failed() ? p.error() : p.reason())).orElse("");
    }

    private static Duration since(long t0) { return Duration.ofNanos(System.nanoTime() - t0); }
}
