package parcelatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import parcelatlas.domain.ErrorCode;

/**
 * The photo and caption of a {@code multipart/form-data} body (RFC 7578), read from bytes already
 * bounded by the caller: parts are split at {@code --boundary}; each part's headers end at the first
 * empty line. The part named {@code photo}, else the first part with a file name, is the image; a
 * part named {@code caption} is the caption. A form without an image is a 400 naming the field.
 */
final class MultipartForm {
  private static final byte[] CRLF2 = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  private MultipartForm() {}

  static PhotoUpload photo(byte[] body, String boundary, String queryCaption) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    byte[] between = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(body, delimiter, 0);
    byte[] photo = null;
    byte[] firstFile = null;
    String caption = queryCaption;
    while (at >= 0) {
      int start = at + delimiter.length;
      if (start + 2 <= body.length && body[start] == '-' && body[start + 1] == '-') {
        break; // the closing delimiter
      }
      int headersEnd = indexOf(body, CRLF2, start);
      int next = indexOf(body, between, start);
      if (headersEnd < 0 || next < 0 || headersEnd > next) {
        break;
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
      byte[] content = Arrays.copyOfRange(body, headersEnd + CRLF2.length, next);
      if (headers.contains("name=\"photo\"")) {
        photo = content;
      } else if (headers.contains("name=\"caption\"")) {
        caption = PhotoUpload.text(content);
      } else if (firstFile == null && headers.contains("filename=")) {
        firstFile = content;
      }
      at = next + 2;
    }
    byte[] image = photo != null ? photo : firstFile;
    if (image == null) {
      throw ApiException.badRequest(ErrorCode.PHOTO_UNREADABLE, "photo: the form has no photo part (a file field named photo)");
    }
    return new PhotoUpload(image, caption);
  }

  private static int indexOf(byte[] hay, byte[] needle, int from) {
    outer:
    for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
