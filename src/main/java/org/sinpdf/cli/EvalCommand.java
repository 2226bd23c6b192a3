package org.sinpdf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinpdf.eval.CorpusScore;
import org.sinpdf.eval.CtdarEvaluation;
import org.sinpdf.eval.CtdarGroundTruth;
import org.sinpdf.eval.EvalReport;
import org.sinpdf.eval.IcdarCorpus;
import org.sinpdf.eval.IcdarEvaluation;
import org.sinpdf.eval.OcrPageCache;
import org.sinpdf.eval.ScannedEvaluation;
import org.sinpdf.eval.SinpdfPipelines;
import org.sinpdf.eval.SinpdfTableSource;
import org.sinpdf.eval.TableSource;
import org.sinpdf.eval.TabulaMode;
import org.sinpdf.eval.TabulaTableSource;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores table recognition on the ICDAR 2013 Table Competition set (born-digital PDFs with "
                + "ground truth): adjacency-relation precision/recall/F1 per document, micro and per-document mean, "
                + "and table regions found / false.",
                "tabula-java tools need: mvn -q -f src/test/tabula/pom.xml package"},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:scored", "1:a tool failed on some documents (scored as nothing found)", "2:invalid usage"})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus/icdar2013",
            description = "ICDAR 2013 directory (NAME.pdf, NAME-reg.xml, NAME-str.xml). Default: ${DEFAULT-VALUE}")
    Path corpus;

    @Option(names = "--tool", split = ",", paramLabel = "TOOL", defaultValue = "sinpdf",
            description = "sinpdf, tabula-guess, tabula-lattice, tabula-stream, tabula-stream-regions (true regions "
                    + "given), or all; several separated by commas are printed side by side. Default: ${DEFAULT-VALUE}")
    List<String> tools;

    @Option(names = "--doc", split = ",", paramLabel = "NAME", description = "Only these documents (e.g. us-001,eu-004).")
    List<String> documents = new ArrayList<>();

    @Option(names = "--json", description = "Write the structure scores as JSON (with --scanned: without the CER table).")
    boolean json;

    @Option(names = "--tabula-lib", paramLabel = "DIR", defaultValue = "target/tabula/lib",
            description = "tabula-java 1.0.5 and its dependencies. Default: ${DEFAULT-VALUE}")
    Path tabulaLib;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/eval",
            description = "Scratch directory for tabula's output. Default: ${DEFAULT-VALUE}")
    Path work;

    @Option(names = "--scanned", paramLabel = "DPI",
            description = "Also score sinpdf on scanned renditions of the same documents at DPI (made once with "
                    + "ScanRenditions, cached in WORK/scans-DPI; OCR through tesseract-ocr), beside the born-digital "
                    + "score, with the character error rate of cell text.")
    Integer scannedDpi;

    @Option(names = "--ctdar", paramLabel = "DIR",
            description = "Score sinpdf on ICDAR 2019 cTDaR page images instead (DIR with images/ and annotations/, "
                    + "e.g. ../shared/corpus/ctdar2019-modern): table regions and cell adjacency (cells matched by IoU).")
    Path ctdar;

    @Option(names = "--ocr-cache",
            description = "Evaluation only: keep what OCR made of each scanned page in WORK/ocr-cache (keyed by the "
                    + "file's hash, the OCR options and the extraction code) and reuse it, so re-scoring after a "
                    + "tabulation change takes seconds. s/page then no longer measures OCR.")
    boolean ocrCache;

    @Mixin PipelineOptions pipeline;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (ctdar != null) return ctdar();
        if (scannedDpi != null) return scanned();
        IcdarCorpus icdar = IcdarCorpus.open(corpus).only(documents);
        List<String> chosen = expand(tools);
        for (String tool : chosen) {
            if (!tool.equals("sinpdf")) mode(tool);
        }
        List<CorpusScore> scores = new ArrayList<>();
        for (String tool : chosen) {
            if (tool.equals("sinpdf")) {
                PluginRegistry registry = PluginRegistry.discover();
                try (Pipeline p = Pipeline.build(registry, SinpdfPipelines.available(pipeline.build(registry), registry))) {
                    scores.add(IcdarEvaluation.run(icdar, new SinpdfTableSource("sinpdf", p::extractTables)));
                }
            } else {
                scores.add(IcdarEvaluation.run(icdar, tabula(tool, icdar)));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(EvalReport.toJson(corpus.toString(), scores));
            out.flush();
        } else {
            EvalReport.writeText(out, scores);
        }
        return scores.stream().allMatch(s -> s.failures().isEmpty()) ? 0 : 1;
    }

    private Pipeline sinpdfPipeline() throws Exception {
        PluginRegistry registry = ocrCache ? OcrPageCache.registry(work.resolve("ocr-cache")) : PluginRegistry.discover();
        return Pipeline.build(registry, SinpdfPipelines.available(pipeline.build(registry), registry));
    }

    private int scanned() throws Exception {
        if (scannedDpi < 72 || scannedDpi > 1200) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scanned: a resolution 72..1200 dpi");
        }
        IcdarCorpus icdar = IcdarCorpus.open(corpus).only(documents);
        Path cache = work.resolve("scans-" + scannedDpi);
        ScannedEvaluation.renditions(icdar, scannedDpi, cache);
        List<ScannedEvaluation.Run> runs = new ArrayList<>();
        try (Pipeline p = sinpdfPipeline()) {
            runs.add(ScannedEvaluation.run(icdar, "sinpdf", e -> e.pdf(), p::extractTables));
            runs.add(ScannedEvaluation.run(icdar, "sinpdf-scan" + scannedDpi,
                    e -> cache.resolve(e.name() + "-" + scannedDpi + "dpi.pdf"), p::extractTables));
        }
        if (json) { // the structure scores at full precision (the text report rounds to 3 decimals)
            PrintWriter out = spec.commandLine().getOut();
            out.println(EvalReport.toJson(corpus.toString(), runs.stream().map(ScannedEvaluation.Run::score).toList()));
            out.flush();
        } else {
            ScannedEvaluation.writeText(spec.commandLine().getOut(), runs);
        }
        return runs.stream().allMatch(r -> r.score().failures().isEmpty()) ? 0 : 1;
    }

    private int ctdar() throws Exception {
        List<CtdarGroundTruth.Entry> entries = CtdarGroundTruth.entries(ctdar, documents);
        CtdarEvaluation.Run run;
        try (Pipeline p = sinpdfPipeline()) {
            run = CtdarEvaluation.run(entries, "sinpdf", p::extractTables);
        }
        CtdarEvaluation.writeText(spec.commandLine().getOut(), run);
        return run.failures().isEmpty() ? 0 : 1;
    }

    private static List<String> expand(List<String> tools) {
        List<String> out = new ArrayList<>();
        for (String t : tools) {
            if (t.equals("all")) {
                out.addAll(List.of("sinpdf", "tabula-guess", "tabula-lattice", "tabula-stream", "tabula-stream-regions"));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    private TableSource tabula(String tool, IcdarCorpus icdar) throws Exception {
        return TabulaTableSource.run(icdar, mode(tool), tabulaLib, work);
    }

    private TabulaMode mode(String tool) {
        try {
            return TabulaMode.of(tool);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown --tool " + tool + "; valid: sinpdf, tabula-guess, tabula-lattice, tabula-stream, tabula-stream-regions, all");
        }
    }
}
