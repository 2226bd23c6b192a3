package org.sinpdf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PipelineListener;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.tools.scan.ScanRenditions;

/**
 * Do scanned renditions convert to the same cells as the born-digital PDF? For every PDF given (by
 * default {@code samples/*.pdf}), makes image-only PDF renditions with {@link ScanRenditions}
 * (300 and 200 dpi, skew up to 2°, blur, noise, JPEG; every 2nd page turned 90° unless
 * {@code --no-turn}), extracts tables from the original and from each rendition with the default
 * pipeline, and reports tables found and cells equal (same grid position, same text), twice: as
 * extracted ({@code raw}, no normalization) and as converted ({@code csv}: the normalized values the
 * CSV carries). A converted cell that differs is either flagged for review (any cell flag, e.g.
 * {@code ocr-low-confidence}, {@code ocr-repair}, {@code type-mismatch}) or <em>silently wrong</em>;
 * the latter are listed. Renditions already in the work folder are reused. Not a test:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sinpdf.bench.ScannedSamplesCheck [--work /tmp/scan-check] [--no-turn] [--dpi 300[,200]] [--format pdf|tiff]
 *     [--set STAGE.KEY=VALUE] [--seed N] [FILE.pdf ...]
 * </pre>
 * With {@code --format tiff} the renditions are multi-page TIFFs declaring their resolution, read as image
 * files (at their own resolution) rather than as PDF pages (rendered at the stage's {@code dpi}).
 */
