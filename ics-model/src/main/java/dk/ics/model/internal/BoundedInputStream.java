package dk.ics.model.internal;

import dk.ics.model.IcsLimitException;
import dk.ics.model.Location;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails with {@link IcsLimitException} as soon as more than a maximum of bytes is read. */
public final class BoundedInputStream extends FilterInputStream {

    private final long max;
    private final String source;
    private long count;

    /** Wraps a stream. */
    public BoundedInputStream(InputStream in, long max, String source) {
        super(in);
        this.max = max;
        this.source = source;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, (int) Math.min(len, max - count + 1));
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(Math.min(n, max - count + 1));
        add(s);
        return s;
    }

    private void add(long n) {
        count += n;
        if (count > max) {
            throw new IcsLimitException(source == null ? Location.UNKNOWN : Location.of(source), "maxBytes", max);
        }
    }
}
