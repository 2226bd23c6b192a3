package org.sinpdf.serialize.meta;

import java.util.List;

/**
 * Options of the {@code dcat} stage ({@code options.dcat} in config). Empty strings mean "not
 * given": derivable fields are derived, missing mandatory ones are listed in {@code _missing}.
 *
 * @param identifierPrefix   prefix of the dataset identifier ({@code <prefix><slug of source id>})
 * @param title              dataset title; "" = from the file name
 * @param description        dataset description; "" = generated (source, tables, pages)
 * @param keywords           keywords
 * @param publisher          publishing institution
 * @param contactPoint       name of the contact (mandatory)
 * @param mbox               e-mail of the contact (mandatory)
 * @param landingPage        URL of the dataset's page (mandatory)
 * @param accrualPeriodicity update frequency, e.g. "R/P1Y" (ISO 8601) or "anual" (mandatory)
 * @param temporal           period covered, e.g. "2012-01-01/2012-12-31"; empty: derived from the data's dates
 * @param spatial            area covered, e.g. an INEGI key or a place name; empty: the data's coordinates' bounding box
 * @param downloadBaseUrl    URL of the published output root: "https://…/datos" gives
 *                           {@code https://…/datos/<source id>/<file>} (the output layout); or a
 *                           template with {@code {file}} and optionally {@code {sourceId}},
 *                           {@code {sourceDir}}, {@code {baseName}}; path parts are percent-encoded
 * @param license            licence name ("Términos de Libre Uso MX")
 * @param licenseUrl         licence URL, "" = none given
 * @param modified           last modification date; "" = today (ISO 8601)
 * @param skipFiles          ids of the table outputs not listed as distributions: by default
 *                           "raw" (the pipeline's {@code <table id>.raw.csv} audit copy, text exactly
 *                           as extracted, which is not cleaned open data)
 */
public record DcatOptions(String identifierPrefix, String title, String description, List<String> keywords,
                          String publisher, String contactPoint, String mbox, String landingPage,
                          String accrualPeriodicity, String temporal, String spatial, String downloadBaseUrl,
                          String license, String licenseUrl, String modified,
                          List<String> skipFiles) {
    public static final DcatOptions DEFAULTS = new DcatOptions("", "", "", List.of(), "", "", "", "", "", "", "", "",
            "Términos de Libre Uso MX", "", "", List.of("raw"));

    public DcatOptions {
        identifierPrefix = nz(identifierPrefix);
        title = nz(title);
        description = nz(description);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        publisher = nz(publisher);
        contactPoint = nz(contactPoint);
        mbox = nz(mbox);
        landingPage = nz(landingPage);
        accrualPeriodicity = nz(accrualPeriodicity);
        temporal = nz(temporal);
        spatial = nz(spatial);
        downloadBaseUrl = nz(downloadBaseUrl);
        license = license == null ? "Términos de Libre Uso MX" : license;
        licenseUrl = nz(licenseUrl);
        modified = nz(modified);
        skipFiles = skipFiles == null ? List.of("raw") : List.copyOf(skipFiles);
    }

    private static String nz(String s) { return s == null ? "" : s.strip(); }
}
