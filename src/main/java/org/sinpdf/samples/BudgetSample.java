package org.sinpdf.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An unruled Spanish budget table: expenditure of Mexico's 2012 federal budget by branch ("ramo").
 *
 * <p><b>Provenance.</b> Branch codes and names are those of the Presupuesto de Egresos de la
 * Federación para el Ejercicio Fiscal 2012 (DOF, 12 de diciembre de 2011). The approved amounts are
 * written from memory to the nearest 0.1 million pesos and are in the order of magnitude of that
 * decree, but they are <b>illustrative</b>: do not cite them. The "modificado" amounts and the
 * publication dates are invented for testing (cents included on purpose).
 *
 * <p><b>Printed column → typed CSV column</b> (the contract the normalize stage is tested against):
 * <pre>
 * printed header (two rows)          printed cell example           CSV column             CSV value
 * Ramo                               "06"                           ramo                   "06" (text, zeros kept)
 * Denominación                       "Hacienda y Crédito Público"   denominacion           same text (wrapped lines joined by one space)
 * Presupuesto 2012 (pesos) / Aprobado   "$41,532,600,000.00"        monto_aprobado_mxn     41532600000.00
 * Presupuesto 2012 (pesos) / Modificado "$42,118,734,562.18"        monto_modificado_mxn   42118734562.18
 * Variación                          "1.4%" / "-2.3%"               variacion_pct          1.4 / -2.3
 * Fecha de publicación               "14 de diciembre de 2012"      fecha_publicacion      2012-12-14
 * </pre>
 * The printed "Total" row is derived data: it is in the raw CSV (as printed) and not in the typed CSV.
 * One amount carries a footnote marker ("¹") in print and in the raw CSV, not in the typed CSV.
 */
final class BudgetSample {
    private BudgetSample() {}

    static final String TITLE = "Presupuesto de Egresos de la Federación 2012: gasto por ramo";

    /** Raw CSV header: the printed header rows joined as {@code Table.headerName} does (" / "). */
    static final List<String> RAW_HEADER = List.of("Ramo", "Denominación", "Presupuesto 2012 (pesos) / Aprobado",
            "Presupuesto 2012 (pesos) / Modificado", "Variación", "Fecha de publicación");

    static final List<String> CSV_HEADER = List.of("ramo", "denominacion", "monto_aprobado_mxn",
            "monto_modificado_mxn", "variacion_pct", "fecha_publicacion");

    /** Ramo, name, approved (millions, illustrative), modified (pesos), publication date, footnote. */
    record Row(String ramo, String name, BigDecimal approved, BigDecimal modified, LocalDate published, String footnote) {
        BigDecimal variationPct() {
            return modified.subtract(approved).multiply(BigDecimal.valueOf(100))
                    .divide(approved, 1, RoundingMode.HALF_UP);
        }
    }

    static final String FOOTNOTE = "¹ Incluye los recursos del Fondo de Aportaciones para la Seguridad Pública "
            + "transferidos durante el ejercicio.";

    private static Row row(String ramo, String name, String approvedMillions, String modified, String date, String fn) {
        return new Row(ramo, name, new BigDecimal(approvedMillions).multiply(BigDecimal.valueOf(1_000_000)).setScale(2),
                new BigDecimal(modified), LocalDate.parse(date), fn);
    }

