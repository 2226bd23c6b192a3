package org.sinpdf.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sinpdf.spi.ConfigException;

/**
 * Which stages run, in which order, with which options. Immutable; derived copies with
 * {@code withX}. Stage ids are checked against the registry when the pipeline is built.
 *
 * <pre>
 * extract:   [pdfbox-text, tesseract-ocr]   # per page, the first extractor that serves it wins
 * tabulate:  auto
 * normalize: [unicode-whitespace, ...]
 * serialize: [csv, xml, xsd, kml, csvw, dcat, dictionary]
 * options:   { tesseract-ocr: { dpi: 300 } }
 * run:       { workers: 0, fileTimeoutSeconds: 1800, ... }
 * </pre>
 *
 * @param options per stage id, the option values given in config (merged over the stage's defaults)
 */
public record PipelineConfig(List<String> extract, String tabulate, List<String> normalize, List<String> serialize,
                             Map<String, JsonNode> options, RunSettings run) {
    static final Set<String> KEYS = Set.of("extract", "tabulate", "normalize", "serialize", "options", "run");
    private static final String DEFAULT_RESOURCE = "/org/sinpdf/pipeline/sinpdf.yaml";

    public PipelineConfig {
        extract = List.copyOf(extract);
        Objects.requireNonNull(tabulate, "tabulate");
        normalize = List.copyOf(normalize);
        serialize = List.copyOf(serialize);
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> copy.put(k, v.deepCopy()));
        options = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(run, "run");
        if (extract.isEmpty()) throw new IllegalArgumentException("extract: at least one extractor is needed");
        if (serialize.isEmpty()) throw new IllegalArgumentException("serialize: at least one format is needed");
    }

    /** The built-in defaults: the same as the documented {@code config/sinpdf.yaml}. */
    public static PipelineConfig defaults() {
        try (InputStream in = PipelineConfig.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            return parse(Json.YAML.readTree(in), "built-in defaults", null);
        } catch (IOException | ConfigException e) {
            throw new IllegalStateException("built-in default config is broken: " + e.getMessage(), e);
        }
    }

    /** Reads a YAML (or JSON) config file; keys it leaves out keep the built-in defaults. */
    public static PipelineConfig load(Path file) throws ConfigException {
        JsonNode root;
        try {
            root = Json.YAML.readTree(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return parse(root, file.toString(), defaults());
    }

    private static PipelineConfig parse(JsonNode root, String where, PipelineConfig base) throws ConfigException {
        if (root == null || root.isMissingNode() || root.isNull()) {
            if (base != null) return base;
            throw new ConfigException(where + ": empty config");
        }
        if (!root.isObject()) throw new ConfigException(where + ": the config must be a mapping of keys");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(where + ": unknown key '" + key + "'; valid keys: " + String.join(", ", sorted(KEYS)));
            }
        }
        List<String> extract = root.has("extract") ? list(root.get("extract"), "extract", where) : base.extract();
        String tabulate = root.has("tabulate") ? text(root.get("tabulate"), "tabulate", where) : base.tabulate();
        List<String> normalize = root.has("normalize") ? list(root.get("normalize"), "normalize", where) : base.normalize();
        List<String> serialize = root.has("serialize") ? list(root.get("serialize"), "serialize", where) : base.serialize();
        Map<String, JsonNode> options = new LinkedHashMap<>(base == null ? Map.of() : base.options());
        if (root.has("options")) {
            JsonNode o = root.get("options");
            if (!o.isObject()) throw new ConfigException(where + ": 'options' must map stage ids to their options");
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().isObject()) {
                    throw new ConfigException(where + ": options." + e.getKey() + " must be a mapping of option names to values");
                }
                JsonNode prior = options.get(e.getKey());
                options.put(e.getKey(), prior == null ? e.getValue() : merge(prior.deepCopy(), e.getValue()));
            }
        }
        RunSettings run = base == null ? RunSettings.DEFAULTS : base.run();
        if (root.has("run")) {
            JsonNode merged = merge(Json.JSON.valueToTree(run), root.get("run"));
            try {
                run = Json.JSON.treeToValue(merged, RunSettings.class);
            } catch (JsonProcessingException e) {
                throw new ConfigException(where + ": run: " + OptionBinder.describe(e, RunSettings.class), e);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(where + ": " + e.getMessage(), e);
            }
        }
        try {
            return new PipelineConfig(extract, tabulate, normalize, serialize, options, run);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where + ": " + e.getMessage(), e);
        }
    }

    /** Deep-merges {@code over} into {@code base} (objects merge key by key, anything else replaces). */
    static JsonNode merge(JsonNode base, JsonNode over) {
        if (!(base instanceof ObjectNode b) || !over.isObject()) return over.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode prior = b.get(e.getKey());
            b.set(e.getKey(), prior == null ? e.getValue().deepCopy() : merge(prior, e.getValue()));
        }
        return b;
    }

    private static List<String> list(JsonNode n, String key, String where) throws ConfigException {
        if (n.isTextual()) return List.of(n.asText());
        if (!n.isArray()) throw new ConfigException(where + ": '" + key + "' must be a list of stage ids");
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) out.add(text(e, key, where));
        return out;
    }

    private static String text(JsonNode n, String key, String where) throws ConfigException {
        if (!n.isTextual()) throw new ConfigException(where + ": '" + key + "' must name a stage id, found " + n);
        return n.asText();
    }

    private static List<String> sorted(Set<String> s) { return s.stream().sorted().toList(); }

    public PipelineConfig withSerialize(List<String> formats) {
        return new PipelineConfig(extract, tabulate, normalize, formats, options, run);
    }

    public PipelineConfig withExtract(List<String> extractors) {
        return new PipelineConfig(extractors, tabulate, normalize, serialize, options, run);
    }

    public PipelineConfig withNormalize(List<String> normalizers) {
        return new PipelineConfig(extract, tabulate, normalizers, serialize, options, run);
    }

    public PipelineConfig withTabulate(String tabulator) {
        return new PipelineConfig(extract, tabulator, normalize, serialize, options, run);
    }

    public PipelineConfig withRun(RunSettings settings) {
        return new PipelineConfig(extract, tabulate, normalize, serialize, options, settings);
    }

    /**
     * Sets one option, {@code stage-id.key=value} (a dotted key reaches into nested records);
     * the value is read as YAML, so numbers, booleans and lists keep their type.
     */
    public PipelineConfig withOption(String stageId, String key, String value) throws ConfigException {
        JsonNode v;
        try {
            v = Json.YAML.readTree(value.isEmpty() ? "''" : value);
        } catch (JsonProcessingException e) {
            v = com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
        }
        if (v == null || v.isMissingNode()) v = com.fasterxml.jackson.databind.node.TextNode.valueOf(value);
        ObjectNode patch = Json.JSON.createObjectNode();
        ObjectNode at = patch;
        String[] path = key.split("\\.");
        for (int i = 0; i < path.length - 1; i++) at = at.putObject(path[i]);
        at.set(path[path.length - 1], v);
        Map<String, JsonNode> opts = new LinkedHashMap<>(options);
        JsonNode prior = opts.get(stageId);
        opts.put(stageId, prior == null ? patch : merge(prior.deepCopy(), patch));
        return new PipelineConfig(extract, tabulate, normalize, serialize, opts, run);
    }

    /** A stable hash of everything that changes outputs, for resumable runs. */
    public String fingerprint() {
        try {
            var node = Json.JSON.createObjectNode();
            node.set("extract", Json.JSON.valueToTree(extract));
            node.put("tabulate", tabulate);
            node.set("normalize", Json.JSON.valueToTree(normalize));
            node.set("serialize", Json.JSON.valueToTree(serialize));
            node.set("options", Json.JSON.valueToTree(new java.util.TreeMap<>(options)));
            node.put("raw", run.raw());
            node.put("reviewBelow", run.reviewBelow());
            byte[] bytes = Json.JSON.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(node);
            return Hashing.sha256(bytes).substring(0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
