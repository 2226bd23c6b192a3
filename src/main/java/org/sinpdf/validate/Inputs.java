package org.sinpdf.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Turns command-line paths into datasets: a folder (or a folder inside a zip) is a dataset; a lone file is its own. */
final class Inputs {
    /** Files that belong together; {@code folder} when they came from a folder or archive (metadata rules apply). */
    record Dataset(String displayName, List<InputFile> files, boolean folder) {
        Dataset { files = List.copyOf(files); }
    }

    private Inputs() {}

    static boolean isZip(Path p) {
        if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) return false;
        return Files.isRegularFile(p);
    }

    /** The datasets of a folder: its files grouped by the folder that holds them, in name order. */
    static List<Dataset> ofFolder(Path dir) throws IOException {
        Map<Path, List<InputFile>> byDir = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (p.getFileName().toString().startsWith(".")) continue;
                byDir.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(new DiskFile(p));
            }
        }
        List<Dataset> out = new ArrayList<>();
        byDir.forEach((d, files) -> out.add(new Dataset(d.toString(), files, true)));
        return out;
    }

    static Dataset ofFile(Path file) { return new Dataset(file.toString(), List.of(new DiskFile(file)), false); }

    /** The datasets of an open zip archive, grouped by folder inside it. */
    static List<Dataset> ofZip(Path zipPath, ZipFile zip) {
        Map<String, ZipInput> all = new LinkedHashMap<>();
        Map<String, List<InputFile>> byDir = new LinkedHashMap<>();
        List<ZipEntry> entries = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) entries.add(e.nextElement());
        entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
        for (ZipEntry e : entries) {
            if (e.isDirectory()) continue;
            String name = e.getName();
            String file = name.substring(name.lastIndexOf('/') + 1);
            if (file.startsWith(".") || name.startsWith("__MACOSX/")) continue;
            ZipInput in = new ZipInput(zipPath.toString(), zip, e, all);
            all.put(name, in);
            String dir = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
            byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(in);
        }
        List<Dataset> out = new ArrayList<>();
        byDir.forEach((d, files) -> out.add(new Dataset(zipPath + "!/" + d, files, true)));
        return out;
    }

    record DiskFile(Path path) implements InputFile {
        @Override public String displayName() { return path.toString(); }
        @Override public String name() { return path.getFileName().toString(); }

        @Override
        public long size() {
            try {
                return Files.size(path);
            } catch (IOException e) {
                return -1;
            }
        }

        @Override public InputStream open() throws IOException { return Files.newInputStream(path); }

        @Override
        public Optional<InputFile> resolve(String relative) {
            try {
                Path p = path.resolveSibling(relative.replaceFirst("^file:(//)?", "")).normalize();
                return Files.isRegularFile(p) ? Optional.of(new DiskFile(p)) : Optional.empty();
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    static final class ZipInput implements InputFile {
        private final String zipName;
        private final ZipFile zip;
        private final ZipEntry entry;
        private final Map<String, ZipInput> all;

        ZipInput(String zipName, ZipFile zip, ZipEntry entry, Map<String, ZipInput> all) {
            this.zipName = zipName;
            this.zip = zip;
            this.entry = entry;
            this.all = all;
        }

        @Override public String displayName() { return zipName + "!/" + entry.getName(); }
        @Override public String name() { return entry.getName().substring(entry.getName().lastIndexOf('/') + 1); }
        @Override public long size() { return entry.getSize(); }
        @Override public InputStream open() throws IOException { return zip.getInputStream(entry); }

        @Override
        public Optional<InputFile> resolve(String relative) {
            String n = entry.getName();
            String dir = n.contains("/") ? n.substring(0, n.lastIndexOf('/') + 1) : "";
            String target = java.net.URI.create("x:/" + dir).resolve(relative.replace(" ", "%20")).getPath();
            if (target == null) return Optional.empty();
            return Optional.ofNullable(all.get(target.startsWith("/") ? target.substring(1) : target));
        }
    }
}
