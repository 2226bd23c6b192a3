package org.sinpdf.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.sinpdf.spi.OutputSink;

/**
 * A document's output folder, written in a hidden temporary sibling and moved into place only
 * when everything was written ({@link #commit()}); {@link #discard()} removes it otherwise.
 * Readers never see a half-written folder.
 */
final class OutputFolder implements OutputSink {
    private final Path root;
    private final Path finalDir;
    private final Path tempDir;
    private final List<String> created = new ArrayList<>();

    OutputFolder(Path root, String sourceId) throws IOException {
        this.root = root;
        this.finalDir = root.resolve(sourceId);
        Path parent = finalDir.getParent();
        Files.createDirectories(parent);
        this.tempDir = parent.resolve("." + finalDir.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(tempDir);
    }

    @Override
    public synchronized OutputStream create(String fileName) throws IOException {
        if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: '" + fileName + "'");
        }
        if (created.contains(fileName)) throw new FileAlreadyExistsException(fileName);
        created.add(fileName);
        return Files.newOutputStream(tempDir.resolve(fileName));
    }

    @Override public Path outputRoot() { return root; }

    @Override
    public synchronized java.util.OptionalLong sizeOf(String fileName) {
        try {
            return created.contains(fileName) ? java.util.OptionalLong.of(Files.size(tempDir.resolve(fileName)))
                    : java.util.OptionalLong.empty();
        } catch (IOException e) {
            return java.util.OptionalLong.empty();
        }
    }

    Path finalDir() { return finalDir; }

    synchronized List<String> files() { return List.copyOf(created); }

    /** Moves the folder into place, replacing an earlier run's folder of the same document. */
    void commit() throws IOException {
        Path old = null;
        if (Files.exists(finalDir)) {
            old = finalDir.resolveSibling("." + finalDir.getFileName() + ".old-" + UUID.randomUUID().toString().substring(0, 8));
            move(finalDir, old);
        }
        move(tempDir, finalDir);
        if (old != null) deleteTree(old);
    }

    void discard() {
        try {
            deleteTree(tempDir);
        } catch (IOException e) {
            // best effort: a leftover hidden .partial folder is cleaned by the next run of the batch
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
