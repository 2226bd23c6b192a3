package org.sinpdf.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sinpdf.pipeline.BatchRunner;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * Benchmark (not a test): how much writing the SQLite database adds to a batch. Converts the same
 * documents with {@code serialize: [csv, txt]} and with {@code [csv, txt, sqlite]}, alternating,
 * after one warm-up round of each, in one JVM, and prints the median wall time of each and the
 * overhead. Run:
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.sinpdf.archive.SqliteOverheadBenchmark \
 *      ../shared/corpus/icdar2013 5
 * </pre>
 *
 * Arguments: a folder of PDFs (all of them are converted), the number of measured rounds.
 */
public final class SqliteOverheadBenchmark {
    private SqliteOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/icdar2013");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(folder)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        PluginRegistry registry = PluginRegistry.discover();
        PipelineConfig base = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"));
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        List<Long> cpuWithout = new ArrayList<>();
        List<Long> cpuWith = new ArrayList<>();
        for (int round = -1; round < rounds; round++) {
            long[] a = run(registry, base.withSerialize(List.of("csv", "txt")), pdfs);
            long[] b = run(registry, base.withSerialize(List.of("csv", "txt", "sqlite")), pdfs);
            if (round >= 0) {
                without.add(a[0]);
                with.add(b[0]);
                cpuWithout.add(a[1]);
                cpuWith.add(b[1]);
            }
            System.out.printf(Locale.ROOT, "round %d: without %.2f s (cpu %.2f s), with sqlite %.2f s (cpu %.2f s)%n",
                    round, a[0] / 1e9, a[1] / 1e9, b[0] / 1e9, b[1] / 1e9);
        }
        report("wall", pdfs.size(), rounds, without, with);
        report("cpu", pdfs.size(), rounds, cpuWithout, cpuWith);
    }

    private static void report(String what, int docs, int rounds, List<Long> without, List<Long> with) {
        double m0 = median(without) / 1e9;
        double m1 = median(with) / 1e9;
        System.out.printf(Locale.ROOT, "%d documents, %d rounds, median %s time: without %.2f s, with sqlite %.2f s,"
                + " overhead %.1f%%%n", docs, rounds, what, m0, m1, 100 * (m1 - m0) / m0);
    }

    /** Wall and process CPU nanoseconds of one batch. */
    private static long[] run(PluginRegistry registry, PipelineConfig config, List<Path> pdfs) throws Exception {
        Path out = Files.createTempDirectory("sinpdf-bench-");
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try (Pipeline p = Pipeline.build(registry, config)) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            new BatchRunner(p).run(pdfs, out);
            p.close();
            return new long[] {System.nanoTime() - t0, os.getProcessCpuTime() - c0};
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static double median(List<Long> v) {
        List<Long> s = v.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2.0;
    }
}
