package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Buffered appends to a new file, plus {@link #writeAt} to patch bytes already written (headers
 * whose counts are known only at the end). Creates or truncates the file. Not thread-safe.
 */
final class ChannelWriter implements Closeable {
  private static final int BUFFER_SIZE = 1 << 16;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
  private long position;

  ChannelWriter(Path path) throws IOException {
    this.channel = FileChannel.open(path, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
  }

  /** Bytes appended so far, buffered or not. */
  long position() {
    return position;
  }

  void write(ByteBuffer bytes) throws IOException {
    position += bytes.remaining();
    if (bytes.remaining() > buffer.remaining()) {
      flush();
    }
    if (bytes.remaining() > buffer.capacity()) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    } else {
      buffer.put(bytes);
    }
  }

  void write(byte[] bytes) throws IOException {
    write(ByteBuffer.wrap(bytes));
  }

  /** Overwrites bytes at {@code at}, which must lie within what was appended. */
  void writeAt(long at, ByteBuffer bytes) throws IOException {
    flush();
    long offset = at;
    while (bytes.hasRemaining()) {
      offset += channel.write(bytes, offset);
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
    } finally {
      channel.close();
    }
  }
}
