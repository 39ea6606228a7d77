package parcelatlas.io.shapefile;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Sequential reads from a file through one reusable buffer, so that memory stays flat however
 * large the file. {@link #read} hands out a view that is valid only until the next call; it
 * throws {@link EOFException} when the file ends first. Not thread-safe.
 */
final class ChannelReader implements Closeable {
  private static final int BUFFER_SIZE = 1 << 16;
  private final FileChannel channel;
  private final long size;
  private ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE).flip();
  private long position;

  ChannelReader(Path path) throws IOException {
    this.channel = FileChannel.open(path, StandardOpenOption.READ);
    this.size = channel.size();
  }

  long size() {
    return size;
  }

  long position() {
    return position;
  }

  long remaining() {
    return size - position;
  }

  /** The next {@code n} bytes as a little-endian view positioned at 0. */
  ByteBuffer read(int n) throws IOException {
    if (n > remaining()) {
      throw new EOFException("wanted " + n + " bytes at offset " + position + ", file has " + size);
    }
    if (buffer.remaining() < n) {
      refill(n);
    }
    ByteBuffer view = buffer.slice(buffer.position(), n).order(ByteOrder.LITTLE_ENDIAN);
    buffer.position(buffer.position() + n);
    position += n;
    return view;
  }

  /** Skips {@code n} bytes without reading them. */
  void skip(long n) throws IOException {
    if (n > remaining()) {
      throw new EOFException("wanted to skip " + n + " bytes at offset " + position);
    }
    long inBuffer = Math.min(n, buffer.remaining());
    buffer.position(buffer.position() + (int) inBuffer);
    if (inBuffer < n) {
      buffer.clear().flip();
      channel.position(position + n);
    }
    position += n;
  }

  private void refill(int n) throws IOException {
    if (n > buffer.capacity()) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(n, BUFFER_SIZE));
      bigger.put(buffer);
      buffer = bigger;
    } else {
      buffer.compact();
    }
    while (buffer.position() < n) {
      if (channel.read(buffer) < 0) {
        throw new EOFException("file ended at offset " + channel.position());
      }
    }
    buffer.flip();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
