package parcelatlas.web;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import parcelatlas.features.ItemsJson;
import parcelatlas.investor.PublicParcels;

/**
 * A page of the investor search as a GeoJSON FeatureCollection: its features as the search's rows
 * writer wrote them ({@link PublicParcels#searchJson}: the parcel code as id, the servicing label
 * last, straight from the result set — the search's largest share of the portal's CPU was mapping
 * rows and writing features one by one), then numberMatched or numberMatchedMoreThan,
 * numberReturned, nextOffset and next. The same bytes as each feature of {@link PublicParcels#search}
 * written by {@link FeatureJson#write} with the code as id ({@code InvestorPageJsonTest}).
 */
final class InvestorPageJson {
  private InvestorPageJson() {}

  /**
   * The whole body: the members written by a generator around an empty raw value where the
   * features go, and the features' bytes put there, once (as {@link OgcItems#collection}).
   */
  static byte[] write(PublicParcels.SearchJson page) throws IOException {
    ItemsJson features = page.features();
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
    byte[] body = new byte[around.length + features.length()];
    System.arraycopy(around, 0, body, 0, at);
    System.arraycopy(features.buffer(), 0, body, at, features.length());
    System.arraycopy(around, at, body, at + features.length(), around.length - at);
    return body;
  }
}
