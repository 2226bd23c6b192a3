package org.sinpdf.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.model.BoundingBox;

class IcdarGroundTruthReaderTest {

    static Path icdar() { return Path.of(System.getProperty("sinpdf.corpus", "../shared/corpus")).resolve("icdar2013"); }

    @Test
    void readsRegionsAndCellsOfARealDocumentInTopLeftCoordinates() throws Exception {
        Path dir = icdar();
        List<PageFrame> frames = PageFrame.read(dir.resolve("eu-001.pdf"));
        GroundTruth gt = IcdarGroundTruthReader.read(dir, "eu-001", frames);
        assertEquals(7, gt.regions().size());
        GtRegion first = gt.regions().get(0);
        assertEquals(1, first.page());
        double h = frames.get(0).ury() - frames.get(0).lly();
        // eu-001-reg.xml table 1: x1=100 y1=451 x2=482 y2=543 (bottom-left origin)
        assertEquals(new BoundingBox(100 - frames.get(0).llx(), frames.get(0).ury() - 543, 482 - frames.get(0).llx(),
                frames.get(0).ury() - 451), first.bbox());
        assertTrue(h > 700, "A4/letter page height, got " + h);
        GridCell header = first.cells().get(0);
        assertEquals("THRESHOLD FOR RELEASES", header.text());
        assertEquals(3, header.colSpan());
        assertEquals(1, header.col());
    }

    @Test
    void everyDocumentOfTheCorpusReadsWithCellsInsideItsPages() throws Exception {
        IcdarCorpus corpus = IcdarCorpus.open(icdar());
        assertTrue(corpus.entries().size() >= 40, "corpus has " + corpus.entries().size());
        int alternatives = 0;
        for (IcdarCorpus.Entry e : corpus.entries()) {
            if (e.readings().size() > 1) alternatives++;
            for (GroundTruth gt : corpus.groundTruths(e)) {
                assertTrue(!gt.regions().isEmpty(), gt.name());
                for (GtRegion r : gt.regions()) {
                    assertTrue(r.bbox().area() > 0, gt.name() + " region on page " + r.page());
                    assertTrue(r.bbox().left() >= -1 && r.bbox().top() >= -1, gt.name() + " " + r.bbox());
                }
            }
        }
        assertEquals(3, alternatives, "us-011, us-031, us-035 have two readings");
    }

    @Test
    void toleratesJunkAfterNumbersAndMisspeltEndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x-reg.xml"), """
                <document><table id='1'><region id='1' page='1'>
                <bounding-box x1='10' y1='700' x2='300' y2='780'/></region></table></document>""");
        Files.writeString(dir.resolve("x-str.xml"), """
                <document><table id='1'><region id='1' page='1' col-increment='0' row-increment='0'>
                <cell id='1' start-row='0' start-col='0' col-end='1'>
                  <bounding-box x1='26ß' y1='760' x2='200' y2='780'/><content>Head</content></cell>
                <cell id='2' start-row='1' start-col='0'><bounding-box x1='26' y1='740' x2='60' y2='750'/><content>a</content></cell>
                </region></table></document>""");
        GroundTruth gt = IcdarGroundTruthReader.read(dir, "x", List.of(PageFrame.of(612, 792)));
        GtRegion r = gt.regions().get(0);
        assertEquals(new BoundingBox(10, 12, 300, 92), r.bbox());
        assertEquals(2, r.cells().get(0).colSpan());
        assertEquals(26.0, IcdarGroundTruthReader.leadingNumber("26ß"));
        assertThrows(IllegalArgumentException.class, () -> IcdarGroundTruthReader.leadingNumber("ß"));
    }

    @Test
    void mergesSideBySideBlocksOfOneTableOnOnePage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("y-str.xml"), """
                <document><table id='1'>
                <region id='1' page='1' col-increment='0' row-increment='0'>
                  <cell start-row='0' start-col='0'><bounding-box x1='10' y1='700' x2='50' y2='710'/><content>Age</content></cell>
                </region>
                <region id='2' page='1' col-increment='2' row-increment='0'>
                  <cell start-row='0' start-col='0'><bounding-box x1='100' y1='700' x2='150' y2='710'/><content>Age</content></cell>
                </region></table></document>""");
        GroundTruth gt = IcdarGroundTruthReader.read(dir, "y", List.of(PageFrame.of(612, 792)));
        assertEquals(1, gt.regions().size());
        GtRegion r = gt.regions().get(0);
        assertEquals(2, r.cells().get(1).col());
        assertEquals(new BoundingBox(10, 82, 150, 92), r.bbox()); // union of cells: no -reg.xml
    }

    @Test
    void rotatedPageFrameMapsCornersOntoTheUprightPage() {
        PageFrame f = new PageFrame(0, 0, 612, 792, 90);
        // user-space bottom-left corner ends at the top-left of the upright (landscape) page
        assertEquals(new BoundingBox(0, 0, 10, 20), f.toTopLeft(0, 0, 20, 10));
        PageFrame g = new PageFrame(0, 0, 612, 792, 0);
        assertEquals(new BoundingBox(0, 782, 20, 792), g.toTopLeft(0, 0, 20, 10));
    }
}
