package org.sinpdf.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sinpdf.model.Table;
import org.sinpdf.spi.DocumentSerializer;
import org.sinpdf.spi.Extractor;
import org.sinpdf.spi.Normalizer;
import org.sinpdf.spi.Registrar;
import org.sinpdf.spi.Serializer;
import org.sinpdf.spi.SinpdfPlugin;
import org.sinpdf.spi.Tabulator;

class NormalizePluginTest {
    @Test
    void registersEveryStageUnderItsIdWithDefaults() throws Exception {
        List<String> ids = new ArrayList<>();
        List<Normalizer> built = new ArrayList<>();
        new NormalizePlugin().register(new Registrar() {
            @Override public <O> void extractor(String id, Class<O> t, O d, Function<O, ? extends Extractor> f) { throw new AssertionError(); }
            @Override public <O> void tabulator(String id, Class<O> t, O d, Function<O, ? extends Tabulator> f) { throw new AssertionError(); }
            @Override public <O> void serializer(String id, Class<O> t, O d, Function<O, ? extends Serializer> f) { throw new AssertionError(); }
            @Override public <O> void documentSerializer(String id, Class<O> t, O d, Function<O, ? extends DocumentSerializer> f) { throw new AssertionError(); }
            @Override public <O> void normalizer(String id, Class<O> t, O d, Function<O, ? extends Normalizer> f) {
                assertTrue(t.isRecord(), id + " options are a record");
                assertTrue(t.isInstance(d));
                Normalizer n = f.apply(d);
                assertEquals(id, n.id());
                ids.add(id);
                built.add(n);
            }
        });
        assertTrue(ids.containsAll(NormalizePlugin.RECOMMENDED_ORDER));
        assertTrue(ids.contains("ascii-headers"));
        Table t = Table.ofGrid("t", List.of(List.of("a"), List.of("1")), 1);
        for (Normalizer n : built) assertEquals(List.of(List.of("1")), Chain.data(n.normalize(t, Chain.CTX)));
    }

    @Test
    void isFoundByServiceLoader() {
        assertTrue(ServiceLoader.load(SinpdfPlugin.class).stream()
                .anyMatch(p -> p.type() == NormalizePlugin.class));
    }
}
