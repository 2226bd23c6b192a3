package org.sinpdf.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sinpdf.model.Table;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/**
 * Developer tool, not a test: prints the tables sinpdf makes of one ICDAR document (born-digital or
 * its 300 dpi scanned rendition, read through the OCR cache), its F1, and optionally the adjacency
 * relations it misses and adds. Run from the worktree after {@code mvn test-compile}:
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.sinpdf.eval.ScanDump scan|born us-034 [N]
 * </pre>
 * N: how many missing and extra relations to list.
 */
public final class ScanDump {
    public static void main(String[] args) throws Exception {
        Path corpusDir = Path.of("../shared/corpus/icdar2013");
        boolean scan = !args[0].equals("born");
        IcdarCorpus icdar = IcdarCorpus.open(corpusDir).only(List.of(args[1]));
        PluginRegistry registry = OcrPageCache.registry(Path.of("target/eval/ocr-cache"));
        try (Pipeline p = Pipeline.build(registry, SinpdfPipelines.available(PipelineConfig.defaults(), registry))) {
            for (IcdarCorpus.Entry e : icdar.entries()) {
                Path file = scan ? Path.of("target/eval/scans-300/" + e.name() + "-300dpi.pdf") : e.pdf();
                List<Table> tables = p.extractTables(file);
                for (Table t : tables) {
                    System.out.println("== " + t.id() + " " + t.regions() + " " + t.rowCount() + "x" + t.columnCount() + " hdr " + t.headerRows());
                    for (String[] row : t.grid()) {
                        StringBuilder sb = new StringBuilder();
                        for (String c : row) sb.append(String.format("%-22.22s|", c));
                        System.out.println(sb);
                    }
                    t.findings().forEach(f -> System.out.println("  finding " + f.code() + ": " + f.message()));
                }
                List<ResultTable> found = SinpdfTables.of(tables);
                List<GroundTruth> gts = icdar.groundTruths(e);
                DocumentScore d = StructureScorer.scoreBest(e.name(), gts, found);
                System.out.printf("%s: F1 %.3f correct %d found %d expected %d%n", e.name(), d.f1(), d.correct(), d.found(), d.expected());
                if (args.length > 2) {
                    Map<Relation, Integer> all = new HashMap<>();
                    for (ResultTable t : found) AdjacencyRelations.addAll(all, AdjacencyRelations.of(t.cells()));
                    for (GroundTruth g : gts) {
                        if (!g.name().equals(d.groundTruth())) continue;
                        Map<Relation, Integer> truth = new HashMap<>();
                        for (GtRegion r : g.regions()) AdjacencyRelations.addAll(truth, AdjacencyRelations.of(r.cells()));
                        List<String> missing = new ArrayList<>(), extra = new ArrayList<>();
                        for (var en : truth.entrySet()) if (all.getOrDefault(en.getKey(), 0) < en.getValue()) missing.add(en.getKey().toString());
                        for (var en : all.entrySet()) if (truth.getOrDefault(en.getKey(), 0) < en.getValue()) extra.add(en.getKey().toString());
                        System.out.println("missing " + missing.size());
                        missing.stream().sorted().limit(Integer.parseInt(args[2])).forEach(s -> System.out.println("  - " + s));
                        System.out.println("extra " + extra.size());
                        extra.stream().sorted().limit(Integer.parseInt(args[2])).forEach(s -> System.out.println("  + " + s));
                    }
                }
            }
        }
    }
}
