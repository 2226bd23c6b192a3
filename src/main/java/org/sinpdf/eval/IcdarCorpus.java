package org.sinpdf.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The ICDAR 2013 Table Competition set in a directory: every {@code NAME.pdf} with its
 * {@code NAME-reg.xml}/{@code NAME-str.xml}. A PDF named {@code NAMEa.pdf} also gets the
 * alternative reading {@code NAMEb-*.xml} when present (us-011a/us-011b and the like).
 */
public record IcdarCorpus(Path dir, List<Entry> entries) {
    public IcdarCorpus {
        Objects.requireNonNull(dir, "dir");
        entries = List.copyOf(entries);
    }

    /** One PDF and the names of its ground-truth readings. */
    public record Entry(String name, Path pdf, List<String> readings) {
        public Entry { readings = List.copyOf(readings); }
    }

    public static IcdarCorpus open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("not a directory: " + dir);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pdf : files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList()) {
                String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
                List<String> readings = new ArrayList<>();
                if (Files.exists(dir.resolve(name + "-str.xml"))) readings.add(name);
                if (name.endsWith("a")) {
                    String alt = name.substring(0, name.length() - 1) + "b";
                    if (Files.exists(dir.resolve(alt + "-str.xml"))) readings.add(alt);
                }
                if (!readings.isEmpty()) entries.add(new Entry(name, pdf, readings));
            }
        }
        return new IcdarCorpus(dir, entries);
    }

    /** The entries whose names are listed (all when {@code names} is empty), in corpus order. */
    public IcdarCorpus only(List<String> names) {
        if (names.isEmpty()) return this;
        return new IcdarCorpus(dir, entries.stream().filter(e -> names.contains(e.name())).toList());
    }

    /** Reads every ground-truth reading of {@code e}. */
    public List<GroundTruth> groundTruths(Entry e) throws IOException {
        List<PageFrame> frames = PageFrame.read(e.pdf());
        List<GroundTruth> out = new ArrayList<>();
        for (String r : e.readings()) out.add(IcdarGroundTruthReader.read(dir, r, frames));
        return out;
    }

    /** Total pages over all PDFs. */
    public int pageCount() throws IOException {
        int n = 0;
        for (Entry e : entries) n += PageFrame.read(e.pdf()).size();
        return n;
    }
}
