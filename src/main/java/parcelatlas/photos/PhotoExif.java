package parcelatlas.photos;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What a phone camera wrote into a photo, read with metadata-extractor: when it was taken (EXIF
 * DateTimeOriginal, the camera's local time, no zone), where (GPS latitude and longitude, WGS84),
 * and which way up (EXIF orientation, 1 when absent). Each may be missing; a photo without any of
 * them is still accepted (and flagged).
 */
public record PhotoExif(LocalDateTime takenAt, Double longitude, Double latitude, int orientation) {
  private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
  static final PhotoExif NONE = new PhotoExif(null, null, null, 1);

  /** Reads the photo's metadata; unreadable or absent metadata yields {@link #NONE}'s empty fields. */
  public static PhotoExif read(byte[] bytes) {
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      return NONE;
    }
    LocalDateTime taken = null;
    ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    if (exif != null) {
      taken = time(exif.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
    }
    Double lon = null;
    Double lat = null;
    GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
    GeoLocation where = gps == null ? null : gps.getGeoLocation();
    if (where != null && !where.isZero() && Math.abs(where.getLatitude()) <= 90
        && Math.abs(where.getLongitude()) <= 180) {
      lon = where.getLongitude();
      lat = where.getLatitude();
    }
    int orientation = 1;
    ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 != null && ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
      Integer value = ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
      orientation = value == null ? 1 : value;
    }
    return new PhotoExif(taken, lon, lat, orientation);
  }

  public boolean hasPosition() {
    return longitude != null && latitude != null;
  }

  private static LocalDateTime time(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(text.trim(), EXIF_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
