package org.sinpdf.spi;

import java.util.List;
import org.sinpdf.model.Page;
import org.sinpdf.model.Table;

/** Finds the tables on a page, and joins tables that continue over pages. */
public interface Tabulator extends Stage {
    /** The tables on one page, top to bottom; ids are provisional (the pipeline renames them). */
    List<Table> tabulate(Page page, StageContext ctx) throws StageException;

    /**
     * Joins tables of consecutive pages that continue one another (same column geometry),
     * dropping repeated header rows. Gets every table of the document in page order.
     */
    default List<Table> stitch(List<Table> tables, StageContext ctx) { return tables; }
}
