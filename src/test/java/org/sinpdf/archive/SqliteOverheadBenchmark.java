package org.sinpdf.archive;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.BatchRunner;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.DocumentWriter;
import org.sinpdf.spi.OutputSink;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.TableFiles;

/**
 * Benchmark (not a test): how much writing the SQLite database adds to a batch. Converts the same
 * documents with {@code serialize: [csv, txt]} and with {@code [csv, txt, sqlite]}, after one
 * warm-up round of each, in one JVM, alternating which goes first (ABBA, so garbage or JIT work
 * left by one run does not always land on the same one), and prints the median wall and process
 * CPU time of each and the overhead. It also prints the CPU time spent inside the {@code sqlite}
 * stage itself (its writers' {@code page}/{@code tables}/{@code close} and the stage's
 * {@code close}, measured per thread): on a loaded machine that figure is steadier than the
 * difference of two process totals, which also carries the JIT compiler's and the garbage
 * collector's work (still seconds a run after the warm-up round), so their CPU time is printed and
 * the overhead is given without it too. Run:
 *
 * <pre>
 * bin/bench org.sinpdf.archive.SqliteOverheadBenchmark ../shared/corpus/icdar2013 6
 * </pre>
 *
 * Arguments: a folder of PDFs (all of them are converted), the number of measured rounds.
 */
public final class SqliteOverheadBenchmark {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU nanoseconds spent in the sqlite stage during the current run. */
    private static final AtomicLong STAGE_CPU = new AtomicLong();

