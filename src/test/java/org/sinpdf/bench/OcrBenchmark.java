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
import org.sinpdf.extract.image.ImageFrames;
import org.sinpdf.extract.image.PagePreparation;
import org.sinpdf.extract.image.Rotation;
import org.sinpdf.extract.image.RulingDetector;
import org.sinpdf.extract.image.SkewDetector;
import org.sinpdf.extract.ocr.OcrOptions;
import org.sinpdf.extract.ocr.TesseractOcrExtractor;
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
 * The stage runs with its default {@code isolation} ("process": Tesseract in child JVMs); with
 * {@code --isolation both} the stage configurations are also timed in-process, to compare. CPU
 * time counts this JVM and its OCR child processes.
 * The first page is read once before timing (engine start-up, JIT). On a shared machine the
 * configurations take turns for {@code --rounds} rounds and the median is reported. Run, with
 * OMP_THREAD_LIMIT=1:
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * OMP_THREAD_LIMIT=1 java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *     org.sinpdf.bench.OcrBenchmark [--pages 8] [--dpi 300] [--rounds 2] [--work /tmp/ocr-bench]
 *     [--isolation process|in-process|both] [--set verifyWordsBelow=0 ...] [--stage-only] [FILE.pdf ...]
 * </pre>
 */
public final class OcrBenchmark {
    public static void main(String[] args) throws Exception {
        int pages = 8, dpi = 300, rounds = 2;
        boolean stepsOnly = false, stageOnly = false;
        String isolation = OcrOptions.ISOLATION_PROCESS;
        Path work = Path.of(System.getProperty("java.io.tmpdir"), "ocr-bench");
        List<Path> pdfs = new ArrayList<>();
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pages = Integer.parseInt(args[++i]);
                case "--dpi" -> dpi = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--steps-only" -> stepsOnly = true;
                case "--stage-only" -> stageOnly = true;
                case "--isolation" -> isolation = args[++i];
                case "--set" -> sets.add(args[++i]);
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

        if (!stageOnly) stepTimes(images, dpi);
        if (stepsOnly) return;
        boolean both = isolation.equals("both");
        OcrOptions full = OcrOptions.DEFAULTS.withIsolation(both ? OcrOptions.ISOLATION_PROCESS : isolation);
        for (String set : sets) full = with(full, set);
        OcrOptions bare = full.withPoolSize(0).withRulings(false).withPreprocess(OcrOptions.Preprocess.NONE);
        OcrOptions fullIn = full.withIsolation(OcrOptions.ISOLATION_IN_PROCESS), bareIn = bare.withIsolation(OcrOptions.ISOLATION_IN_PROCESS);
        System.out.println("stage isolation: " + (both ? "process, and in-process to compare" : full.isolation()));
        if (stageOnly) { // the stage with the default preparation only, 1 then 2 workers: to compare JVM settings quickly
            for (int r = 0; r < rounds; r++) {
                stage(images, full, 1);
                stage(images, full, 2);
            }
            return;
        }
        // the machine may be shared: configurations take turns, round after round, and the median counts
        List<List<Double>> t = new ArrayList<>();
        for (int k = 0; k < 10; k++) t.add(new ArrayList<>());
        cpu.clear();
        for (int r = 0; r < rounds; r++) {
            t.get(0).add(cli(images, dpi, 1));
            t.get(2).add(stage(images, bare, 1));
            t.get(4).add(stage(images, full, 1));
            if (both) {
                t.get(6).add(stage(images, bareIn, 1));
                t.get(8).add(stage(images, fullIn, 1));
            }
            t.get(1).add(cli(images, dpi, 2));
            t.get(3).add(stage(images, bare, 2));
            t.get(5).add(stage(images, full, 2));
            if (both) {
                t.get(7).add(stage(images, bareIn, 2));
                t.get(9).add(stage(images, fullIn, 2));
            }
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
        if (both) {
            row("in-process, OCR only, 1 worker", median(t.get(6)), images.size());
            row("in-process, OCR only, 2 workers", median(t.get(7)), images.size());
            row("in-process, default preparation, 1 worker", median(t.get(8)), images.size());
            row("in-process, default preparation, 2 workers", median(t.get(9)), images.size());
        }
        System.out.println();
        System.out.println("CPU seconds a page (user+sys of this JVM and its OCR children; robust to other load on a shared machine), median:");
        String[] keys = both ? new String[] {"cli", "bare", "full", "bare-in-process", "full-in-process"} : new String[] {"cli", "bare", "full"};
        for (String k : keys) {
            System.out.printf(Locale.ROOT, "  %-16s %7.3f s/page%n", k, median(cpu.getOrDefault(k, List.of(Double.NaN))) / images.size());
        }
        double cc = median(cpu.get("cli")), cb = median(cpu.get("bare")), cf = median(cpu.get("full"));
        System.out.printf(Locale.ROOT, "per core vs CLI by CPU time: OCR only %.2fx, with preparation %.2fx (target >= 0.9x)%n",
                cc / cb, cc / cf);
        System.out.printf(Locale.ROOT, "per core vs CLI: OCR only %.2fx, with preparation %.2fx (target >= 0.9x)%n",
                cli1 / bare1, cli1 / full1);
        System.out.printf(Locale.ROOT, "2 workers vs CLI 1 process: OCR only %.2fx, with preparation %.2fx (target >= 1.8x)%n",
                cli1 / bare2, cli1 / full2);
        System.out.printf(Locale.ROOT, "2 workers vs 1 worker: OCR only %.2fx, with preparation %.2fx%n", bare1 / bare2, full1 / full2);
        if (both) {
            System.out.printf(Locale.ROOT, "process vs in-process by CPU time (1 worker): OCR only %.3fx, with preparation %.3fx (1.0 = same cost)%n",
                    median(cpu.get("bare")) / median(cpu.get("bare-in-process")), median(cpu.get("full")) / median(cpu.get("full-in-process")));
            System.out.printf(Locale.ROOT, "process vs in-process by wall time, 2 workers: OCR only %.3fx, with preparation %.3fx%n",
                    median(t.get(3)) / median(t.get(7)), median(t.get(5)) / median(t.get(9)));
        }
    }

    /** The options with one second-reading setting changed: {@code verifyWordsBelow=0}, {@code verifyDigitsBelow=0}, {@code accentLanguage=}. */
    private static OcrOptions with(OcrOptions o, String set) {
        String key = set.substring(0, set.indexOf('=')), value = set.substring(set.indexOf('=') + 1);
        return switch (key) {
            case "verifyWordsBelow" -> o.withVerifyWordsBelow(Double.parseDouble(value));
            case "verifyDigitsBelow" -> o.withVerifyDigitsBelow(Double.parseDouble(value));
            case "accentLanguage" -> o.withAccentLanguage(value);
            case "joinSplitNumbers" -> o.withJoinSplitNumbers(Boolean.parseBoolean(value));
            default -> throw new IllegalArgumentException("--set: verifyWordsBelow, verifyDigitsBelow, accentLanguage or joinSplitNumbers: " + set);
        };
    }

    /** CPU seconds per run, by configuration ("cli", "bare", "full"). */
    private static final java.util.Map<String, List<Double>> cpu = new java.util.concurrent.ConcurrentHashMap<>();

    /** CPU seconds of this JVM (page preparation, second-reading bookkeeping, JIT, GC). */
    private static double ownCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** CPU seconds of this JVM's running child processes (the OCR engines). */
    private static double childCpuSeconds() {
        return ProcessHandle.current().descendants()
                .mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
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
            List<Future<Double>> fs = new ArrayList<>();
            for (Path p : images) fs.add(ex.submit(() -> runCli(p, dpi)));
            double c = 0;
            for (Future<Double> f : fs) c += f.get();
            double s = (System.nanoTime() - t0) / 1e9;
            if (parallel == 1) cpu.computeIfAbsent("cli", k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(c);
            System.out.printf(Locale.ROOT, "tesseract CLI, %d at a time: %.2f s wall, %.2f s CPU%n", parallel, s, c);
            return s;
        } finally {
            ex.shutdownNow();
        }
    }

    /** Runs the CLI on one image; its CPU seconds (user + sys, measured by /usr/bin/time). */
    private static double runCli(Path image, int dpi) throws IOException, InterruptedException {
        Path times = Files.createTempFile("tess-time", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(),
                    "tesseract", image.toString(), "stdout", "-l", "spa+eng", "--psm", "3", "--dpi", Integer.toString(dpi));
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            int rc = pb.start().waitFor();
            if (rc != 0) throw new IOException("tesseract exited " + rc + " on " + image);
            String[] us = Files.readString(times).strip().split("\\s+");
            return Double.parseDouble(us[us.length - 2]) + Double.parseDouble(us[us.length - 1]);
        } finally {
            Files.deleteIfExists(times);
        }
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
                double o0 = ownCpuSeconds(), c0 = childCpuSeconds();
                List<Future<Integer>> fs = new ArrayList<>();
                for (Path p : images) fs.add(ex.submit(() -> read(ocr, p)));
                int words = 0;
                for (Future<Integer> f : fs) words += f.get();
                double s = (System.nanoTime() - t0) / 1e9;
                double own = ownCpuSeconds() - o0, children = childCpuSeconds() - c0, c = own + children;
                if (workers == 1) {
                    cpu.computeIfAbsent((options.preprocess().deskew() ? "full" : "bare")
                                    + (options.isolation().equals(OcrOptions.ISOLATION_IN_PROCESS) ? "-in-process" : ""),
                            k -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(c);
                }
                System.out.printf(Locale.ROOT, "stage %s preparation, %s, %d worker(s): %.2f s wall, %.2f s CPU (this JVM %.2f,"
                                + " OCR children %.2f), %d words%n",
                        options.preprocess().deskew() ? "with" : "without", options.isolation(), workers, s, c, own, children, words);
                return s;
            } finally {
                ex.shutdownNow();
            }
        }
    }

    private static int read(TesseractOcrExtractor ocr, Path png) throws Exception {
        return BenchPages.ocrWords(ocr, png).size();
    }

    /**
     * Mean milliseconds of each preparation step over the images (after one warm-up pass), as CPU
     * time of this thread (what other engineers' load does not inflate) and wall time; then the whole
     * {@link PagePreparation#prepare} as the stage runs it.
     */
    static void stepTimes(List<Path> images, int dpi) throws IOException {
        java.lang.management.ThreadMXBean tm = java.lang.management.ManagementFactory.getThreadMXBean();
        String[] names = {"decode PNG + grey", "measure skew", "rotate (deskew)", "binarize (sauvola)", "despeckle", "rulings",
                "prepare() all steps"};
        long[] ns = new long[names.length], cpuNs = new long[names.length];
        PagePreparation prep = new PagePreparation(PagePreparation.Steps.ALL);
        for (int pass = 0; pass < 3; pass++) {
            java.util.Arrays.fill(ns, 0);
            java.util.Arrays.fill(cpuNs, 0);
            for (Path p : images) {
                long[] w = new long[names.length + 1], c = new long[names.length + 1];
                w[0] = System.nanoTime(); c[0] = tm.getCurrentThreadCpuTime();
                GreyImage g;
                try (ImageFrames frames = ImageFrames.open(p)) {
                    g = GreyImage.of(frames.read(0).image(), dpi);
                }
                w[1] = System.nanoTime(); c[1] = tm.getCurrentThreadCpuTime();
                double skew = new SkewDetector(10).measure(g);
                w[2] = System.nanoTime(); c[2] = tm.getCurrentThreadCpuTime();
                GreyImage d = Rotation.byAngle(g, -skew);
                w[3] = System.nanoTime(); c[3] = tm.getCurrentThreadCpuTime();
                GreyImage b = new Binarizer(Binarizer.Method.SAUVOLA).apply(d);
                w[4] = System.nanoTime(); c[4] = tm.getCurrentThreadCpuTime();
                GreyImage e = Despeckler.forDpi(dpi).apply(b);
                w[5] = System.nanoTime(); c[5] = tm.getCurrentThreadCpuTime();
                new RulingDetector(0.04).detect(e);
                w[6] = System.nanoTime(); c[6] = tm.getCurrentThreadCpuTime();
                prep.prepare(g, 0);
                w[7] = System.nanoTime(); c[7] = tm.getCurrentThreadCpuTime();
                for (int i = 0; i < names.length; i++) {
                    ns[i] += w[i + 1] - w[i];
                    cpuNs[i] += c[i + 1] - c[i];
                }
            }
        }
        System.out.printf(Locale.ROOT, "  %-22s %9s %9s%n", "step (ms/page)", "CPU", "wall");
        for (int i = 0; i < ns.length; i++) {
            System.out.printf(Locale.ROOT, "  %-22s %9.1f %9.1f%n", names[i], cpuNs[i] / 1e6 / images.size(), ns[i] / 1e6 / images.size());
        }
    }
}
