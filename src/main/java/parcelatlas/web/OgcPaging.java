package parcelatlas.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import parcelatlas.features.FeatureCursor;
import parcelatlas.features.FeatureQuery;

/**
 * Paging parameters of an items request: the opaque {@code cursor} that {@code next} links carry
 * (keyset paging, see {@link FeatureCursor}) and the bounded {@code offset} kept for clients that
 * count pages themselves. The two are not combined.
 */
final class OgcPaging {
  /** The deepest offset accepted; beyond it, pages are reached by the cursor in {@code next} links. */
  static final int MAX_OFFSET = 100_000;

  private OgcPaging() {}

  /** The request's {@code cursor}, read for the query's sort order, or null; with an offset it is a 400. */
  static FeatureCursor cursor(Context ctx, FeatureQuery query, long offset) {
    String text = ctx.queryParam("cursor");
    if (text == null) {
      return null;
    }
    if (ctx.queryParams("cursor").size() > 1) {
      throw ApiException.badRequest("give 'cursor' once");
    }
    if (offset > 0) {
      throw ApiException.badRequest("give either cursor or offset, not both");
    }
    return FeatureCursor.decode(text, query.sortBy());
  }

  /**
   * The next page's URL: the request's own with its offset replaced by the cursor; in the rare case
   * of a cursor too long for a URL (a sort on long texts), with the offset of the next page instead.
   */
  static String nextHref(Links links, Context ctx, FeatureCursor next, FeatureQuery query) {
    String cursor = next.encode(query.sortBy());
    Map<String, String> params = new HashMap<>();
    if (cursor.length() > FeatureCursor.MAX_CHARS && next.position() <= MAX_OFFSET) {
      params.put("cursor", null);
      params.put("offset", Long.toString(next.position()));
    } else {
      params.put("offset", null);
      params.put("cursor", cursor);
    }
    return links.withParams(ctx, params);
  }
}
