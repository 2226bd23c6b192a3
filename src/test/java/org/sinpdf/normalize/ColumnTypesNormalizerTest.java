package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sinpdf.model.Cell;
import org.sinpdf.model.Column;
import org.sinpdf.model.ColumnType;
import org.sinpdf.model.Confidence;
import org.sinpdf.model.Table;
import org.sinpdf.spi.StageException;

class ColumnTypesNormalizerTest {
    static final ColumnTypesNormalizer TYPES = new ColumnTypesNormalizer(ColumnTypesNormalizer.Options.DEFAULTS);

    static Table column(String header, String... values) {
        List<List<String>> g = new ArrayList<>();
        g.add(List.of(header));
        for (String v : values) g.add(List.of(v));
        return Table.ofGrid("t", g, 1);
    }

    static List<String> values(Table t) {
        return Chain.data(t).stream().map(r -> r.get(0)).toList();
    }

    static Cell cell(Table t, int dataRow) { return t.cellGrid()[t.headerRows() + dataRow][0]; }

    @Test
    void currencyMovesTheSymbolIntoTheHeader() throws StageException {
        Table t = Chain.run(TYPES, column("Monto", "$1,234,567.89", "$12.50", "(1,000.00)"));
        assertEquals(List.of("1234567.89", "12.50", "-1000.00"), values(t));
        Column c = t.columns().get(0);
        assertEquals(ColumnType.CURRENCY, c.type());
        assertEquals("MXN", c.unit());
        assertEquals("Monto (MXN)", c.name());
        assertEquals("$1,234,567.89", cell(t, 0).raw(), "raw is never changed");
    }

    @Test
    void percentIntegerDecimalBoolean() throws StageException {
        Table p = Chain.run(TYPES, column("Variación", "12.5%", "-3%", "0.25 %"));
        assertEquals(List.of("12.5", "-3", "0.25"), values(p));
        assertEquals(ColumnType.PERCENT, p.columns().get(0).type());
        assertEquals("Variación (%)", p.columns().get(0).name());

        Table i = Chain.run(TYPES, column("Personas", "1,234", "56", "7,000,001"));
        assertEquals(List.of("1234", "56", "7000001"), values(i));
        assertEquals(ColumnType.INTEGER, i.columns().get(0).type());

        Table d = Chain.run(TYPES, column("Tasa", "1.234,5", "12,75", "3"));
        assertEquals(List.of("1234.5", "12.75", "3"), values(d), "decimal commas decided from the column");
        assertEquals(ColumnType.DECIMAL, d.columns().get(0).type());

        Table b = Chain.run(TYPES, column("¿Publicado?", "Sí", "No", "si", "NO"));
        assertEquals(List.of("true", "false", "true", "false"), values(b));
        assertEquals(ColumnType.BOOLEAN, b.columns().get(0).type());
    }

    @Test
    void aCellThatDoesNotFitIsKeptAndFlagged() throws StageException {
        String[] vals = new String[12];
        for (int k = 0; k < 11; k++) vals[k] = (k + 1) + ",000";
        vals[11] = "12,OOO";
        Table t = Chain.run(TYPES, column("Habitantes", vals));
        assertEquals(ColumnType.INTEGER, t.columns().get(0).type());
        assertEquals("12,OOO", cell(t, 11).value());
        assertEquals(List.of("type-mismatch"), cell(t, 11).flags());
        assertTrue(Chain.codes(t).contains("type-mismatch"));
    }

    @Test
    void tooManyMisfitsLeaveTheColumnText() throws StageException {
        Table t = Chain.run(TYPES, column("Compromiso", "41", "43 y 44", "45a", "45b", "1.1", "7"));
        assertEquals(ColumnType.TEXT, t.columns().get(0).type());
        assertEquals(List.of("41", "43 y 44", "45a", "45b", "1.1", "7"), values(t));
        assertTrue(t.cells().stream().noneMatch(Cell::flagged));
    }