public final class ScannedSamplesCheck {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "scan-check");
        int turnEvery = 2;
        List<Integer> dpis = List.of(300, 200);
        String format = "pdf";
        long seed = 42;
        List<String> sets = new ArrayList<>();
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--no-turn" -> turnEvery = 0;
                case "--dpi" -> dpis = java.util.Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--format" -> format = args[++i];
                case "--set" -> sets.add(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> pdfs.add(Path.of(args[i]));
            }
        }
        if (pdfs.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("samples"))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        Files.createDirectories(work);
        ScanRenditions.Settings settings = new ScanRenditions.Settings(dpis, List.of(format), seed, turnEvery,
                2.0, 6.0, 0.6, 75, 0);
        ScanRenditions tool = new ScanRenditions(settings);
        long equalAll = 0, totalAll = 0, csvEqualAll = 0, csvTotalAll = 0, csvFlaggedAll = 0, csvSilentAll = 0, csvEqualFlaggedAll = 0;
        Path out = work.resolve("out");
        PipelineConfig config = PipelineConfig.defaults().withSerialize(List.of("csv"));
        for (String set : sets) { // STAGE.KEY=VALUE, e.g. tesseract-ocr.languages=spa
            int dot = set.indexOf('.'), eq = set.indexOf('=');
            config = config.withOption(set.substring(0, dot), set.substring(dot + 1, eq), set.substring(eq + 1));
        }
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            for (Path pdf : pdfs) {
                List<Table> born = p.extractTables(pdf);
                List<Table> bornCsv = p.convert(pdf, "born-" + baseName(pdf), out, PipelineListener.NONE).tables();
                String name = baseName(pdf);
                final Path dir = work;
                final String ext = format.equals("tiff") ? "tif" : format;
                if (settings.dpis().stream().anyMatch(d -> !Files.isRegularFile(rendition(dir, name, d, ext)))) tool.render(pdf, work);
                for (int dpi : settings.dpis()) {
                    Path scan = rendition(work, name, dpi, ext);
                    long t0 = System.nanoTime();
                    List<Table> scanned = p.extractTables(scan);
                    double s = (System.nanoTime() - t0) / 1e9;
                    long[] c = compare(born, scanned);
                    equalAll += c[0];
                    totalAll += c[1];
                    System.out.printf(Locale.ROOT, "%-32s %3d dpi: tables %d vs %d born-digital; raw cells equal %d/%d (%.1f%%); %.1f s%n",
                            name, dpi, scanned.size(), born.size(), c[0], c[1], 100.0 * c[0] / Math.max(1, c[1]), s);
                    if (c[0] < c[1]) printDiff(born, scanned);
                    List<Table> scannedCsv = p.convert(scan, "scan-" + name + "-" + dpi, out, PipelineListener.NONE).tables();
                    long[] v = compareConverted(bornCsv, scannedCsv);
                    csvEqualAll += v[0];
                    csvTotalAll += v[1];
                    csvFlaggedAll += v[2];
                    csvSilentAll += v[3];
                    csvEqualFlaggedAll += v[4];
                    System.out.printf(Locale.ROOT, "%-32s %3d dpi: csv cells equal %d/%d (%.1f%%, %d of them flagged for review); differing: %d flagged for review, %d silently wrong%n",
                            name, dpi, v[0], v[1], 100.0 * v[0] / Math.max(1, v[1]), v[4], v[2], v[3]);
                }
            }
        }
        System.out.printf(Locale.ROOT, "all: raw cells equal %d/%d (%.1f%%); csv cells equal %d/%d (%.1f%%, %d of them flagged), %d differing flagged, %d silently wrong%n",
                equalAll, totalAll, 100.0 * equalAll / Math.max(1, totalAll), csvEqualAll, csvTotalAll,
                100.0 * csvEqualAll / Math.max(1, csvTotalAll), csvEqualFlaggedAll, csvFlaggedAll, csvSilentAll);
    }

    private static String baseName(Path pdf) { return pdf.getFileName().toString().replace(".pdf", ""); }

    private static Path rendition(Path work, String name, int dpi, String ext) {
        return work.resolve(name + "-" + dpi + "dpi." + ext);
    }

    /**
     * Converted (normalized) tables compared by grid position: {equal, total, differing but flagged,
     * differing and unflagged, equal but flagged}; every differing cell is printed with its flags.
     */
    static long[] compareConverted(List<Table> born, List<Table> scanned) {
        long equal = 0, total = 0, flagged = 0, silent = 0, equalFlagged = 0;
        for (int t = 0; t < born.size(); t++) {
            String[][] a = born.get(t).grid();
            org.sinpdf.model.Cell[][] b = t < scanned.size() ? scanned.get(t).cellGrid() : new org.sinpdf.model.Cell[0][0];
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < a[r].length; c++) {
                    total++;
                    org.sinpdf.model.Cell got = r < b.length && c < b[r].length ? b[r][c] : null;
                    String value = got == null ? "" : got.value();
                    if (a[r][c].equals(value)) {
                        equal++;
                        if (got != null && got.flagged()) equalFlagged++;
                        continue;
                    }
                    boolean isFlagged = got != null && got.flagged();
                    if (isFlagged) flagged++; else silent++;
                    System.out.printf("    csv table %d r%d c%d: \"%s\" vs \"%s\" (raw \"%s\") %s%n", t + 1, r, c, a[r][c], value,
                            got == null ? "" : got.raw(), isFlagged ? "flagged " + got.flags() : "SILENTLY WRONG");
                }
            }
        }
        return new long[] {equal, total, flagged, silent, equalFlagged};
    }

    /** {equal cells, cells of the born-digital tables}, tables paired in order. */
    static long[] compare(List<Table> born, List<Table> scanned) {
        long equal = 0, total = 0;
        for (int t = 0; t < born.size(); t++) {
            String[][] a = born.get(t).grid();
            String[][] b = t < scanned.size() ? scanned.get(t).grid() : new String[0][0];
            for (int r = 0; r < a.length; r++) {
                for (int c = 0; c < a[r].length; c++) {
                    total++;
                    if (r < b.length && c < b[r].length && a[r][c].equals(b[r][c])) equal++;
                }
            }
        }
        return new long[] {equal, total};
    }

    private static void printDiff(List<Table> born, List<Table> scanned) {
        int shown = 0;
        for (int t = 0; t < born.size() && shown < 8; t++) {
            String[][] a = born.get(t).grid();
            String[][] b = t < scanned.size() ? scanned.get(t).grid() : new String[0][0];
            if (a.length != b.length || (a.length > 0 && b.length > 0 && a[0].length != b[0].length)) {
                System.out.printf("    table %d: %dx%d born-digital vs %dx%d scanned%n", t + 1, a.length,
                        a.length == 0 ? 0 : a[0].length, b.length, b.length == 0 ? 0 : b[0].length);
                shown++;
                continue;
            }
            for (int r = 0; r < a.length && shown < 8; r++) {
                for (int c = 0; c < a[r].length && shown < 8; c++) {
                    if (!a[r][c].equals(b[r][c])) {
                        System.out.printf("    table %d r%d c%d: \"%s\" vs \"%s\"%n", t + 1, r, c, a[r][c], b[r][c]);
                        shown++;
                    }
                }
            }
        }
    }
}
