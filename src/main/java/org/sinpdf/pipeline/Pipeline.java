package org.sinpdf.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.sinpdf.model.DocumentInfo;
import org.sinpdf.model.Source;
import org.sinpdf.model.Table;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.Serializer;
import org.sinpdf.spi.Stage;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.Tabulator;
import org.sinpdf.spi.UnsupportedDocumentException;

/**
 * A built pipeline: extract → tabulate → normalize → serialize, with stages chosen by a
 * {@link PipelineConfig} from a {@link PluginRegistry}. Thread-safe: several documents may
 * convert at once. Pages of a document are spread over a pool of worker threads owned by the
 * pipeline; {@link #close()} releases it.
 *
 * <pre>{@code
 * try (Pipeline p = Pipeline.build(PluginRegistry.discover(), PipelineConfig.defaults())) {
 *     ConversionResult r = p.convert(Path.of("report.pdf"), Path.of("out"));
 * }
 * }</pre>
 */
public final class Pipeline implements AutoCloseable {
    final PipelineConfig config;
    final List<Extractor> extractors;
    final Tabulator tabulator;
    final List<Normalizer> normalizers;
    final List<Serializer> serializers;
    final List<DocumentSerializer> documentSerializers;
    final ExecutorService pagePool;
    final int workers;
    /** {@link PipelineConfig#fingerprint()}, computed once: it goes into every manifest and the resume log. */
    final String fingerprint;
    private final List<Stage> allStages;

    private Pipeline(PipelineConfig config, List<Extractor> extractors, Tabulator tabulator, List<Normalizer> normalizers,
                     List<Serializer> serializers, List<DocumentSerializer> documentSerializers) {
        this.config = config;
        this.extractors = List.copyOf(extractors);
        this.tabulator = tabulator;
        this.normalizers = List.copyOf(normalizers);
        this.serializers = List.copyOf(serializers);
        this.documentSerializers = List.copyOf(documentSerializers);
        this.workers = config.run().effectiveWorkers();
        this.fingerprint = config.fingerprint();
        this.pagePool = Executors.newFixedThreadPool(workers, daemonThreads("sinpdf-page"));
        List<Stage> all = new ArrayList<>(extractors);
        all.add(tabulator);
        all.addAll(normalizers);
        all.addAll(serializers);
        all.addAll(documentSerializers);
        this.allStages = List.copyOf(all);
    }

    /**
     * Builds every configured stage, binding its options. Fails before any file is read when a
     * stage id or an option is unknown or invalid; the message names the bad key and the valid ones.
     */
    public static Pipeline build(PluginRegistry registry, PipelineConfig config) throws ConfigException {
        for (String id : config.options().keySet()) {
            if (registry.find(id).isEmpty()) {
                throw new ConfigException("options: no stage '" + id + "'; stages: " + String.join(", ",
                        registry.all().stream().map(StageFactory::id).toList()));
            }
        }
        List<Extractor> extractors = new ArrayList<>();
        for (String id : config.extract()) extractors.add((Extractor) stage(registry, config, "extract", id, StageKind.EXTRACTOR));
        Tabulator tabulator = (Tabulator) stage(registry, config, "tabulate", config.tabulate(), StageKind.TABULATOR);
        List<Normalizer> normalizers = new ArrayList<>();
        for (String id : config.normalize()) normalizers.add((Normalizer) stage(registry, config, "normalize", id, StageKind.NORMALIZER));
        List<Serializer> serializers = new ArrayList<>();
        List<DocumentSerializer> documentSerializers = new ArrayList<>();
        for (String id : config.serialize()) {
            Stage s = stage(registry, config, "serialize", id, StageKind.SERIALIZER, StageKind.DOCUMENT_SERIALIZER);
            if (s instanceof Serializer ser) serializers.add(ser);
            else documentSerializers.add((DocumentSerializer) s);
        }
        return new Pipeline(config, extractors, tabulator, normalizers, serializers, documentSerializers);
    }

    private static Stage stage(PluginRegistry registry, PipelineConfig config, String key, String id, StageKind... kinds)
            throws ConfigException {
        List<StageKind> wanted = List.of(kinds);
        StageFactory<?> f = registry.find(id).filter(x -> wanted.contains(x.kind())).orElse(null);
        if (f == null) {
            List<String> valid = registry.idsFor(key);
            throw new ConfigException(key + ": unknown stage '" + id + "'; valid: "
                    + (valid.isEmpty() ? "(none registered)" : String.join(", ", valid)));
        }
        Object options = OptionBinder.bind(f, config.options().get(id));
        try {
            return f.build(options);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ConfigException(key + ": stage '" + id + "' cannot start: " + e.getMessage(), e);
        }
    }

    public PipelineConfig config() { return config; }

    /** Whether a configured extractor reads files of this media type. */
    public boolean reads(String mediaType) {
        Source probe = new Source(Path.of("probe"), new DocumentInfo("probe", "probe", "", mediaType, 0));
        return extractors.stream().anyMatch(e -> e.accepts(probe));
    }

    /**
     * Extracts and tabulates one file (no normalization, no files written): the tables as found,
     * joined across pages, with their regions. For evaluation and library use.
     */
    public List<Table> extractTables(Path file) throws StageException {
        return new DocumentConversion(this, source(file, baseName(file)), null, PipelineListener.NONE, true).run().tables();
    }

    /** Converts one file into {@code outDir/<file name without extension>/}. */
    public ConversionResult convert(Path file, Path outDir) throws StageException {
        return convert(file, baseName(file), outDir, PipelineListener.NONE);
    }

    /**
     * Converts one file into {@code outDir/<sourceId>/}; {@code sourceId} may contain '/' to mirror
     * an input tree. Files appear only when the whole document converted.
     */
    public ConversionResult convert(Path file, String sourceId, Path outDir, PipelineListener listener) throws StageException {
        return convert(source(file, sourceId), outDir, listener);
    }

    /** Converts an already sniffed and hashed source (the batch runner hashes once, for resume too). */
    ConversionResult convert(Source source, Path outDir, PipelineListener listener) throws StageException {
        return new DocumentConversion(this, source, outDir, listener, false).run();
    }

    /** Sniffs and hashes a file. */
    static Source source(Path file, String sourceId) throws StageException {
        if (!Files.isRegularFile(file)) {
            throw new UnsupportedDocumentException(Files.isDirectory(file) ? "is a folder" : "file not found");
        }
        try {
            String type = MediaTypes.detect(file);
            long size = Files.size(file);
            String sha = Hashing.sha256(file);
            return new Source(file, new DocumentInfo(sourceId, file.getFileName().toString(), sha, type, size));
        } catch (IOException e) {
            throw new UnsupportedDocumentException("cannot read: " + e.getMessage(), e);
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return sanitize(base);
    }

    /** A safe file/folder name: no separators, no leading dot, no control characters. */
    static String sanitize(String name) {
        String s = name.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]", "_").strip();
        while (s.startsWith(".")) s = s.substring(1);
        return s.isEmpty() ? "document" : s;
    }

    @Override
    public void close() {
        pagePool.shutdownNow();
        for (Stage s : allStages) {
            if (s instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    org.slf4j.LoggerFactory.getLogger(Pipeline.class).warn("closing stage {}: {}", s.id(), e.getMessage());
                }
            }
        }
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