    @Test
    void ocrConfusionsAreRepairedOnlyWhereTheyParseAndFlagged() throws StageException {
        List<List<String>> g = List.of(List.of("Monto"), List.of("$1,234.50"), List.of("$2,5O0.00"),
                List.of("$l,OOO.00"), List.of("$9,999.99"), List.of("$ABC"), List.of("$10.00"), List.of("$11.00"),
                List.of("$12.00"), List.of("$13.00"), List.of("$14.00"), List.of("$15.00"), List.of("$16.00"),
                List.of("$17.00"), List.of("$18.00"), List.of("$19.00"), List.of("$20.00"), List.of("$21.00"),
                List.of("$22.00"), List.of("$23.00"), List.of("$24.00"));
        Table in = Table.ofGrid("t", g, 1);
        List<Cell> ocr = in.cells().stream().map(c -> new Cell(c.row(), c.col(), 1, 1, c.raw(), c.value(),
                new Confidence(0.9), null, 1, List.of())).toList();
        Table t = Chain.run(TYPES, in.withCells(ocr));
        assertEquals(ColumnType.CURRENCY, t.columns().get(0).type());
        assertEquals("2500.00", cell(t, 1).value());
        assertEquals(List.of("ocr-repair"), cell(t, 1).flags());
        assertEquals("1000.00", cell(t, 2).value());
        assertEquals("$ABC", cell(t, 4).value(), "no digit: nothing to repair");
        assertEquals(List.of("type-mismatch"), cell(t, 4).flags());

        List<List<String>> oneBad = new ArrayList<>(g);
        oneBad.remove(5);
        oneBad.remove(3);
        Table textLayer = Chain.run(TYPES, Table.ofGrid("t", oneBad, 1));
        assertEquals(ColumnType.CURRENCY, textLayer.columns().get(0).type());
        assertEquals("$2,5O0.00", cell(textLayer, 1).value());
        assertEquals(List.of("type-mismatch"), cell(textLayer, 1).flags(), "text-layer cells are not 'repaired' by default");
    }

    static Table ocrColumn(String header, String... values) {
        Table in = column(header, values);
        return in.withCells(in.cells().stream().map(c -> new Cell(c.row(), c.col(), 1, 1, c.raw(), c.value(),
                new Confidence(0.9), null, 1, List.of())).toList());
    }

