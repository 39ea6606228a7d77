package parcelatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file whose header is known only at its end (a .shp, a .shx), deflated as its body is
 * written, into a temporary file; {@link #addTo} then puts it in a zip with the header deflated
 * in front: the header's deflate output ends on a byte boundary without ending the stream, the
 * body's independent stream follows (its back-references reach only its own bytes), and the two
 * CRCs are combined ({@link Crc32s}). So the deflating is done by whichever thread writes the
 * body, while the records arrive, and nothing is deflated twice or kept uncompressed.
 */
final class DeflatedBody implements AutoCloseable {
  private final Path file;
  private final OutputStream stream;
  private final Deflating body;
  private final int level;
  private boolean closed;

  DeflatedBody(Path file, int level) throws IOException {
    this.file = file;
    this.level = level;
    this.stream = Files.newOutputStream(file);
    this.body = new Deflating(stream, level);
  }

  /** Where the body goes. */
  OutputStream body() {
    return body;
  }

  /** Ends the body and adds the file, {@code header} in front, to {@code zip} as {@code name}. */
  void addTo(ZipOut zip, String name, byte[] header) throws IOException {
    body.close();
    stream.close();
    closed = true;
    ByteArrayOutputStream front = new ByteArrayOutputStream();
    Deflating head = new Deflating(front, level);
    try {
      head.flush(header);
    } finally {
      head.abandon();
    }
    long crc = Crc32s.combine(head.crc(), body.crc(), body.size());
    zip.deflated(name, front.toByteArray(), file, crc, header.length + body.size());
  }

  /** Frees the deflater and the file handle if {@link #addTo} was not reached; the caller removes the file. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      body.abandon();
      stream.close();
    }
  }
}
