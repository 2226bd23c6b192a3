package org.sinpdf.eval;

import java.util.List;
import java.util.Objects;

/**
 * Scores of one tool over a corpus: per document, micro totals (relations and regions summed over
 * all documents) and per-document means.
 */
public record CorpusScore(String tool, List<DocumentScore> documents, List<String> failures) {
    public CorpusScore {
        Objects.requireNonNull(tool, "tool");
        documents = List.copyOf(documents);
        failures = List.copyOf(failures);
    }

    public int correct() { return documents.stream().mapToInt(DocumentScore::correct).sum(); }
    public int found() { return documents.stream().mapToInt(DocumentScore::found).sum(); }
    public int expected() { return documents.stream().mapToInt(DocumentScore::expected).sum(); }

    public double microPrecision() { return found() == 0 ? 0 : (double) correct() / found(); }
    public double microRecall() { return expected() == 0 ? 1 : (double) correct() / expected(); }
    public double microF1() { return DocumentScore.f1(microPrecision(), microRecall()); }

    public double meanPrecision() { return documents.stream().mapToDouble(DocumentScore::precision).average().orElse(0); }
    public double meanRecall() { return documents.stream().mapToDouble(DocumentScore::recall).average().orElse(0); }
    public double meanF1() { return documents.stream().mapToDouble(DocumentScore::f1).average().orElse(0); }

    public int gtRegions() { return documents.stream().mapToInt(DocumentScore::gtRegions).sum(); }
    public int gtRegionsFound() { return documents.stream().mapToInt(DocumentScore::gtRegionsFound).sum(); }
    public int resultRegions() { return documents.stream().mapToInt(DocumentScore::resultRegions).sum(); }
    public int falseRegions() { return documents.stream().mapToInt(DocumentScore::falseRegions).sum(); }

    /** Share of ground-truth regions found, 0..1. */
    public double foundShare() { return gtRegions() == 0 ? 1 : (double) gtRegionsFound() / gtRegions(); }
    /** Share of result regions that are false, 0..1. */
    public double falseShare() { return resultRegions() == 0 ? 0 : (double) falseRegions() / resultRegions(); }

    /** Mean completeness over all ground-truth regions. */
    public double completeness() {
        return gtRegions() == 0 ? 1 : documents.stream().mapToDouble(DocumentScore::completenessSum).sum() / gtRegions();
    }

    /** Mean purity over all result regions. */
    public double purity() {
        return resultRegions() == 0 ? 1 : documents.stream().mapToDouble(DocumentScore::puritySum).sum() / resultRegions();
    }
}
