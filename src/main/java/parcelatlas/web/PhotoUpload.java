package parcelatlas.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import parcelatlas.domain.ErrorCode;
import parcelatlas.photos.PhotoRefused;
import parcelatlas.photos.Photos;

/**
 * One received photo upload: either the image itself as the raw body, or a
 * {@code multipart/form-data} form as a phone's browser sends it from
 * {@code <input type=file accept=image/* capture=environment>}, whose {@code photo} part (or first
 * file part) is the image and whose optional {@code caption} part is the caption. The body is read to
 * at most {@link Photos#MAX_BYTES} (plus {@link #FORM_OVERHEAD} for a form): a longer one is 413.
 */
record PhotoUpload(byte[] bytes, String caption) {
  static final int FORM_OVERHEAD = 64 * 1024;

  /** Reads the request's photo; the {@code caption} query parameter applies when the form has none. */
  static PhotoUpload read(Context ctx) {
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    boolean form = type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    byte[] body = body(ctx, form ? Photos.MAX_BYTES + FORM_OVERHEAD : Photos.MAX_BYTES);
    if (!form) {
      return new PhotoUpload(body, ctx.queryParam("caption"));
    }
    PhotoUpload upload = MultipartForm.photo(body, boundary(type), ctx.queryParam("caption"));
    if (upload.bytes().length > Photos.MAX_BYTES) {
      throw refused(Photos.tooLarge(upload.bytes().length));
    }
    if (upload.bytes().length == 0) {
      throw ApiException.badRequest(ErrorCode.PHOTO_UNREADABLE, "photo: the form's photo part is empty");
    }
    return upload;
  }

  private static String boundary(String contentType) {
    for (String param : contentType.split(";")) {
      String p = param.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
        String b = p.substring("boundary=".length());
        b = b.length() >= 2 && b.startsWith("\"") && b.endsWith("\"") ? b.substring(1, b.length() - 1) : b;
        if (!b.isEmpty() && b.length() <= 70) {
          return b;
        }
      }
    }
    throw ApiException.badRequest(ErrorCode.PHOTO_UNREADABLE, "photo: the multipart form names no boundary");
  }

  private static byte[] body(Context ctx, int limit) {
    long declared = ctx.contentLength();
    if (declared > limit) {
      throw refused(Photos.tooLarge(declared));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = ctx.bodyInputStream()) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (out.size() > limit) {
          throw refused(Photos.tooLarge(out.size()));
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

  static ApiException refused(PhotoRefused r) {
    Object[] flat = r.params().entrySet().stream()
        .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    return new ApiException(r.status(), r.code(), r.getMessage(), flat);
  }

  /** Text of a form field, UTF-8. */
  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
