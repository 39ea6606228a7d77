package parcelatlas.bulletin;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes lines of text down A4 pages in one font, wrapping long lines and starting a new page
 * when one is full; draws bar charts with vector rectangles and JPEG photos. A character the font has no glyph for
 * is written as "?", never refused.
 */
final class PdfPages implements AutoCloseable {
  static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private final PDDocument document;
  private final PDFont font;
  private final Map<Integer, Boolean> glyphs = new HashMap<>();
  private PDPageContentStream page;
  private float y;

  PdfPages(PDDocument document, PDFont font) {
    this.document = document;
    this.font = font;
  }

  /** One line (wrapped to the page's width) at the size given, then {@code after} points of space. */
  void line(String text, float size, float after) throws IOException {
    String rest = printable(text);
    do {
      int fits = fitting(rest, size);
      room(size * 1.4f);
      page.beginText();
      page.setFont(font, size);
      page.newLineAtOffset(MARGIN, y - size);
      page.showText(rest.substring(0, fits));
      page.endText();
      y -= size * 1.4f;
      rest = rest.substring(fits);
    } while (!rest.isEmpty());
    y -= after;
  }

  /**
   * A horizontal bar chart: one bar per label, its length the value's share of {@code max} (bars
   * of null values are left out but their label is shown with "—").
   */
  void bars(String[] labels, Double[] values, String[] texts, double max) throws IOException {
    float row = 14;
    float labelWidth = 110;
    float barWidth = WIDTH - labelWidth - 70;
    for (int i = 0; i < labels.length; i++) {
      room(row);
      page.beginText();
      page.setFont(font, 9);
      page.newLineAtOffset(MARGIN, y - 10);
      page.showText(printable(labels[i]));
      page.newLineAtOffset(labelWidth + barWidth * (float) barShare(values[i], max) + 4, 0);
      page.showText(printable(texts[i]));
      page.endText();
      if (values[i] != null) {
        page.setNonStrokingColor(0.75f, 0.1f, 0.1f);
        page.addRect(MARGIN + labelWidth, y - 11, barWidth * (float) barShare(values[i], max), 10);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
      }
      y -= row;
    }
    y -= 6;
  }

  private static double barShare(Double value, double max) {
    return value == null || max <= 0 ? 0 : Math.max(0, Math.min(1, value / max));
  }

  /** A JPEG {@code width} points wide (its height to scale), kept whole on one page. */
  void image(byte[] jpeg, float width) throws IOException {
    org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image =
        org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromByteArray(document, jpeg);
    float height = width * image.getHeight() / image.getWidth();
    room(height + 4);
    page.drawImage(image, MARGIN, y - height, width, height);
    y -= height + 4;
  }

  /** Starts a new page unless {@code height} points remain on this one. */
  private void room(float height) throws IOException {
    if (page != null && y - height >= MARGIN) {
      return;
    }
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  /** How many characters of {@code text} fit on one line (at least one). */
  private int fitting(String text, float size) throws IOException {
    int end = text.length();
    while (end > 1 && font.getStringWidth(text.substring(0, end)) / 1000 * size > WIDTH) {
      end = text.offsetByCodePoints(end, -1);
    }
    return end;
  }

  /** The text with line breaks and tabs as spaces and every character without a glyph as "?". */
  private String printable(String text) {
    StringBuilder out = new StringBuilder();
    (text == null ? "" : text).codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp)) {
        out.append(' ');
      } else if (glyphs.computeIfAbsent(cp, this::hasGlyph)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString();
  }

  private boolean hasGlyph(int cp) {
    try {
      font.encode(new String(Character.toChars(cp)));
      return !Character.isISOControl(cp);
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    if (page != null) {
      page.close();
    }
  }
}
