package org.sinpdf.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dataset-level metadata rules: one failing and one passing dataset folder per rule. */
class MetadataRulesTest {
    @TempDir Path dir;

    private Path dataset(String name, String dcat) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Datasets.write(d, "data.csv", Datasets.GOOD_CSV);
        Datasets.write(d, "data-metadata.json", Datasets.GOOD_CSVW);
        if (dcat != null) Datasets.write(d, "data-dcat.json", dcat);
        return d;
    }

    @Test
    void completeDatasetHasNoFindings() throws Exception {
        ValidationReport r = Datasets.validate(Datasets.goodDataset(Files.createDirectories(dir.resolve("ok"))));
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        assertEquals(0, r.exitCode());
    }

    @Test
    void metadataMissing() throws Exception {
        Path d = Files.createDirectories(dir.resolve("bare"));
        Datasets.write(d, "data.csv", Datasets.GOOD_CSV);
        Datasets.write(d, "manifest.json", "{\"files\":[]}");
        ValidationReport r = Datasets.validate(d);
        assertTrue(Datasets.rules(r).contains("metadata-missing"));
        assertTrue(Datasets.of(r, "metadata-missing").get(0).file().endsWith("bare"));
        assertFalse(Datasets.rules(r).contains("format-unknown"), "manifest.json is not a problem");
    }

    @Test
    void metadataInvalid() throws Exception {
        ValidationReport r = Datasets.validate(dataset("broken", "{\"title\": \"x\",\n"));
        ValidationFinding f = Datasets.of(r, "metadata-invalid").get(0);
        assertTrue(f.file().endsWith("data-dcat.json"));
        assertFalse(Datasets.rules(Datasets.validate(dataset("fine", Datasets.GOOD_DCAT))).contains("metadata-invalid"));
    }

    @Test
    void dcatRequired() throws Exception {
        ValidationReport r = Datasets.validate(dataset("notitle", Datasets.GOOD_DCAT.replace("\"title\": \"Ingresos 2020\",", "")
                .replace("\"mediaType\": \"text/csv\"", "\"mediaType\": \"\"")));
        assertEquals(2, Datasets.of(r, "dcat-required").size(), r.findings().toString());
        // CSVW alone is not DCAT
        ValidationReport noDcat = Datasets.validate(dataset("nodcat", null));
        assertTrue(Datasets.rules(noDcat).contains("dcat-required"));
        // prefixed JSON-LD keys are understood
        String prefixed = Datasets.GOOD_DCAT.replace("\"title\"", "\"dct:title\"").replace("\"modified\"", "\"dct:modified\"");
        assertTrue(Datasets.validate(dataset("prefixed", prefixed)).findings().isEmpty());
    }

    @Test
    void dcatPublisherFieldsAreWarnings() throws Exception {
        String dcat = Datasets.GOOD_DCAT.replace("\"mbox\": \"datos@example.gob.mx\",", "")
                .replace("\"hasEmail\": \"mailto:datos@example.gob.mx\"", "\"hasEmail\": \"\"")
                .replace("\"landingPage\": \"https://datos.example.gob.mx/ingresos\",", "")
                .replace("\"downloadURL\": \"https://datos.example.gob.mx/ingresos.csv\",", "");
        ValidationReport r = Datasets.validate(dataset("nopublisher", dcat));
        assertEquals(3, Datasets.of(r, "dcat-publisher").size(), r.findings().toString());
        assertEquals(0, r.errors(), r.findings().toString());
        assertEquals(0, r.exitCode());
    }

    @Test
    void dcatFormat() throws Exception {
        String dcat = Datasets.GOOD_DCAT.replace("\"2020-12-31\"", "\"31/12/2020\"")
                .replace("\"datos@example.gob.mx\",", "\"datos arroba example\",")
                .replace("https://datos.example.gob.mx/ingresos.csv", "http://192.168.1.10/ingresos.csv")
                .replace("https://datos.example.gob.mx/ingresos\"", "https://datos.example.gob.mx/añó\"");
        ValidationReport r = Datasets.validate(dataset("badformat", dcat));
        assertEquals(4, Datasets.of(r, "dcat-format").size(), r.findings().toString());
    }

    @Test
    void licence() throws Exception {
        String none = Datasets.GOOD_DCAT.replace("\"license\": \"https://datos.gob.mx/libreusomx\",", "");
        Path d = Files.createDirectories(dir.resolve("nolicence"));
        Datasets.write(d, "data.csv", Datasets.GOOD_CSV);
        Datasets.write(d, "data-dcat.json", none);
        Datasets.write(d, "diccionario.csv", "nombre,descripcion,tipo,unidad\nestado,Estado,texto,\n");
        ValidationReport r = Datasets.validate(d);
        assertTrue(Datasets.rules(r).contains("license-missing"), r.findings().toString());
        ValidationReport closed = Datasets.validate(dataset("closed",
                Datasets.GOOD_DCAT.replace("https://datos.gob.mx/libreusomx", "Todos los derechos reservados")));
        assertTrue(Datasets.rules(closed).contains("license-unknown"));
        ValidationReport pkg = Datasets.validate(dataset("pkg", none));
        assertFalse(Datasets.rules(pkg).contains("license-missing"), "CSVW dc:license counts: " + pkg.findings());
    }

    @Test
    void dataDictionary() throws Exception {
        Path d = Files.createDirectories(dir.resolve("nodict"));
        Datasets.write(d, "data.csv", Datasets.GOOD_CSV);
        Datasets.write(d, "data-dcat.json", Datasets.GOOD_DCAT);
        assertTrue(Datasets.rules(Datasets.validate(d)).contains("data-dictionary"));
        Datasets.write(d, "data-diccionario.csv", "nombre,descripcion,tipo,unidad\nestado,Estado,texto,\n");
        ValidationReport r = Datasets.validate(d);
        assertTrue(r.findings().isEmpty(), r.findings().toString());
        Path p = Files.createDirectories(dir.resolve("datapackage"));
        Datasets.write(p, "data.csv", Datasets.GOOD_CSV);
        Datasets.write(p, "data-dcat.json", Datasets.GOOD_DCAT);
        Datasets.write(p, "datapackage.json", "{\"name\":\"x\",\"licenses\":[{\"name\":\"CC-BY-4.0\"}],"
                + "\"resources\":[{\"path\":\"data.csv\",\"schema\":{\"fields\":[{\"name\":\"estado\",\"type\":\"string\"}]}}]}");
        assertTrue(Datasets.validate(p).findings().isEmpty());
    }
}
