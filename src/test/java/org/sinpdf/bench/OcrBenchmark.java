package org.sinpdf.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.sinpdf.extract.image.Binarizer;
import org.sinpdf.extract.image.Despeckler;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.Rotation;
import org.sinpdf.extract.image.RulingDetector;
import org.sinpdf.extract.image.SkewDetector;
import org.sinpdf.extract.ocr.OcrOptions;
import org.sinpdf.extract.ocr.TesseractOcrExtractor;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Finding;
import org.sinpdf.model.Source;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.StageContext;
import org.sinpdf.tools.scan.ScanRenditions;

/**
 * Speed of the {@code tesseract-ocr} stage against the raw {@code tesseract} CLI on the same page
 * images (not a unit test). Renders the first pages of the ICDAR 2013 PDFs (or the PDFs given) to
 * grey PNGs at {@code --dpi}, lightly skewed and noisy like scans, then times:
 * <ol>
 *   <li>the CLI, one process a page ({@code tesseract IMG stdout -l spa+eng --psm 3 --dpi D}),
 *       one at a time and two at a time, with {@code OMP_THREAD_LIMIT=1};</li>
 *   <li>the stage with 1 worker (pool of 1) and 2 workers (pool of 2, two threads), with the default
 *       preparation and with preparation off (OCR only);</li>
 *   <li>each preparation step alone.</li>
 * </ol>
 * The first page is read once before timing (engine start-up, JIT). On a shared machine the
 * configurations take turns for {@code --rounds} rounds and the median is reported. Run, with
 * OMP_THREAD_LIMIT=1:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sinpdf.bench.OcrBenchmark [--pages 8] [--dpi 300] [--rounds 2] [--work /tmp/ocr-bench] [FILE.pdf ...]
 * </pre>
 */
