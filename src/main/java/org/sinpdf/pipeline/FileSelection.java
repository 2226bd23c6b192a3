package org.sinpdf.pipeline;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.function.Predicate;

/** Include/exclude globs over paths relative to an input folder. */
record FileSelection(List<String> include, List<String> exclude) implements Predicate<Path> {
    static final FileSelection ALL = new FileSelection(List.of(), List.of());

    FileSelection {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        for (String g : include) matcher(g);   // fail early on a malformed glob
        for (String g : exclude) matcher(g);
    }

    @Override
    public boolean test(Path relative) {
        boolean in = include.isEmpty() || include.stream().anyMatch(g -> matches(g, relative));
        return in && exclude.stream().noneMatch(g -> matches(g, relative));
    }

    /** "*.pdf" matches at any depth (as users expect); "a/**" only below a. */
    private static boolean matches(String glob, Path relative) {
        return matcher(glob).matches(relative) || (!glob.contains("/") && matcher(glob).matches(relative.getFileName()));
    }

    private static PathMatcher matcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad glob '" + glob + "': " + e.getMessage(), e);
        }
    }
}
