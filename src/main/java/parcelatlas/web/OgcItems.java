package parcelatlas.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;
import parcelatlas.features.FeatureReader;
import parcelatlas.features.ItemsJson;
import parcelatlas.features.ServedCollection;

/**
 * OGC API – Features items pages ({@code /ogc/collections/{id}/items}): parameters checked, the page
 * read as JSON ({@link FeatureReader#itemsJson}), written as a FeatureCollection in GeoJSON or HTML.
 * A GeoJSON page goes out in one write: the collection's head, the features' bytes as the reader
 * wrote them and the other members after them, all in the page's own buffer ({@link OgcItemsPage}),
 * its links from {@link OgcItemsLinks}.
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
    OgcBBox.Box bbox = OgcBBox.parse(ctx.queryParam("bbox"), bboxCrs(ctx));
    FeatureQuery query = FilterParameters.apply(ctx, collection,
        FeatureQuery.of(collection, OgcApi.anonymous(ctx)).page(limit, offset));
    FeatureCursor after = OgcPaging.cursor(ctx, query, offset);
    boolean html = OgcFormat.of(ctx) == OgcFormat.HTML;
    boolean count = ctx.queryParam(CountParameter.NAME) == null ? html : CountParameter.of(ctx); // HTML pages show it
    ItemsJson page = reader.itemsJson(OgcBBox.Box.on(bbox, query), after, count, FeatureJson.geometry(crs),
        OgcItemsPage::generator);
    String base = links.base(ctx);
    OgcItemsLinks.Self self = OgcItemsLinks.self(base, ctx.path(), ctx.queryParamMap(),
        after == null ? Long.toString(offset) : null);
    String next = page.next() == null ? null : OgcPaging.nextHref(links, ctx, page.next(), query);
    String prev = after == null && offset > 0 ? links.withOffset(ctx, Math.max(0, offset - limit)) : null;
    ctx.header("Content-Crs", crs.header());
    OgcItemsPage.Body body = OgcItemsPage.collection(page, g -> {
      OgcItemsLinks.write(g, self.self(), "self", OgcApi.GEOJSON, null);
      OgcItemsLinks.write(g, self.alternate(), "alternate", OgcFormat.TEXT_HTML, "HTML");
      if (next != null) {
        OgcItemsLinks.write(g, next, "next", OgcApi.GEOJSON, "next page");
      }
      if (prev != null) {
        OgcItemsLinks.write(g, prev, "prev", OgcApi.GEOJSON, "previous page");
      }
      OgcItemsLinks.write(g, OgcItemsLinks.collection(base, collection), "collection", OgcApi.JSON, null);
    }, OgcItemsTimeStamp.of(Instant.now(clock)));
    if (html) {
      ctx.html(OgcHtmlFeatures.items(Json.MAPPER.readTree(body.bytes(), 0, body.length()), collection,
          OgcApi.mapUrl(self.self())));
    } else {
      ctx.contentType(OgcApi.GEOJSON);
      // one write: large enough for the server to compress when the client asks
      ctx.outputStream().write(body.bytes(), 0, body.length());
    }
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
