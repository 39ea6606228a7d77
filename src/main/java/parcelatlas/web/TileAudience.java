package parcelatlas.web;

import io.javalin.http.Context;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.ServedCollection;

/**
 * Whose tile a tile URL asks for, said by the URL itself so a shared cache can key on it: without
 * {@code audience} (or with {@code audience=public}) the public tile, the same bytes whoever asks,
 * cookie or not, cacheable by a CDN; with {@code audience=staff} the signed-in viewer's tile, which
 * needs a session (401 otherwise) and is never stored by a cache. A staff-only collection has only
 * staff tiles: without {@code audience} it answers those, and {@code audience=public} is refused.
 */
enum TileAudience {
  PUBLIC, STAFF;

  /** The query parameter naming the audience. */
  static final String PARAM = "audience";

  /** The audience a tile request asks for, checked against the viewer and the collection. */
  static TileAudience of(Context ctx, ServedCollection collection) {
    String asked = ctx.queryParam(PARAM);
    TileAudience audience;
    if (asked == null) {
      audience = collection.staffOnly() ? STAFF : PUBLIC;
    } else if (asked.equals("staff")) {
      audience = STAFF;
    } else if (asked.equals("public") && !collection.staffOnly()) {
      audience = PUBLIC;
    } else if (asked.equals("public")) {
      throw ApiException.badRequest(PARAM + ": " + collection.id() + " has staff tiles only; ask with "
          + PARAM + "=staff");
    } else {
      throw ApiException.badRequest(PARAM + " must be public or staff, got '"
          + (asked.length() > 20 ? asked.substring(0, 20) + "…" : asked) + "'");
    }
    if (audience == STAFF && !AuthApi.viewer(ctx).isStaff()) {
      throw new ApiException(401, ErrorCode.SIGN_IN_TO_SEE, "sign in to see the staff tiles of " + collection.id(),
          "layer", collection.id());
    }
    return audience;
  }

  /**
   * The query a tile URL template carries for this viewer: staff get their own tiles where they
   * differ from the public ones (rows hidden from the public, staff-only collections); everyone
   * else, and collections the same for all, the public, cacheable URL.
   */
  static String templateQuery(ServedCollection collection, boolean staffViewer) {
    boolean differs = collection.staffOnly() || collection.publicRows() != null;
    return staffViewer && differs ? "?" + PARAM + "=staff" : "";
  }

  /** The response's {@code Cache-Control}: a shared cache may keep public tiles a while, staff tiles never. */
  String cacheControl() {
    return this == PUBLIC ? "public, max-age=" + OgcTiles.PUBLIC_MAX_AGE_SECONDS : "private, no-store";
  }
}
