package org.sinpdf.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.sinpdf.spi.ConfigException;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.Serializer;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.Tabulator;

/**
 * The stages that plugins offer, by id. Immutable once built. {@link #discover()} finds plugins
 * with {@link ServiceLoader}; {@link #of} takes them explicitly (no classpath scanning).
 * Fails fast on a broken service entry or on two stages with one id.
 */
public final class PluginRegistry {
    private final Map<String, StageFactory<?>> stages;
    private final List<String> pluginIds;

    private PluginRegistry(Map<String, StageFactory<?>> stages, List<String> pluginIds) {
        this.stages = Map.copyOf(stages);
        this.pluginIds = List.copyOf(pluginIds);
    }

    /** Every plugin listed in {@code META-INF/services/org.sinpdf.spi.SinpdfPlugin}, sorted by id. */
    public static PluginRegistry discover() throws ConfigException {
        return discover(Thread.currentThread().getContextClassLoader());
    }

    public static PluginRegistry discover(ClassLoader loader) throws ConfigException {
        List<SinpdfPlugin> plugins = new ArrayList<>();
        try {
            ServiceLoader.load(SinpdfPlugin.class, loader).stream().forEach(p -> plugins.add(p.get()));
        } catch (ServiceConfigurationError e) {
            throw new ConfigException("cannot load a sinpdf plugin: " + e.getMessage(), e);
        }
        return of(plugins);
    }

    public static PluginRegistry of(SinpdfPlugin... plugins) throws ConfigException {
        return of(List.of(plugins));
    }

    public static PluginRegistry of(Collection<? extends SinpdfPlugin> plugins) throws ConfigException {
        List<SinpdfPlugin> sorted = new ArrayList<>(plugins);
        sorted.sort(Comparator.comparing(SinpdfPlugin::id));
        Map<String, StageFactory<?>> stages = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (SinpdfPlugin plugin : sorted) {
            if (ids.contains(plugin.id())) {
                throw new ConfigException("two plugins have the id '" + plugin.id() + "'");
            }
            ids.add(plugin.id());
            Collector collector = new Collector(plugin.id());
            plugin.register(collector);
            for (StageFactory<?> f : collector.found) {
                StageFactory<?> clash = stages.putIfAbsent(f.id(), f);
                if (clash != null) {
                    throw new ConfigException("stage id '" + f.id() + "' is registered by both plugin '"
                            + clash.pluginId() + "' and plugin '" + f.pluginId() + "'");
                }
            }
        }
        return new PluginRegistry(stages, ids);
    }

    public Optional<StageFactory<?>> find(String id) { return Optional.ofNullable(stages.get(id)); }

    /** Registered stages of one kind, sorted by id. */
    public List<StageFactory<?>> stages(StageKind kind) {
        return stages.values().stream().filter(f -> f.kind() == kind)
                .sorted(Comparator.comparing(StageFactory::id)).toList();
    }

    public List<StageFactory<?>> all() {
        return stages.values().stream().sorted(Comparator.comparing(StageFactory::id)).toList();
    }

    public List<String> pluginIds() { return pluginIds; }

    /** Ids of the stages that may stand in a config list of the given key ("extract", "serialize", ...). */
    public List<String> idsFor(String configKey) {
        return stages.values().stream().filter(f -> f.kind().configKey().equals(configKey))
                .map(StageFactory::id).sorted().toList();
    }

    private static final class Collector implements Registrar {
        private final String pluginId;
        private final List<StageFactory<?>> found = new ArrayList<>();

        Collector(String pluginId) { this.pluginId = pluginId; }

        private <O> void add(StageKind kind, String id, Class<O> type, O defaults, Function<O, ?> factory) {
            @SuppressWarnings("unchecked")
            Function<O, ? extends org.sinpdf.spi.Stage> f = (Function<O, ? extends org.sinpdf.spi.Stage>) factory;
            found.add(new StageFactory<>(kind, id, pluginId, type, defaults, f));
        }

        @Override public <O> void extractor(String id, Class<O> t, O d, Function<O, ? extends Extractor> f) {
            add(StageKind.EXTRACTOR, id, t, d, f);
        }
        @Override public <O> void tabulator(String id, Class<O> t, O d, Function<O, ? extends Tabulator> f) {
            add(StageKind.TABULATOR, id, t, d, f);
        }
        @Override public <O> void normalizer(String id, Class<O> t, O d, Function<O, ? extends Normalizer> f) {
            add(StageKind.NORMALIZER, id, t, d, f);
        }
        @Override public <O> void serializer(String id, Class<O> t, O d, Function<O, ? extends Serializer> f) {
            add(StageKind.SERIALIZER, id, t, d, f);
        }
        @Override public <O> void documentSerializer(String id, Class<O> t, O d,
                                                     Function<O, ? extends DocumentSerializer> f) {
            add(StageKind.DOCUMENT_SERIALIZER, id, t, d, f);
        }
    }
}
