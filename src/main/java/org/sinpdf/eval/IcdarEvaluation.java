package org.sinpdf.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a {@link TableSource} over an {@link IcdarCorpus} and scores every document. */
public final class IcdarEvaluation {
    private static final Logger log = LoggerFactory.getLogger(IcdarEvaluation.class);

    private IcdarEvaluation() {}

    /**
     * Scores every document. A document the source fails on is scored as if nothing was found
     * (so the failure lowers the score) and listed in {@link CorpusScore#failures()}.
     */
    public static CorpusScore run(IcdarCorpus corpus, TableSource source) throws IOException {
        List<DocumentScore> scores = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (IcdarCorpus.Entry e : corpus.entries()) {
            List<GroundTruth> gts = corpus.groundTruths(e);
            List<ResultTable> tables;
            try {
                tables = source.tables(e.pdf());
            } catch (IOException | RuntimeException ex) {
                log.warn("{} failed on {}: {}", source.id(), e.name(), ex.toString());
                failures.add(e.name() + ": " + ex);
                tables = List.of();
            }
            scores.add(StructureScorer.scoreBest(e.name(), gts, tables));
        }
        return new CorpusScore(source.id(), scores, failures);
    }
}
