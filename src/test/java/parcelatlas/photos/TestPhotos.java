package parcelatlas.photos;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Test pictures made here, byte by byte: a JPEG written by javax.imageio with a hand-built EXIF
 * APP1 segment (a little-endian TIFF: IFD0 with the orientation and pointers to an Exif IFD holding
 * DateTimeOriginal and a GPS IFD holding latitude and longitude as degrees, minutes, seconds), as a
 * phone camera writes it; and a PNG header that declares a huge image (a decompression bomb).
 */
public final class TestPhotos {
  private TestPhotos() {}

  /** A {@code width} × {@code height} JPEG; EXIF time and position when not null, orientation when not 1. */
  public static byte[] jpeg(int width, int height, LocalDateTime taken, Double lon, Double lat, int orientation) {
    byte[] plain = plainJpeg(width, height);
    if (taken == null && lon == null && orientation == 1) {
      return plain;
    }
    byte[] tiff = tiff(taken, lon, lat, orientation);
    ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length).order(ByteOrder.BIG_ENDIAN);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
    app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.writeBytes(app1.array());
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  public static byte[] plainJpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40, 120, 200));
    g.fillRect(0, 0, width, height);
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, width / 2, height / 3);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpeg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A PNG whose header declares {@code width} × {@code height} pixels, with no pixel data behind it. */
  static byte[] pngHeader(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
        .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    CRC32 crc = new CRC32();
    crc.update(ihdr.array());
    ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
    png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
    CRC32 end = new CRC32();
    end.update("IEND".getBytes(StandardCharsets.US_ASCII));
    png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) end.getValue());
    return png.array();
  }

  private static byte[] tiff(LocalDateTime taken, Double lon, Double lat, int orientation) {
    boolean gps = lon != null;
    int ifd0Entries = 2 + (gps ? 1 : 0);
    int exifIfd = 8 + 2 + 12 * ifd0Entries + 4;
    int timeData = exifIfd + 2 + 12 + 4;
    int gpsIfd = timeData + 20;
    int latData = gpsIfd + 2 + 12 * 5 + 4;
    int lonData = latData + 24;
    ByteBuffer b = ByteBuffer.allocate(lonData + 24).order(ByteOrder.LITTLE_ENDIAN);
    b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
    b.putShort((short) ifd0Entries);
    entry(b, 0x0112, 3, 1, orientation);
    entry(b, 0x8769, 4, 1, exifIfd);
    if (gps) {
      entry(b, 0x8825, 4, 1, gpsIfd);
    }
    b.putInt(0);
    b.putShort((short) 1);
    entry(b, 0x9003, 2, 20, timeData);
    b.putInt(0);
    String time = taken == null ? "    :  :     :  :  " : taken.format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss"));
    b.put(time.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
    if (gps) {
      b.putShort((short) 5);
      entry(b, 0x0000, 1, 4, 0x00000202);
      entry(b, 0x0001, 2, 2, lat >= 0 ? 'N' : 'S');
      entry(b, 0x0002, 5, 3, latData);
      entry(b, 0x0003, 2, 2, lon >= 0 ? 'E' : 'W');
      entry(b, 0x0004, 5, 3, lonData);
      b.putInt(0);
      dms(b, Math.abs(lat));
      dms(b, Math.abs(lon));
    }
    return b.array();
  }

  /** An IFD entry: tag, type (1 byte, 2 ASCII, 3 short, 4 long, 5 rational), count, value or offset. */
  private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
    b.putShort((short) tag).putShort((short) type).putInt(count);
    if (type == 3) {
      b.putShort((short) value).putShort((short) 0);
    } else {
      b.putInt(value);
    }
  }

  private static void dms(ByteBuffer b, double degrees) {
    int d = (int) Math.floor(degrees);
    double minutes = (degrees - d) * 60;
    int m = (int) Math.floor(minutes);
    long seconds = Math.round((minutes - m) * 60 * 10_000);
    b.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) seconds).putInt(10_000);
  }
}
