package parcelatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A zip archive written front to back to a stream that cannot seek (an HTTP response), every
 * entry deflated. An entry is either {@link #stream streamed} (deflated as it is written; its
 * CRC and sizes follow it in a data descriptor, as {@code ZipOutputStream} writes them) or
 * {@link #deflated added already deflated} from a file another thread filled earlier (raw deflate
 * data with its CRC and sizes in the local header), so the work of deflating need not wait for
 * its turn in the archive. No zip64: an entry or the archive passing 4 GiB is an IOException (a
 * .shp stops at 2 GiB, a .dbf's record count at 32 bits; ZipOutputStream would have gone on).
 * Not thread-safe.
 */
final class ZipOut {
  private static final long LIMIT = 0xFFFFFFFFL;
  private static final int DESCRIPTOR = 0x08;
  private static final int UTF8_NAME = 0x800;
  private final OutputStream out;
  private final int level;
  private final int time;
  private final int date;
  private final List<ByteBuffer> central = new ArrayList<>();
  private long written;
  private boolean open;

  ZipOut(OutputStream out, int level) {
    this.out = out;
    this.level = level;
    LocalDateTime now = LocalDateTime.now();
    this.time = now.getHour() << 11 | now.getMinute() << 5 | now.getSecond() / 2;
    this.date = Math.max(0, now.getYear() - 1980) << 9 | now.getMonthValue() << 5 | now.getDayOfMonth();
  }

  /** An entry deflated as it is written; closing the stream ends the entry (the target stays open). */
  OutputStream stream(String name) throws IOException {
    if (open) {
      throw new IllegalStateException("the previous entry is still open");
    }
    open = true;
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    long offset = written;
    write(local(bytes, DESCRIPTOR, 0, 0, 0));
    Deflating deflating = new Deflating(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        ZipOut.this.write(b, off, len);
      }
    }, level);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        deflating.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        deflating.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        if (!open) {
          return;
        }
        deflating.close();
        open = false;
        long crc = deflating.crc();
        long size = check(deflating.size(), name);
        long compressed = check(deflating.compressedSize(), name);
        ByteBuffer d = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        d.putInt(0x08074b50).putInt((int) crc).putInt((int) compressed).putInt((int) size);
        ZipOut.this.write(d.array(), 0, 16);
        central.add(centralEntry(bytes, DESCRIPTOR, crc, compressed, size, offset));
      }
    };
  }

  /**
   * An entry whose raw deflate data is {@code prefix} followed by the file {@code data}, of {@code size}
   * bytes before deflating and CRC-32 {@code crc}.
   */
  void deflated(String name, byte[] prefix, Path data, long crc, long size) throws IOException {
    if (open) {
      throw new IllegalStateException("the previous entry is still open");
    }
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    long compressed = check(prefix.length + Files.size(data), name);
    check(size, name);
    long offset = written;
    write(local(bytes, 0, crc, compressed, size));
    write(prefix, 0, prefix.length);
    written += Files.copy(data, out);
    central.add(centralEntry(bytes, 0, crc, compressed, size, offset));
  }

  /** Writes the central directory; the stream stays open. */
  void finish() throws IOException {
    long start = written;
    for (ByteBuffer entry : central) {
      write(entry);
    }
    long size = written - start;
    check(written, "the archive");
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) central.size())
        .putShort((short) central.size()).putInt((int) size).putInt((int) start).putShort((short) 0);
    write(end);
    out.flush();
  }

  private ByteBuffer local(byte[] name, int flags, long crc, long compressed, long size) throws IOException {
    check(written, "the archive");
    ByteBuffer b = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x04034b50).putShort((short) 20).putShort((short) (flags | utf8(name))).putShort((short) 8)
        .putShort((short) time).putShort((short) date).putInt((int) crc).putInt((int) compressed).putInt((int) size)
        .putShort((short) name.length).putShort((short) 0).put(name);
    return b;
  }

  private ByteBuffer centralEntry(byte[] name, int flags, long crc, long compressed, long size, long offset) {
    ByteBuffer b = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) (flags | utf8(name)))
        .putShort((short) 8).putShort((short) time).putShort((short) date).putInt((int) crc)
        .putInt((int) compressed).putInt((int) size).putShort((short) name.length).putShort((short) 0)
        .putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt((int) offset).put(name);
    return b;
  }

  private static int utf8(byte[] name) {
    for (byte b : name) {
      if (b < 0) {
        return UTF8_NAME;
      }
    }
    return 0;
  }

  private static long check(long bytes, String what) throws IOException {
    if (bytes > LIMIT) {
      throw new IOException(what + " passes 4 GiB, more than a zip without zip64 holds");
    }
    return bytes;
  }

  private void write(ByteBuffer b) throws IOException {
    write(b.array(), 0, b.position());
  }

  private void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
    written += len;
  }
}
