package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import parcelatlas.features.ItemsJson;

/**
 * An items page's FeatureCollection assembled in the page's own buffer ({@link OgcItems}): the reader
 * writes the collection's head and the features ({@link #generator}), the other members are appended
 * after them ({@link #collection}). One buffer, no copy of the page.
 */
final class OgcItemsPage {
  /** What a page written through {@link #generator} starts with: the collection up to its features. */
  private static final byte[] HEAD = "{\"type\":\"FeatureCollection\",\"features\":".getBytes(StandardCharsets.UTF_8);

  private OgcItemsPage() {}

  /** The generator an items page is written with: the collection's head first, in the page's buffer. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    out.write(HEAD);
    return FeatureJson.generator(out);
  }

  /** Writes a page's links into the array of its {@code links} member. */
  @FunctionalInterface
  interface LinkWriter {
    void write(JsonGenerator g) throws IOException;
  }

  /** The body: its first {@code length} bytes of {@code bytes}. */
  record Body(byte[] bytes, int length) {}

  /**
   * The page as a FeatureCollection, in place: the page's buffer holds the collection's head and the
   * features ({@link #generator}); {@code numberMatched} (left out when null), {@code numberReturned},
   * the time stamp and the links go after them, in the room the buffer has left (it is sized a quarter
   * over the last page; grown only when short). They are written by a generator that starts the object
   * as the head did, with an empty raw value where the features are; what it writes before the members
   * is checked against the head and dropped ({@link After}). No copy of the page: it was one more
   * allocation and copy of every page's bytes.
   */
  static Body collection(ItemsJson page, LinkWriter links, String timeStamp) throws IOException {
    if (page.length() < HEAD.length || !Arrays.equals(page.buffer(), 0, HEAD.length, HEAD, 0, HEAD.length)) {
      throw new IllegalStateException("the page was not written through OgcItemsPage.generator");
    }
    After after = new After(page.buffer(), page.length());
    try (JsonGenerator g = FeatureJson.generator(after)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeFieldName("features");
      g.writeRawValue("");
      if (page.numberMatched() != null) {
        g.writeNumberField("numberMatched", page.numberMatched());
      }
      g.writeNumberField("numberReturned", page.numberReturned());
      g.writeStringField("timeStamp", timeStamp);
      g.writeArrayFieldStart("links");
      links.write(g);
      g.writeEndArray();
      g.writeEndObject();
    }
    if (after.skip > 0) {
      throw new IllegalStateException("the collection's members were not written after its head");
    }
    return new Body(after.bytes, after.count);
  }

  /**
   * Appends what is written to it after the page in the page's buffer (a larger copy when it has no
   * room), but the first {@code HEAD.length} bytes, which must be the head the page starts with.
   */
  private static final class After extends OutputStream {
    private byte[] bytes;
    private int count;
    private int skip = HEAD.length;

    After(byte[] bytes, int count) {
      this.bytes = bytes;
      this.count = count;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      int drop = Math.min(skip, len);
      if (!Arrays.equals(b, off, off + drop, HEAD, HEAD.length - skip, HEAD.length - skip + drop)) {
        throw new IllegalStateException("the collection's members did not start as its head");
      }
      skip -= drop;
      if (len > drop) {
        if (count + len - drop > bytes.length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length + bytes.length / 2, count + len - drop));
        }
        System.arraycopy(b, off + drop, bytes, count, len - drop);
        count += len - drop;
      }
    }
  }
}
