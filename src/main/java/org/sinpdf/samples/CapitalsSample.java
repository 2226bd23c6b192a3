package org.sinpdf.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

/**
 * The 32 federal entities of Mexico with their INEGI state code (Catálogo Único de Claves de Áreas
 * Geoestadísticas, CVE_ENT "01"–"32"), capital city and the capital's coordinates.
 *
 * <p><b>Provenance.</b> Codes and entity names follow INEGI's catalogue. Coordinates are city-centre
 * (main square) positions in WGS84 decimal degrees, rounded to 4 decimals, as found in public
 * gazetteers; they are good to about a kilometre, which is all a test needs. For Ciudad de México
 * the Zócalo is used.
 *
 * <p><b>Printed → typed CSV:</b> "Clave INEGI" → {@code cve_ent} (text, leading zero kept);
 * "Entidad federativa" → {@code entidad}; "Capital" → {@code capital}; "Latitud" → {@code latitud};
 * "Longitud" → {@code longitud}. Latitude and longitude are printed as decimal degrees ("-99.1332"),
 * except for the entities in {@link #DMS_CODES}, printed as degrees-minutes-seconds with seconds to two
 * decimals and a hemisphere letter ({@code 19°25′57.36″ N}, {@code 99°07′59.52″ O}; O = oeste = west,
 * used consistently). The CSV always has decimal degrees (west negative). 0.0001° is 0.36″, so the DMS
 * text converts back to the 4-decimal value exactly.
 */
final class CapitalsSample {
    private CapitalsSample() {}

    static final String TITLE = "Entidades federativas y sus capitales: claves y coordenadas";

    static final List<String> RAW_HEADER = List.of("Clave INEGI", "Entidad federativa", "Capital", "Latitud", "Longitud");
    static final List<String> CSV_HEADER = List.of("cve_ent", "entidad", "capital", "latitud", "longitud");

    /** Entities printed in degrees-minutes-seconds. */
    static final Set<String> DMS_CODES = Set.of("09", "14", "31");

    private static final String DATA = """
            01|Aguascalientes|Aguascalientes|21.8818|-102.2916
            02|Baja California|Mexicali|32.6245|-115.4523
            03|Baja California Sur|La Paz|24.1426|-110.3128
            04|Campeche|San Francisco de Campeche|19.8301|-90.5349
            05|Coahuila de Zaragoza|Saltillo|25.4232|-101.0053
            06|Colima|Colima|19.2452|-103.7241
            07|Chiapas|Tuxtla Gutiérrez|16.7516|-93.1029
            08|Chihuahua|Chihuahua|28.6353|-106.0889
            09|Ciudad de México|Ciudad de México|19.4326|-99.1332
            10|Durango|Victoria de Durango|24.0277|-104.6532
            11|Guanajuato|Guanajuato|21.0190|-101.2574
            12|Guerrero|Chilpancingo de los Bravo|17.5515|-99.5006
            13|Hidalgo|Pachuca de Soto|20.1011|-98.7591
            14|Jalisco|Guadalajara|20.6597|-103.3496
            15|México|Toluca de Lerdo|19.2826|-99.6557
            16|Michoacán de Ocampo|Morelia|19.7060|-101.1950
            17|Morelos|Cuernavaca|18.9242|-99.2216
            18|Nayarit|Tepic|21.5042|-104.8946
            19|Nuevo León|Monterrey|25.6866|-100.3161
            20|Oaxaca|Oaxaca de Juárez|17.0732|-96.7266
            21|Puebla|Heroica Puebla de Zaragoza|19.0414|-98.2063
            22|Querétaro|Santiago de Querétaro|20.5888|-100.3899
            23|Quintana Roo|Chetumal|18.5001|-88.2961
            24|San Luis Potosí|San Luis Potosí|22.1565|-100.9855
            25|Sinaloa|Culiacán Rosales|24.8091|-107.3940
            26|Sonora|Hermosillo|29.0729|-110.9559
            27|Tabasco|Villahermosa|17.9892|-92.9475
            28|Tamaulipas|Ciudad Victoria|23.7369|-99.1411
            29|Tlaxcala|Tlaxcala de Xicohténcatl|19.3139|-98.2404
            30|Veracruz de Ignacio de la Llave|Xalapa-Enríquez|19.5438|-96.9102
            31|Yucatán|Mérida|20.9674|-89.5926
            32|Zacatecas|Zacatecas|22.7709|-102.5832
            """;

    /** Typed records: cve_ent, entidad, capital, latitud, longitud (decimal degrees). */
    static List<List<String>> typedRows() {
        return DATA.lines().map(l -> List.of(l.split("\\|", -1))).toList();
    }

    /** Rows as printed: DMS for {@link #DMS_CODES}, decimal degrees otherwise. */
    static List<List<String>> printedRows() {
        return typedRows().stream().map(r -> DMS_CODES.contains(r.get(0))
                ? List.of(r.get(0), r.get(1), r.get(2), dms(r.get(3), "N", "S"), dms(r.get(4), "E", "O"))
                : r).toList();
    }

    /** {@code 19°25′57.36″ N}: whole degrees, two-digit minutes, seconds to two decimals (zero-padded). */
    static String dms(String decimal, String positive, String negative) {
        BigDecimal v = new BigDecimal(decimal);
        String hemi = v.signum() < 0 ? negative : positive;
        BigDecimal a = v.abs();
        int deg = a.intValue();
        BigDecimal minutesAll = a.subtract(BigDecimal.valueOf(deg)).multiply(BigDecimal.valueOf(60));
        int min = minutesAll.intValue();
        BigDecimal sec = minutesAll.subtract(BigDecimal.valueOf(min)).multiply(BigDecimal.valueOf(60))
                .setScale(2, RoundingMode.HALF_UP);
        String s = sec.toPlainString();
        if (sec.compareTo(BigDecimal.TEN) < 0) s = "0" + s;
        return String.format(java.util.Locale.ROOT, "%d°%02d′%s″ %s", deg, min, s, hemi);
    }

    static final List<String> BEFORE = List.of(
            "El Marco Geoestadístico del Instituto Nacional de Estadística y Geografía (INEGI) asigna a cada "
                    + "entidad federativa una clave de dos dígitos. El cuadro siguiente relaciona la clave, el "
                    + "nombre oficial de la entidad, su capital y la ubicación aproximada del centro de la capital.",
            "Las coordenadas se expresan en grados decimales (WGS84); la longitud oeste es negativa. Para algunas "
                    + "capitales se conserva la notación en grados, minutos y segundos del registro original.",
            "La clave de entidad se escribe siempre con dos dígitos, incluido el cero inicial, tal como aparece en "
                    + "el catálogo; las claves municipales (tres dígitos) y de localidad (cuatro dígitos) se "
                    + "anteponen a ella para formar claves geoestadísticas más detalladas.");

    static final List<String> AFTER = List.of(
            "Fuente: claves del Catálogo Único de Claves de Áreas Geoestadísticas Estatales, Municipales y "
                    + "Localidades del INEGI; coordenadas aproximadas de la plaza principal de cada capital, "
                    + "tomadas de nomenclátores públicos.",
            "Este documento es una muestra generada para pruebas del proyecto sinpdf.");
}
