package org.sinpdf.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sinpdf.model.Severity;

/** How a {@link ValidationReport} is written: text for terminals, JSON for CI, HTML for people. */
public enum ReportFormat {
    TEXT {
        @Override
        public void write(ValidationReport report, Writer w) {
            PrintWriter out = new PrintWriter(w);
            String current = null;
            for (ValidationFinding f : report.findings()) {
                if (!f.file().equals(current)) {
                    current = f.file();
                    out.println(current);
                }
                StringBuilder b = new StringBuilder("  ");
                b.append(String.format(Locale.ROOT, "%-7s ", f.severity().name().toLowerCase(Locale.ROOT)));
                b.append(where(f)).append(' ').append('[').append(f.rule()).append("] ").append(f.message());
                if (!f.excerpt().isEmpty()) b.append("\n      | ").append(f.excerpt());
                out.println(b);
            }
            for (String failure : report.failures()) out.println("could not validate: " + failure);
            out.printf(Locale.ROOT, "%d file(s): %d error(s), %d warning(s), %d note(s)%s%n", report.files().size(),
                    report.errors(), report.warnings(), report.count(Severity.INFO),
                    report.failures().isEmpty() ? "" : ", " + report.failures().size() + " input(s) not validated");
            out.flush();
        }

        private String where(ValidationFinding f) {
            if (f.line() <= 0) return "-";
            return f.column() > 0 ? f.line() + ":" + f.column() : String.valueOf(f.line());
        }
    },

    /**
     * {@code {"version":1, "findings":[{file, rule, severity, message, line, column, excerpt}],
     * "summary":{files, errors, warnings, infos, failures, byRule, exitCode}, "failures":[...]}};
     * severities in lower case, line and column 0 when not applicable. Fields are only ever added.
     */
    JSON {
        @Override
        public void write(ValidationReport report, Writer w) throws IOException {
            try (JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w)) {
                g.useDefaultPrettyPrinter();
                g.writeStartObject();
                g.writeNumberField("version", 1);
                g.writeArrayFieldStart("findings");
                for (ValidationFinding f : report.findings()) {
                    g.writeStartObject();
                    g.writeStringField("file", f.file());
                    g.writeStringField("rule", f.rule());
                    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
                    g.writeStringField("message", f.message());
                    g.writeNumberField("line", f.line());
                    g.writeNumberField("column", f.column());
                    g.writeStringField("excerpt", f.excerpt());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeObjectFieldStart("summary");
                g.writeNumberField("files", report.files().size());
                g.writeNumberField("errors", report.errors());
                g.writeNumberField("warnings", report.warnings());
                g.writeNumberField("infos", report.count(Severity.INFO));
                g.writeNumberField("failures", report.failures().size());
                g.writeObjectFieldStart("byRule");
                for (Map.Entry<String, Long> e : report.countsByRule().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
                g.writeEndObject();
                g.writeNumberField("exitCode", report.exitCode());
                g.writeEndObject();
                g.writeArrayFieldStart("failures");
                for (String s : report.failures()) g.writeString(s);
                g.writeEndArray();
                g.writeEndObject();
                g.writeRaw('\n');
            }
        }
    },

    HTML {
        @Override
        public void write(ValidationReport report, Writer w) {
            PrintWriter out = new PrintWriter(w);
            out.println("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"UTF-8\">"
                    + "<title>sinpdf validate</title><style>"
                    + "body{font-family:sans-serif;margin:2em;max-width:80em}table{border-collapse:collapse;width:100%}"
                    + "td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
                    + ".error{color:#b00020;font-weight:bold}.warning{color:#a15c00}.info{color:#555}"
                    + "code{background:#f4f4f4;padding:0 .2em}h2{font-size:1.1em;margin-top:1.5em;word-break:break-all}"
                    + "</style></head><body>");
            out.printf(Locale.ROOT, "<h1>Open-data validation</h1><p>%d file(s): <span class=\"error\">%d error(s)</span>, "
                    + "<span class=\"warning\">%d warning(s)</span>, %d note(s).</p>%n", report.files().size(),
                    report.errors(), report.warnings(), report.count(Severity.INFO));
            for (String failure : report.failures()) out.println("<p class=\"error\">Could not validate: " + esc(failure) + "</p>");
            Map<String, List<ValidationFinding>> byFile = new LinkedHashMap<>();
            for (ValidationFinding f : report.findings()) byFile.computeIfAbsent(f.file(), k -> new java.util.ArrayList<>()).add(f);
            for (Map.Entry<String, List<ValidationFinding>> e : byFile.entrySet()) {
                out.println("<h2>" + esc(e.getKey()) + "</h2>");
                out.println("<table><tr><th>Severity</th><th>Line</th><th>Col.</th><th>Rule</th><th>How to fix</th>"
                        + "<th>Excerpt</th></tr>");
                for (ValidationFinding f : e.getValue()) {
                    String sev = f.severity().name().toLowerCase(Locale.ROOT);
                    out.printf(Locale.ROOT, "<tr><td class=\"%s\">%s</td><td>%s</td><td>%s</td><td><code>%s</code></td>"
                                    + "<td>%s</td><td><code>%s</code></td></tr>%n", sev, sev,
                            f.line() > 0 ? f.line() : "", f.column() > 0 ? f.column() : "", esc(f.rule()),
                            esc(f.message()), esc(f.excerpt()));
                }
                out.println("</table>");
            }
            if (report.findings().isEmpty()) out.println("<p>No findings: the files meet the rules checked.</p>");
            out.println("</body></html>");
            out.flush();
        }
    };

    public abstract void write(ValidationReport report, Writer w) throws IOException;

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

}
