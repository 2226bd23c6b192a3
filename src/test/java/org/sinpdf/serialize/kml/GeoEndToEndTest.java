package org.sinpdf.serialize.kml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.pipeline.ConversionResult;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.serialize.meta.CsvwOptions;
import org.sinpdf.serialize.meta.DcatOptions;
import org.sinpdf.serialize.meta.DictionaryOptions;
import org.sinpdf.serialize.xml.XmlOptions;
import org.sinpdf.serialize.xml.XsdOptions;
import org.sinpdf.spi.ConfigException;

/** The geo stages through the real pipeline on the born-digital sample of state capitals. */
class GeoEndToEndTest {
    @TempDir Path out;

    @Test
    void capitalsSampleGetsValidXmlKmlAndMetadata() throws Exception {
        PipelineConfig config = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("csv", "xml", "xsd", "kml", "csvw", "dcat", "dictionary"));
        ConversionResult r;
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            r = p.convert(Path.of("samples/capitales-estatales.pdf"), out);
        }
        Path dir = r.outputDir();
        String id = r.tables().get(0).id();

        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        sf.newSchema(dir.resolve(id + ".xsd").toFile()).newValidator()
                .validate(new StreamSource(dir.resolve(id + ".xml").toFile()));

        byte[] kml = Files.readAllBytes(dir.resolve(id + ".kml"));
        KmlSerializerTest.validate(kml);
        List<org.w3c.dom.Element> pms = KmlSerializerTest.placemarks(KmlSerializerTest.parse(kml));
        assertEquals(32, pms.size(), "one placemark per state capital");
        for (var pm : pms) {
            String[] c = KmlSerializerTest.child(pm, "coordinates").split(",");
            double lon = Double.parseDouble(c[0]);
            double lat = Double.parseDouble(c[1]);
            assertTrue(lon < -86 && lon > -118 && lat > 14 && lat < 33, "inside Mexico: " + lon + "," + lat);
        }

        ObjectMapper json = new ObjectMapper();
        JsonNode csvw = json.readTree(dir.resolve("capitales-estatales-metadata.json").toFile());
        JsonNode table = csvw.get("tables").get(0);
        String header = Files.readAllLines(dir.resolve(table.get("url").asText()), StandardCharsets.UTF_8).get(0);
        List<String> titles = new ArrayList<>();
        table.get("tableSchema").get("columns").forEach(c -> titles.add(c.get("titles").asText()));
        assertEquals(header, String.join(",", titles), "CSVW titles are the CSV header");
        JsonNode dcat = json.readTree(dir.resolve("capitales-estatales-dcat.json").toFile());
        assertEquals(4, dcat.get("distribution").size(), "csv, kml, xml, xsd");
        assertTrue(Files.exists(dir.resolve(id + "-diccionario.csv")));
    }

    @Test
    void optionsBindFromConfigAndBadValuesFailEarly() throws Exception {
        ObjectMapper m = new ObjectMapper();
        for (Object d : List.of(XmlOptions.DEFAULTS, XsdOptions.DEFAULTS, KmlOptions.DEFAULTS, CsvwOptions.DEFAULTS,
                DcatOptions.DEFAULTS, DictionaryOptions.DEFAULTS)) {
            assertEquals(d, m.treeToValue(m.valueToTree(d), d.getClass()), "round trip of " + d.getClass().getSimpleName());
        }
        PipelineConfig ok = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withSerialize(List.of("csv", "xml", "xsd", "kml", "csvw", "dcat", "dictionary"))
                .withOption("kml", "positiveLongitude", "negate").withOption("kml", "utmZone", "14Q")
                .withOption("dcat", "keywords", "[presupuesto, municipios]").withOption("dcat", "mbox", "datos@x.gob.mx");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), ok)) {
            assertTrue(p.config().serialize().contains("kml"));
        }
        PipelineConfig bad = ok.withOption("kml", "positiveLongitude", "flip");
        assertThrows(ConfigException.class, () -> Pipeline.build(PluginRegistry.discover(), bad).close());
    }

    /** Every sample, normalized and typed by the normalize stages: each XML valid against its XSD, each KML against OGC. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "capitales-estatales.pdf", "presupuesto-2012.pdf", "ogp-mexico-2012-evaluation.pdf"})
    void normalizedSamplesStayValid(String sample) throws Exception {
        PipelineConfig config = PipelineConfig.defaults().withExtract(List.of("pdfbox-text"))
                .withNormalize(org.sinpdf.normalize.NormalizePlugin.RECOMMENDED_ORDER)
                .withSerialize(List.of("csv", "xml", "xsd", "kml", "csvw", "dcat", "dictionary"));
        ConversionResult r;
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            r = p.convert(Path.of("samples", sample), out);
        }
        assertTrue(!r.tables().isEmpty(), "tables found in " + sample);
        SchemaFactory sf = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        sf.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        for (var tf : r.tableFiles()) {
            Path dir = r.outputDir();
            sf.newSchema(dir.resolve(tf.files().get("xsd")).toFile()).newValidator()
                    .validate(new StreamSource(dir.resolve(tf.files().get("xml")).toFile()));
            if (tf.files().containsKey("kml")) KmlSerializerTest.validate(Files.readAllBytes(dir.resolve(tf.files().get("kml"))));
        }
        if (sample.startsWith("capitales")) {
            assertTrue(r.tableFiles().get(0).files().containsKey("kml"), "capitals have places");
        }
    }
}
