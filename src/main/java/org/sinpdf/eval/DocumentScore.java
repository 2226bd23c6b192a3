package org.sinpdf.eval;

import java.util.Objects;

/**
 * The score of one document against one ground-truth reading.
 *
 * @param document        the PDF's base name, e.g. "us-011a"
 * @param groundTruth     the reading scored against, e.g. "us-011b"
 * @param correct         result relations also in the ground truth (multiset intersection)
 * @param found           relations in the result
 * @param expected        relations in the ground truth
 * @param gtRegions       ground-truth table regions (one per table per page)
 * @param gtRegionsFound  of those, how many a result region covers adequately ({@link StructureScorer#FOUND_COMPLETENESS})
 * @param resultRegions   result table regions
 * @param falseRegions    of those, how many overlap no ground-truth region adequately ({@link StructureScorer#FALSE_PURITY})
 * @param completenessSum sum over ground-truth regions of their completeness
 * @param puritySum       sum over result regions of their purity
 */
public record DocumentScore(String document, String groundTruth, int correct, int found, int expected,
                            int gtRegions, int gtRegionsFound, int resultRegions, int falseRegions,
                            double completenessSum, double puritySum) {
    public DocumentScore {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(groundTruth, "groundTruth");
    }

    /** Correct / found; 0 when nothing was found. */
    public double precision() { return found == 0 ? 0 : (double) correct / found; }

    /** Correct / expected; 1 when the ground truth has no relation. */
    public double recall() { return expected == 0 ? 1 : (double) correct / expected; }

    public double f1() { return f1(precision(), recall()); }

    /** Mean completeness of the ground-truth regions (1 when there are none). */
    public double completeness() { return gtRegions == 0 ? 1 : completenessSum / gtRegions; }

    /** Mean purity of the result regions (1 when there are none). */
    public double purity() { return resultRegions == 0 ? 1 : puritySum / resultRegions; }

    static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
