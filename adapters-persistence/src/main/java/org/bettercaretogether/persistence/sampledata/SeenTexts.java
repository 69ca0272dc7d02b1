package org.bettercaretogether.persistence.sampledata;

/**
 * The texts met so far, each remembered by a 64-bit hash in one array of longs: a million views bring some hundreds of
 * thousands of distinct texts, which as strings would take a good part of the heap.
 *
 * <p>Two texts sharing a hash (a chance in tens of millions, for a million texts) count as one: the second is then
 * taken as met, which only means that its words are made after the load rather than during it. Past
 * {@value #MOST} texts every text counts as new, and the database skips the ones it has already.
 */
final class SeenTexts {

    /** The most hashes kept: 2,097,152, in an array of at most 32 MB. */
    static final int MOST = 1 << 21;

    private long[] slots = new long[1 << 12];
    private int size;
    private boolean zeroMet;

    /** Whether {@code text} is met here for the first time; the same text is never new again. */
    boolean isNew(String text) {
        long hash = hash(text);
        if (hash == 0) {
            boolean first = !zeroMet;
            zeroMet = true;
            return first;
        }
        if (size >= MOST) {
            return true;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        boolean added = insert(slots, hash);
        if (added) {
            size++;
        }
        return added;
    }

    private static boolean insert(long[] into, long hash) {
        int mask = into.length - 1;
        for (int slot = (int) (hash ^ (hash >>> 32)) & mask; ; slot = (slot + 1) & mask) {
            if (into[slot] == hash) {
                return false;
            }
            if (into[slot] == 0) {
                into[slot] = hash;
                return true;
            }
        }
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long hash : slots) {
            if (hash != 0) {
                insert(larger, hash);
            }
        }
        slots = larger;
    }

    /** FNV-1a over the text's characters, then its bits spread. */
    static long hash(String text) {
        long hash = 0xCBF29CE484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001B3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xFF51AFD7ED558CCDL;
        return hash ^ (hash >>> 33);
    }
}
