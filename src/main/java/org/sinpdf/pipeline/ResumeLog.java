package org.sinpdf.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of finished work in {@code OUT/.sinpdf-done.jsonl}: one JSON line per converted
 * file, keyed by output name, the input's SHA-256 and the config's fingerprint. A re-run skips
 * what it lists; a line cut short by a crash is ignored (that file converts again).
 */
final class ResumeLog {
    static final String FILE = ".sinpdf-done.jsonl";

    private final Path file;
    private final Map<String, String> done = new HashMap<>();

    ResumeLog(Path outDir) throws IOException {
        this.file = outDir.resolve(FILE);
        if (Files.exists(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines) {
                try {
                    JsonNode n = Json.JSON.readTree(line);
                    if (n != null && n.has("sourceId")) done.put(n.get("sourceId").asText(), key(n.path("sha256").asText(), n.path("config").asText()));
                } catch (IOException e) {
                    // a line cut short by an interrupted run: that file is converted again
                }
            }
        }
    }

    synchronized boolean isDone(String sourceId, String sha256, String config, Path outputDir) {
        return key(sha256, config).equals(done.get(sourceId)) && Files.isRegularFile(outputDir.resolve(Manifest.FILE));
    }

    synchronized void markDone(String sourceId, String sha256, String config) throws IOException {
        var n = Json.JSON.createObjectNode();
        n.put("sourceId", sourceId);
        n.put("sha256", sha256);
        n.put("config", config);
        byte[] line = (Json.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(n) + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(line);
        }
        done.put(sourceId, key(sha256, config));
    }

    private static String key(String sha, String config) { return sha + "/" + config; }
}
