package org.sinpdf.validate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small test datasets in a temporary folder from inline strings. */
final class Datasets {
    static final String GOOD_CSV = "estado,cve_ent,monto_pesos,fecha\nJalisco,14,1234.00,2012-12-14\nColima,06,100,2012-12-15\n";

    static final String GOOD_DCAT = """
            {
              "identifier": "ingresos-2020",
              "title": "Ingresos 2020",
              "description": "Ingresos por estado",
              "keyword": ["ingresos"],
              "modified": "2020-12-31",
              "accrualPeriodicity": "R/P1Y",
              "contactPoint": {"fn": "Unidad de Transparencia", "hasEmail": "mailto:datos@example.gob.mx"},
              "mbox": "datos@example.gob.mx",
              "landingPage": "https://datos.example.gob.mx/ingresos",
              "license": "https://datos.gob.mx/libreusomx",
              "distribution": [{
                "identifier": "ingresos-2020-csv",
                "title": "Ingresos 2020 (CSV)",
                "downloadURL": "https://datos.example.gob.mx/ingresos.csv",
                "mediaType": "text/csv"
              }]
            }
            """;

    static final String GOOD_CSVW = """
            {"@context": "http://www.w3.org/ns/csvw", "url": "data.csv", "dc:license": "CC-BY-4.0",
             "tableSchema": {"columns": [{"name": "estado", "titles": "estado", "dc:description": "Estado"}]}}
            """;

    private Datasets() {}

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    /** A complete, valid dataset folder. */
    static Path goodDataset(Path dir) throws IOException {
        write(dir, "data.csv", GOOD_CSV);
        write(dir, "data-dcat.json", GOOD_DCAT);
        write(dir, "data-metadata.json", GOOD_CSVW);
        return dir;
    }

    static ValidationReport validate(Path... paths) { return validate(ValidationConfig.DEFAULTS, paths); }

    static ValidationReport validate(ValidationConfig cfg, Path... paths) {
        return new DatasetValidator(cfg).validate(List.of(paths));
    }

    static Set<String> rules(ValidationReport r) {
        return r.findings().stream().map(ValidationFinding::rule).collect(Collectors.toSet());
    }

    static List<ValidationFinding> of(ValidationReport r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    static Path zip(Path zip, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }
}
