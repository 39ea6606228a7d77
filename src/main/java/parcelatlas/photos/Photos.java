package parcelatlas.photos;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import parcelatlas.accounts.User;
import parcelatlas.domain.ErrorCode;
import parcelatlas.domain.PlainText;
import parcelatlas.storage.AuditTrail;
import parcelatlas.storage.Storage;

/**
 * Attaches, lists, serves and withdraws site photos. Every refusal comes before anything is
 * written (an upload is checked, read and thumbnailed first, then inserted with its audit entry in
 * one transaction). A user attaches at most {@link #MAX_PER_HOUR} photos an hour, counted in the
 * database under a lock on their user row, so the bound holds across app nodes. Nothing is deleted.
 */
public final class Photos {
  public static final int MAX_BYTES = 10 * 1024 * 1024;
  public static final int MAX_PER_HOUR = 60;
  public static final int MAX_TEXT = 500;
  private final Storage storage;
  private final Clock clock;

  public Photos(Storage storage, Clock clock) {
    this.storage = storage;
    this.clock = clock;
  }

  /** A photo's bytes (the original or its thumbnail) and its media type. */
  public record Image(String mediaType, byte[] bytes) {}

  /** Attaches a photo to report {@code reportId} of zone {@code zoneCode}; answers its listing entry. */
  public Map<String, Object> attachToReport(User user, String zoneCode, long reportId, byte[] bytes, String caption) {
    return attach(user, storage.read(c -> PhotoSite.ofReport(c, zoneCode, reportId)), bytes, caption);
  }

  /** Attaches a photo to project {@code projectCode}, reporting on today; answers its listing entry. */
  public Map<String, Object> attachToProject(User user, String projectCode, byte[] bytes, String caption) {
    return attach(user, storage.read(c -> PhotoSite.ofProject(c, projectCode, LocalDate.now(clock))), bytes, caption);
  }

  /** Attaches a photo to issue {@code seq} of project {@code projectCode}, reporting on today. */
  public Map<String, Object> attachToIssue(User user, String projectCode, int seq, byte[] bytes, String caption) {
    return attach(user, storage.read(c -> PhotoSite.ofIssue(c, projectCode, seq, LocalDate.now(clock))), bytes, caption);
  }

  /** The photos of a zone report, oldest first, withdrawn ones included and marked. */
  public List<Map<String, Object>> ofReport(User user, String zoneCode, long reportId) {
    return storage.read(c -> {
      PhotoSite site = PhotoSite.ofReport(c, zoneCode, reportId);
      site.requireReader(user);
      return PhotoRows.list(c, "report_id = ?", reportId);
    });
  }

  /** The photos of a project, oldest first, withdrawn ones included and marked. */
  public List<Map<String, Object>> ofProject(User user, String projectCode) {
    return storage.read(c -> {
      PhotoSite site = PhotoSite.ofProject(c, projectCode, LocalDate.now(clock));
      site.requireReader(user);
      return PhotoRows.list(c, "project_code = ?", projectCode); // its issues' photos too, with their issueSeq
    });
  }

  /** A photo's original or thumbnail, for a viewer who may read its site (a withdrawn one too: it is evidence). */
  public Image image(User user, long id, boolean thumbnail) {
    return storage.read(c -> {
      String township = PhotoRows.township(c, id);
      PhotoSite.ofTownship(township).requireReader(user);
      try (PreparedStatement s = c.prepareStatement("SELECT media_type, content, thumbnail FROM photos WHERE id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          return thumbnail ? new Image("image/jpeg", rs.getBytes(3)) : new Image(rs.getString(1), rs.getBytes(2));
        }
      }
    });
  }

  /** Withdraws a photo with a reason: kept, listed as withdrawn, audited. Withdrawn twice is 409. */
  public Map<String, Object> withdraw(User user, long id, String reason) {
    String why = text("reason", reason, true);
    return storage.inTransaction(c -> {
      String township = PhotoRows.township(c, id);
      PhotoSite.ofTownship(township).requireReporter(user);
      try (PreparedStatement s = c.prepareStatement("UPDATE photos SET withdrawn_by = ?, withdrawn_at = ?,"
          + " withdrawal_reason = ? WHERE id = ? AND withdrawn_at IS NULL")) {
        s.setString(1, user.username());
        s.setObject(2, OffsetDateTime.now(clock));
        s.setString(3, why);
        s.setLong(4, id);
        if (s.executeUpdate() == 0) {
          throw new PhotoRefused(409, ErrorCode.PHOTO_ALREADY_WITHDRAWN, "photo " + id + " is already withdrawn", "id", id);
        }
      }
      AuditTrail.record(c, user.username(), "withdraw", "photo", String.valueOf(id), null, Map.of("reason", why));
      return PhotoRows.list(c, "id = ?", id).get(0);
    });
  }

