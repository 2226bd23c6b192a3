package org.sinpdf.eval.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sinpdf.eval.IcdarCorpus;
import org.sinpdf.eval.PageFrame;
import org.sinpdf.eval.SinpdfPipelines;
import org.sinpdf.eval.SinpdfTableSource;
import org.sinpdf.eval.TabulaMode;
import org.sinpdf.eval.TabulaTableSource;
import org.sinpdf.pipeline.Pipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speed of table extraction in pages per second over the PDFs of a directory (the ICDAR 2013 set),
 * sinpdf against tabula-java 1.0.5. Not a unit test: run it on a quiet machine.
 *
 * <pre>
 *   mvn -q -DskipTests package
 *   mvn -q -f src/test/tabula/pom.xml package          # tabula-java into target/tabula/lib
 *   java -cp 'target/classes:target/lib/*' org.sinpdf.eval.bench.TableBenchmark ../shared/corpus/icdar2013 \
 *        [--warmup 1] [--passes 3] [--workers 0] [--tabula-lib target/tabula/lib] [--tabula lattice,stream(,guess)|none]
 * </pre>
 * Results are logged and written to {@code target/bench/table-benchmark.txt}.
 *
 * <ul>
 *   <li>sinpdf: the default pipeline's {@code extractTables} on every PDF, in this JVM, with {@code --workers}
 *       page threads (0 = one per core; tabula uses one): {@code --warmup}
 *       passes, then {@code --passes} timed passes; pages/s = pages × passes / time.</li>
 *   <li>tabula, batch: {@code java -cp LIB/* technology.tabula.CommandLineApp -b DIR -f JSON -l|-t|-g -p all}
 *       in a fresh JVM over links to the same PDFs, wall-clock time including JVM start (how the
 *       reference figure, ≈ 44 pages/s for lattice/stream, was taken).</li>
 *   <li>tabula, warm: the same extraction repeated in one child JVM ({@code TabulaPages}), warm-up then
 *       timed passes, comparable with sinpdf's figure.</li>
 * </ul>
 */
public final class TableBenchmark {
    private static final Logger log = LoggerFactory.getLogger(TableBenchmark.class);
    private static final Pattern PASS = Pattern.compile("^pass (\\d+) (\\d+) ms$");

    private TableBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            log.error("usage: TableBenchmark CORPUS_DIR [--warmup N] [--passes N] [--workers N] [--tabula-lib DIR] [--tabula MODES|none]");
            System.exit(2);
        }
        StringWriter report = new StringWriter();
        run(args, new PrintWriter(report, true));
        Path file = Path.of("target", "bench", "table-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        log.info("results (also in {}):{}{}", file, System.lineSeparator(), report);
    }

    /** Runs the benchmark; see the class comment for {@code args}. Writes one line per measurement. */
    public static void run(String[] args, PrintWriter out) throws Exception {
        Path dir = Path.of(args[0]);
        int warmup = 1, passes = 3, workers = 0;
        Path tabulaLib = Path.of("target/tabula/lib");
        String tabulaModes = "lattice,stream";
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--passes" -> passes = Integer.parseInt(args[i + 1]);
                case "--workers" -> workers = Integer.parseInt(args[i + 1]);
                case "--tabula-lib" -> tabulaLib = Path.of(args[i + 1]);
                case "--tabula" -> tabulaModes = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> pdfs = IcdarCorpus.open(dir).entries().stream().map(IcdarCorpus.Entry::pdf).toList();
        int pages = 0;
        for (Path p : pdfs) pages += PageFrame.read(p).size();
        out.printf(Locale.ROOT, "%d PDFs, %d pages, %d cores; warm-up %d, timed passes %d%n",
                pdfs.size(), pages, Runtime.getRuntime().availableProcessors(), warmup, passes);

        double secs;
        int tables = 0;
        try (Pipeline pipeline = SinpdfPipelines.open(workers)) {
            SinpdfTableSource.Extraction sinpdf = pipeline::extractTables;
            for (int w = 0; w < warmup; w++) runAll(sinpdf, pdfs);
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) tables = runAll(sinpdf, pdfs);
            secs = (System.nanoTime() - t0) / 1e9;
        }
        out.printf(Locale.ROOT, "%-24s %8.1f pages/s  (%d pages x %d passes in %.1f s; %d tables a pass)%n",
                "sinpdf (warm, " + (workers == 0 ? "all cores" : workers + " worker" + (workers > 1 ? "s" : "")) + ")",
                pages * passes / secs, pages, passes, secs, tables);

        if (tabulaModes.equals("none")) return;
        Path work = Path.of("target/bench");
        Path links = work.resolve("pdfs");
        linkPdfs(pdfs, links);
        for (String m : tabulaModes.split(",")) {
            TabulaMode mode = TabulaMode.of(m.strip());
            double cold = tabulaBatch(tabulaLib, work, links, mode);
            out.printf(Locale.ROOT, "%-24s %8.1f pages/s  (%d pages in %.1f s, fresh JVM, -b DIR)%n",
                    mode.id() + " (batch)", pages / cold, pages, cold);
            double warm = tabulaWarm(tabulaLib, work, pdfs, mode, warmup, passes);
            out.printf(Locale.ROOT, "%-24s %8.1f pages/s  (%d pages x %d passes in %.1f s)%n",
                    mode.id() + " (warm, in JVM)", pages * passes / warm, pages, passes, warm);
        }
    }

    private static int runAll(SinpdfTableSource.Extraction sinpdf, List<Path> pdfs) throws Exception {
        int n = 0;
        for (Path p : pdfs) n += sinpdf.extractTables(p).size();
        return n;
    }

    private static void linkPdfs(List<Path> pdfs, Path links) throws IOException {
        Files.createDirectories(links);
        try (var old = Files.list(links)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        for (Path p : pdfs) Files.createSymbolicLink(links.resolve(p.getFileName()), p.toAbsolutePath());
    }

    /** Seconds for tabula's own batch mode over the directory, JVM start included. */
    private static double tabulaBatch(Path lib, Path work, Path links, TabulaMode mode) throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dpdfbox.fontcache=" + work.toAbsolutePath(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", lib.toAbsolutePath() + "/*", "technology.tabula.CommandLineApp",
                "-b", links.toString(), "-f", "JSON", mode.flags(), "-p", "all");
        // warm the OS file cache and tabula's font cache once, untimed
        run(cmd, work.resolve(mode.id() + "-batch.log"));
        long t0 = System.nanoTime();
        run(cmd, work.resolve(mode.id() + "-batch.log"));
        return (System.nanoTime() - t0) / 1e9;
    }

    private static void run(List<String> cmd, Path log) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        if (p.exitValue() != 0) throw new IOException("exit " + p.exitValue() + ": see " + log);
    }

    /** Seconds for the timed passes of tabula over whole documents in one warm child JVM. */
    private static double tabulaWarm(Path lib, Path work, List<Path> pdfs, TabulaMode mode, int warmup, int passes)
            throws IOException {
        Path jobs = work.resolve(mode.id() + "-bench-jobs.tsv");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < pdfs.size(); i++) {
            lines.add("b" + i + "\t" + pdfs.get(i).toAbsolutePath() + "\tall\t-\t" + mode.flags());
        }
        Files.write(jobs, lines, StandardCharsets.UTF_8);
        Path log = work.resolve(mode.id() + "-warm.log");
        TabulaTableSource.runChild(lib, work, List.of(jobs.toString(), work.resolve(mode.id() + "-warm").toString(),
                String.valueOf(warmup + passes)), log);
        long ms = 0;
        for (String l : Files.readAllLines(log)) {
            Matcher m = PASS.matcher(l.strip());
            if (m.matches() && Integer.parseInt(m.group(1)) >= warmup) ms += Long.parseLong(m.group(2));
        }
        return ms / 1000.0;
    }
}
