package parcelatlas.web;

import static parcelatlas.web.Links.link;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.RowFilter;
import parcelatlas.features.ServedCollection;

/**
 * OGC API – Features items pages ({@code /ogc/collections/{id}/items}): parameters checked, the page
 * read as JSON ({@link FeatureReader#itemsJson}), written as a FeatureCollection in GeoJSON or HTML.
 * A GeoJSON page goes out in one write: the collection's members around the features' bytes
 * as the reader wrote them (no copy through a generator's buffer, one write to the server).
 */
final class OgcItems {
  private static final List<String> PARAMS = List.of("limit", "offset", "cursor", "bbox", "bbox-crs", "crs", "f",
      CountParameter.NAME);
  /**
   * The largest page a visitor gets outside the work limit: a page of 10,000 parcels is 10 MB of
   * GeoJSON (0.16-0.34 s at 1M parcels), 3-5 s of portal CPU as HTML; the map and QGIS ask for less.
   */
  static final int PLAIN_LIMIT = 1_000;

  private final FeatureReader reader;
  private final Links links;
  private final Clock clock;

  OgcItems(FeatureReader reader, Links links, Clock clock) {
    this.reader = reader;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Whether a visitor's items request costs more than a plain page, and so runs under the work
   * limit ({@link WorkLimiter}; Routes): a {@code filter}, {@code sortby} or queryable equality
   * (a scan or sort over the whole layer whatever the limit: at 1M parcels {@code sortby} on an
   * unindexed property took 0.6-1.5 s for 10 features, {@code far_min=987} 0.6-0.9 s), an
   * {@code offset} (the rows skipped are read: offset 99,999 took 0.35 s, in a bbox 2.7 s), or
   * more than {@link #PLAIN_LIMIT} features. Unlimited, 24 such pages from one visitor held all
   * eight pool connections and other visitors' requests got 503 after the pool's wait. A plain
   * page (limit, bbox, crs, count, the {@code next} cursor of the id order) stays unlimited: it
   * reads its page off an index. Malformed values are left to {@link #items} to refuse.
   */
  static boolean costly(Context ctx) {
    java.util.Optional<ServedCollection> collection = ServedCollection.byId(ctx.pathParam("collectionId"));
    for (String name : ctx.queryParamMap().keySet()) {
      if (!PARAMS.contains(name) && collection.map(c -> FilterParameters.accepts(c, name)).orElse(false)) {
        return true;
      }
    }
    return above(whole(ctx.queryParam("offset")), 0) || above(whole(ctx.queryParam("limit")), PLAIN_LIMIT);
  }

  private static boolean above(Long value, int bound) {
    return value != null && value > bound;
  }

  /** A parameter's text as a whole number (surrounding blanks allowed); null when absent or not one. */
  private static Long whole(String text) {
    try {
      return text == null ? null : Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * A page of features. Pages after the first are reached by the opaque {@code cursor} of the
   * {@code next} link (keyset paging: every page costs what the first does); {@code offset} (up to
   * {@link OgcPaging#MAX_OFFSET}) is still accepted. numberMatched follows {@link FeatureReader#items}:
   * on a page without every match only with {@code count=true} ({@link CountParameter}; the HTML
   * page counts unless {@code count=false}).
   */
  void items(Context ctx) throws IOException {
    ServedCollection collection = OgcApi.collectionOf(ctx);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!PARAMS.contains(name) && !FilterParameters.accepts(collection, name)) {
        throw ApiException.badRequest(ErrorCode.UNKNOWN_PARAMETER, "unknown query parameter '" + name + "'; allowed: "
            + String.join(", ", PARAMS) + ", " + String.join(", ", FilterParameters.NAMES.stream().sorted().toList())
            + " and the collection's queryables", "field", name);
      }
    }
    int limit = intParam("limit", ctx.queryParam("limit"), FeatureQuery.DEFAULT_LIMIT, 1, FeatureQuery.MAX_LIMIT);
    long offset = intParam("offset", ctx.queryParam("offset"), 0, 0, OgcPaging.MAX_OFFSET);
    OgcCrs crs = OgcCrs.parse("crs", ctx.queryParam("crs"));
    RowFilter bbox = OgcBBox.filter(ctx.queryParam("bbox"), bboxCrs(ctx));
    FeatureQuery query = FilterParameters.apply(ctx, collection,
        FeatureQuery.of(collection, OgcApi.anonymous(ctx)).page(limit, offset));
    FeatureCursor after = OgcPaging.cursor(ctx, query, offset);
    boolean html = OgcFormat.of(ctx) == OgcFormat.HTML;
    boolean count = ctx.queryParam(CountParameter.NAME) == null ? html : CountParameter.of(ctx); // HTML pages show it
    ItemsJson page = reader.itemsJson(bbox == null ? query : query.where(bbox), after, count, FeatureJson.geometry(crs),
        FeatureJson::generator);
    List<Map<String, Object>> pageLinks = new ArrayList<>(5);
    String self = after == null ? links.withOffset(ctx, offset) : links.withParams(ctx, Map.of());
    pageLinks.add(link(self, "self", OgcApi.GEOJSON, null));
    pageLinks.add(OgcApi.alternate(self));
    if (page.next() != null) {
      pageLinks.add(link(OgcPaging.nextHref(links, ctx, page.next(), query), "next", OgcApi.GEOJSON, "next page"));
    }
    if (after == null && offset > 0) {
      pageLinks.add(link(links.withOffset(ctx, Math.max(0, offset - limit)), "prev", OgcApi.GEOJSON, "previous page"));
    }
    pageLinks.add(link(links.base(ctx) + "/ogc/collections/" + collection.id(), "collection", OgcApi.JSON, null));
    ctx.header("Content-Crs", crs.header());
    byte[] body = collection(page, pageLinks, Instant.now(clock).toString());
    if (html) {
      ctx.html(OgcHtmlFeatures.items(Json.MAPPER.readTree(body), collection, OgcApi.mapUrl(self)));
    } else {
      ctx.contentType(OgcApi.GEOJSON);
      ctx.outputStream().write(body); // one write: large enough for the server to compress when the client asks
    }
  }

  /**
   * The page as a FeatureCollection: the features as {@link FeatureReader#itemsJson} wrote them, then
   * {@code numberMatched} (left out when null), {@code numberReturned}, the time stamp and the links.
   * The members are written by a generator around an empty raw value where the features go, and the
   * features' bytes are put there, once.
   */
  static byte[] collection(ItemsJson page, List<Map<String, Object>> links, String timeStamp) throws IOException {
    ByteArrayOutputStream members = new ByteArrayOutputStream(1_024);
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
      }
      g.writeNumberField("numberReturned", page.numberReturned());
      g.writeStringField("timeStamp", timeStamp);
      g.writeArrayFieldStart("links");
      for (Map<String, Object> link : links) {
        writeLink(g, link);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    byte[] around = members.toByteArray();
    byte[] body = new byte[around.length + page.length()];
    System.arraycopy(around, 0, body, 0, at);
    System.arraycopy(page.buffer(), 0, body, at, page.length());
    System.arraycopy(around, at, body, at + page.length(), around.length - at);
    return body;
  }

  /** A link: an object of strings, written by the generator itself (no data binding per request). */
  private static void writeLink(JsonGenerator g, Map<String, Object> link) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : link.entrySet()) {
      if (e.getValue() instanceof String text) {
        g.writeStringField(e.getKey(), text);
      } else {
        g.writeObjectField(e.getKey(), e.getValue());
      }
    }
    g.writeEndObject();
  }

  /** {@code fallback} when not sent; a whole number (as {@link #whole} reads it) within [min, max], or a 400. */
  private static int intParam(String name, String text, int fallback, int min, int max) {
    if (text == null) {
      return fallback;
    }
    Long whole = whole(text);
    if (whole == null || whole != whole.intValue()) {
      throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, name + " must be a whole number, got '" + text + "'",
          "field", name, "value", text);
    }
    int value = whole.intValue();
    if (value < min || value > max) {
      throw ApiException.badRequest(ErrorCode.WHOLE_NUMBER_OUT_OF_RANGE, name + " must be between " + min + " and "
          + max + ", got " + value, "field", name, "min", min, "max", max);
    }
    return value;
  }

  private static OgcCrs bboxCrs(Context ctx) {
    if (ctx.queryParam("bbox-crs") != null && ctx.queryParam("bbox") == null) {
      throw ApiException.badRequest("bbox-crs needs a bbox");
    }
    return OgcCrs.parse("bbox-crs", ctx.queryParam("bbox-crs"));
  }
}
