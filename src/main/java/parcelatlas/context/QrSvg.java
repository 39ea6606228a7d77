package parcelatlas.context;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as a small SVG document (one path of unit squares, a 4-module quiet zone, black on
 * white), error correction level M. The text is encoded, never written into the SVG, so the
 * document holds nothing from the request but the modules. Texts are at most {@link #MAX_TEXT} characters.
 */
public final class QrSvg {
  public static final int MAX_TEXT = 500;
  private static final int QUIET = 4;

  private QrSvg() {}

  /** The SVG of {@code text}'s QR code. */
  public static String of(String text) {
    if (text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a QR text may be at most " + MAX_TEXT + " characters");
    }
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + 2 * QUIET;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + QUIET).append(',').append(y + QUIET).append("h1v1h-1z");
        }
      }
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + size + " " + size
        + "\" width=\"" + size * 4 + "\" height=\"" + size * 4 + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
        + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
  }
}