    static List<Row> rows() {
        return List.of(
                row("01", "Poder Legislativo", "12021.5", "11987344120.35", "2012-01-31", ""),
                row("03", "Poder Judicial", "43108.4", "42677509871.02", "2012-01-31", ""),
                row("04", "Gobernación", "17541.9", "19874466302.77", "2012-03-15", ""),
                row("05", "Relaciones Exteriores", "6543.0", "7211986540.10", "2012-03-15", ""),
                row("06", "Hacienda y Crédito Público", "41532.6", "42118734562.18", "2012-06-29", ""),
                row("07", "Defensa Nacional", "55610.9", "61206310455.64", "2012-06-29", ""),
                row("08", "Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación", "71378.3",
                        "69745120330.09", "2012-09-28", ""),
                row("09", "Comunicaciones y Transportes", "88041.1", "94460203117.50", "2012-09-28", ""),
                row("10", "Economía", "19304.6", "18233017420.81", "2012-09-28", ""),
                row("11", "Educación Pública", "251764.6", "259318344005.26", "2012-12-14", ""),
                row("12", "Salud", "113479.6", "112098775410.90", "2012-12-14", ""),
                row("13", "Marina", "19679.6", "21540098873.33", "2012-12-14", ""),
                row("14", "Trabajo y Previsión Social", "4474.7", "4302219851.47", "2012-12-14", ""),
                row("15", "Reforma Agraria", "6154.7", "5987730212.64", "2013-01-30", ""),
                row("16", "Medio Ambiente y Recursos Naturales", "53187.3", "50872433019.71", "2013-01-30", ""),
                row("18", "Energía", "3142.4", "3388120447.05", "2013-01-30", ""),
                row("20", "Desarrollo Social", "80176.5", "84032771950.44", "2013-01-30", ""),
                row("21", "Turismo", "5051.4", "5533986721.20", "2013-01-30", ""),
                row("27", "Función Pública", "1436.5", "1398842003.98", "2013-01-30", ""),
                row("36", "Seguridad Pública", "40536.4", "41913067508.13", "2013-01-30", "¹"));
    }

    // ---- printing (es-MX) -------------------------------------------------------------------

    private static final String[] MESES = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "octubre", "noviembre", "diciembre"};

    static String money(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("$#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return f.format(v);
    }

    static String percent(BigDecimal v) { return v.toPlainString() + "%"; }

    static String longDate(LocalDate d) {
        return d.getDayOfMonth() + " de " + MESES[d.getMonthValue() - 1] + " de " + d.getYear();
    }

    /** Body rows as printed, the Total row last. */
    static List<List<String>> printedRows() {
        List<List<String>> out = new ArrayList<>();
        BigDecimal ta = BigDecimal.ZERO, tm = BigDecimal.ZERO;
        for (Row r : rows()) {
            out.add(List.of(r.ramo(), r.name(), money(r.approved()) + r.footnote(), money(r.modified()),
                    percent(r.variationPct()), longDate(r.published())));
            ta = ta.add(r.approved());
            tm = tm.add(r.modified());
        }
        BigDecimal tv = tm.subtract(ta).multiply(BigDecimal.valueOf(100)).divide(ta, 1, RoundingMode.HALF_UP);
        out.add(List.of("", "Total", money(ta), money(tm), percent(tv), ""));
        return out;
    }

    /** Typed open-data records, no total. */
    static List<List<String>> typedRows() {
        return rows().stream().map(r -> List.of(r.ramo(), r.name(), r.approved().toPlainString(),
                r.modified().toPlainString(), r.variationPct().toPlainString(), r.published().toString())).toList();
    }

    static final List<String> BEFORE = List.of(
            "El Presupuesto de Egresos de la Federación para el Ejercicio Fiscal 2012 fue aprobado por la Cámara "
                    + "de Diputados y publicado en el Diario Oficial de la Federación el 12 de diciembre de 2011. "
                    + "El cuadro siguiente presenta, para los ramos administrativos y autónomos seleccionados, el "
                    + "monto aprobado, el monto modificado reportado y la variación porcentual entre ambos.",
            "Las cifras se expresan en pesos corrientes. La variación se calcula sobre el monto aprobado; la fecha "
                    + "corresponde a la publicación del informe en que se reportó el monto modificado.");

    static final List<String> AFTER = List.of(
            FOOTNOTE,
            "Fuente: elaboración propia con cifras ilustrativas basadas en el Presupuesto de Egresos de la "
                    + "Federación para el Ejercicio Fiscal 2012 (DOF, 12 de diciembre de 2011).",
            "Este documento es una muestra generada para pruebas del proyecto sinpdf; las cifras no deben citarse.");
}
