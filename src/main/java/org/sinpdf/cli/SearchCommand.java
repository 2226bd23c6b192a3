package org.sinpdf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sinpdf.archive.ArchiveSearch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sinpdf search DB "query"}: pages of an archive database that contain the words. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the full text of a database written with --format sqlite.",
                "Prints one line per matching page, best first: PATH:PAGE: snippet (matches in [brackets])."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:at least one page matches", "1:no page matches",
                        "2:no such database, not a sinpdf database, or a malformed --fts query"})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DB", description = "the database (e.g. out/sinpdf.sqlite)")
    Path database;

    @Parameters(index = "1", arity = "1..*", paramLabel = "QUERY",
            description = "words that must all be on the page (accents and case ignored)")
    List<String> query;

    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "at most this many pages (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--fts", description = "QUERY is FTS5 syntax: OR, NOT, NEAR(a b), \"a phrase\", prefix*")
    boolean fts;

    @Spec CommandSpec spec;

    @Override public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String q = String.join(" ", query);
        List<ArchiveSearch.Hit> hits;
        try {
            hits = ArchiveSearch.search(database, q, limit, fts);
        } catch (NoSuchFileException e) {
            err.println("sinpdf search: no database at " + database);
            return 2;
        } catch (IOException e) {
            err.println("sinpdf search: " + e.getMessage());
            return 2;
        }
        for (ArchiveSearch.Hit h : hits) out.println(h.path() + ":" + h.page() + ": " + h.snippet());
        out.flush();
        if (hits.isEmpty()) {
            err.println("sinpdf search: no page matches " + q);
            return 1;
        }
        return 0;
    }
}
