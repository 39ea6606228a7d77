package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Raw deflate (no zlib or gzip wrapper, as a zip entry holds it) of the bytes written, to another
 * stream, with their CRC-32 and the counts a zip entry states. Input is gathered into 64 KiB
 * before each call into zlib (a zip stream's own 512-byte buffer made a native call or more per
 * .dbf record). {@link #flush(byte[])} deflates bytes ending on a byte boundary without ending
 * the stream, so that another stream's output may follow: how a header known only at the end goes
 * in front of a body deflated earlier. Memory: two 64 KiB buffers and zlib's state, whatever
 * the size. Not thread-safe; {@link #close} finishes the stream but does not close the target.
 */
final class Deflating extends OutputStream {
  private static final int BUFFER = 1 << 16;
  private final OutputStream target;
  private final Deflater deflater;
  private final CRC32 crc = new CRC32();
  private final byte[] in = new byte[BUFFER];
  private final byte[] out = new byte[BUFFER];
  private int pending;
  private long size;
  private long compressed;
  private boolean finished;

  Deflating(OutputStream target, int level) {
    this.target = target;
    this.deflater = new Deflater(level, true);
  }

  @Override
  public void write(int b) throws IOException {
    if (pending == in.length) {
      drain();
    }
    in[pending++] = (byte) b;
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    while (length > 0) {
      if (pending == in.length) {
        drain();
      }
      int n = Math.min(length, in.length - pending);
      System.arraycopy(bytes, offset, in, pending, n);
      pending += n;
      offset += n;
      length -= n;
    }
  }

  /** Deflates {@code bytes} with a sync flush: the output so far is complete and ends on a byte boundary, not the stream. */
  void flush(byte[] bytes) throws IOException {
    write(bytes, 0, bytes.length);
    drain();
    int n;
    do {
      n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
      emit(n);
    } while (n == out.length);
  }

  /** Ends the deflate stream (once); the target stays open. */
  @Override
  public void close() throws IOException {
    if (finished) {
      return;
    }
    finished = true;
    try {
      drain();
      deflater.finish();
      while (!deflater.finished()) {
        emit(deflater.deflate(out));
      }
    } finally {
      deflater.end();
    }
  }

  /** Frees zlib's memory without finishing (after a failure). */
  void abandon() {
    finished = true;
    deflater.end();
  }

  long crc() {
    return crc.getValue();
  }

  /** Bytes written (before deflating). */
  long size() {
    return size;
  }

  /** Bytes of deflated output so far. */
  long compressedSize() {
    return compressed;
  }

  private void drain() throws IOException {
    if (pending == 0) {
      return;
    }
    crc.update(in, 0, pending);
    size += pending;
    deflater.setInput(in, 0, pending);
    while (!deflater.needsInput()) {
      emit(deflater.deflate(out));
    }
    pending = 0;
  }

  private void emit(int n) throws IOException {
    if (n > 0) {
      target.write(out, 0, n);
      compressed += n;
    }
  }
}
