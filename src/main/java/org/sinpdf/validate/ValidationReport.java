package org.sinpdf.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sinpdf.model.Severity;

/**
 * The outcome of one validation run.
 *
 * @param files    every file looked at, in order
 * @param findings every finding, grouped by file in {@code files} order
 * @param failures inputs that could not be validated at all (missing path, unreadable archive), with the reason
 */
public record ValidationReport(List<String> files, List<ValidationFinding> findings, List<String> failures) {
    public static final int EXIT_OK = 0;
    public static final int EXIT_ERRORS = 1;
    public static final int EXIT_COULD_NOT_RUN = 2;

    public ValidationReport {
        files = List.copyOf(files);
        findings = List.copyOf(findings);
        failures = List.copyOf(failures);
    }

    public long count(Severity s) { return findings.stream().filter(f -> f.severity() == s).count(); }

    public long errors() { return count(Severity.ERROR); }

    public long warnings() { return count(Severity.WARNING); }

    /** Findings per rule id, sorted by id. */
    public Map<String, Long> countsByRule() {
        Map<String, Long> m = new TreeMap<>();
        for (ValidationFinding f : findings) m.merge(f.rule(), 1L, Long::sum);
        return m;
    }

    /** 2 when some input could not be validated, else 1 when there is any error, else 0. */
    public int exitCode() {
        if (!failures.isEmpty()) return EXIT_COULD_NOT_RUN;
        return errors() > 0 ? EXIT_ERRORS : EXIT_OK;
    }
}
