package parcelatlas.photos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads photos' listing entries (everything but the bytes) and the township a photo belongs to. */
final class PhotoRows {
  private static final String COLUMNS = "SELECT id, report_id, project_code, township, media_type, size_bytes, sha256,"
      + " width, height, caption, taken_at, taken_lon, taken_lat, distance_m, flags, uploaded_by, uploaded_at,"
      + " withdrawn_by, withdrawn_at, withdrawal_reason, issue_seq FROM photos WHERE ";

  private PhotoRows() {}

  /** The township of photo {@code id} ("" for none); 404 when there is no such photo. */
  static String township(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT township FROM photos WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw PhotoSite.notFound("there is no photo " + id);
        }
        return rs.getString(1);
      }
    }
  }

  /** Entries matching {@code condition} (a fixed fragment from this package, its parameters), by id. */
  static List<Map<String, Object>> list(Connection c, String condition, Object... values) throws SQLException {
    List<Map<String, Object>> photos = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(COLUMNS + condition + " ORDER BY id")) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          photos.add(entry(rs));
        }
      }
    }
    return photos;
  }

  private static Map<String, Object> entry(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    long report = rs.getLong("report_id");
    p.put("reportId", rs.wasNull() ? null : report);
    p.put("projectCode", rs.getString("project_code"));
    int issue = rs.getInt("issue_seq");
    p.put("issueSeq", rs.wasNull() ? null : issue);
    p.put("township", rs.getString("township"));
    p.put("mediaType", rs.getString("media_type"));
    p.put("sizeBytes", rs.getInt("size_bytes"));
    p.put("sha256", rs.getString("sha256"));
    p.put("width", rs.getInt("width"));
    p.put("height", rs.getInt("height"));
    p.put("caption", rs.getString("caption"));
    java.sql.Timestamp taken = rs.getTimestamp("taken_at");
    p.put("takenAt", taken == null ? null : taken.toLocalDateTime().toString());
    p.put("longitude", rs.getObject("taken_lon") == null ? null : rs.getDouble("taken_lon"));
    p.put("latitude", rs.getObject("taken_lat") == null ? null : rs.getDouble("taken_lat"));
    p.put("distanceM", rs.getObject("distance_m") == null ? null : Math.round(rs.getDouble("distance_m")));
    p.put("flags", PhotoFlags.parse(rs.getString("flags")));
    p.put("uploadedBy", rs.getString("uploaded_by"));
    p.put("uploadedAt", rs.getObject("uploaded_at", java.time.OffsetDateTime.class).toInstant().toString());
    java.time.OffsetDateTime withdrawnAt = rs.getObject("withdrawn_at", java.time.OffsetDateTime.class);
    p.put("withdrawn", withdrawnAt != null);
    p.put("withdrawal", withdrawnAt == null ? null : Map.of("by", rs.getString("withdrawn_by"),
        "at", withdrawnAt.toInstant().toString(), "reason", rs.getString("withdrawal_reason")));
    p.put("url", "/api/photos/" + id);
    p.put("thumbnailUrl", "/api/photos/" + id + "/thumbnail");
    return p;
  }
}
