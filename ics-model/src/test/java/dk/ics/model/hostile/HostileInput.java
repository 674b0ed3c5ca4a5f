package dk.ics.model.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hostile input generated while it is read: a prefix, a unit repeated many times, a suffix. Nothing of its size is
 * ever held in memory, and it counts how many bytes a reader took, so a test can show that the reader stopped at the
 * limit instead of reading to the end. Shared with the other modules' hostile-input tests through ics-model's test
 * jar.
 */
public final class HostileInput extends InputStream {

    public static final long MB = 1024 * 1024;

    private final byte[] prefix;
    private final byte[] unit;
    private final long repeats;
    private final byte[] suffix;
    private final long length;
    private long position;

    private HostileInput(String prefix, String unit, long repeats, String suffix) {
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.unit = unit.getBytes(StandardCharsets.UTF_8);
        this.repeats = repeats;
        this.suffix = suffix.getBytes(StandardCharsets.UTF_8);
        this.length = this.prefix.length + this.unit.length * repeats + this.suffix.length;
    }

    /** A prefix, {@code unit} {@code repeats} times, a suffix. */
    public static HostileInput of(String prefix, String unit, long repeats, String suffix) {
        return new HostileInput(prefix, unit, repeats, suffix);
    }

    /** A well-formed JSON array of about {@code bytes} bytes, almost all of it whitespace. */
    public static HostileInput jsonOfSize(long bytes) {
        return of("[", " ", bytes - 2, "]");
    }

    /** JSON arrays nested {@code depth} deep. */
    public static HostileInput jsonNestedArrays(int depth) {
        return of("", "[", depth, "]".repeat(depth));
    }

    /** JSON objects nested {@code depth} deep under the property {@code a}. */
    public static HostileInput jsonNestedObjects(int depth) {
        return of("", "{\"a\":", depth, "1" + "}".repeat(depth));
    }

    /** A JSON object with one string property of {@code chars} characters. */
    public static HostileInput jsonLongString(long chars) {
        return of("{\"id\":\"", "x", chars, "\"}");
    }

    /** A JSON object with about {@code bytes} bytes of distinct properties. */
    public static InputStream jsonManyProperties(long bytes) {
        return new ManyProperties(bytes);
    }

    /** The whole length of the input, had it been read to the end. */
    public long length() {
        return length;
    }

    /** How many bytes the reader took. */
    public long consumed() {
        return position;
    }

    /** Writes the whole input to a file, a buffer at a time. */
    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            transferTo(out);
        }
        return file;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(position++) & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(len, length - position);
        for (int i = 0; i < n; i++) {
            b[off + i] = byteAt(position++);
        }
        return n;
    }

    private byte byteAt(long p) {
        if (p < prefix.length) {
            return prefix[(int) p];
        }
        long q = p - prefix.length;
        long body = unit.length * repeats;
        if (q < body) {
            return unit[(int) (q % unit.length)];
        }
        return suffix[(int) (q - body)];
    }

    /** {@code {"p0":0,"p1":0,…}} up to about a number of bytes. */
    private static final class ManyProperties extends InputStream {
        private final long max;
        private long written;
        private long next;
        private byte[] pending = "{".getBytes(StandardCharsets.US_ASCII);
        private int at;
        private boolean closed;

        ManyProperties(long max) {
            this.max = max;
        }

        @Override
        public int read() {
            if (at >= pending.length && !refill()) {
                return -1;
            }
            written++;
            return pending[at++];
        }

        private boolean refill() {
            if (closed) {
                return false;
            }
            if (written >= max) {
                pending = "\"end\":0}".getBytes(StandardCharsets.US_ASCII);
                closed = true;
            } else {
                pending = ("\"p" + next++ + "\":0,").getBytes(StandardCharsets.US_ASCII);
            }
            at = 0;
            return true;
        }
    }
}
