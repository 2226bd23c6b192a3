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
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.tools.scan.ScanRenditions;

/**
 * Do scanned renditions convert to the same cells as the born-digital PDF? For every PDF given (by
 * default {@code samples/*.pdf}), makes image-only PDF renditions with {@link ScanRenditions}
 * (300 and 200 dpi, skew up to 2°, blur, noise, JPEG; every 2nd page turned 90° unless
 * {@code --no-turn}), extracts tables from the original and from each rendition with the default
 * pipeline, and reports tables found and cells equal (same grid position, same text). Not a test:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sinpdf.bench.ScannedSamplesCheck [--work /tmp/scan-check] [--no-turn] [FILE.pdf ...]
 * </pre>
 */
public final class ScannedSamplesCheck {
    public static void main(String[] args) throws Exception {
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "scan-check");
        int turnEvery = 2;
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--no-turn" -> turnEvery = 0;
                default -> pdfs.add(Path.of(args[i]));
            }
        }
        if (pdfs.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("samples"))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        Files.createDirectories(work);
        ScanRenditions.Settings settings = new ScanRenditions.Settings(List.of(300, 200), List.of("pdf"), 42, turnEvery,
                2.0, 6.0, 0.6, 75, 0);
        ScanRenditions tool = new ScanRenditions(settings);
        long equalAll = 0, totalAll = 0;
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults().withSerialize(List.of("csv")))) {
            for (Path pdf : pdfs) {
                List<Table> born = p.extractTables(pdf);
                tool.render(pdf, work);
                String name = pdf.getFileName().toString().replace(".pdf", "");
                for (int dpi : settings.dpis()) {
                    Path scan = work.resolve(name + "-" + dpi + "dpi.pdf");
                    long t0 = System.nanoTime();
                    List<Table> scanned = p.extractTables(scan);
                    double s = (System.nanoTime() - t0) / 1e9;
                    long[] c = compare(born, scanned);
                    equalAll += c[0];
                    totalAll += c[1];
                    System.out.printf(Locale.ROOT, "%-32s %3d dpi: tables %d vs %d born-digital; cells equal %d/%d (%.1f%%); %.1f s%n",
                            name, dpi, scanned.size(), born.size(), c[0], c[1], 100.0 * c[0] / Math.max(1, c[1]), s);
                    if (c[0] < c[1]) printDiff(born, scanned);
                }
            }
        }
        System.out.printf(Locale.ROOT, "all: cells equal %d/%d (%.1f%%)%n", equalAll, totalAll, 100.0 * equalAll / Math.max(1, totalAll));
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
