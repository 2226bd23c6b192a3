package org.sinpdf.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Expands the command line's inputs into files to convert, each with the output name that
 * mirrors the input tree ({@code OUT/<relative path without extension>/}). Zip archives are
 * unpacked into {@code workDir} and treated as folders named after the archive.
 */
final class BatchInput {
    /** One file to convert, or an input that yields nothing ({@code problem} non-empty). */
    record Item(Path file, String sourceId, String problem, boolean explicit, Path shownAs) {
        Item(Path file, String sourceId, String problem, boolean explicit) { this(file, sourceId, problem, explicit, file); }
    }

    private BatchInput() {}

    static List<Item> expand(List<Path> inputs, Path outDir, Path workDir, java.util.function.Predicate<String> readable,
                           FileSelection selection) {
        List<Item> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Path outAbs = outDir.toAbsolutePath().normalize();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                List<Path> found = walk(input, outAbs, readable, selection);
                if (found.isEmpty()) {
                    items.add(new Item(input, Pipeline.sanitize(String.valueOf(input.getFileName())),
                            "folder holds no PDF or image files", true));
                }
                for (Path f : found) items.add(new Item(f, unique(relativeId(input.relativize(f), f), ids), "", false));
            } else if (isZip(input)) {
                String name = Pipeline.baseName(input);
                Path unpacked = workDir.resolve(unique(name, ids));
                try {
                    ZipInput.unpack(input, unpacked);
                } catch (IOException e) {
                    items.add(new Item(input, name, e.getMessage(), true));
                    continue;
                }
                List<Path> found = walk(unpacked, outAbs, readable, selection);
                if (found.isEmpty()) items.add(new Item(input, name, "zip holds no PDF or image files", true));
                for (Path f : found) {
                    Path rel = unpacked.relativize(f);
                    items.add(new Item(f, unique(name + "/" + relativeId(rel, f), ids), "", false,
                            Path.of(input + "!", rel.toString())));
                }
            } else {
                String problem = Files.exists(input) ? "" : "file not found";
                items.add(new Item(input, unique(Pipeline.baseName(input), ids), problem, true));
            }
        }
        return items;
    }

    /** "a/b/report" for a file at a/b/report.pdf below an input folder. */
    private static String relativeId(Path rel, Path file) {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < rel.getNameCount() - 1; i++) id.append(Pipeline.sanitize(rel.getName(i).toString())).append('/');
        return id.append(Pipeline.baseName(file)).toString();
    }

    private static boolean isZip(Path f) {
        try {
            return Files.isRegularFile(f) && MediaTypes.ZIP.equals(MediaTypes.detect(f));
        } catch (IOException e) {
            return false;
        }
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /** Files under {@code dir} that look like documents by name or by content; hidden entries and the output folder skipped. */
    private static List<Path> walk(Path dir, Path outAbs, java.util.function.Predicate<String> readable,
                                   FileSelection selection) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (!d.equals(dir) && (d.getFileName().toString().startsWith(".")
                            || d.toAbsolutePath().normalize().equals(outAbs))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !f.getFileName().toString().startsWith(".") && selection.test(dir.relativize(f)) && isCandidate(f, readable)) files.add(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return files;
        }
        files.sort(null);
        return files;
    }

    /** A file named like a document, or whose content a configured extractor reads. */
    private static boolean isCandidate(Path f, java.util.function.Predicate<String> readable) {
        if (MediaTypes.hasDocumentExtension(f)) return true;
        try {
            return readable.test(MediaTypes.detect(f));
        } catch (IOException e) {
            return false;
        }
    }
}
