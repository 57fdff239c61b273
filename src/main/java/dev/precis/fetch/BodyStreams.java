package dev.precis.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.SocketTimeoutException;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;

/** The stream layers an HTTP body passes through: framing, limits and decompression. */
final class BodyStreams {

    private BodyStreams() {
    }

    /** Thrown inside the stream stack when a cap is passed; the fetcher turns it into TOO_LARGE. */
    static final class CapExceeded extends IOException {
        CapExceeded() {
            super("cap exceeded", null);
        }
    }

    /** Fails a read once the whole fetch's deadline has passed, however slowly bytes trickle in. */
    static final class Deadline extends FilterInputStream {
        private final long deadlineNanos;

        Deadline(InputStream in, long deadlineNanos) {
            super(in);
            this.deadlineNanos = deadlineNanos;
        }

        private void check() throws IOException {
            if (System.nanoTime() > deadlineNanos) {
                throw new SocketTimeoutException("total timeout");
            }
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            check();
            return super.read(b, off, len);
        }
    }

    /** Ends the body after Content-Length bytes. */
    static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long length) {
            super(in);
            this.left = Math.max(0, length);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    /** Throws {@link CapExceeded} as soon as more than {@code cap} bytes have passed. */
    static final class Capped extends FilterInputStream {
        private long cap;
        private long seen;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        /** Moves the cap, counted from the first byte: the head has its own, the body the size cap. */
        void capAt(long total) {
            cap = total;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++seen > cap) {
                throw new CapExceeded();
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && (seen += n) > cap) {
                throw new CapExceeded();
            }
            return n;
        }
    }

    /**
     * Decodes HTTP/1.1 chunked transfer encoding. Sizes, extensions and the CRLFs count against
     * the wire cap below this stream; trailers are never read, the connection closes after the last chunk.
     */
    static final class Chunked extends InputStream {
        private final InputStream in;
        private long chunkLeft;
        private boolean done;

        Chunked(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (done) {
                return -1;
            }
            if (chunkLeft == 0) {
                chunkLeft = nextChunkSize();
                if (chunkLeft == 0) {
                    done = true;
                    return -1;
                }
            }
            int n = in.read(b, off, (int) Math.min(len, chunkLeft));
            if (n < 0) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "the connection closed inside a chunk");
            }
            chunkLeft -= n;
            if (chunkLeft == 0) {
                line();
            }
            return n;
        }

        private long nextChunkSize() throws IOException {
            String size = line();
            int semi = size.indexOf(';');
            String hex = (semi < 0 ? size : size.substring(0, semi)).trim();
            try {
                long value = Long.parseLong(hex, 16);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new PrecisException(ErrorCode.FETCH_FAILED, "malformed chunked encoding");
            }
        }

        private String line() throws IOException {
            StringBuilder sb = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c == -1) {
                    return sb.toString();
                }
                if (c != '\r' && sb.length() < 1024) {
                    sb.append((char) c);
                }
            }
            return sb.toString();
        }
    }

    /** HTTP "deflate" is zlib-wrapped by the spec but raw deflate from some servers: accept both. */
    static InputStream inflate(InputStream in) throws IOException {
        PushbackInputStream peek = new PushbackInputStream(in, 2);
        int b0 = peek.read();
        int b1 = peek.read();
        if (b1 >= 0) {
            peek.unread(b1);
        }
        if (b0 >= 0) {
            peek.unread(b0);
        }
        boolean zlib = b0 >= 0 && b1 >= 0 && (b0 & 0x0f) == 8 && ((b0 << 8) | b1) % 31 == 0;
        return new InflaterInputStream(peek, new Inflater(!zlib));
    }
}
