package parcelatlas.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import parcelatlas.domain.ErrorCode;

/**
 * An uploaded picture checked by its content, never by its name: JPEG or PNG by the first bytes,
 * its size read from the header and bounded ({@link #MAX_PIXELS}) before any pixel is decoded, so a
 * small file declaring a huge image (a decompression bomb) is refused; and its thumbnail, decoded
 * with subsampling so memory stays near the thumbnail's size whatever the photo's.
 */
public record PhotoImage(String mediaType, int width, int height) {
  /** At most 50 megapixels: more than any phone camera's full resolution. */
  public static final long MAX_PIXELS = 50_000_000L;
  /** The thumbnail's longer side, in pixels. */
  public static final int THUMBNAIL_SIDE = 320;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

  /** The sniffed type and header size of {@code bytes}; refuses anything but a readable JPEG or PNG. */
  public static PhotoImage check(byte[] bytes) {
    String type = sniff(bytes);
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(in, type);
      try {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
          throw new PhotoRefused(400, ErrorCode.PHOTO_TOO_MANY_PIXELS, "the photo is " + width + " × " + height
              + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels are accepted",
              "width", width, "height", height, "maxMegapixels", MAX_PIXELS / 1_000_000);
        }
        return new PhotoImage(type, width, height);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof PhotoRefused refused) {
        throw refused;
      }
      throw unreadable();
    }
  }

  /**
   * A JPEG thumbnail, its longer side {@link #THUMBNAIL_SIDE} (or the photo's, if smaller), turned
   * upright by the EXIF {@code orientation} (1 upright, 3 upside down, 6 and 8 a quarter turn).
   */
  public byte[] thumbnail(byte[] bytes, int orientation) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(in, mediaType);
      BufferedImage decoded;
      try {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / THUMBNAIL_SIDE);
        param.setSourceSubsampling(step, step, 0, 0);
        decoded = reader.read(0, param);
      } finally {
        reader.dispose();
      }
      return jpeg(upright(scaled(decoded), orientation));
    } catch (IOException | RuntimeException e) {
      throw unreadable();
    }
  }

  private static String sniff(byte[] b) {
    if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return "image/jpeg";
    }
    if (b.length > PNG.length && java.util.Arrays.equals(b, 0, PNG.length, PNG, 0, PNG.length)) {
      return "image/png";
    }
    throw new PhotoRefused(400, ErrorCode.PHOTO_TYPE_UNSUPPORTED,
        "the photo must be a JPEG or PNG image (checked by its content, not its name)", "expected", "JPEG, PNG");
  }

  private static ImageReader reader(ImageInputStream in, String type) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
    if (in == null || !readers.hasNext()) {
      throw new IOException("no reader for " + type);
    }
    ImageReader reader = readers.next();
    reader.setInput(in, true, true);
    return reader;
  }

  private static BufferedImage scaled(BufferedImage source) {
    double factor = Math.min(1.0, (double) THUMBNAIL_SIDE / Math.max(source.getWidth(), source.getHeight()));
    int w = Math.max(1, (int) Math.round(source.getWidth() * factor));
    int h = Math.max(1, (int) Math.round(source.getHeight() * factor));
    return draw(source, w, h, AffineTransform.getScaleInstance((double) w / source.getWidth(),
        (double) h / source.getHeight()));
  }

  private static BufferedImage upright(BufferedImage image, int orientation) {
    int w = image.getWidth();
    int h = image.getHeight();
    return switch (orientation) {
      case 3 -> draw(image, w, h, new AffineTransform(-1, 0, 0, -1, w, h));
      case 6 -> draw(image, h, w, new AffineTransform(0, 1, -1, 0, h, 0));
      case 8 -> draw(image, h, w, new AffineTransform(0, -1, 1, 0, 0, w));
      default -> image;
    };
  }

  /** Draws onto an opaque white canvas (a PNG's transparency becomes white, as JPEG has none). */
  private static BufferedImage draw(BufferedImage source, int w, int h, AffineTransform transform) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(source, transform, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, "jpeg", out)) {
      throw new IOException("no JPEG writer");
    }
    return out.toByteArray();
  }

  private static PhotoRefused unreadable() {
    return new PhotoRefused(400, ErrorCode.PHOTO_UNREADABLE, "the photo cannot be read as an image");
  }
}
