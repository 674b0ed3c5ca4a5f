package dk.ics.test.internal;

/** Derives independent seeds from a seed and an index, so item {@code i} of a generated set depends on nothing else. */
public final class Seeds {

    private Seeds() {
    }

    /** A seed for item {@code index} of stream {@code seed} (the SplitMix64 finaliser over both). */
    public static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** {@code digits} lower-case hex digits of a number, as a pseudonymous id part. */
    public static String hex(long value, int digits) {
        String s = Long.toHexString(value);
        if (s.length() < digits) {
            s = "0".repeat(digits - s.length()) + s;
        }
        return s.substring(s.length() - digits);
    }
}
