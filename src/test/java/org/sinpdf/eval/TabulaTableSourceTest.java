package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sinpdf.model.BoundingBox;

class TabulaTableSourceTest {

    @Test
    void parsesTabulaJsonIntoGridsOnTheJobsPage() throws Exception {
        String json = """
                [{"extraction_method":"lattice","top":100.5,"left":50.0,"width":200.0,"height":80.0,"right":250.0,"bottom":180.5,
                  "data":[[{"top":100.5,"left":50.0,"width":100.0,"height":20.0,"text":"Name"},
                           {"top":100.5,"left":150.0,"width":100.0,"height":20.0,"text":"Value"}],
                          [{"top":120.5,"left":50.0,"width":100.0,"height":20.0,"text":"a"},
                           {"top":0.0,"left":0.0,"width":0.0,"height":0.0,"text":""}]]}]""";
        List<ResultTable> t = TabulaTableSource.parse(json, 3);
        assertEquals(1, t.size());
        assertEquals(3, t.get(0).page());
        assertEquals(new BoundingBox(50, 100.5, 250, 180.5), t.get(0).bbox());
        assertEquals(List.of(GridCell.of(0, 0, "Name"), GridCell.of(0, 1, "Value"), GridCell.of(1, 0, "a"), GridCell.of(1, 1, "")),
                t.get(0).cells());
        assertEquals(List.of(), TabulaTableSource.parse("[]", 1));
        assertEquals(List.of(), TabulaTableSource.parse("", 1));
    }

    @Test
    void modesParseByIdOrShortName() {
        assertEquals(TabulaMode.LATTICE, TabulaMode.of("lattice"));
        assertEquals(TabulaMode.STREAM_REGIONS, TabulaMode.of("tabula-stream-regions"));
        assertEquals("-g", TabulaMode.of("guess").flags());
    }
}
