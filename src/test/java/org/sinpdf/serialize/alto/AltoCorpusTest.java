package org.sinpdf.serialize.alto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sinpdf.pipeline.Pipeline;
import org.sinpdf.pipeline.PipelineConfig;
import org.sinpdf.pipeline.PluginRegistry;

/** ALTO written for real born-digital PDFs validates against ALTO 4.4 (offline). */
class AltoCorpusTest {
    @TempDir Path out;

    @Test
    void icdarDocumentsGiveValidAlto() throws Exception {
        Path corpus = Path.of(System.getProperty("sinpdf.corpus"), "icdar2013");
        PipelineConfig config = PipelineConfig.defaults().withExtract(List.of("pdfbox-text")).withSerialize(List.of("alto"));
        Validator validator = AltoSerializerTest.altoSchema().newValidator();
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), config)) {
            for (String name : List.of("eu-002", "us-026")) {
                p.convert(corpus.resolve(name + ".pdf"), out);
                Path alto = out.resolve(name).resolve(name + ".alto.xml");
                validator.validate(new StreamSource(alto.toFile()));
                assertTrue(Files.readString(alto).contains("<String "), name + ": words written");
            }
        }
    }
}
