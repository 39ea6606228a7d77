package parcelatlas.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import parcelatlas.accounts.Viewer;
import parcelatlas.domain.ErrorCode;
import parcelatlas.photos.PhotoRefused;
import parcelatlas.photos.Photos;

/**
 * Site photos over HTTP, for staff. An upload is the image itself as the raw request body (any
 * content type: the type is judged from the bytes), at most {@link Photos#MAX_BYTES}, with an
 * optional {@code caption} query parameter:
 * {@code POST /api/desk/zones/{code}/reports/{reportId}/photos} or {@code POST
 * /api/desk/projects/{code}/photos} (201, the photo's listing entry with its flags). {@code GET} on
 * the same paths lists them; {@code GET /api/photos/{id}} and {@code /api/photos/{id}/thumbnail}
 * serve the bytes; {@code POST /api/photos/{id}/withdraw} {@code {"reason": "…"}} withdraws one.
 */
final class PhotoApi {
  /** Uploads received and decoded at once on this node: each may hold some 30 MB while it is checked. */
  static final int UPLOADS_PER_NODE = 4;
  private final Photos photos;
  private final Semaphore uploads = new Semaphore(UPLOADS_PER_NODE);

  PhotoApi(Photos photos) {
    this.photos = photos;
  }

  /** Whether a request is a photo upload, whose body {@link BodyLimits} leaves to this class. */
  static boolean isUpload(Context ctx) {
    return ctx.method().name().equals("POST") && ctx.path().startsWith("/api/desk/") && ctx.path().endsWith("/photos");
  }

  void uploadToReport(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "attach photos");
    long report = id(ctx.pathParam("reportId"), "reportId");
    created(ctx, () -> photos.attachToReport(viewer.user(), ctx.pathParam("code"), report, body(ctx), ctx.queryParam("caption")));
  }

  void uploadToProject(Context ctx) {
    Viewer viewer = AuthApi.requireStaff(ctx, "attach photos");
    created(ctx, () -> photos.attachToProject(viewer.user(), ctx.pathParam("code"), body(ctx), ctx.queryParam("caption")));
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
      throw new ApiException(r.status(), r.code(), r.getMessage(), flat(r.params()));
    }
  }

  private static Object[] flat(Map<String, Object> params) {
    return params.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
  }

  /** The body, read to at most {@link Photos#MAX_BYTES}: a longer one (declared or sent) is 413. */
  private static byte[] body(Context ctx) {
    long declared = ctx.contentLength();
    if (declared > Photos.MAX_BYTES) {
      throw refusedNow(Photos.tooLarge(declared));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = ctx.bodyInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > Photos.MAX_BYTES) {
          throw refusedNow(Photos.tooLarge(out.size()));
        }
      }
    } catch (IOException e) {
      throw ApiException.badRequest(ErrorCode.PHOTO_UNREADABLE, "the photo could not be received in full");
    }
    if (out.size() == 0) {
      throw ApiException.badRequest(ErrorCode.PHOTO_UNREADABLE, "the request body is empty: send the photo's bytes");
    }
    return out.toByteArray();
  }

  private static ApiException refusedNow(PhotoRefused r) {
    return new ApiException(r.status(), r.code(), r.getMessage(), flat(r.params()));
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
