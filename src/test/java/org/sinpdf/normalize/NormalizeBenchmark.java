package org.sinpdf.normalize;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.sinpdf.model.Table;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.StageException;

/**
 * Not a test: CPU time of the normalize chain on a synthetic 2,000-row budget-like table (thread CPU
 * time, so a loaded machine does not distort it). Run after {@code mvn test-compile} and
 * {@code dependency:copy-dependencies -DoutputDirectory=target/lib -DincludeScope=runtime}:
 * {@code java -cp 'target/classes:target/test-classes:target/lib/*' org.sinpdf.normalize.NormalizeBenchmark}
 */
public final class NormalizeBenchmark {
    private NormalizeBenchmark() {}

    public static void main(String[] args) throws StageException {
        List<List<String>> g = new ArrayList<>();
        g.add(List.of("Ramo", "Denominación", "Monto", "Variación", "Fecha", "Latitud"));
        for (int i = 0; i < 2000; i++) {
            g.add(List.of(String.format("%02d", i % 40), "Nombre " + i, "$" + (i * 1234) + ".50", (i % 7) + ".5%",
                    (1 + i % 28) + " de marzo de 2012", "19°25′57.36″ N"));
        }
        Table t = Table.ofGrid("bench", g, 1);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int cells = g.size() * g.get(0).size();
        for (int round = 1; round <= 10; round++) {
            StringBuilder line = new StringBuilder();
            long start = cpu.getCurrentThreadCpuTime();
            Table out = t;
            for (Normalizer n : Chain.recommended()) {
                long s = cpu.getCurrentThreadCpuTime();
                out = n.normalize(out, Chain.CTX);
                line.append(String.format(" %s=%.1f", n.id(), (cpu.getCurrentThreadCpuTime() - s) / 1e6));
            }
            double ms = (cpu.getCurrentThreadCpuTime() - start) / 1e6;
            System.out.printf("round %d: %.1f ms CPU for %d cells (%.2f µs/cell)%s%n", round, ms, cells, ms * 1000 / cells, line);
        }
    }
}