    @Test
    void coordinateConfusionsOfOcrAreRepairedAndFlagged() throws StageException {
        String[] lon = new String[13];
        for (int i = 0; i < 10; i++) lon[i] = "-9" + i + ".5";
        lon[12] = "89°35'33.36° O";          // seconds mark read as a second degree sign
        lon[10] = "\u2014103%20'58.56\" O"; // dash before a west longitude, degree sign read as %
        lon[11] = "99*07'59.52\" 0";         // degree sign read as *, hemisphere O read as zero
        Table t = Chain.run(TYPES, ocrColumn("Longitud", lon));
        assertEquals(ColumnType.LONGITUDE, t.columns().get(0).type());
        assertEquals("-103.3496", cell(t, 10).value());
        assertEquals(List.of("ocr-repair"), cell(t, 10).flags());
        assertEquals("-99.1332", cell(t, 11).value());
        assertEquals(List.of("ocr-repair"), cell(t, 11).flags());
        assertEquals("-89.5926", cell(t, 12).value());
        assertEquals(List.of("ocr-repair"), cell(t, 12).flags());
        assertEquals("20°39'34.92″N", ColumnTypesNormalizer.repairCoordinate("20°39'34.92°N").orElseThrow());
        assertEquals("$11,987,344,120.35", ColumnTypesNormalizer.repairMixedGrouping("$11.987,344,120.35").orElseThrow());
        assertEquals("1.234.567.890,12", ColumnTypesNormalizer.repairMixedGrouping("1.234.567,890,12").orElseThrow());
        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairMixedGrouping("$19.679,600.000.00"),
                "as many misread separators as right ones: which is which is not known");
        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairMixedGrouping("11,987,344,120.35"), "nothing mixed");
        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairMixedGrouping("11.987,344"), "no decimals: no convention");
        assertEquals("$11,987,344,120.35", ColumnTypesNormalizer.repairFor(ColumnType.CURRENCY, "$11.987,344,120.35").orElseThrow());
        assertEquals("20°39′34.92″ N", ColumnTypesNormalizer.repairCoordinate("20°39°34.92° N").orElseThrow(),
                "the minutes mark read as a degree sign as well");
        assertEquals("103°20′58.56″ O", ColumnTypesNormalizer.repairCoordinate("103°20°58.56\" O").orElseThrow());
        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairCoordinate("20°39.5°"),
                "without minutes and seconds a second degree sign is not a seconds mark");

        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairCoordinate("-19°25′57.36″ S"),
                "an ASCII minus before S is a person's business, not a repair");
        assertEquals(java.util.Optional.empty(), ColumnTypesNormalizer.repairCoordinate("19°25′5%7″ N"),
                "a % is a degree sign only where the text has none");
    }

    @Test
    void aDecimalPointReadAsACommaIsRepairedOnlyAfterGrouping() throws StageException {
        assertEquals("94,460,203,117.50", ColumnTypesNormalizer.repairLastSeparator("94,460,203,117,50").orElseThrow());
        assertEquals("$1.234.567,8", ColumnTypesNormalizer.repairLastSeparator("$1.234.567.8").orElseThrow());
        assertTrue(ColumnTypesNormalizer.repairLastSeparator("117,50").isEmpty(), "no grouping before: a real decimal comma");
        assertTrue(ColumnTypesNormalizer.repairLastSeparator("1,234.567,50").isEmpty());
        Table t = Chain.run(TYPES, ocrColumn("Monto", "$1,000.00", "$2,000.00", "$94,460,203,117,50", "$3,000.00"));
        assertEquals("94460203117.50", cell(t, 2).value());
        assertEquals(List.of("ocr-repair"), cell(t, 2).flags());
    }

    @Test
    void aNumberWithMoreDecimalsThanItsColumnIsFlagged() throws StageException {
        Table t = Chain.run(TYPES, column("Monto", "$1,000.00", "$2,000.00", "$40,536,400,000.001", "$3,000.00", "$4.50"));
        assertEquals("40536400000.001", cell(t, 2).value(), "the value is kept");
        assertEquals(List.of("extra-decimals"), cell(t, 2).flags());
        assertEquals(List.of(), cell(t, 0).flags());
        Table mixed = Chain.run(TYPES, column("Tasa", "1.5", "2.25", "3.125", "4.0"));
        assertTrue(mixed.cells().stream().noneMatch(c -> c.flags().contains("extra-decimals")), "no usual count: nothing stands out");
    }

    @Test
    void ambiguousDatesAreSettledByTheColumnOrFlagged() throws StageException {
        Table settled = Chain.run(TYPES, column("Fecha", "01/02/2012", "25/12/2012", "14 de marzo de 2012"));
        assertEquals(List.of("2012-02-01", "2012-12-25", "2012-03-14"), values(settled));
        assertTrue(settled.cells().stream().noneMatch(Cell::flagged));

        Table us = Chain.run(TYPES, column("Date", "01/02/2012", "12/25/2012"));
        assertEquals(List.of("2012-01-02", "2012-12-25"), values(us));

        Table unsure = Chain.run(TYPES, column("Fecha", "01/02/2012", "03/04/2012", "2012-05-06"));
        assertEquals(ColumnType.DATE, unsure.columns().get(0).type());
        assertEquals("01/02/2012", cell(unsure, 0).value(), "kept verbatim, not guessed");
        assertEquals(List.of("ambiguous-date"), cell(unsure, 0).flags());
        assertEquals("2012-05-06", cell(unsure, 2).value());
    }

    @Test
    void configuredDateOrderSettlesOnlyWhatTheColumnCannot() throws StageException {
        ColumnTypesNormalizer.Options d = ColumnTypesNormalizer.Options.DEFAULTS;
        ColumnTypesNormalizer dayFirst = new ColumnTypesNormalizer(new ColumnTypesNormalizer.Options(d.locale(), d.minShare(),
                d.ocrRepair(), d.unitInName(), d.nullMarkers(), "day-first"));
        Table t = Chain.run(dayFirst, column("Fecha", "01/02/2012", "03/04/2012"));
        assertEquals(List.of("2012-02-01", "2012-04-03"), values(t));
        assertTrue(t.cells().stream().noneMatch(Cell::flagged), "the publisher said day first: nothing ambiguous");

        Table evidence = Chain.run(dayFirst, column("Date", "01/02/2012", "12/25/2012"));
        assertEquals(List.of("2012-01-02", "2012-12-25"), values(evidence), "the column's own 12/25 outweighs the option");

        assertThrows(IllegalArgumentException.class, () -> new ColumnTypesNormalizer.Options(d.locale(), d.minShare(),
                d.ocrRepair(), d.unitInName(), d.nullMarkers(), "ymd-ish"));
    }

    @Test
    void inegiCodesKeepOrGetTheirLeadingZeros() throws StageException {
        Table t = Chain.run(TYPES, column("Clave de entidad", "01", "9", "32"));
        assertEquals(ColumnType.INEGI_CODE, t.columns().get(0).type());
        assertEquals(List.of("01", "09", "32"), values(t));
        assertEquals(List.of("inegi-code-padded"), cell(t, 1).flags());

        Table mun = Chain.run(TYPES, column("cve_mun", "001", "015", "120"));
        assertEquals(ColumnType.INEGI_CODE, mun.columns().get(0).type());
        assertEquals(List.of("001", "015", "120"), values(mun));

        Table ramo = Chain.run(TYPES, column("Ramo", "01", "06", "36"));
        assertEquals(ColumnType.TEXT, ramo.columns().get(0).type(), "leading zeros: an identifier, kept as text");
        assertEquals(List.of("01", "06", "36"), values(ramo));

        Table bad = Chain.run(TYPES, column("Clave INEGI", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "45"));
        assertEquals(List.of("type-mismatch"), cell(bad, 10).flags(), "no state has code 45");
    }

    @Test
    void coordinatesFromHeaderOrHemisphere() throws StageException {
        Table lat = Chain.run(TYPES, column("Latitud", "19°25′57.36″ N", "21.8818", "20.6597"));
        assertEquals(ColumnType.LATITUDE, lat.columns().get(0).type());
        assertEquals(List.of("19.4326", "21.8818", "20.6597"), values(lat));

        Table lon = Chain.run(TYPES, column("Ubicación", "99°07′59.52″ O", "103°20′58.56″ O"));
        assertEquals(ColumnType.LONGITUDE, lon.columns().get(0).type());
        assertEquals(List.of("-99.1332", "-103.3496"), values(lon));

        Table wrong = Chain.run(TYPES, column("Latitud", "19.4326", "21.1", "22.2", "23.3", "24.4", "25.5", "26.6",
                "27.7", "28.8", "29.9", "99°07′59.52″ O"));
        assertEquals(List.of("type-mismatch"), cell(wrong, 10).flags(), "a longitude in a latitude column");
    }

    @Test
    void blankCellsStayBlankAndUnflagged() throws StageException {
        Table t = Chain.run(TYPES, column("Monto", "$1.00", "", "$3.00"));
        assertEquals(List.of("1.00", "", "3.00"), values(t));
        assertTrue(t.cells().stream().noneMatch(Cell::flagged));
    }

    @Test
    void nullMarkersBecomeBlankAndFlaggedInTypedColumns() throws StageException {
        Table t = Chain.run(TYPES, column("Monto", "$1.00", "-", "n.d.", "$3.00"));
        assertEquals(ColumnType.CURRENCY, t.columns().get(0).type());
        assertEquals(List.of("1.00", "", "", "3.00"), values(t));
        assertEquals(List.of("null-marker"), cell(t, 1).flags());
        assertEquals("-", cell(t, 1).raw());
        Table text = Chain.run(TYPES, column("Nota", "-", "ver anexo"));
        assertEquals(List.of("-", "ver anexo"), values(text), "text columns keep their dashes");
    }

    @Test
    void scaledCurrencyKeepsTheScaleInTheUnit() throws StageException {
        Table t = Chain.run(TYPES, column("Monto (millones de pesos)", "1,234.5", "10.2"));
        assertEquals(ColumnType.CURRENCY, t.columns().get(0).type());
        assertEquals("MXN (millones)", t.columns().get(0).unit());
        assertEquals("Monto (millones de pesos)", t.columns().get(0).name());
        Table usd = Chain.run(TYPES, column("Importe", "US$1,000.00", "US$2.50"));
        assertEquals("USD", usd.columns().get(0).unit());
        assertEquals("Importe (USD)", usd.columns().get(0).name());
    }
}
