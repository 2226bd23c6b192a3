package org.sinpdf.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sinpdf.model.Severity;
import org.sinpdf.spi.ConfigException;

/**
 * Which rules run and at what severity, from {@code config/eida.yaml}:
 * <pre>
 * maxFindingsPerRule: 50      # per file and rule; the rest are counted in one closing finding
 * duplicateRowMemoryMb: 0     # memory cap for duplicate-row hashes; 0 = half the JVM heap
 * rules:
 *   csv-merged-cells: warning # error | warning | info | off
 * </pre>
 * Rules not listed keep their default severity. Unknown rule ids or keys fail.
 *
 * @param severities overrides by rule id; {@code Optional.empty()} means the rule is off
 */
public record ValidationConfig(Map<String, Optional<Severity>> severities, int maxFindingsPerRule,
                               int duplicateRowMemoryMb) {
    public static final ValidationConfig DEFAULTS = new ValidationConfig(Map.of(), 50, 0);

    public ValidationConfig {
        severities = Map.copyOf(severities);
        for (String id : severities.keySet()) {
            if (Rules.byId(id).isEmpty()) throw new IllegalArgumentException("unknown rule id: " + id);
        }
        if (maxFindingsPerRule < 1) throw new IllegalArgumentException("maxFindingsPerRule must be >= 1");
        if (duplicateRowMemoryMb < 0) throw new IllegalArgumentException("duplicateRowMemoryMb must be >= 0");
    }

    /** The severity of a rule, or empty when it is switched off. */
    public Optional<Severity> severity(Rule rule) {
        Optional<Severity> o = severities.get(rule.id());
        return o != null ? o : Optional.of(rule.defaultSeverity());
    }

    public boolean enabled(Rule rule) { return severity(rule).isPresent(); }

    /** Bytes the duplicate-row check may use for its hash set. */
    public long duplicateRowMemoryBytes() {
        return duplicateRowMemoryMb > 0 ? duplicateRowMemoryMb * 1024L * 1024L : Runtime.getRuntime().maxMemory() / 2;
    }

    public ValidationConfig withSeverity(String ruleId, Optional<Severity> severity) {
        Map<String, Optional<Severity>> m = new LinkedHashMap<>(severities);
        m.put(ruleId, severity);
        return new ValidationConfig(m, maxFindingsPerRule, duplicateRowMemoryMb);
    }

    /** Reads a config file; every problem (syntax, unknown key or rule, bad severity) is a ConfigException. */
    public static ValidationConfig load(Path yaml) throws ConfigException {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile());
        } catch (IOException e) {
            throw new ConfigException("cannot read " + yaml + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) return DEFAULTS;
        if (!root.isObject()) throw new ConfigException(yaml + ": expected a mapping at the top level");
        int max = DEFAULTS.maxFindingsPerRule();
        int mem = DEFAULTS.duplicateRowMemoryMb();
        Map<String, Optional<Severity>> sev = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            switch (e.getKey()) {
                case "maxFindingsPerRule" -> max = intValue(yaml, e);
                case "duplicateRowMemoryMb" -> mem = intValue(yaml, e);
                case "rules" -> {
                    if (e.getValue().isNull()) break;
                    if (!e.getValue().isObject()) throw new ConfigException(yaml + ": 'rules' must be a mapping of rule id to severity");
                    for (Iterator<Map.Entry<String, JsonNode>> r = e.getValue().fields(); r.hasNext(); ) {
                        Map.Entry<String, JsonNode> rule = r.next();
                        if (Rules.byId(rule.getKey()).isEmpty()) {
                            throw new ConfigException(yaml + ": unknown rule '" + rule.getKey() + "' (known: "
                                    + Rules.ALL.stream().map(Rule::id).toList() + ")");
                        }
                        sev.put(rule.getKey(), parseSeverity(yaml, rule.getKey(), rule.getValue()));
                    }
                }
                default -> throw new ConfigException(yaml + ": unknown key '" + e.getKey()
                        + "' (known: maxFindingsPerRule, duplicateRowMemoryMb, rules)");
            }
        }
        try {
            return new ValidationConfig(sev, max, mem);
        } catch (IllegalArgumentException ex) {
            throw new ConfigException(yaml + ": " + ex.getMessage(), ex);
        }
    }

    private static int intValue(Path yaml, Map.Entry<String, JsonNode> e) throws ConfigException {
        if (!e.getValue().canConvertToInt() || !e.getValue().isIntegralNumber()) {
            throw new ConfigException(yaml + ": '" + e.getKey() + "' must be an integer");
        }
        return e.getValue().intValue();
    }

    private static Optional<Severity> parseSeverity(Path yaml, String id, JsonNode v) throws ConfigException {
        // YAML 1.1 reads a bare 'off' as boolean false
        if (v.isBoolean() && !v.booleanValue()) return Optional.empty();
        String s = v.isTextual() ? v.textValue().trim().toLowerCase(Locale.ROOT) : "";
        return switch (s) {
            case "error" -> Optional.of(Severity.ERROR);
            case "warning" -> Optional.of(Severity.WARNING);
            case "info" -> Optional.of(Severity.INFO);
            case "off" -> Optional.empty();
            default -> throw new ConfigException(yaml + ": rule '" + id + "': severity must be error, warning, info or off, not '"
                    + v.asText() + "'");
        };
    }
}
