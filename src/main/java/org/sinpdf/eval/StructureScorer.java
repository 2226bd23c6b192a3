package org.sinpdf.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores found tables against one ground-truth reading of a document, with the ICDAR 2013 Table
 * Competition's measures (Göbel, Hassan, Oro, Orsi, ICDAR 2013).
 *
 * <h2>Structure</h2>
 * Each found table part ({@link ResultTable}, one page) is matched to the ground-truth region
 * ({@link GtRegion}) on the same page that it overlaps most (largest intersection area); several
 * found tables may match one region, and their relations are pooled. The adjacency relations
 * ({@link AdjacencyRelations}) of the pooled result and of the region are compared as multisets;
 * the size of their intersection counts as correct. A found table that overlaps no region on its
 * page contributes all its relations to {@code found} and none to {@code correct}. Hence
 * precision = correct / found, recall = correct / expected.
 *
 * <h2>Regions</h2>
 * The competition measured completeness and purity on the characters of a region; without the
 * content stream we measure them on areas (points², upright page):
 * <ul>
 *   <li>completeness of a ground-truth region g = max over found regions r on its page of
 *       |g ∩ r| / |g|. g is <em>found</em> when its completeness is at least
 *       {@value #FOUND_COMPLETENESS} (one found region covers nearly all of it);</li>
 *   <li>purity of a found region r = max over ground-truth regions g on its page of |g ∩ r| / |r|.
 *       r is <em>false</em> when its purity is below {@value #FALSE_PURITY} (most of it lies outside
 *       every table).</li>
 * </ul>
 * A region of zero area has completeness (or purity) 0.
 */
public final class StructureScorer {
    /** A ground-truth region counts as found when one result region covers at least this share of it. */
    public static final double FOUND_COMPLETENESS = 0.9;
    /** A result region counts as false when no ground-truth region fills at least this share of it. */
    public static final double FALSE_PURITY = 0.5;

    private StructureScorer() {}

    public static DocumentScore score(String document, GroundTruth gt, List<ResultTable> result) {
        List<GtRegion> regions = gt.regions();
        List<Map<Relation, Integer>> pooled = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) pooled.add(new HashMap<>());
        int found = 0;
        for (ResultTable t : result) {
            Map<Relation, Integer> rel = AdjacencyRelations.of(t.cells());
            found += AdjacencyRelations.size(rel);
            int best = -1;
            double bestArea = 0;
            for (int i = 0; i < regions.size(); i++) {
                GtRegion g = regions.get(i);
                if (g.page() != t.page()) continue;
                double a = g.bbox().intersectionArea(t.bbox());
                if (a > bestArea) { bestArea = a; best = i; }
            }
            if (best >= 0) AdjacencyRelations.addAll(pooled.get(best), rel);
        }
        int correct = 0, expected = 0;
        for (int i = 0; i < regions.size(); i++) {
            Map<Relation, Integer> truth = AdjacencyRelations.of(regions.get(i).cells());
            expected += AdjacencyRelations.size(truth);
            correct += AdjacencyRelations.common(pooled.get(i), truth);
        }

        int gtFound = 0;
        double completenessSum = 0;
        for (GtRegion g : regions) {
            double c = 0;
            for (ResultTable t : result) {
                if (t.page() == g.page()) c = Math.max(c, share(g.bbox().intersectionArea(t.bbox()), g.bbox().area()));
            }
            completenessSum += c;
            if (c >= FOUND_COMPLETENESS) gtFound++;
        }
        int falseRegions = 0;
        double puritySum = 0;
        for (ResultTable t : result) {
            double p = 0;
            for (GtRegion g : regions) {
                if (t.page() == g.page()) p = Math.max(p, share(g.bbox().intersectionArea(t.bbox()), t.bbox().area()));
            }
            puritySum += p;
            if (p < FALSE_PURITY) falseRegions++;
        }
        return new DocumentScore(document, gt.name(), correct, found, expected, regions.size(), gtFound,
                result.size(), falseRegions, completenessSum, puritySum);
    }

    /**
     * Scores against each reading and keeps the better one (higher F1, then more correct
     * relations), as the competition did for documents with alternative ground truths.
     */
    public static DocumentScore scoreBest(String document, List<GroundTruth> readings, List<ResultTable> result) {
        DocumentScore best = null;
        for (GroundTruth gt : readings) {
            DocumentScore s = score(document, gt, result);
            if (best == null || s.f1() > best.f1() || (s.f1() == best.f1() && s.correct() > best.correct())) best = s;
        }
        if (best == null) throw new IllegalArgumentException("no ground truth for " + document);
        return best;
    }

    private static double share(double part, double whole) { return whole <= 0 ? 0 : Math.min(1, part / whole); }
}
