package org.sinpdf.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sinpdf.model.Table;
import org.sinpdf.model.TableRegion;

/**
 * Camelot's own test expectations ({@code camelot/cases.json} + {@code expected/*.json}) as a
 * "same answer as Camelot" check on real layouts.
 *
 * <p>A case is <em>reproduced</em> when some table sinpdf finds on the case's page has the same
 * grid as Camelot's expected table after normalisation: inside each cell runs of whitespace become
 * one space and the ends are stripped; rows and columns that are empty throughout are dropped (on
 * both sides). Which of the page's tables it is does not matter (Camelot's table order depends on
 * its options). Camelot's options (flavor, areas, columns) are not passed on: sinpdf has to find
 * the table by itself. Cases are deduplicated by (PDF, page, expected table), since several Camelot
 * tests assert the same output with different options.
 */
public final class CamelotCases {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CamelotCases() {}

    /**
     * One expected table.
     *
     * @param test     the Camelot test that asserts it
     * @param pdf      the PDF, resolved under {@code files/}
     * @param page     1-based page
     * @param flavor   Camelot flavor used (for the report only)
     * @param password the password Camelot used, or ""
     * @param expected the expected grid, rows of cell texts
     */
    public record Case(String test, Path pdf, int page, String flavor, String password, String expectedName,
                       List<List<String>> expected) {
        public Case {
            Objects.requireNonNull(pdf, "pdf");
            expected = expected.stream().map(List::copyOf).toList();
        }

        public String label() { return pdf.getFileName() + " p" + page + " " + expectedName; }
    }

    /** What became of one case. */
    public record Outcome(Case testCase, boolean reproduced, String reason) {}

    /** Reads the distinct cases of {@code camelotDir/cases.json}. */
    public static List<Case> load(Path camelotDir) throws IOException {
        JsonNode root = JSON.readTree(camelotDir.resolve("cases.json").toFile());
        Map<String, Case> distinct = new LinkedHashMap<>();
        for (JsonNode c : root.path("cases")) {
            String pdf = c.path("pdf").asText();
            int page = parsePage(c.path("pages").asText("1"));
            String expectedJson = c.path("expected_json").asText();
            String key = pdf + "|" + page + "|" + expectedJson;
            if (distinct.containsKey(key)) continue;
            List<List<String>> grid = new ArrayList<>();
            for (JsonNode row : JSON.readTree(camelotDir.resolve(expectedJson).toFile())) {
                List<String> r = new ArrayList<>();
                for (JsonNode cell : row) r.add(cell.isNull() ? "" : cell.asText());
                grid.add(r);
            }
            String name = Path.of(expectedJson).getFileName().toString().replaceFirst("\\.json$", "");
            distinct.put(key, new Case(c.path("test").asText(), camelotDir.resolve("files").resolve(pdf), page,
                    c.path("flavor").asText(), c.path("read_pdf_kwargs").path("password").asText(""), name, grid));
        }
        return List.copyOf(distinct.values());
    }

    /** "1 (default)" → 1, "2" → 2. */
    static int parsePage(String pages) {
        String digits = pages.replaceAll("^\\D*(\\d+).*$", "$1");
        return digits.matches("\\d+") ? Integer.parseInt(digits) : 1;
    }

    /** Checks one case against every table sinpdf found in its PDF. */
    public static Outcome check(Case c, List<Table> tables) {
        List<List<String>> want = normalize(c.expected());
        int onPage = 0;
        double bestAgreement = -1;
        String best = "";
        for (Table t : tables) {
            for (TableRegion r : t.regions()) {
                if (r.page() != c.page()) continue;
                onPage++;
                String[][] g = t.grid();
                List<List<String>> rows = new ArrayList<>();
                for (int i = r.firstRow(); i < r.endRow() && i < g.length; i++) rows.add(List.of(g[i]));
                List<List<String>> got = normalize(rows);
                if (got.equals(want)) return new Outcome(c, true, "same grid " + shape(want));
                double present = present(want, got);
                double a = agreement(want, got) + present;
                if (a > bestAgreement) {
                    bestAgreement = a;
                    best = String.format(Locale.ROOT,
                            "closest table %s (expected %s): %.0f%% of expected cells in place, %.0f%% of their texts present",
                            shape(got), shape(want), 100 * agreement(want, got), 100 * present);
                }
            }
        }
        if (onPage == 0) {
            return new Outcome(c, false, "no table on page " + c.page() + " (" + tables.size() + " in the document)");
        }
        return new Outcome(c, false, onPage + " table(s) on page " + c.page() + ", none equal; " + best);
    }

    /** Collapses whitespace, drops rows and columns empty throughout, pads rows to equal length. */
    static List<List<String>> normalize(List<List<String>> grid) {
        int cols = grid.stream().mapToInt(List::size).max().orElse(0);
        List<String[]> rows = new ArrayList<>();
        for (List<String> r : grid) {
            String[] row = new String[cols];
            for (int c = 0; c < cols; c++) row[c] = c < r.size() ? r.get(c).replaceAll("\\s+", " ").strip() : "";
            boolean empty = true;
            for (String s : row) empty &= s.isEmpty();
            if (!empty) rows.add(row);
        }
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            final int k = c;
            if (rows.stream().anyMatch(r -> !r[k].isEmpty())) keep.add(c);
        }
        List<List<String>> out = new ArrayList<>();
        for (String[] r : rows) out.add(keep.stream().map(k -> r[k]).toList());
        return out;
    }

    /** Share of the expected non-empty cells found with the same text at the same position. */
    static double agreement(List<List<String>> want, List<List<String>> got) {
        int total = 0, same = 0;
        for (int r = 0; r < want.size(); r++) {
            for (int c = 0; c < want.get(r).size(); c++) {
                String w = want.get(r).get(c);
                if (w.isEmpty()) continue;
                total++;
                if (r < got.size() && c < got.get(r).size() && got.get(r).get(c).equals(w)) same++;
            }
        }
        return total == 0 ? 0 : (double) same / total;
    }

    /** Share of the expected non-empty cell texts found anywhere in {@code got} (as a multiset). */
    static double present(List<List<String>> want, List<List<String>> got) {
        Map<String, Integer> have = new java.util.HashMap<>();
        for (List<String> r : got) for (String s : r) if (!s.isEmpty()) have.merge(s, 1, Integer::sum);
        int total = 0, found = 0;
        for (List<String> r : want) {
            for (String w : r) {
                if (w.isEmpty()) continue;
                total++;
                Integer n = have.get(w);
                if (n != null && n > 0) { found++; have.put(w, n - 1); }
            }
        }
        return total == 0 ? 0 : (double) found / total;
    }

    private static String shape(List<List<String>> g) {
        return g.size() + "x" + (g.isEmpty() ? 0 : g.get(0).size());
    }
}
