package org.sinpdf.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.sinpdf.model.Table;
import org.sinpdf.tools.scan.ScanRenditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores sinpdf on scanned renditions of the ICDAR 2013 PDFs ({@link ScanRenditions}: grey,
 * noise, blur, skew, JPEG, some pages turned, image-only PDFs with the original page size in
 * points, so the ground truth still applies) with the same structure and region measures as the
 * born-digital run, plus the character error rate of cell text ({@link CellTextErrors}).
 *
 * <p>The ground truth is always placed with the page frames of the original PDF; the tables come
 * from whichever file {@code file} maps the entry to (the original, or its rendition).
 */
public final class ScannedEvaluation {
    private static final Logger log = LoggerFactory.getLogger(ScannedEvaluation.class);

    private ScannedEvaluation() {}

    /**
     * One run over a corpus.
     *
     * @param score   structure and region scores
     * @param text    character errors of cell text
     * @param pages   pages processed
     * @param seconds wall-clock seconds spent extracting tables
     */
    public record Run(CorpusScore score, CellTextErrors.Tally text, int pages, double seconds) {
        public Run { Objects.requireNonNull(score, "score"); Objects.requireNonNull(text, "text"); }

        public double secondsPerPage() { return pages == 0 ? 0 : seconds / pages; }
    }

    /** The rendition of {@code e} at {@code dpi} in {@code cache}, made when absent ({@code NAME-<dpi>dpi.pdf}). */
    public static Path rendition(IcdarCorpus.Entry e, int dpi, Path cache) throws IOException {
        Path file = cache.resolve(e.name() + "-" + dpi + "dpi.pdf");
        if (Files.isRegularFile(file) && Files.size(file) > 0) return file;
        Files.createDirectories(cache);
        ScanRenditions.Settings d = ScanRenditions.Settings.DEFAULTS;
        ScanRenditions.Settings s = new ScanRenditions.Settings(List.of(dpi), List.of("pdf"), d.seed(), d.turnEvery(),
                d.maxSkew(), d.noise(), d.blur(), d.jpegQuality(), 0);
        log.info("rendering a {} dpi scan of {}", dpi, e.name());
        new ScanRenditions(s).render(e.pdf(), cache);
        return file;
    }

    /** Makes (or reuses) the renditions of every entry; returns them in corpus order. */
    public static List<Path> renditions(IcdarCorpus corpus, int dpi, Path cache) throws IOException {
        List<Path> out = new ArrayList<>();
        for (IcdarCorpus.Entry e : corpus.entries()) out.add(rendition(e, dpi, cache));
        return out;
    }

    /**
     * Extracts the tables of {@code file.apply(entry)} for every entry and scores them. A document
     * the extraction fails on is scored as nothing found and listed among the failures.
     */
    public static Run run(IcdarCorpus corpus, String id, Function<IcdarCorpus.Entry, Path> file,
                          SinpdfTableSource.Extraction extraction) throws IOException {
        List<DocumentScore> scores = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        CellTextErrors.Tally text = CellTextErrors.Tally.ZERO;
        int pages = 0;
        long nanos = 0;
        for (IcdarCorpus.Entry e : corpus.entries()) {
            List<PageFrame> frames = PageFrame.read(e.pdf());
            pages += frames.size();
            List<GroundTruth> gts = corpus.groundTruths(e);
            List<Table> tables;
            long t0 = System.nanoTime();
            try {
                tables = extraction.extractTables(file.apply(e));
            } catch (Exception ex) {
                log.warn("{} failed on {}: {}", id, e.name(), ex.toString());
                failures.add(e.name() + ": " + ex);
                tables = List.of();
            }
            nanos += System.nanoTime() - t0;
            List<ResultTable> found = SinpdfTables.of(tables);
            DocumentScore d = StructureScorer.scoreBest(e.name(), gts, found);
            if (log.isDebugEnabled()) {
                for (GroundTruth g : gts) g.regions().forEach(r -> log.debug("{} truth {}: page {} {}", e.name(), g.name(), r.page(), r.bbox()));
                found.forEach(r -> log.debug("{} {}: page {} {} ({} cells)", e.name(), id, r.page(), r.bbox(), r.cells().size()));
            }
            scores.add(d);
            // the character errors are measured against the reading the structure score chose
            CellTextErrors.Tally t = CellTextErrors.measure(IcdarCells.read(corpus.dir(), d.groundTruth(), frames), tables);
            log.info("{} {}: F1 {} CER {}", id, e.name(), String.format(Locale.ROOT, "%.3f", d.f1()),
                    String.format(Locale.ROOT, "%.4f", t.cer()));
            text = text.plus(t);
        }
        return new Run(new CorpusScore(id, scores, failures), text, pages, nanos / 1e9);
    }

    /** The structure scores side by side (as {@link EvalReport}), then the text and time figures. */
    public static void writeText(PrintWriter out, List<Run> runs) {
        EvalReport.writeText(out, runs.stream().map(Run::score).toList());
        out.println();
        out.printf(Locale.ROOT, "%-22s %8s %9s | %8s %9s | %9s %9s %9s %8s%n", "tool", "CER", "CER-match", "read-CER",
                "read-cov", "gt-chars", "gt-cells", "unmatched", "s/page");
        for (Run r : runs) {
            CellTextErrors.Tally t = r.text();
            out.printf(Locale.ROOT, "%-22s %7.2f%% %8.2f%% | %7.2f%% %8.1f%% | %9d %9d %9d %8.2f%n", r.score().tool(),
                    100 * t.cer(), 100 * t.matchedCer(), 100 * t.readingCer(), 100 * t.readingCoverage(), t.chars(),
                    t.cells(), t.unmatched(), r.secondsPerPage());
        }
        out.println("CER: Levenshtein distance over NFKC text without white space / ground-truth characters, all cells "
                + "(result cells given to the ground-truth cell they overlap most; unmatched cells count as deleted); "
                + "CER-match: cells that got some text. read-CER: cells matched one-to-one by IoU >= 0.5 "
                + "(structure errors excluded), read-cov: their share of ground-truth characters.");
        out.flush();
    }
}
