package org.sinpdf.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sinpdf.samples.PdfLayout.Align;
import org.sinpdf.samples.PdfLayout.ColumnSpec;
import org.sinpdf.samples.PdfLayout.HeaderCell;
import org.sinpdf.samples.PdfLayout.Rules;
import org.sinpdf.samples.PdfLayout.TableSpec;

/**
 * Writes the sample documents of {@code samples/}: each PDF beside the CSV of its source data
 * (UTF-8, RFC 4180, one header row) and, where the printed cells differ from the typed data, a
 * {@code .raw.csv} with the cells exactly as printed (header rows joined with " / ").
 *
 * <pre>
 * mvn -B -q compile dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime
 * java -cp 'target/classes:target/lib/*' org.sinpdf.samples.SampleGenerator samples [font.ttf bold.ttf]
 * </pre>
 *
 * Output is byte-for-byte deterministic for a given font file (Debian 12 fonts-dejavu-core 2.37):
 * fixed dates, a fixed document id, subset tags derived from the glyphs used.
 */
public final class SampleGenerator {
    public static final Path DEFAULT_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    public static final Path DEFAULT_BOLD_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    /** Every file the generator writes, relative to the output directory. */
    public static final List<String> FILES = List.of(
            "ogp-mexico-2012-evaluation.pdf", "ogp-mexico-2012-evaluation.csv",
            "presupuesto-2012.pdf", "presupuesto-2012.csv", "presupuesto-2012.raw.csv",
            "capitales-estatales.pdf", "capitales-estatales.csv", "capitales-estatales.raw.csv");

    private final Path font;
    private final Path boldFont;

