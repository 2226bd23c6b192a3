package org.sinpdf.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunnerTest {

    @Test
    void badFilesAreReportedAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("a.txt"), "h|k\n1|2\n");
        Files.writeString(in.resolve("sub").resolve("b.txt"), "h|k\n3|4\n");
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        Files.write(in.resolve("junk.pdf"), new byte[] {0, 1, 2});
        Path out = dir.resolve("out");
        BatchReport report;
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            report = new BatchRunner(p).run(List.of(in, dir.resolve("missing.pdf")), out);
        }
        Map<String, FileOutcome> bySource = report.outcomes().stream()
                .collect(Collectors.toMap(FileOutcome::sourceId, o -> o));
        assertEquals(FileOutcome.Status.OK, bySource.get("a").status());
        assertEquals(FileOutcome.Status.OK, bySource.get("sub/b").status());
        assertTrue(Files.exists(out.resolve("sub/b/b-t01.csv")), "output mirrors the input tree");
        assertEquals("empty file (0 bytes)", bySource.get("empty").error());
        assertEquals(FileOutcome.Status.FAILED, bySource.get("junk").status());
        assertEquals("file not found", bySource.get("missing").error());
        assertFalse(report.allSucceeded());
        JsonNode json = Json.JSON.readTree(out.resolve("report.json").toFile());
        assertEquals(5, json.get("summary").get("files").asInt());
        assertEquals(3, json.get("summary").get("failed").asInt());
        assertTrue(Files.readString(out.resolve("report.csv")).startsWith("source,output,status,"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("folder holds no PDF") || Files.readString(out.resolve("report.html")).contains("file not found"));
    }

    @Test
    void secondRunSkipsFinishedWorkAndRedoesChangedFiles(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        Files.writeString(a, "h|k\n1|2\n");
        Files.writeString(b, "h|k\n3|4\n");
        Path out = dir.resolve("out");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            new BatchRunner(p).run(List.of(a, b), out);
            String before = Files.readString(out.resolve("a/a-t01.csv"));
            Files.writeString(b, "h|k\n5|6\n");
            BatchReport second = new BatchRunner(p).run(List.of(a, b), out);
            Map<String, FileOutcome.Status> s = second.outcomes().stream()
                    .collect(Collectors.toMap(FileOutcome::sourceId, FileOutcome::status));
            assertEquals(FileOutcome.Status.RESUMED, s.get("a"));
            assertEquals(FileOutcome.Status.OK, s.get("b"));
            assertEquals(before, Files.readString(out.resolve("a/a-t01.csv")));
            assertTrue(Files.readString(out.resolve("b/b-t01.csv")).contains("5,6"));
        }
    }

    @Test
    void emptyFolderIsOneClearFailure(@TempDir Path dir) throws Exception {
        Path empty = dir.resolve("nothing-here");
        Files.createDirectories(empty);
        Files.write(empty.resolve("data.bin"), new byte[] {0, 1, 2});
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            BatchReport r = new BatchRunner(p).run(List.of(empty), dir.resolve("out"));
            assertEquals(1, r.outcomes().size());
            assertEquals("folder holds no PDF or image files", r.outcomes().get(0).error());
        }
    }

    @Test
    void zipArchivesConvertLikeFoldersAndUnsafeOnesAreRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("archivo.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new java.util.zip.ZipEntry("2012/tabla.txt"));
            z.write("h|k\n1|2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path evil = dir.resolve("evil.zip");
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            z.putNextEntry(new java.util.zip.ZipEntry("../../escape.txt"));
            z.write("h|k\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path out = dir.resolve("out");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            BatchReport r = new BatchRunner(p).run(List.of(zip, evil), out);
            Map<String, FileOutcome> by = r.outcomes().stream().collect(Collectors.toMap(FileOutcome::sourceId, o -> o));
            assertEquals(FileOutcome.Status.OK, by.get("archivo/2012/tabla").status());
            assertTrue(by.get("archivo/2012/tabla").source().toString().endsWith("archivo.zip!/2012/tabla.txt"));
            assertTrue(Files.exists(out.resolve("archivo/2012/tabla/tabla-t01.csv")));
            assertEquals("unsafe path in zip: '../../escape.txt'", by.get("evil").error());
        }
        assertFalse(Files.exists(dir.resolve("escape.txt")));
        assertFalse(Files.exists(out.resolve(".sinpdf-work")), "work folder cleaned");
    }

    @Test
    void includeAndExcludeGlobsSelectFilesInFolders(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("2012"));
        Files.createDirectories(in.resolve("borradores"));
        Files.writeString(in.resolve("2012/a.txt"), "h|k\n1|2\n");
        Files.writeString(in.resolve("2012/b.txt"), "h|k\n1|2\n");
        Files.writeString(in.resolve("borradores/c.txt"), "h|k\n1|2\n");
        try (Pipeline p = Pipeline.build(PluginRegistry.discover(), TestConfigs.grid())) {
            BatchReport r = new BatchRunner(p).withSelection(List.of("2012/**", "borradores/**"), List.of("b.txt"))
                    .run(List.of(in), dir.resolve("out"));
            assertEquals(List.of("2012/a", "borradores/c"), r.outcomes().stream().map(FileOutcome::sourceId).sorted().toList());
        }
    }
}
