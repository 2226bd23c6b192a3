package org.sinpdf.validate.rules;

/**
 * A set of 64-bit hashes with open addressing (linear probing), stored in 256 KiB chunks so no
 * single huge array is needed. The slot of a hash is its top bits, so doubling moves the entries
 * of old chunk {@code c} to new chunks {@code 2c, 2c+1}: old chunks are freed while new ones are
 * filled, and growing needs little more than the new table. Never grows past {@code maxBytes}.
 */
final class LongHashSet {
    private static final int CHUNK_BITS = 15;
    private static final int CHUNK = 1 << CHUNK_BITS;
    private static final double MAX_LOAD = 0.7;

    private final long maxBytes;
    private long[][] chunks;
    private int bits;
    private long size;
    private boolean hasZero;

    LongHashSet(long maxBytes) {
        this.maxBytes = maxBytes;
        this.bits = CHUNK_BITS + 1;
        this.chunks = new long[2][];
    }

    long size() { return size + (hasZero ? 1 : 0); }

    long capacityBytes() { return (1L << bits) * 8; }

    boolean contains(long h) {
        if (h == 0) return hasZero;
        long mask = (1L << bits) - 1;
        for (long i = h >>> (64 - bits); ; i = (i + 1) & mask) {
            long[] c = chunks[(int) (i >>> CHUNK_BITS)];
            if (c == null) return false;
            long v = c[(int) (i & (CHUNK - 1))];
            if (v == 0) return false;
            if (v == h) return true;
        }
    }

    /** 1 when added, 0 when already present, -1 when full (not added). */
    int add(long h) {
        if (h == 0) {
            if (hasZero) return 0;
            hasZero = true;
            return 1;
        }
        if (size + 1 > (long) (MAX_LOAD * (1L << bits))) {
            if (contains(h)) return 0;
            if (!grow()) return -1;
        }
        int r = insert(chunks, bits, h);
        if (r == 1) size++;
        return r;
    }

    private static int insert(long[][] chunks, int bits, long h) {
        long mask = (1L << bits) - 1;
        for (long i = h >>> (64 - bits); ; i = (i + 1) & mask) {
            int ci = (int) (i >>> CHUNK_BITS);
            long[] c = chunks[ci];
            if (c == null) c = chunks[ci] = new long[CHUNK];
            int k = (int) (i & (CHUNK - 1));
            long v = c[k];
            if (v == 0) {
                c[k] = h;
                return 1;
            }
            if (v == h) return 0;
        }
    }

    private boolean grow() {
        int newBits = bits + 1;
        if ((1L << newBits) * 8 > maxBytes || newBits > 40) return false;
        long[][] next = new long[(int) ((1L << newBits) >>> CHUNK_BITS)][];
        for (int ci = 0; ci < chunks.length; ci++) {
            long[] c = chunks[ci];
            if (c == null) continue;
            for (long v : c) if (v != 0) insert(next, newBits, v);
            chunks[ci] = null; // freed before the next chunk is moved
        }
        chunks = next;
        bits = newBits;
        return true;
    }
}
