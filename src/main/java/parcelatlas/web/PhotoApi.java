package parcelatlas.web;

import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import parcelatlas.accounts.Viewer;
import parcelatlas.domain.ErrorCode;
import parcelatlas.photos.PhotoRefused;
import parcelatlas.photos.PhotoViews;
import parcelatlas.photos.Photos;

/**
 * Site photos over HTTP, for staff. An upload ({@link PhotoUpload}) is the image itself as the raw
 * request body or a multipart form's {@code photo} part (the type is judged from the bytes), at most
 * {@link Photos#MAX_BYTES}, with an optional caption:
 * {@code POST /api/desk/zones/{code}/reports/{reportId}/photos}, {@code POST
 * /api/desk/projects/{code}/photos} or {@code POST /api/desk/projects/{code}/issues/{seq}/photos}
 * (201, the photo's listing entry with its flags). {@code GET} on the first two lists them (a
 * project's with its issues' photos, marked by issueSeq); {@code GET /api/desk/zones/{code}/photos}
 * lists all of a zone's report photos; {@code GET /api/desk/photos?bbox=} the positioned photos in a
 * map view; {@code GET /api/photos/{id}} and {@code /api/photos/{id}/thumbnail}
 * serve the bytes; {@code POST /api/photos/{id}/withdraw} {@code {"reason": "…"}} withdraws one.
 */
final class PhotoApi {
  /** Uploads received and decoded at once on this node: each may hold some 30 MB while it is checked. */
  static final int UPLOADS_PER_NODE = 4;
  private final Photos photos;
  private final PhotoViews views;
  private final Semaphore uploads = new Semaphore(UPLOADS_PER_NODE);

  PhotoApi(Photos photos, PhotoViews views) {
    this.photos = photos;
    this.views = views;
  }

  /** Whether a request is a photo upload, whose body {@link BodyLimits} leaves to this class. */
  static boolean isUpload(Context ctx) {
    return ctx.method().name().equals("POST") && ctx.path().startsWith("/api/desk/") && ctx.path().endsWith("/photos");
  }

  void uploadToReport(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "attach photos");
    long report = id(ctx.pathParam("reportId"), "reportId");
    created(ctx, () -> {
      PhotoUpload upload = PhotoUpload.read(ctx);
      return photos.attachToReport(viewer.user(), ctx.pathParam("code"), report, upload.bytes(), upload.caption());
    });
  }

  void uploadToProject(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "attach photos");
    created(ctx, () -> {
      PhotoUpload upload = PhotoUpload.read(ctx);
      return photos.attachToProject(viewer.user(), ctx.pathParam("code"), upload.bytes(), upload.caption());
    });
  }

  void uploadToIssue(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "attach photos");
    long seq = id(ctx.pathParam("seq"), "seq");
    if (seq > Integer.MAX_VALUE) {
      throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, "seq must be a positive whole number", "field", "seq", "value", seq);
    }
    created(ctx, () -> {
      PhotoUpload upload = PhotoUpload.read(ctx);
      return photos.attachToIssue(viewer.user(), ctx.pathParam("code"), (int) seq, upload.bytes(), upload.caption());
    });
  }

  void listOfZone(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "see photos");
    json(ctx, Map.of("photos", refused(() -> views.ofZone(viewer.user(), ctx.pathParam("code")))));
  }

  void inView(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "see photos");
    json(ctx, views.inView(viewer.user(), ctx.queryParam("bbox")));
  }

  void listOfReport(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "see photos");
    long report = id(ctx.pathParam("reportId"), "reportId");
    json(ctx, Map.of("photos", refused(() -> photos.ofReport(viewer.user(), ctx.pathParam("code"), report))));
  }

  void listOfProject(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "see photos");
    json(ctx, Map.of("photos", refused(() -> photos.ofProject(viewer.user(), ctx.pathParam("code")))));
  }

  void photo(Context ctx) {
    image(ctx, false);
  }

  void thumbnail(Context ctx) {
    image(ctx, true);
  }

  void withdraw(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "withdraw photos");
    long id = id(ctx.pathParam("id"), "id");
    String reason = JsonBody.read(ctx).path("reason").asText(null);
    json(ctx, refused(() -> photos.withdraw(viewer.user(), id, reason)));
  }

  private void image(Context ctx, boolean thumbnail) {
    Viewer viewer = AuthApi.requireStaff(ctx, "see photos");
    long id = id(ctx.pathParam("id"), "id");
    Photos.Image image = refused(() -> photos.image(viewer.user(), id, thumbnail));
    ctx.header("Cache-Control", "private, max-age=3600");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(image.bytes());
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType(image.mediaType()); // binary: no charset
  }

  /** Receives and attaches one upload while holding one of this node's {@link #UPLOADS_PER_NODE} places (503 after 5 s). */
  private void created(Context ctx, Supplier<Object> attach) {
    try {
      if (!uploads.tryAcquire(5, TimeUnit.SECONDS)) {
        throw new ApiException(503, ErrorCode.SERVER_BUSY, "the server is receiving " + UPLOADS_PER_NODE
            + " photos at once; try again shortly", "limit", UPLOADS_PER_NODE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, ErrorCode.SERVER_BUSY, "the server is stopping", "limit", UPLOADS_PER_NODE);
    }
    try {
      Object entry = refused(attach);
      ctx.status(201);
      json(ctx, entry);
    } finally {
      uploads.release();
    }
  }

  private static void json(Context ctx, Object value) {
    ctx.contentType(OgcApi.JSON).result(Json.write(value));
  }

  /** Runs {@code work}, turning a photo refusal into the API's refusal with the same status, code and parameters. */
  private static <T> T refused(Supplier<T> work) {
    try {
      return work.get();
    } catch (PhotoRefused r) {
      throw PhotoUpload.refused(r);
    }
  }

  private static long id(String text, String field) {
    try {
      long id = Long.parseLong(text);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiException.badRequest(ErrorCode.NUMBER_EXPECTED, field + " must be a positive whole number",
        "field", field, "value", text);
  }
}
