package org.sinpdf.serialize.kml;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
