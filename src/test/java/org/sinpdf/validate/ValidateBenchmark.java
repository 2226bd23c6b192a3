package org.sinpdf.validate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark harness, not a test: generates a CSV of the given size (default 1 GiB) if absent,
 * then times (1) the floor of simply reading its bytes, (2) reading and decoding it as UTF-8, and
 * (3) {@code sinpdf validate} with every rule on. Run with a small heap to show streaming:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat cp.txt) \
 *      org.sinpdf.validate.ValidateBenchmark /tmp/bench-1g.csv 1024
 * </pre>
 */
public final class ValidateBenchmark {
    private ValidateBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/sinpdf-bench.csv");
        long mb = args.length > 1 ? Long.parseLong(args[1]) : 1024;
        if (!Files.exists(file) || Files.size(file) < mb << 20) generate(file, mb << 20);
        double size = Files.size(file) / 1e6;
        System.out.printf(Locale.ROOT, "file %s: %.0f MB, heap max %d MB%n", file, size, Runtime.getRuntime().maxMemory() >> 20);
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long bytes = 0;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = new byte[1 << 16];
                int n;
                while ((n = in.read(b)) > 0) bytes += n;
            }
            double read = (System.nanoTime() - t0) / 1e9;
            double readCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            long chars = 0;
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                char[] c = new char[1 << 16];
                int n;
                while ((n = r.read(c)) > 0) chars += n;
            }
            double decode = (System.nanoTime() - t0) / 1e9;
            double decodeCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            c0 = cpu.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            ValidationReport report = new DatasetValidator(ValidationConfig.DEFAULTS).validate(List.of(file));
            double validate = (System.nanoTime() - t0) / 1e9;
            double validateCpu = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "round %d (wall / CPU of the main thread):%n"
                            + "  read only          %7.1f MB/s wall (%.1f s) %7.1f MB/s CPU%n"
                            + "  read + UTF-8 decode %6.1f MB/s wall (%.1f s) %7.1f MB/s CPU%n"
                            + "  sinpdf validate    %7.1f MB/s wall (%.1f s) %7.1f MB/s CPU; heap used now %d MB; %d finding(s) %s%n",
                    round, size / read, read, size / readCpu, size / decode, decode, size / decodeCpu,
                    size / validate, validate, size / validateCpu, (rt.totalMemory() - rt.freeMemory()) >> 20,
                    report.findings().size(), report.countsByRule());
            if (bytes == 0 || chars == 0) throw new IllegalStateException("empty file");
        }
    }

    /** Unique rows of typical open data: state and municipality keys, names, ISO dates, amounts, text. */
    static void generate(Path file, long bytes) throws IOException {
        String[] estados = {"Aguascalientes", "Baja California", "Ciudad de México", "Jalisco", "Nuevo León", "Oaxaca",
                "Yucatán", "Zacatecas"};
        SplittableRandom rnd = new SplittableRandom(2026);
        long written = 0;
        long id = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String header = "id,cve_ent,cve_mun,estado,fecha,monto_pesos,cantidad,descripcion\n";
            w.write(header);
            written += header.length();
            StringBuilder b = new StringBuilder(256);
            while (written < bytes) {
                b.setLength(0);
                int e = rnd.nextInt(1, 33);
                b.append(++id).append(',')
                        .append(e < 10 ? "0" : "").append(e).append(',')
                        .append(String.format(Locale.ROOT, "%03d", rnd.nextInt(1, 571))).append(',')
                        .append(estados[e % estados.length]).append(',')
                        .append(2000 + rnd.nextInt(25)).append('-').append(String.format(Locale.ROOT, "%02d", rnd.nextInt(1, 13)))
                        .append('-').append(String.format(Locale.ROOT, "%02d", rnd.nextInt(1, 29))).append(',')
                        .append(rnd.nextInt(1_000_000)).append('.').append(rnd.nextInt(10)).append(rnd.nextInt(10)).append(',')
                        .append(rnd.nextInt(5000)).append(',')
                        .append(rnd.nextBoolean() ? "\"Apoyo a productores, ciclo primavera-verano\"" : "Obra pública municipal")
                        .append('\n');
                w.append(b);
                written += b.length() + 2; // á/é/ó take two bytes; close enough for sizing
            }
        }
    }
}