    public SampleGenerator(Path font, Path boldFont) {
        this.font = font;
        this.boldFont = boldFont;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: SampleGenerator OUT_DIR [REGULAR.ttf BOLD.ttf]");
            System.exit(2);
        }
        SampleGenerator g = args.length == 3 ? new SampleGenerator(Path.of(args[1]), Path.of(args[2]))
                : new SampleGenerator(DEFAULT_FONT, DEFAULT_BOLD_FONT);
        g.generateAll(Path.of(args[0]));
    }

    /** Writes all samples into {@code dir} (created if absent). */
    public void generateAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        ogp(dir);
        budget(dir);
        capitals(dir);
    }

    private void ogp(Path dir) throws IOException {
        List<List<String>> rows = OgpEvaluationSample.rows();
        try (PdfLayout pdf = new PdfLayout(font, boldFont,
                "Open Government Partnership — Self-Assessment Report, Mexico, 14 December 2012", 42f)) {
            pdf.heading(OgpEvaluationSample.TITLE, 14f);
            pdf.paragraph("14 December 2012", 10f);
            pdf.heading("IV. Conclusions and responses", 12f);
            for (String p : OgpEvaluationSample.BEFORE) pdf.paragraph(p, 10f);
            pdf.paragraph("Table 1. Evaluation of the commitments of the Extended Action Plan", 9f, true);
            List<ColumnSpec> cols = new ArrayList<>();
            for (int c = 0; c < 10; c++) cols.add(new ColumnSpec(c == 2 ? Align.LEFT : Align.CENTER, true));
            List<HeaderCell> head = OgpEvaluationSample.HEADER.stream().map(HeaderCell::of).toList();
            pdf.table(new TableSpec(List.of(head), rows, cols, Rules.GRID, 2, List.of()), 7f, 8f);
            pdf.heading("V. Original Action Plan and Relevant Efforts", 12f);
            for (String p : OgpEvaluationSample.AFTER) pdf.paragraph(p, 10f);
            pdf.save(dir.resolve("ogp-mexico-2012-evaluation.pdf"), OgpEvaluationSample.TITLE,
                    "Evaluation table of the OGP self-assessment report (sinpdf sample)");
        }
        writeCsv(dir.resolve("ogp-mexico-2012-evaluation.csv"), OgpEvaluationSample.HEADER, rows);
    }

    private void budget(Path dir) throws IOException {
        List<List<String>> printed = BudgetSample.printedRows();
        try (PdfLayout pdf = new PdfLayout(font, boldFont,
                "Secretaría de Hacienda y Crédito Público — Unidad de Política y Control Presupuestario", 56f)) {
            pdf.heading(BudgetSample.TITLE, 14f);
            pdf.paragraph("México, D.F., 14 de diciembre de 2012", 10f);
            for (String p : BudgetSample.BEFORE) pdf.paragraph(p, 10f);
            pdf.paragraph("Cuadro 1. Gasto por ramo, aprobado y modificado, 2012", 9f, true);
            List<ColumnSpec> cols = List.of(new ColumnSpec(Align.CENTER, false), new ColumnSpec(Align.LEFT, true),
                    new ColumnSpec(Align.RIGHT, false), new ColumnSpec(Align.RIGHT, false),
                    new ColumnSpec(Align.RIGHT, false), new ColumnSpec(Align.RIGHT, false));
            List<List<HeaderCell>> head = List.of(
                    List.of(HeaderCell.of(""), HeaderCell.of(""), new HeaderCell("Presupuesto 2012 (pesos)", 2),
                            HeaderCell.of(""), HeaderCell.of("")),
                    List.of(HeaderCell.of("Ramo"), HeaderCell.of("Denominación"), HeaderCell.of("Aprobado"),
                            HeaderCell.of("Modificado"), HeaderCell.of("Variación"), HeaderCell.of("Fecha de publicación")));
            pdf.table(new TableSpec(head, printed, cols, Rules.NONE, 1, List.of(printed.size() - 1)), 7.5f, 7.5f);
            for (String p : BudgetSample.AFTER) pdf.paragraph(p, 8f);
            pdf.save(dir.resolve("presupuesto-2012.pdf"), BudgetSample.TITLE,
                    "Presupuesto 2012 por ramo, cifras ilustrativas (muestra de sinpdf)");
        }
        writeCsv(dir.resolve("presupuesto-2012.csv"), BudgetSample.CSV_HEADER, BudgetSample.typedRows());
        writeCsv(dir.resolve("presupuesto-2012.raw.csv"), BudgetSample.RAW_HEADER, printed);
    }

    private void capitals(Path dir) throws IOException {
        List<List<String>> printed = CapitalsSample.printedRows();
        try (PdfLayout pdf = new PdfLayout(font, boldFont,
                "Instituto Nacional de Estadística y Geografía — Marco Geoestadístico", 56f)) {
            pdf.heading(CapitalsSample.TITLE, 14f);
            pdf.paragraph("Aguascalientes, Ags., 14 de diciembre de 2012", 10f);
            for (String p : CapitalsSample.BEFORE) pdf.paragraph(p, 10f);
            pdf.paragraph("Cuadro 1. Claves y capitales de las entidades federativas", 9f, true);
            List<ColumnSpec> cols = List.of(new ColumnSpec(Align.CENTER, false), new ColumnSpec(Align.LEFT, true),
                    new ColumnSpec(Align.LEFT, false), new ColumnSpec(Align.RIGHT, false),
                    new ColumnSpec(Align.RIGHT, false));
            List<HeaderCell> head = CapitalsSample.RAW_HEADER.stream().map(HeaderCell::of).toList();
            pdf.table(new TableSpec(List.of(head), printed, cols, Rules.HORIZONTAL, 1, List.of()), 8.5f, 8.5f);
            for (String p : CapitalsSample.AFTER) pdf.paragraph(p, 8f);
            pdf.save(dir.resolve("capitales-estatales.pdf"), CapitalsSample.TITLE,
                    "Claves INEGI y coordenadas de las capitales (muestra de sinpdf)");
        }
        writeCsv(dir.resolve("capitales-estatales.csv"), CapitalsSample.CSV_HEADER, CapitalsSample.typedRows());
        writeCsv(dir.resolve("capitales-estatales.raw.csv"), CapitalsSample.RAW_HEADER, printed);
    }

    static void writeCsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            p.printRecord(header);
            for (List<String> r : rows) p.printRecord(r);
        }
    }
}
