package org.sinpdf.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes corpus scores as a text table (one tool, or several side by side) or as JSON. */
public final class EvalReport {
    private EvalReport() {}

    public static void writeText(PrintWriter out, List<CorpusScore> scores) {
        if (scores.size() == 1) writeOne(out, scores.get(0));
        else writeSideBySide(out, scores);
        out.flush();
    }

    private static void writeOne(PrintWriter out, CorpusScore s) {
        out.printf(Locale.ROOT, "%-9s %-9s %6s %6s %6s %7s %7s %7s  %s%n",
                "document", "truth", "P", "R", "F1", "rel-ok", "rel-res", "rel-gt", "regions found/gt false/res");
        for (DocumentScore d : s.documents()) {
            out.printf(Locale.ROOT, "%-9s %-9s %6.3f %6.3f %6.3f %7d %7d %7d  %d/%d %d/%d%n", d.document(), d.groundTruth(),
                    d.precision(), d.recall(), d.f1(), d.correct(), d.found(), d.expected(),
                    d.gtRegionsFound(), d.gtRegions(), d.falseRegions(), d.resultRegions());
        }
        out.println();
        summaryHeader(out);
        summary(out, s);
        failures(out, s);
    }

    private static void writeSideBySide(PrintWriter out, List<CorpusScore> scores) {
        out.println("per document: F1, table regions found/ground truth, false/result");
        out.printf(Locale.ROOT, "%-9s", "document");
        for (CorpusScore s : scores) out.printf(Locale.ROOT, " %22s", s.tool());
        out.println();
        for (int i = 0; i < scores.get(0).documents().size(); i++) {
            out.printf(Locale.ROOT, "%-9s", scores.get(0).documents().get(i).document());
            for (CorpusScore s : scores) {
                DocumentScore d = s.documents().get(i);
                // F1, then regions found/ground truth and false/result
                out.printf(Locale.ROOT, " %22s", String.format(Locale.ROOT, "%.3f %d/%d %d/%d", d.f1(),
                        d.gtRegionsFound(), d.gtRegions(), d.falseRegions(), d.resultRegions()));
            }
            out.println();
        }
        out.println();
        summaryHeader(out);
        for (CorpusScore s : scores) summary(out, s);
        for (CorpusScore s : scores) failures(out, s);
    }

    private static void summaryHeader(PrintWriter out) {
        out.printf(Locale.ROOT, "%-22s %6s %6s %6s | %6s %6s %6s | %-14s %-14s %5s %5s%n", "tool", "microP", "microR", "microF",
                "meanP", "meanR", "meanF", "tables found", "false tables", "compl", "purity");
    }

    private static void summary(PrintWriter out, CorpusScore s) {
        out.printf(Locale.ROOT, "%-22s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %-14s %-14s %5.3f %5.3f%n", s.tool(),
                s.microPrecision(), s.microRecall(), s.microF1(), s.meanPrecision(), s.meanRecall(), s.meanF1(),
                String.format(Locale.ROOT, "%d/%d %.0f%%", s.gtRegionsFound(), s.gtRegions(), 100 * s.foundShare()),
                String.format(Locale.ROOT, "%d/%d %.0f%%", s.falseRegions(), s.resultRegions(), 100 * s.falseShare()),
                s.completeness(), s.purity());
    }

    private static void failures(PrintWriter out, CorpusScore s) {
        for (String f : s.failures()) out.printf("%s failed: %s%n", s.tool(), f);
    }

    public static String toJson(String corpus, List<CorpusScore> scores) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus", corpus);
        root.put("measure", "ICDAR 2013 adjacency relations; regions by area (found: completeness >= "
                + StructureScorer.FOUND_COMPLETENESS + ", false: purity < " + StructureScorer.FALSE_PURITY + ")");
        List<Object> tools = new ArrayList<>();
        for (CorpusScore s : scores) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("tool", s.tool());
            t.put("micro", Map.of("precision", r(s.microPrecision()), "recall", r(s.microRecall()), "f1", r(s.microF1()),
                    "correct", s.correct(), "found", s.found(), "expected", s.expected()));
            t.put("mean", Map.of("precision", r(s.meanPrecision()), "recall", r(s.meanRecall()), "f1", r(s.meanF1())));
            Map<String, Object> reg = new LinkedHashMap<>();
            reg.put("groundTruth", s.gtRegions());
            reg.put("found", s.gtRegionsFound());
            reg.put("foundShare", r(s.foundShare()));
            reg.put("result", s.resultRegions());
            reg.put("false", s.falseRegions());
            reg.put("falseShare", r(s.falseShare()));
            reg.put("completeness", r(s.completeness()));
            reg.put("purity", r(s.purity()));
            t.put("regions", reg);
            List<Object> docs = new ArrayList<>();
            for (DocumentScore d : s.documents()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("document", d.document());
                m.put("groundTruth", d.groundTruth());
                m.put("precision", r(d.precision()));
                m.put("recall", r(d.recall()));
                m.put("f1", r(d.f1()));
                m.put("correct", d.correct());
                m.put("found", d.found());
                m.put("expected", d.expected());
                m.put("regionsFound", d.gtRegionsFound());
                m.put("regions", d.gtRegions());
                m.put("resultRegions", d.resultRegions());
                m.put("falseRegions", d.falseRegions());
                docs.add(m);
            }
            t.put("documents", docs);
            t.put("failures", s.failures());
            tools.add(t);
        }
        root.put("tools", tools);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write report", e);
        }
    }

    private static double r(double v) { return Math.round(v * 10000) / 10000.0; }
}
