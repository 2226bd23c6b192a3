package org.sinpdf.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sinpdf.model.Severity;

/**
 * Collects the findings of one file: applies the configured severity, drops switched-off rules,
 * and keeps at most {@code maxFindingsPerRule} findings per rule (the rest are counted and
 * reported in one closing finding), so a broken 1 GB file gives a readable, bounded report.
 * Not thread-safe: one per file.
 */
public final class Reporter {
    private static final int EXCERPT_MAX = 60;

    private final String file;
    private final ValidationConfig config;
    private final List<ValidationFinding> out;
    private final Map<String, int[]> counts = new HashMap<>();

    public Reporter(String file, ValidationConfig config, List<ValidationFinding> out) {
        this.file = file;
        this.config = config;
        this.out = out;
    }

    public String file() { return file; }

    public ValidationConfig config() { return config; }

    public boolean enabled(Rule rule) { return config.enabled(rule); }

    public void report(Rule rule, long line, int column, String message, String excerpt) {
        Optional<Severity> s = config.severity(rule);
        if (s.isEmpty()) return;
        int[] n = counts.computeIfAbsent(rule.id(), k -> new int[1]);
        if (n[0]++ >= config.maxFindingsPerRule()) return;
        out.add(new ValidationFinding(file, rule.id(), s.get(), message, line, column, excerpt(excerpt)));
    }

    public void report(Rule rule, String message) { report(rule, 0, 0, message, ""); }

    /** Adds one finding per rule whose findings were cut at the cap, saying how many were left out. */
    public void finish() {
        for (Rules.Def rule : Rules.ALL) {
            int[] n = counts.get(rule.id());
            if (n == null || n[0] <= config.maxFindingsPerRule()) continue;
            Optional<Severity> s = config.severity(rule);
            int more = n[0] - config.maxFindingsPerRule();
            s.ifPresent(sev -> out.add(new ValidationFinding(file, rule.id(), sev,
                    more + " more finding(s) of this rule not listed (maxFindingsPerRule = "
                            + config.maxFindingsPerRule() + ")", 0, 0, "")));
        }
    }

    /** At most 60 characters, control characters shown as spaces. */
    static String excerpt(String s) {
        if (s == null || s.isEmpty()) return "";
        StringBuilder b = new StringBuilder(Math.min(s.length(), EXCERPT_MAX + 1));
        for (int i = 0; i < s.length() && b.length() < EXCERPT_MAX; i++) {
            char c = s.charAt(i);
            b.append(Character.isISOControl(c) ? ' ' : c);
        }
        if (s.length() > EXCERPT_MAX) b.append('…');
        return b.toString();
    }
}
