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
 * its turn in the archive. Zip64 (APPNOTE 4.5.3) where the archive needs it, and only there: a
 * streamed entry announced at more than 4 GiB carries a zip64 extra field in its local header
 * and 8-byte sizes in its data descriptor; a central directory record whose size or offset passes
 * 4 GiB carries them in its zip64 extra field; more than 65,534 entries or a central directory
 * past 4 GiB adds the zip64 end of central directory record and its locator. A small export
 * stays a plain zip that any reader opens. A streamed entry is zip64 when its announced size is
 * (Java's streaming reader reads an 8-byte descriptor only when the inflated bytes pass 4 GiB,
 * whatever the header says); one announced below 4 GiB that writes past it, or whose deflated
 * bytes do, is an IOException (a caller's bug, not a user's).
 * Not thread-safe.
 */
final class ZipOut {
  private static final long LIMIT = 0xFFFFFFFFL;
  private static final int ZIP64_VERSION = 45;
  private static final int DESCRIPTOR = 0x08;
  private static final int UTF8_NAME = 0x800;
  private final OutputStream out;
  private final int level;
  private final int time;
  private final int date;
  private final List<ByteBuffer> central = new ArrayList<>();
  /** Sizes and offsets from here on are written in zip64 form (4 GiB - 1; lower only in tests). */
  private final long zip64From;
  private long written;
  private boolean open;

  ZipOut(OutputStream out, int level) {
    this(out, level, LIMIT);
  }

  /** As the archive of {@link #ZipOut(OutputStream, int)}, with zip64 used for every value from {@code zip64From} on. */
  ZipOut(OutputStream out, int level, long zip64From) {
    this.out = out;
    this.level = level;
    this.zip64From = Math.min(zip64From, LIMIT);
    LocalDateTime now = LocalDateTime.now();
    this.time = now.getHour() << 11 | now.getMinute() << 5 | now.getSecond() / 2;
    this.date = Math.max(0, now.getYear() - 1980) << 9 | now.getMonthValue() << 5 | now.getDayOfMonth();
  }

  /** A small entry (under 4 GiB), deflated as it is written: see {@link #stream(String, long)}. */
  OutputStream stream(String name) throws IOException {
    return stream(name, 0);
  }

  /**
   * An entry deflated as it is written, of at most {@code size} bytes (decides whether it needs
   * zip64); closing the stream ends the entry (the target stays open).
   */
  OutputStream stream(String name, long size) throws IOException {
    if (open) {
      throw new IllegalStateException("the previous entry is still open");
    }
    open = true;
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    long offset = written;
    boolean zip64 = size >= zip64From; // as Java's ZipInputStream decides the descriptor's width
    write(local(bytes, DESCRIPTOR, 0, zip64 ? 0 : -1, zip64 ? 0 : -1, zip64));
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
        long size = deflating.size();
        long compressed = deflating.compressedSize();
        ByteBuffer d = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN).putInt(0x08074b50).putInt((int) crc);
        if (zip64) {
          d.putLong(compressed).putLong(size);
        } else {
          d.putInt((int) check(compressed, name)).putInt((int) check(size, name));
        }
        ZipOut.this.write(d);
        central.add(centralEntry(bytes, DESCRIPTOR, crc, compressed, size, offset, zip64));
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
    long compressed = prefix.length + Files.size(data);
    boolean zip64 = size >= zip64From || compressed >= zip64From;
    long offset = written;
    write(local(bytes, 0, crc, compressed, size, zip64));
    write(prefix, 0, prefix.length);
    written += Files.copy(data, out);
    central.add(centralEntry(bytes, 0, crc, compressed, size, offset, zip64));
  }

  /** Writes the central directory (zip64 end records when it needs them); the stream stays open. */
  void finish() throws IOException {
    long start = written;
    for (ByteBuffer entry : central) {
      write(entry);
    }
    long size = written - start;
    int entries = central.size();
    if (entries >= Math.min(0xFFFF, zip64From) || size >= zip64From || start >= zip64From) {
      long end64 = written;
      ByteBuffer b = ByteBuffer.allocate(76).order(ByteOrder.LITTLE_ENDIAN);
      b.putInt(0x06064b50).putLong(44).putShort((short) ZIP64_VERSION).putShort((short) ZIP64_VERSION).putInt(0)
          .putInt(0).putLong(entries).putLong(entries).putLong(size).putLong(start);
      b.putInt(0x07064b50).putInt(0).putLong(end64).putInt(1); // the locator: where that record starts
      write(b);
    }
    ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
    short count = (short) (entries >= Math.min(0xFFFF, zip64From) ? 0xFFFF : entries);
    end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort(count).putShort(count)
        .putInt(narrow(size)).putInt(narrow(start)).putShort((short) 0);
    write(end);
    out.flush();
  }

  /** A local header; sizes of -1: not known yet (in the data descriptor); zip64: sizes in its extra field. */
  private ByteBuffer local(byte[] name, int flags, long crc, long compressed, long size, boolean zip64) {
    ByteBuffer b = ByteBuffer.allocate(30 + name.length + (zip64 ? 20 : 0)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x04034b50).putShort((short) (zip64 ? ZIP64_VERSION : 20)).putShort((short) (flags | utf8(name)))
        .putShort((short) 8).putShort((short) time).putShort((short) date).putInt((int) crc)
        .putInt(zip64 ? -1 : (int) Math.max(0, compressed)).putInt(zip64 ? -1 : (int) Math.max(0, size))
        .putShort((short) name.length).putShort((short) (zip64 ? 20 : 0)).put(name);
    if (zip64) {
      b.putShort((short) 1).putShort((short) 16).putLong(Math.max(0, size)).putLong(Math.max(0, compressed));
    }
    return b;
  }

  /** A central directory record; zip64 (or a value past the limit): sizes, and the offset past it, in its extra field. */
  private ByteBuffer centralEntry(byte[] name, int flags, long crc, long compressed, long size, long offset,
      boolean zip64) {
    boolean sizes64 = zip64 || size >= zip64From || compressed >= zip64From;
    boolean offset64 = offset >= zip64From;
    int extra = (sizes64 ? 16 : 0) + (offset64 ? 8 : 0);
    int version = sizes64 || offset64 ? ZIP64_VERSION : 20;
    ByteBuffer b = ByteBuffer.allocate(46 + name.length + (extra > 0 ? 4 + extra : 0)).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0x02014b50).putShort((short) version).putShort((short) version).putShort((short) (flags | utf8(name)))
        .putShort((short) 8).putShort((short) time).putShort((short) date).putInt((int) crc)
        .putInt(sizes64 ? -1 : (int) compressed).putInt(sizes64 ? -1 : (int) size).putShort((short) name.length)
        .putShort((short) (extra > 0 ? 4 + extra : 0)).putShort((short) 0).putShort((short) 0).putShort((short) 0)
        .putInt(0).putInt(offset64 ? -1 : (int) offset).put(name);
    if (extra > 0) {
      b.putShort((short) 1).putShort((short) extra);
      if (sizes64) {
        b.putLong(size).putLong(compressed);
      }
      if (offset64) {
        b.putLong(offset);
      }
    }
    return b;
  }

  /** A 4-byte field of the end record: the value, or 0xFFFFFFFF when the zip64 record holds it. */
  private int narrow(long value) {
    return value >= zip64From ? -1 : (int) value;
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
      throw new IOException(what + " passes 4 GiB, more than it was announced to hold (no zip64 in its header)");
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
