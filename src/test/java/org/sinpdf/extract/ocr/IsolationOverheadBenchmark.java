package org.sinpdf.extract.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sinpdf.extract.image.GreyImage;
import org.sinpdf.extract.image.ImageFrames;
import org.sinpdf.extract.image.PagePreparation;

/**
 * What running Tesseract in a child process costs over running it in this JVM (not a unit test):
 * the same prepared pages are recognised by a {@link TesseractEngine} and by a
 * {@link ChildProcessEngine}, alternating page by page, and the CPU time of this JVM plus the
 * child is compared (wall time on a shared machine says little). Engines are started before
 * timing; the child's start-up is reported apart. Run with {@code OMP_THREAD_LIMIT=1}:
 * <pre>
 * bin/bench org.sinpdf.extract.ocr.IsolationOverheadBenchmark [--rounds 3] PAGE.png ...
 * </pre>
 * (the page images of {@code org.sinpdf.bench.OcrBenchmark} are in /tmp/ocr-bench).
 */
public final class IsolationOverheadBenchmark {
    public static void main(String[] args) throws Exception {
        int rounds = 3;
        List<Path> pngs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[++i]);
            else pngs.add(Path.of(args[i]));
        }
        PagePreparation prep = new PagePreparation(OcrOptions.DEFAULTS.steps());
        List<GreyImage> pages = new ArrayList<>();
        for (Path p : pngs) {
            try (ImageFrames f = ImageFrames.open(p)) {
                pages.add(prep.prepare(GreyImage.of(f.read(0).image(), 300), 0).image());
            }
        }
        TesseractSetup setup = new TesseractSetup(TesseractSetup.resolveDatapath(""), "spa+eng");
        double c0 = cpu();
        long w0 = System.nanoTime();
        ChildProcessEngine child = ChildProcessEngine.start(ChildProcessEngine.Launch.of(setup, OcrOptions.DEFAULTS));
        System.out.printf(Locale.ROOT, "child start-up (JVM + Tesseract models): %.2f s wall, %.2f s CPU%n",
                (System.nanoTime() - w0) / 1e9, cpu() - c0);
        c0 = cpu();
        w0 = System.nanoTime();
        TesseractEngine created = TesseractEngine.create(setup, 3);
        System.out.printf(Locale.ROOT, "in-process engine start-up (Tesseract models): %.2f s wall, %.2f s CPU%n",
                (System.nanoTime() - w0) / 1e9, cpu() - c0);
        List<Double> inProc = new ArrayList<>(), isolated = new ArrayList<>();
        try (TesseractEngine engine = created; child) {
            engine.recognize(pages.get(0), 0); // warm both
            child.recognize(pages.get(0), 0);
            for (int r = 0; r < rounds; r++) {
                for (GreyImage g : pages) {
                    double a = cpu();
                    int n1 = engine.recognize(g, 0).size();
                    double b = cpu();
                    int n2 = child.recognize(g, 0).size();
                    double c = cpu();
                    if (n1 != n2) System.out.println("word counts differ: " + n1 + " vs " + n2);
                    inProc.add(b - a);
                    isolated.add(c - b);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d recognitions each; CPU s/page (this JVM + child), median: in-process %.3f, child process %.3f;"
                        + " ratio %.3f (mean ratio %.3f); load average %.1f%n", inProc.size(), median(inProc), median(isolated),
                median(isolated) / median(inProc), sum(isolated) / sum(inProc),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double cpu() {
        double own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return own + ProcessHandle.current().descendants()
                .mapToDouble(h -> h.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0)).sum();
    }

    private static double sum(List<Double> xs) { return xs.stream().mapToDouble(Double::doubleValue).sum(); }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
