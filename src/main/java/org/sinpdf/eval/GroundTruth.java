package org.sinpdf.eval;

import java.util.List;
import java.util.Objects;

/**
 * One reading of a document's tables: ICDAR 2013 {@code NAME-reg.xml} + {@code NAME-str.xml}.
 *
 * @param name    the ground-truth name, e.g. "us-011b"
 * @param regions one per table per page, in file order
 */
public record GroundTruth(String name, List<GtRegion> regions) {
    public GroundTruth {
        Objects.requireNonNull(name, "name");
        regions = List.copyOf(regions);
    }

    /** Region count per table (a table over 3 pages counts once here). */
    public long tableCount() { return regions.stream().mapToInt(GtRegion::table).distinct().count(); }
}