public final class OcrBenchmark {
    public static void main(String[] args) throws Exception {
        int pages = 8, dpi = 300, rounds = 2;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "ocr-bench");
        List<Path> pdfs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--dpi" -> dpi = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> pdfs.add(Path.of(args[i]));
            }
        }
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT"))) {
            System.out.println("warning: OMP_THREAD_LIMIT is not 1; Tesseract's OpenMP threads will skew the figures");
        }
        if (pdfs.isEmpty()) {
            Path corpus = Path.of(System.getProperty("sinpdf.corpus", "/work/shared/corpus"), "icdar2013");
            try (Stream<Path> s = Files.list(corpus)) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(pdfs::add);
            }
        }
        Files.createDirectories(work);
        List<Path> images = renderPages(pdfs, pages, dpi, work);
        System.out.printf(Locale.ROOT, "%d page images at %d dpi in %s; %d cores; load average %.1f%n", images.size(), dpi,
                work, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        stepTimes(images, dpi);
        OcrOptions full = OcrOptions.DEFAULTS;
        OcrOptions bare = new OcrOptions(full.languages(), full.dpi(), full.psm(), 0, full.datapath(), full.lowConfidence(),
                false, full.minRulingLength(), full.orientationMinConfidence(), full.maxPagePixels(), OcrOptions.Preprocess.NONE);
        // the machine may be shared: configurations take turns, round after round, and the median counts
        List<List<Double>> t = new ArrayList<>();
        for (int k = 0; k < 6; k++) t.add(new ArrayList<>());
        for (int r = 0; r < rounds; r++) {
            t.get(0).add(cli(images, dpi, 1));
            t.get(2).add(stage(images, bare, 1));
            t.get(4).add(stage(images, full, 1));
            t.get(1).add(cli(images, dpi, 2));
            t.get(3).add(stage(images, bare, 2));
            t.get(5).add(stage(images, full, 2));
        }
        double cli1 = median(t.get(0)), cli2 = median(t.get(1)), bare1 = median(t.get(2)), bare2 = median(t.get(3));
        double full1 = median(t.get(4)), full2 = median(t.get(5));
        System.out.println();
        System.out.printf(Locale.ROOT, "%-38s %9s %9s   (median of %d rounds; load average now %.1f)%n",
                "run (" + images.size() + " pages)", "s/page", "pages/s", rounds,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        row("tesseract CLI, 1 process at a time", cli1, images.size());
        row("tesseract CLI, 2 processes", cli2, images.size());
        row("stage, OCR only, 1 worker", bare1, images.size());
        row("stage, OCR only, 2 workers", bare2, images.size());
        row("stage, default preparation, 1 worker", full1, images.size());
        row("stage, default preparation, 2 workers", full2, images.size());
        System.out.printf(Locale.ROOT, "per core vs CLI: OCR only %.2fx, with preparation %.2fx (target >= 0.9x)%n",
                cli1 / bare1, cli1 / full1);
        System.out.printf(Locale.ROOT, "2 workers vs CLI 1 process: OCR only %.2fx, with preparation %.2fx (target >= 1.8x)%n",
                cli1 / bare2, cli1 / full2);
        System.out.printf(Locale.ROOT, "2 workers vs 1 worker: OCR only %.2fx, with preparation %.2fx%n", bare1 / bare2, full1 / full2);
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        java.util.Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static void row(String name, double seconds, int n) {
        System.out.printf(Locale.ROOT, "%-38s %9.3f %9.2f%n", name, seconds / n, n / seconds);
    }

    /** The first {@code n} pages over the PDFs, as scan-like PNGs (skew ≤ 1°, light noise), made once. */
    static List<Path> renderPages(List<Path> pdfs, int n, int dpi, Path work) throws IOException {
        List<Path> out = new ArrayList<>();
        Random rnd = new Random(7);
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer r = new PDFRenderer(doc);
                for (int i = 0; i < doc.getNumberOfPages() && out.size() < n; i++) {
                    Path png = work.resolve(String.format(Locale.ROOT, "%s-p%02d-%ddpi.png",
                            pdf.getFileName().toString().replace(".pdf", ""), i + 1, dpi));
                    if (!Files.exists(png)) {
                        GreyImage g = GreyImage.of(r.renderImageWithDPI(i, dpi, ImageType.GRAY), dpi);
                        g = Rotation.byAngle(g, (rnd.nextDouble() * 2 - 1));
                        byte[] p = g.copyPixels();
                        for (int k = 0; k < p.length; k++) {
                            p[k] = (byte) Math.max(0, Math.min(255, (int) Math.round((p[k] & 0xff) * 0.94 + 8 + rnd.nextGaussian() * 5)));
                        }
                        BufferedImage img = new GreyImage(g.width(), g.height(), p, dpi).toBufferedImage();
                        ScanRenditions.writePng(png, img, dpi);
                    }
                    out.add(png);
                }
            }
            if (out.size() >= n) break;
        }
        return out;
    }

    /** Wall seconds for the CLI over all images with {@code parallel} processes at once. */
    static double cli(List<Path> images, int dpi, int parallel) throws Exception {
        ExecutorService ex = Executors.newFixedThreadPool(parallel);
        try {
            runCli(images.get(0), dpi); // warm the page cache
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (Path p : images) fs.add(ex.submit(() -> { runCli(p, dpi); return null; }));
            for (Future<?> f : fs) f.get();
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "tesseract CLI, %d at a time: %.2f s%n", parallel, s);
            return s;
        } finally {
            ex.shutdownNow();
        }
    }

    private static void runCli(Path image, int dpi) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", "spa+eng", "--psm", "3",
                "--dpi", Integer.toString(dpi));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        int rc = pb.start().waitFor();
        if (rc != 0) throw new IOException("tesseract exited " + rc + " on " + image);
    }

    /** Wall seconds for the stage over all images with {@code workers} threads and engines. */
    static double stage(List<Path> images, OcrOptions options, int workers) throws Exception {
        try (TesseractOcrExtractor ocr = new TesseractOcrExtractor(options.withPoolSize(workers))) {
            ExecutorService ex = Executors.newFixedThreadPool(workers);
            try {
                List<Future<?>> warm = new ArrayList<>();
                for (int w = 0; w < workers; w++) warm.add(ex.submit(() -> { read(ocr, images.get(0)); return null; }));
                for (Future<?> f : warm) f.get();
                long t0 = System.nanoTime();
                List<Future<Integer>> fs = new ArrayList<>();
                for (Path p : images) fs.add(ex.submit(() -> read(ocr, p)));
                int words = 0;
                for (Future<Integer> f : fs) words += f.get();
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "stage %s preparation, %d worker(s): %.2f s, %d words%n",
                        options.preprocess().deskew() ? "with" : "without", workers, s, words);
                return s;
            } finally {
                ex.shutdownNow();
            }
        }
    }

    private static int read(TesseractOcrExtractor ocr, Path png) throws Exception {
        Source src = new Source(png, new DocumentInfo(png.getFileName().toString(), png.getFileName().toString(), "",
                "image/png", Files.size(png)));
        StageContext ctx = new StageContext() {
            @Override public DocumentInfo document() { return src.info(); }
            @Override public void report(Finding finding) { }
            @Override public boolean raw() { return false; }
        };
        try (ExtractedDocument doc = ocr.open(src, ctx)) {
            return doc.page(1, ctx).page().orElseThrow().chunks().size();
        }
    }

    /** Mean milliseconds of each preparation step over the images (after one warm-up pass). */
    static void stepTimes(List<Path> images, int dpi) throws IOException {
        long[] ns = new long[6];
        String[] names = {"decode PNG + grey", "measure skew", "rotate (deskew)", "binarize (sauvola)", "despeckle", "rulings"};
        for (int pass = 0; pass < 2; pass++) {
            java.util.Arrays.fill(ns, 0);
            for (Path p : images) {
                long t = System.nanoTime();
                GreyImage g = GreyImage.of(ImageIO.read(p.toFile()), dpi);
                ns[0] += System.nanoTime() - t; t = System.nanoTime();
                double skew = new SkewDetector(10).measure(g);
                ns[1] += System.nanoTime() - t; t = System.nanoTime();
                GreyImage d = Rotation.byAngle(g, -skew);
                ns[2] += System.nanoTime() - t; t = System.nanoTime();
                GreyImage b = new Binarizer(Binarizer.Method.SAUVOLA).apply(d);
                ns[3] += System.nanoTime() - t; t = System.nanoTime();
                GreyImage c = Despeckler.forDpi(dpi).apply(b);
                ns[4] += System.nanoTime() - t; t = System.nanoTime();
                new RulingDetector(0.04).detect(c);
                ns[5] += System.nanoTime() - t;
            }
        }
        for (int i = 0; i < ns.length; i++) {
            System.out.printf(Locale.ROOT, "  %-22s %7.1f ms/page%n", names[i], ns[i] / 1e6 / images.size());
        }
    }
}
