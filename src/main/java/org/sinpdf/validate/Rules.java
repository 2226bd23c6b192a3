package org.sinpdf.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sinpdf.model.Severity;

/** The catalogue of every rule {@code sinpdf validate} knows, with its default severity. */
public final class Rules {
    /** A rule of the catalogue. */
    public record Def(String id, Severity defaultSeverity, String description) implements Rule {}

    // format (Paso 2.1, commitment 42)
    public static final Def FORMAT_NOT_OPEN = def("format-not-open", Severity.ERROR,
            "PDF, scanned images and Word documents are not open data (commitment 42)");
    public static final Def FORMAT_XLS_ALONE = def("format-xls-alone", Severity.ERROR,
            "XLS/XLSX published without a CSV of the same name beside it (Paso 2.1)");
    public static final Def FORMAT_UNKNOWN = def("format-unknown", Severity.WARNING,
            "a file whose format is not one of the open formats of Paso 2.1");
    public static final Def FILE_UNREADABLE = def("file-unreadable", Severity.ERROR,
            "the file could not be read (I/O error, broken archive entry)");
    // encoding (Paso 2.2)
    public static final Def ENCODING_UTF8 = def("encoding-utf8", Severity.ERROR,
            "text must be valid UTF-8 (reports the byte offset of each invalid sequence)");
    public static final Def ENCODING_BOM = def("encoding-bom", Severity.INFO,
            "a UTF-8 byte order mark at the start of the file (allowed, noted)");
    // CSV structure (RFC 4180, Paso 2.2 flat tables)
    public static final Def CSV_QUOTING = def("csv-quoting", Severity.ERROR,
            "RFC 4180 quoting: stray quotes, text after a closing quote, unterminated quoted fields");
    public static final Def CSV_DELIMITER = def("csv-delimiter", Severity.ERROR,
            "fields must be separated by commas (not semicolons or tabs) in a .csv file");
    public static final Def CSV_RAGGED_ROW = def("csv-ragged-row", Severity.ERROR,
            "every row has as many fields as the header");
    public static final Def CSV_NO_HEADER = def("csv-no-header", Severity.ERROR,
            "the first row must be a header of column names, not data");
    public static final Def CSV_BLANK_HEADER = def("csv-blank-header", Severity.ERROR,
            "every column has a name");
    public static final Def CSV_DUPLICATE_HEADER = def("csv-duplicate-header", Severity.ERROR,
            "column names are unique");
    public static final Def CSV_BLANK_ROW = def("csv-blank-row", Severity.ERROR,
            "no blank separator rows");
    public static final Def CSV_TITLE_ROW = def("csv-title-row", Severity.ERROR,
            "no title or note rows above the header (one header row)");
    public static final Def CSV_MERGED_CELLS = def("csv-merged-cells", Severity.WARNING,
            "patterns left by merged cells: blanks under a value in leading columns, group-label rows");
    // content (Paso 2.2)
    public static final Def NUMBER_FORMAT = def("number-format", Severity.ERROR,
            "numbers without currency/unit symbols or thousands separators, decimal point '.'");
    public static final Def DATE_FORMAT = def("date-format", Severity.ERROR,
            "dates and periods in ISO 8601 (2012-12-14, 2012-09, 2011/2012)");
    public static final Def MIXED_TYPES = def("mixed-types", Severity.ERROR,
            "one data type per column (a numeric or date column holds no text)");
    public static final Def TOTAL_ROW = def("total-row", Severity.ERROR,
            "no total or subtotal rows (totals are derived data)");
    public static final Def DUPLICATE_ROW = def("duplicate-row", Severity.ERROR,
            "no duplicate rows");
    public static final Def INEGI_CODE = def("inegi-code", Severity.ERROR,
            "INEGI geostatistical codes keep their leading zeros (state 2, municipality 3, locality 4 digits)");
    // XML, KML
    public static final Def XML_WELL_FORMED = def("xml-well-formed", Severity.ERROR,
            "XML (and KML) files are well-formed");
    public static final Def XML_SCHEMA = def("xml-schema", Severity.ERROR,
            "an XML file is valid against the XSD it references (or the .xsd of the same name beside it)");
    public static final Def KML_SCHEMA = def("kml-schema", Severity.ERROR,
            "a KML file is valid against the OGC KML 2.2 schema");
    public static final Def KML_COORDINATES = def("kml-coordinates", Severity.ERROR,
            "KML coordinates are lon,lat[,alt] with longitude in [-180,180] and latitude in [-90,90]");
    // metadata (Paso 2.4)
    public static final Def METADATA_MISSING = def("metadata-missing", Severity.ERROR,
            "a dataset folder has metadata (DCAT JSON, CSVW or datapackage.json)");
    public static final Def METADATA_INVALID = def("metadata-invalid", Severity.ERROR,
            "a metadata file is readable JSON of the expected shape");
    public static final Def DCAT_REQUIRED = def("dcat-required", Severity.ERROR,
            "mandatory DCAT fields the converter can state: identifier, title, description, modified, "
                    + "accrualPeriodicity; per distribution identifier, title, mediaType");
    public static final Def DCAT_PUBLISHER = def("dcat-publisher", Severity.WARNING,
            "mandatory DCAT fields only the publisher can supply: contactPoint, mbox, landingPage, downloadURL");
    public static final Def DCAT_FORMAT = def("dcat-format", Severity.ERROR,
            "metadata values are well-formed: ISO 8601 modified, e-mail mbox, absolute http(s) URLs on a domain name");
    public static final Def LICENSE_MISSING = def("license-missing", Severity.ERROR,
            "the metadata states a licence (Términos de Libre Uso MX or compatible)");
    public static final Def LICENSE_UNKNOWN = def("license-unknown", Severity.WARNING,
            "the licence is not a recognised open licence (Libre Uso MX, CC BY 4.0, CC0, ODbL, PDDL)");
    public static final Def DATA_DICTIONARY = def("data-dictionary", Severity.WARNING,
            "a data dictionary describes each column (dictionary CSV, CSVW columns or Table Schema fields)");

    public static final List<Def> ALL = List.of(
            FORMAT_NOT_OPEN, FORMAT_XLS_ALONE, FORMAT_UNKNOWN, FILE_UNREADABLE,
            ENCODING_UTF8, ENCODING_BOM,
            CSV_QUOTING, CSV_DELIMITER, CSV_RAGGED_ROW, CSV_NO_HEADER, CSV_BLANK_HEADER, CSV_DUPLICATE_HEADER,
            CSV_BLANK_ROW, CSV_TITLE_ROW, CSV_MERGED_CELLS,
            NUMBER_FORMAT, DATE_FORMAT, MIXED_TYPES, TOTAL_ROW, DUPLICATE_ROW, INEGI_CODE,
            XML_WELL_FORMED, XML_SCHEMA, KML_SCHEMA, KML_COORDINATES,
            METADATA_MISSING, METADATA_INVALID, DCAT_REQUIRED, DCAT_PUBLISHER, DCAT_FORMAT,
            LICENSE_MISSING, LICENSE_UNKNOWN, DATA_DICTIONARY);

    private static final Map<String, Def> BY_ID = new LinkedHashMap<>();

    static {
        for (Def d : ALL) {
            if (BY_ID.put(d.id(), d) != null) throw new IllegalStateException("duplicate rule id " + d.id());
        }
    }

    private Rules() {}

    private static Def def(String id, Severity s, String description) { return new Def(id, s, description); }

    public static Optional<Def> byId(String id) { return Optional.ofNullable(BY_ID.get(id)); }
}
