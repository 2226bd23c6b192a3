package org.sinpdf.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.sinpdf.model.Page;
import org.sinpdf.model.PageMethod;
import org.sinpdf.model.Source;
import org.sinpdf.pipeline.PluginRegistry;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.ExtractedDocument;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.PageResult;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.Serializer;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.StageContext;
import org.sinpdf.spi.StageException;
import org.sinpdf.spi.Tabulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluation only: keeps what the OCR extractor made of each page (words, rulings, rotation) as
 * JSON under a directory, so that re-scoring scans after a tabulation change takes seconds instead
 * of an OCR run. Never part of the production pipeline: only {@code sinpdf eval --ocr-cache} uses it.
 *
 * <p>A page's entry is keyed by the source file's SHA-256, the page number, the extractor's options
 * (their {@code toString}), {@link #VERSION} and a fingerprint of the compiled extraction code
 * ({@code org/sinpdf/extract/**} class files), so a change to page preparation, ruling detection or
 * OCR post-processing invalidates it by itself. Findings the extractor reports while reading a page
 * are not replayed on a cache hit (the scores do not use them).
 */
public final class OcrPageCache {
    private static final Logger log = LoggerFactory.getLogger(OcrPageCache.class);

    /** Bump when the cached form changes. */
    static final String VERSION = "1";
    /** The extractor whose pages are cached. */
    static final String OCR_STAGE = "tesseract-ocr";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private OcrPageCache() {}

    /** Every discovered plugin, with the {@code tesseract-ocr} extractor's pages cached under {@code dir}. */
    public static PluginRegistry registry(Path dir) throws ConfigException {
        List<SinpdfPlugin> plugins = new ArrayList<>();
        try {
            ServiceLoader.load(SinpdfPlugin.class, Thread.currentThread().getContextClassLoader()).stream()
                    .forEach(p -> plugins.add(wrap(p.get(), dir)));
        } catch (ServiceConfigurationError e) {
            throw new ConfigException("cannot load a sinpdf plugin: " + e.getMessage(), e);
        }
        return PluginRegistry.of(plugins);
    }

    /** {@code plugin}, its OCR extractor (if any) reading through the cache in {@code dir}. */
    static SinpdfPlugin wrap(SinpdfPlugin plugin, Path dir) {
        Objects.requireNonNull(dir, "dir");
        return new SinpdfPlugin() {
            @Override public String id() { return plugin.id(); }

            @Override public void register(Registrar r) {
                plugin.register(new Registrar() {
                    @Override public <O> void extractor(String id, Class<O> t, O d, Function<O, ? extends Extractor> f) {
                        if (!id.equals(OCR_STAGE)) {
                            r.extractor(id, t, d, f);
                        } else {
                            r.extractor(id, t, d, o -> new Caching(f.apply(o), dir, fingerprint(String.valueOf(o))));
                        }
                    }

                    @Override public <O> void tabulator(String id, Class<O> t, O d, Function<O, ? extends Tabulator> f) {
                        r.tabulator(id, t, d, f);
                    }

                    @Override public <O> void normalizer(String id, Class<O> t, O d, Function<O, ? extends Normalizer> f) {
                        r.normalizer(id, t, d, f);
                    }

                    @Override public <O> void serializer(String id, Class<O> t, O d, Function<O, ? extends Serializer> f) {
                        r.serializer(id, t, d, f);
                    }

                    @Override public <O> void documentSerializer(String id, Class<O> t, O d,
                                                                 Function<O, ? extends DocumentSerializer> f) {
                        r.documentSerializer(id, t, d, f);
                    }
                });
            }
        };
    }

    /** SHA-256 of the version, the options and the extraction code. */
    static String fingerprint(String options) {
        MessageDigest md = sha256();
        md.update(VERSION.getBytes(StandardCharsets.UTF_8));
        md.update(options.getBytes(StandardCharsets.UTF_8));
        md.update(codeFingerprint());
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    private static volatile byte[] code;

    /** A digest of every class file under {@code org/sinpdf/extract/} (directory or jar). */
    static byte[] codeFingerprint() {
        byte[] c = code;
        if (c != null) return c;
        MessageDigest md = sha256();
        String prefix = "org/sinpdf/extract/";
        try {
            URL u = OcrPageCache.class.getClassLoader().getResource(prefix);
            if (u == null) {
                log.warn("cannot locate {} to fingerprint the extraction code; only the version keys the OCR cache", prefix);
            } else if (u.getProtocol().equals("file")) {
                Path root = Path.of(u.toURI());
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path p : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        md.update(root.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                        md.update(Files.readAllBytes(p));
                    }
                }
            } else if (u.getProtocol().equals("jar")) {
                String s = u.getPath(); // file:/...jar!/org/sinpdf/extract/
                Path jar = Path.of(URI.create(s.substring(0, s.indexOf('!'))));
                try (JarFile jf = new JarFile(jar.toFile())) {
                    List<JarEntry> entries = new ArrayList<>();
                    for (Enumeration<JarEntry> en = jf.entries(); en.hasMoreElements(); ) {
                        JarEntry e = en.nextElement();
                        if (e.getName().startsWith(prefix) && e.getName().endsWith(".class")) entries.add(e);
                    }
                    entries.sort((a, b) -> a.getName().compareTo(b.getName()));
                    for (JarEntry e : entries) {
                        md.update(e.getName().getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = jf.getInputStream(e)) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            log.warn("cannot fingerprint the extraction code ({}); only the version keys the OCR cache", e.toString());
        }
        c = md.digest();
        code = c;
        return c;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An extractor that reads OCR pages from the cache, or from {@code delegate} and stores them. */
    static final class Caching implements Extractor, AutoCloseable {
        private final Extractor delegate;
        private final Path dir;
        private final String fingerprint;

        Caching(Extractor delegate, Path dir, String fingerprint) {
            this.delegate = delegate;
            this.dir = dir;
            this.fingerprint = fingerprint;
        }

        @Override public String id() { return delegate.id(); }

        @Override public boolean accepts(Source source) { return delegate.accepts(source); }

        @Override public ExtractedDocument open(Source source, StageContext ctx) throws StageException {
            ExtractedDocument doc = delegate.open(source, ctx);
            String sha = source.info().sha256();
            return new ExtractedDocument() {
                @Override public int pageCount() { return doc.pageCount(); }

                @Override public PageResult page(int number, StageContext c) throws StageException {
                    if (sha.isEmpty()) return doc.page(number, c);
                    Path file = dir.resolve(sha.substring(0, Math.min(16, sha.length())) + "-" + fingerprint
                            + "-p" + number + ".json");
                    if (Files.isRegularFile(file)) {
                        try {
                            Page p = JSON.readValue(file.toFile(), Page.class);
                            return PageResult.of(p);
                        } catch (IOException | RuntimeException e) {
                            log.warn("unreadable OCR cache entry {} ({}); reading the page again", file, e.toString());
                        }
                    }
                    PageResult r = doc.page(number, c);
                    if (!r.declined() && r.page().orElseThrow().method() == PageMethod.OCR) store(file, r.page().orElseThrow());
                    return r;
                }

                @Override public void close() throws IOException { doc.close(); }
            };
        }

        private static void store(Path file, Page page) {
            try {
                Files.createDirectories(file.getParent());
                Path tmp = Files.createTempFile(file.getParent(), "page", ".tmp");
                JSON.writeValue(tmp.toFile(), page);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                log.warn("cannot write OCR cache entry {}: {}", file, e.toString());
            }
        }

        @Override public void close() throws Exception {
            if (delegate instanceof AutoCloseable a) a.close();
        }
    }
}
