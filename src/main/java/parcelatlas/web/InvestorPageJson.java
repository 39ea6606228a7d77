package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import parcelatlas.features.ItemsJson;
import parcelatlas.investor.PublicParcels;

/**
 * A page of the investor search as a GeoJSON FeatureCollection: its features as the search's rows
 * writer wrote them ({@link PublicParcels#searchJson}: the parcel code as id, the servicing label
 * last, straight from the result set — the search's largest share of the portal's CPU was mapping
 * rows and writing features one by one), then numberMatched or numberMatchedMoreThan,
 * numberReturned, nextOffset and next. The same bytes as each feature of {@link PublicParcels#search}
 * written by {@link FeatureJson#write} with the code as id ({@code InvestorPageJsonTest}).
 *
 * <p>The page is written in place: {@link #generator} puts the collection's head into the page's
 * buffer before its features, and {@link #write} appends the members after them into the room the
 * buffer has left (it is sized a quarter over the last page), so the body is that buffer, not a
 * copy: a 100-parcel page is ~105 KB, which the search allocated and copied once more per request.
 */
final class InvestorPageJson {
  /** What a page written through {@link #generator} starts with: the collection up to its features. */
  private static final byte[] HEAD = "{\"type\":\"FeatureCollection\",\"features\":".getBytes(StandardCharsets.UTF_8);

  private InvestorPageJson() {}

  /** The body: its first {@code length} bytes of {@code bytes}. */
  record Body(byte[] bytes, int length) {}

  /** The generator a search page is written with ({@link PublicParcels#searchJson}): the head first. */
  static JsonGenerator generator(OutputStream out) throws IOException {
    out.write(HEAD);
    return FeatureJson.generator(out);
  }

  /**
   * The whole body, from a page written through {@link #generator}: the members written by a
   * generator around an empty raw value where the features go (as {@link OgcItemsPage#collection}),
   * and those after the features appended to the page's buffer (grown only if it has no room).
   */
  static Body write(PublicParcels.SearchJson page) throws IOException {
    ItemsJson features = page.features();
    if (features.length() < HEAD.length
        || !Arrays.equals(features.buffer(), 0, HEAD.length, HEAD, 0, HEAD.length)) {
      throw new IllegalStateException("the page was not written through InvestorPageJson.generator");
    }
    ByteArrayOutputStream members = new ByteArrayOutputStream(256);
    int at;
    try (JsonGenerator g = FeatureJson.generator(members)) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeFieldName("features");
      g.writeRawValue("");
      g.flush();
      at = members.size();
      if (page.numberMatched() != null) {
        g.writeNumberField("numberMatched", page.numberMatched());
      } else if (page.moreThanCap()) {
        g.writeNumberField("numberMatchedMoreThan", PublicParcels.COUNT_CAP);
      }
      g.writeNumberField("numberReturned", features.numberReturned());
      if (page.more()) {
        g.writeNumberField("nextOffset", page.start() + features.numberReturned());
        g.writeStringField("next", page.next());
      }
      g.writeEndObject();
    }
    byte[] around = members.toByteArray();
    int length = features.length() + around.length - at;
    // past the page's length the buffer holds nothing of it: the members go there
    byte[] body = length <= features.buffer().length ? features.buffer() : Arrays.copyOf(features.buffer(), length);
    System.arraycopy(around, at, body, features.length(), around.length - at);
    return new Body(body, length);
  }
}
