package org.sinpdf.testplugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sinpdf.model.BoundingBox;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Origin;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Source;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;
import org.sinpdf.model.TextChunk;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.Tabulator;

/**
 * A test-only plugin, found through src/test/resources/META-INF/services: it proves a stage can
 * be added and used from config with no change to sinpdf's code. Its "documents" are text files:
 * pages separated by form feeds, rows by newlines, cells by '|'; a page holding only "FAIL"
 * throws, one holding only "EMPTY" is declined, "?word" gets confidence 0.3.
 */
public final class GridTextPlugin implements SinpdfPlugin {
    public record GridOptions(double cellWidth, double rowHeight) {
        public static final GridOptions DEFAULTS = new GridOptions(100, 20);

        public GridOptions {
            if (cellWidth <= 0 || rowHeight <= 0) throw new IllegalArgumentException("cellWidth and rowHeight must be positive");
        }
    }

    @Override public String id() { return "test-grid"; }

    @Override public void register(Registrar r) {
        r.extractor("test-grid", GridOptions.class, GridOptions.DEFAULTS, GridExtractor::new);
        r.tabulator("test-rows", Registrar.NoOptions.class, Registrar.NoOptions.INSTANCE, o -> new RowTabulator());
    }

    static final class GridExtractor implements Extractor {
        private final GridOptions options;

        GridExtractor(GridOptions options) { this.options = options; }

        @Override public String id() { return "test-grid"; }

        @Override public boolean accepts(Source source) { return source.mediaType().equals("text/plain"); }

        @Override
        public ExtractedDocument open(Source source, StageContext ctx) throws StageException {
            String text;
            try {
                text = Files.readString(source.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StageException("cannot read: " + e.getMessage(), e);
            }
            String[] pages = text.split("\f", -1);
            return new ExtractedDocument() {
                @Override public int pageCount() { return pages.length; }

                @Override
                public PageResult page(int number, StageContext c) throws StageException {
                    String p = pages[number - 1].strip();
                    if (p.equals("FAIL")) throw new StageException("simulated page failure");
                    if (p.equals("EMPTY")) return PageResult.declined("no text");
                    List<TextChunk> chunks = new ArrayList<>();
                    String[] lines = p.split("\n");
                    for (int r = 0; r < lines.length; r++) {
                        String[] cells = lines[r].split("\\|", -1);
                        for (int k = 0; k < cells.length; k++) {
                            String t = cells[k].strip();
                            if (t.isEmpty()) continue;
                            boolean unsure = t.startsWith("?");
                            chunks.add(new TextChunk(unsure ? t.substring(1) : t,
                                    BoundingBox.ofSize(k * options.cellWidth() + 1, r * options.rowHeight() + 1,
                                            options.cellWidth() - 2, options.rowHeight() - 2),
                                    unsure ? Origin.OCR : Origin.TEXT_LAYER, new Confidence(unsure ? 0.3 : 1.0), "", 10, false));
                        }
                    }
                    double w = 10 * options.cellWidth();
                    double h = Math.max(1, lines.length) * options.rowHeight();
                    return PageResult.of(new Page(number, w, h, 0, chunks, List.of(), PageMethod.TEXT_LAYER, "grid text", "pt"));
                }

                @Override public void close() {}
            };
        }
    }

    /** One table per page with words: rows by top, columns by left; the first row is the header. */
    static final class RowTabulator implements Tabulator {
        @Override public String id() { return "test-rows"; }

        @Override
        public List<Table> tabulate(Page page, StageContext ctx) {
            if (page.chunks().isEmpty()) return List.of();
            Map<Double, Integer> rowOf = new TreeMap<>();
            Map<Double, Integer> colOf = new TreeMap<>();
            page.chunks().forEach(c -> { rowOf.put(c.box().top(), 0); colOf.put(c.box().left(), 0); });
            int i = 0;
            for (var e : rowOf.entrySet()) e.setValue(i++);
            i = 0;
            for (var e : colOf.entrySet()) e.setValue(i++);
            List<Cell> cells = new ArrayList<>();
            BoundingBox box = null;
            for (TextChunk c : page.chunks().stream().sorted(Comparator.comparingDouble((TextChunk x) -> x.box().top())).toList()) {
                cells.add(new Cell(rowOf.get(c.box().top()), colOf.get(c.box().left()), 1, 1, c.text(), c.text(),
                        c.confidence(), c.box(), page.number(), List.of()));
                box = box == null ? c.box() : box.union(c.box());
            }
            int rows = rowOf.size();
            return List.of(Table.withDerivedColumns("p" + page.number(), rows, colOf.size(), 1, cells,
                    List.of(new TableRegion(page.number(), box, 0, rows)), List.of(), id()));
        }
    }
}
