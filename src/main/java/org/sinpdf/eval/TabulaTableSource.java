package org.sinpdf.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.sinpdf.model.BoundingBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * tabula-java 1.0.5's tables, computed up front in a child JVM (tabula needs PDFBox 2, which must
 * never share a classpath with sinpdf's PDFBox 3) and then served per PDF.
 *
 * <p>The child runs tabula's own command-line logic ({@code CommandLineApp}) once per page (or
 * once per ground-truth region for {@link TabulaMode#STREAM_REGIONS}) so each table's page is
 * known; its JSON (tables with {@code top/left/width/height} and {@code data} rows of cells with
 * {@code text}) becomes {@link ResultTable}s, each cell at its row/column index in {@code data}
 * (tabula writes a spanning cell as an empty placeholder, so its grid has no spans).
 *
 * <p>Needs tabula and its dependencies in one directory: {@code mvn -q -f src/test/tabula/pom.xml package}
 * puts them in {@code target/tabula/lib}.
 */
public final class TabulaTableSource implements TableSource {
    private static final Logger log = LoggerFactory.getLogger(TabulaTableSource.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TabulaMode mode;
    private final Map<String, List<ResultTable>> tables;
    private final Map<String, String> errors;

    private TabulaTableSource(TabulaMode mode, Map<String, List<ResultTable>> tables, Map<String, String> errors) {
        this.mode = mode;
        this.tables = Map.copyOf(tables);
        this.errors = Map.copyOf(errors);
    }

    @Override public String id() { return mode.id(); }

    @Override
    public List<ResultTable> tables(Path pdf) throws IOException {
        String key = pdf.getFileName().toString();
        if (errors.containsKey(key)) throw new IOException("tabula failed on " + key + ": " + errors.get(key));
        List<ResultTable> t = tables.get(key);
        if (t == null) throw new IOException("tabula was not run on " + key);
        return t;
    }

    /** A job for the child JVM: one page (or one area of one page) of one PDF. */
    record Job(String id, Path pdf, int page, BoundingBox area) {
        String line(TabulaMode mode) {
            String a = area == null ? "-" : String.format(Locale.ROOT, "%.2f,%.2f,%.2f,%.2f",
                    area.top(), area.left(), area.bottom(), area.right());
            return id + "\t" + pdf.toAbsolutePath() + "\t" + page + "\t" + a + "\t" + mode.flags();
        }
    }

    /** Runs tabula over every PDF of the corpus; {@link TabulaMode#STREAM_REGIONS} uses the first reading's regions. */
    public static TabulaTableSource run(IcdarCorpus corpus, TabulaMode mode, Path tabulaLib, Path workDir) throws IOException {
        List<Job> jobs = new ArrayList<>();
        Map<String, String> jobPdf = new HashMap<>();
        for (IcdarCorpus.Entry e : corpus.entries()) {
            if (mode == TabulaMode.STREAM_REGIONS) {
                GroundTruth gt = corpus.groundTruths(e).get(0);
                for (GtRegion r : gt.regions()) jobs.add(new Job("j" + jobs.size(), e.pdf(), r.page(), r.bbox()));
            } else {
                int pages = PageFrame.read(e.pdf()).size();
                for (int p = 1; p <= pages; p++) jobs.add(new Job("j" + jobs.size(), e.pdf(), p, null));
            }
        }
        return run(mode, jobs, tabulaLib, workDir);
    }

    /** Runs tabula over every page of the given PDFs (no regions). */
    public static TabulaTableSource run(List<Path> pdfs, TabulaMode mode, Path tabulaLib, Path workDir) throws IOException {
        if (mode == TabulaMode.STREAM_REGIONS) throw new IllegalArgumentException("stream-regions needs ground truth");
        List<Job> jobs = new ArrayList<>();
        for (Path pdf : pdfs) {
            int pages = PageFrame.read(pdf).size();
            for (int p = 1; p <= pages; p++) jobs.add(new Job("j" + jobs.size(), pdf, p, null));
        }
        return run(mode, jobs, tabulaLib, workDir);
    }

    private static TabulaTableSource run(TabulaMode mode, List<Job> jobs, Path tabulaLib, Path workDir) throws IOException {
        Path out = workDir.resolve(mode.id());
        Files.createDirectories(out);
        Path jobFile = workDir.resolve(mode.id() + "-jobs.tsv");
        List<String> lines = jobs.stream().map(j -> j.line(mode)).toList();
        Files.write(jobFile, lines, StandardCharsets.UTF_8);
        // tabula's output depends only on the jobs: reuse a finished run of the very same jobs
        Path done = workDir.resolve(mode.id() + "-jobs.done");
        if (Files.exists(done) && Files.readAllLines(done, StandardCharsets.UTF_8).equals(lines)) {
            log.info("reusing tabula output in {}", out);
        } else {
            Files.deleteIfExists(done);
            runChild(tabulaLib, workDir, List.of(jobFile.toString(), out.toString()), workDir.resolve(mode.id() + ".log"));
            Files.copy(jobFile, done);
        }

        Map<String, List<ResultTable>> tables = new HashMap<>();
        Map<String, String> errors = new HashMap<>();
        for (Job j : jobs) {
            String key = j.pdf().getFileName().toString();
            List<ResultTable> list = tables.computeIfAbsent(key, k -> new ArrayList<>());
            Path json = out.resolve(j.id() + ".json"), err = out.resolve(j.id() + ".err");
            if (Files.exists(json)) {
                list.addAll(parse(Files.readString(json), j.page()));
            } else {
                String why = Files.exists(err) ? Files.readString(err) : "no output";
                log.warn("tabula {} failed on {} page {}: {}", mode.id(), key, j.page(), why);
                errors.merge(key, "page " + j.page() + ": " + why, (a, b) -> a + "; " + b);
            }
        }
        return new TabulaTableSource(mode, tables, errors);
    }

    /** Runs the tabula child JVM: {@code java -cp LIB/* TabulaPages.java ARGS}; output goes to {@code logFile}. */
    public static void runChild(Path tabulaLib, Path workDir, List<String> args, Path logFile) throws IOException {
        if (!Files.isDirectory(tabulaLib) || !Files.exists(tabulaLib.resolve("tabula-1.0.5.jar"))) {
            throw new IOException("tabula-java not found in " + tabulaLib + "; run: mvn -q -f src/test/tabula/pom.xml package");
        }
        Files.createDirectories(workDir);
        Path runner = workDir.resolve("TabulaPages.java");
        try (InputStream in = TabulaTableSource.class.getResourceAsStream("TabulaPages.java.txt")) {
            if (in == null) throw new IllegalStateException("TabulaPages.java.txt missing from the classpath");
            Files.write(runner, in.readAllBytes());
        }
        List<String> cmd = new ArrayList<>(List.of(javaExecutable(), "-Xss8m",
                "-Dpdfbox.fontcache=" + workDir.toAbsolutePath(), "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                "-cp", tabulaLib.toAbsolutePath() + "/*", runner.toString()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        try {
            if (!p.waitFor(60, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("tabula timed out; see " + logFile);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while tabula ran", e);
        }
        if (p.exitValue() != 0) throw new IOException("tabula exited with " + p.exitValue() + "; see " + logFile);
    }

    static String javaExecutable() { return Path.of(System.getProperty("java.home"), "bin", "java").toString(); }

    /** Parses tabula's JSON (an array of tables) for one page. */
    static List<ResultTable> parse(String json, int page) throws IOException {
        List<ResultTable> out = new ArrayList<>();
        if (json.isBlank()) return out;
        JsonNode root = JSON.readTree(json);
        for (JsonNode t : root) {
            double top = t.path("top").asDouble(), left = t.path("left").asDouble();
            double w = Math.max(0, t.path("width").asDouble()), h = Math.max(0, t.path("height").asDouble());
            List<GridCell> cells = new ArrayList<>();
            int r = 0;
            for (JsonNode row : t.path("data")) {
                int c = 0;
                for (JsonNode cell : row) {
                    cells.add(GridCell.of(r, c, cell.path("text").asText("")));
                    c++;
                }
                r++;
            }
            out.add(new ResultTable(page, BoundingBox.ofSize(left, top, w, h), cells));
        }
        return out;
    }
}
