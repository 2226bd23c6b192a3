package org.sinpdf.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongHashSetTest {
    @Test
    void growsAndKeepsEveryValue() {
        LongHashSet s = new LongHashSet(64L << 20);
        SplittableRandom rnd = new SplittableRandom(42);
        long[] values = new long[300_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = rnd.nextLong();
            assertEquals(1, s.add(values[i]));
        }
        assertEquals(1, s.add(0L));
        assertEquals(0, s.add(0L));
        for (long v : values) {
            assertTrue(s.contains(v));
            assertEquals(0, s.add(v));
        }
        assertEquals(values.length + 1, s.size());
        SplittableRandom other = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) assertFalse(s.contains(other.nextLong()));
    }

    @Test
    void stopsAtItsMemoryCap() {
        LongHashSet s = new LongHashSet(1L << 20); // 131072 slots at most
        SplittableRandom rnd = new SplittableRandom(1);
        int added = 0;
        int r;
        while ((r = s.add(rnd.nextLong())) == 1) added++;
        assertEquals(-1, r);
        assertTrue(added > 100_000 && added <= 131_072, "added " + added);
        assertTrue(s.capacityBytes() <= 1L << 20);
    }
}