    private SqliteOverheadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../shared/corpus/icdar2013");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(folder)) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        List<SinpdfPlugin> plugins = new ArrayList<>();
        for (SinpdfPlugin p : ServiceLoader.load(SinpdfPlugin.class)) {
            plugins.add(p instanceof ArchivePlugin ? new TimedArchivePlugin() : p);
        }
        PluginRegistry registry = PluginRegistry.of(plugins);
        PipelineConfig base = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"));
        PipelineConfig plain = base.withSerialize(List.of("csv", "txt"));
        PipelineConfig sqlite = base.withSerialize(List.of("csv", "txt", "sqlite"));
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        List<Long> cpuWithout = new ArrayList<>();
        List<Long> cpuWith = new ArrayList<>();
        List<Long> stage = new ArrayList<>();
        List<Long> appWithout = new ArrayList<>();
        List<Long> appWith = new ArrayList<>();
        for (int round = -1; round < rounds; round++) {
            long[] a;
            long[] b;
            if (round % 2 == 0) {
                b = run(registry, sqlite, pdfs);
                a = run(registry, plain, pdfs);
            } else {
                a = run(registry, plain, pdfs);
                b = run(registry, sqlite, pdfs);
            }
            if (round >= 0) {
                without.add(a[0]);
                with.add(b[0]);
                cpuWithout.add(a[1]);
                cpuWith.add(b[1]);
                stage.add(b[2]);
                appWithout.add(a[1] - 1_000_000 * (a[3] + a[4]));
                appWith.add(b[1] - 1_000_000 * (b[3] + b[4]));
            }
            System.out.printf(Locale.ROOT, "round %d: without %.2f s (cpu %.2f s, of which gc %.2f s, jit %.2f s),"
                    + " with sqlite %.2f s (cpu %.2f s, of which gc %.2f s, jit %.2f s, in the sqlite stage %.3f s)%n",
                    round, a[0] / 1e9, a[1] / 1e9, a[3] / 1e3, a[4] / 1e3, b[0] / 1e9, b[1] / 1e9, b[3] / 1e3,
                    b[4] / 1e3, b[2] / 1e9);
        }
        report("wall", pdfs.size(), rounds, without, with);
        report("cpu", pdfs.size(), rounds, cpuWithout, cpuWith);
        report("cpu outside gc and jit threads", pdfs.size(), rounds, appWithout, appWith);
        double m0 = median(cpuWithout) / 1e9;
        double st = median(stage) / 1e9;
        System.out.printf(Locale.ROOT, "median cpu time in the sqlite stage: %.3f s, %.1f%% of the cpu time without it"
                + " (%.1f ms a document)%n", st, 100 * st / m0, 1000 * st / pdfs.size());
    }

    /**
     * Prints the medians and the overhead, and the median of the rounds' differences (each round
     * runs both, so a burst of load elsewhere tends to hit both of a pair: steadier than the
     * difference of the medians).
     */
    private static void report(String what, int docs, int rounds, List<Long> without, List<Long> with) {
        double m0 = median(without) / 1e9;
        double m1 = median(with) / 1e9;
        List<Long> diffs = new ArrayList<>();
        for (int i = 0; i < without.size(); i++) diffs.add(with.get(i) - without.get(i));
        double d = median(diffs) / 1e9;
        System.out.printf(Locale.ROOT, "%d documents, %d rounds, median %s time: without %.2f s, with sqlite %.2f s,"
                + " overhead %.1f%%; median difference in a round %.3f s (%.1f%%)%n", docs, rounds, what, m0, m1,
                100 * (m1 - m0) / m0, d, 100 * d / m0);
    }

    /** Wall and process CPU nanoseconds of one batch, and CPU nanoseconds in the sqlite stage. */
    private static long[] run(PluginRegistry registry, PipelineConfig config, List<Path> pdfs) throws Exception {
        Path out = Files.createTempDirectory("sinpdf-bench-");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        STAGE_CPU.set(0);
        try (Pipeline p = Pipeline.build(registry, config)) {
            long c0 = os.getProcessCpuTime();
            long[] vm0 = vmThreadsCpu();
            long t0 = System.nanoTime();
            new BatchRunner(p).run(pdfs, out);
            p.close();
            long[] vm1 = vmThreadsCpu();
            return new long[] {System.nanoTime() - t0, os.getProcessCpuTime() - c0, STAGE_CPU.get(),
                vm1[0] - vm0[0], vm1[1] - vm0[1]};
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /**
     * CPU milliseconds used so far by the JVM's garbage-collector threads and by its JIT compiler
     * threads, from {@code /proc/self/task/<tid>/stat} (Linux; 10 ms resolution; a compiler thread
     * that exits between two readings is missed). Zeros elsewhere.
     */
    private static long[] vmThreadsCpu() {
        long gc = 0;
        long jit = 0;
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return new long[] {0, 0};
        try (Stream<Path> ts = Files.list(tasks)) {
            for (Path t : ts.toList()) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                int open = stat.indexOf('(');
                int close = stat.lastIndexOf(')');
                String name = stat.substring(open + 1, close);
                String[] f = stat.substring(close + 2).split(" ");
                long ms = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime + stime, 100 ticks a second
                if (name.startsWith("GC ") || name.startsWith("G1 ")) gc += ms;
                else if (name.contains("CompilerThre")) jit += ms;
            }
        } catch (IOException e) {
            return new long[] {0, 0};
        }
        return new long[] {gc, jit};
    }

    private static double median(List<Long> v) {
        List<Long> s = v.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2.0;
    }

    /** Runs {@code body}, adding the calling thread's CPU time to {@link #STAGE_CPU}. */
    private static <E extends Exception> void timed(Body<E> body) throws E {
        long c0 = THREADS.getCurrentThreadCpuTime();
        try {
            body.run();
        } finally {
            STAGE_CPU.addAndGet(THREADS.getCurrentThreadCpuTime() - c0);
        }
    }

    private interface Body<E extends Exception> {
        void run() throws E;
    }

    /** The {@code sqlite} stage with its CPU time measured. */
    private static final class TimedArchivePlugin implements SinpdfPlugin {
        @Override public String id() { return new ArchivePlugin().id(); }

        @Override public void register(Registrar r) {
            r.documentSerializer(SqliteSerializer.ID, SqliteOptions.class, SqliteOptions.DEFAULTS,
                    o -> new TimedSerializer(new SqliteSerializer(o)));
        }
    }

    private record TimedSerializer(SqliteSerializer stage) implements DocumentSerializer, AutoCloseable {
        @Override public String id() { return stage.id(); }

        @Override public DocumentWriter open(DocumentInfo document, OutputSink sink) throws IOException {
            DocumentWriter[] w = new DocumentWriter[1];
            timed(() -> w[0] = stage.open(document, sink));
            return new TimedWriter(w[0]);
        }

        @Override public void close() throws IOException { timed(stage::close); }
    }

    private record TimedWriter(DocumentWriter writer) implements DocumentWriter {
        @Override public void page(Page page) throws IOException { timed(() -> writer.page(page)); }

        @Override public void tables(List<Table> tables, List<TableFiles> files) throws IOException {
            timed(() -> writer.tables(tables, files));
        }

        @Override public void close() throws IOException { timed(writer::close); }

        @Override public void abort() { writer.abort(); }
    }
}