  private Map<String, Object> attach(User user, PhotoSite site, byte[] bytes, String caption) {
    site.requireReporter(user);
    String text = caption == null ? null : text("caption", caption, false);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    PhotoImage image = PhotoImage.check(bytes);
    PhotoExif exif = PhotoExif.read(bytes);
    byte[] thumbnail = image.thumbnail(bytes, exif.orientation());
    PhotoFlags.Result flags = PhotoFlags.of(exif, site.geometry(), site.reportDay());
    return storage.inTransaction(c -> {
      requireUnderRate(c, user);
      long id;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO photos (report_id, project_code, township, media_type,"
          + " size_bytes, sha256, width, height, content, thumbnail, caption, taken_at, taken_lon, taken_lat, distance_m,"
          + " flags, uploaded_by, uploaded_at, issue_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"})) {
        s.setObject(1, site.reportId(), Types.BIGINT);
        s.setString(2, site.projectCode());
        s.setString(3, site.township());
        s.setString(4, image.mediaType());
        s.setInt(5, bytes.length);
        s.setString(6, sha256(bytes));
        s.setInt(7, image.width());
        s.setInt(8, image.height());
        s.setBytes(9, bytes);
        s.setBytes(10, thumbnail);
        s.setString(11, text);
        s.setTimestamp(12, exif.takenAt() == null ? null : Timestamp.valueOf(exif.takenAt()));
        s.setObject(13, exif.longitude(), Types.DOUBLE);
        s.setObject(14, exif.latitude(), Types.DOUBLE);
        s.setObject(15, flags.distanceMetres(), Types.DOUBLE);
        s.setString(16, flags.joined());
        s.setString(17, user.username());
        s.setObject(18, OffsetDateTime.now(clock));
        s.setObject(19, site.issueSeq(), Types.INTEGER);
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
      }
      AuditTrail.record(c, user.username(), "attach", "photo", String.valueOf(id), null,
          Map.of("report", String.valueOf(site.reportId()), "project", String.valueOf(site.projectCode()),
              "issue", String.valueOf(site.issueSeq()), "flags", flags.flags()));
      return PhotoRows.list(c, "id = ?", id).get(0);
    });
  }

  private void requireUnderRate(Connection c, User user) throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT id FROM users WHERE username = ? FOR UPDATE")) {
      lock.setString(1, user.username());
      lock.executeQuery().close();
    }
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM photos WHERE uploaded_by = ? AND uploaded_at > ?")) {
      s.setString(1, user.username());
      s.setObject(2, OffsetDateTime.now(clock).minusHours(1));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getInt(1) >= MAX_PER_HOUR) {
          throw new PhotoRefused(429, ErrorCode.TOO_MANY_PHOTOS, "at most " + MAX_PER_HOUR
              + " photos an hour may be attached by one user; try again later", "limit", MAX_PER_HOUR);
        }
      }
    }
  }

  /** 413 for a photo over {@link #MAX_BYTES}. */
  public static PhotoRefused tooLarge(long bytes) {
    return new PhotoRefused(413, ErrorCode.PHOTO_TOO_LARGE, "a photo may be at most " + MAX_BYTES / (1024 * 1024)
        + " MB; this one has " + bytes + " bytes", "limitMb", MAX_BYTES / (1024 * 1024), "bytes", bytes);
  }

  private static String text(String field, String value, boolean required) {
    String trimmed = value == null ? "" : value.strip();
    if ((required && trimmed.isEmpty()) || trimmed.length() > MAX_TEXT) {
      throw new parcelatlas.domain.BadInput(ErrorCode.TEXT_LENGTH, field + " must have 1 to " + MAX_TEXT + " characters",
          "field", field, "min", required ? 1 : 0, "max", MAX_TEXT);
    }
    return PlainText.require(field, trimmed, true);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
