package org.sinpdf.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sinpdf.pipeline.BatchReport;
import org.sinpdf.pipeline.BatchRunner;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PipelineListener;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * Batch throughput: pages per second converting a folder with 1 and 2 workers (after a warm-up
 * pass), and peak heap. Not a test; run it with
 * {@code bin/bench org.sinpdf.bench.BatchBenchmark DIR [CONFIG.yaml] [FORMATS]}, e.g.
 * {@code bin/bench org.sinpdf.bench.BatchBenchmark ../shared/corpus/icdar2013 "" csv}.
 */
public final class BatchBenchmark {
    private BatchBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: BatchBenchmark DIR [CONFIG.yaml] [FORMATS e.g. csv,xml]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        PipelineConfig config = args.length > 1 && !args[1].isEmpty() ? PipelineConfig.load(Path.of(args[1])) : PipelineConfig.defaults();
        if (args.length > 2 && !args[2].isEmpty()) config = config.withSerialize(List.of(args[2].split(",")));
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "input %s, extract %s, tabulate %s, serialize %s, %d core(s)%n", input, config.extract(),
                config.tabulate(), config.serialize(), Runtime.getRuntime().availableProcessors());
        run(config.withRun(config.run().withWorkers(1)), input, "warm-up", out);
        for (int workers : new int[] {1, 2}) run(config.withRun(config.run().withWorkers(workers)), input, workers + " worker(s)", out);
    }

    private static void run(PipelineConfig config, Path input, String label, PrintStream out) throws Exception {
        Path tmp = Files.createTempDirectory("sinpdf-bench");
        resetPeaks();
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            long t0 = System.nanoTime();
            BatchReport r = new BatchRunner(p, PipelineListener.NONE, false).run(List.of(input), tmp);
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "%-12s %5d file(s) %6d page(s) %6d table(s) %8.2f s %8.2f pages/s  peak heap %5d MiB  failed %d%n",
                    label, r.outcomes().size(), r.pages(), r.tables(), secs, r.pages() / secs, peakHeapMiB(),
                    r.outcomes().stream().filter(o -> o.failure()).count());
        } finally {
            deleteTree(tmp);
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) b.resetPeakUsage();
    }

    private static long peakHeapMiB() {
        long sum = 0;
        for (MemoryPoolMXBean b : ManagementFactory.getMemoryPoolMXBeans()) {
            if (b.getType() == MemoryType.HEAP) sum += b.getPeakUsage().getUsed();
        }
        return sum >> 20;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(s.toList());
            java.util.Collections.reverse(all);
            for (Path p : all) Files.deleteIfExists(p);
        }
    }
}
