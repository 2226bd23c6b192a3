package org.sinpdf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at several moments, then a re-run, gives the same outputs as an uninterrupted run, and
 * no half-written output is ever visible. The conversions run in child JVMs.
 */
class KillAndResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killedRunResumesToIdenticalOutputs(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            samples = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (int copy = 1; copy <= 4; copy++) {
            for (Path p : samples) Files.copy(p, in.resolve(copy + "-" + p.getFileName()));
        }
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "extract: [pdfbox-text]\nserialize: [csv]\n");

        Path reference = dir.resolve("reference");
        assertEquals(0, run(in, reference, config, -1), "uninterrupted run");

        Path resumed = dir.resolve("resumed");
        int killed = 0;
        for (long after : new long[] {1500, 2500, 3500}) {
            if (run(in, resumed, config, after) == Integer.MIN_VALUE) killed++;
            assertNoHalfWrittenOutputVisible(resumed);
        }
        assertTrue(killed >= 1, "at least one run was killed mid-way");
        assertEquals(0, run(in, resumed, config, -1), "final run");
        assertEquals(snapshot(reference), snapshot(resumed));
    }

    /** Runs the CLI in a child JVM; kills it with SIGKILL after {@code killAfterMillis} (if >= 0). */
    private static int run(Path in, Path out, Path config, long killAfterMillis) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dpdfbox.fontcache=" + out.getParent(),
                "org.sinpdf.cli.SinpdfCommand", "convert", "-q", "-w", "2", "-c", config.toString(), "-o", out.toString(), in.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();   // SIGKILL on Linux
            p.waitFor();
            return Integer.MIN_VALUE;
        }
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "child JVM finished");
        return p.exitValue();
    }

    private static void assertNoHalfWrittenOutputVisible(Path out) throws Exception {
        if (!Files.exists(out)) return;
        try (Stream<Path> s = Files.list(out)) {
            for (Path doc : s.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith(".")).toList()) {
                assertTrue(Files.exists(doc.resolve("manifest.json")), "a visible document folder is complete: " + doc);
            }
        }
    }

    /** Every visible output file, with timing fields removed from manifests. */
    private static Map<String, String> snapshot(Path out) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace(File.separatorChar, '/');
                if (rel.startsWith(".") || rel.startsWith("report.")) continue;
                String text = Files.readString(f);
                if (rel.endsWith("manifest.json")) {
                    ObjectNode m = (ObjectNode) JSON.readTree(text);
                    m.remove("elapsedMs");
                    m.withArray("pages").forEach(pg -> ((ObjectNode) pg).remove("millis"));
                    text = m.toString();
                }
                files.put(rel, text);
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
