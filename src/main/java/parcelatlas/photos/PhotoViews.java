package parcelatlas.photos;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import parcelatlas.accounts.User;
import parcelatlas.desk.ZoneAccess;
import parcelatlas.domain.BadInput;
import parcelatlas.domain.ErrorCode;
import parcelatlas.features.BBox;
import parcelatlas.figures.Readers;
import parcelatlas.storage.Storage;

/**
 * Photos seen across sites: all photos of a zone's reports (its panel), and the photos whose camera
 * recorded a position inside a map view (the desk map's photo markers), only of the townships the
 * viewer may read ({@link ZoneAccess#readers}); withdrawn ones included and marked.
 */
public final class PhotoViews {
  /** At most this many photos for one map view, newest first; a view holding more says so. */
  public static final int MAX_IN_VIEW = 300;
  private final Storage storage;

  public PhotoViews(Storage storage) {
    this.storage = storage;
  }

  /** The photos of every report of zone {@code zoneCode}, oldest first. */
  public List<Map<String, Object>> ofZone(User user, String zoneCode) {
    return storage.read(c -> {
      PhotoSite.ofZone(c, zoneCode).requireReader(user);
      return PhotoRows.list(c, "report_id IN (SELECT r.id FROM demolition_reports r JOIN demolition_zones z"
          + " ON z.id = r.zone_id WHERE z.code = ?)", zoneCode);
    });
  }

  /**
   * The positioned photos in {@code bbox} (minLon,minLat,maxLon,maxLat, not across the antimeridian):
   * {@code {photos: [{id, longitude, latitude, flags, withdrawn, takenAt, caption, zoneCode,
   * projectCode, issueSeq, reportId, thumbnailUrl, url}], complete}}.
   */
  public Map<String, Object> inView(User user, String bbox) {
    if (bbox == null || bbox.isBlank()) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox is required: minLon,minLat,maxLon,maxLat");
    }
    BBox box = BBox.parse(bbox);
    if (box.crossesAntimeridian()) {
      throw new BadInput(ErrorCode.BBOX_INVALID, "bbox minimum longitude must not exceed the maximum");
    }
    Readers readers = ZoneAccess.readers(user);
    if (!readers.all() && readers.township() == null) {
      return Map.of("photos", List.of(), "complete", true);
    }
    String sql = "SELECT p.id, p.taken_lon, p.taken_lat, p.flags, p.withdrawn_at, p.taken_at, p.caption, z.code,"
        + " p.project_code, p.issue_seq, p.report_id FROM photos p LEFT JOIN demolition_reports r ON r.id = p.report_id"
        + " LEFT JOIN demolition_zones z ON z.id = r.zone_id WHERE p.taken_lon BETWEEN ? AND ? AND p.taken_lat BETWEEN ? AND ?"
        + (readers.all() ? "" : " AND p.township = ?") + " ORDER BY p.id DESC LIMIT " + (MAX_IN_VIEW + 1);
    return storage.read(c -> {
      List<Map<String, Object>> photos = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setDouble(1, box.west());
        s.setDouble(2, box.east());
        s.setDouble(3, box.south());
        s.setDouble(4, box.north());
        if (!readers.all()) {
          s.setString(5, readers.township());
        }
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next() && photos.size() < MAX_IN_VIEW) {
            photos.add(marker(rs));
          }
          boolean complete = photos.size() < MAX_IN_VIEW || !rs.next();
          return Map.of("photos", photos, "complete", complete);
        }
      }
    });
  }

  private static Map<String, Object> marker(ResultSet rs) throws java.sql.SQLException {
    long id = rs.getLong(1);
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("longitude", rs.getDouble(2));
    p.put("latitude", rs.getDouble(3));
    p.put("flags", PhotoFlags.parse(rs.getString(4)));
    p.put("withdrawn", rs.getObject(5) != null);
    java.sql.Timestamp taken = rs.getTimestamp(6);
    p.put("takenAt", taken == null ? null : taken.toLocalDateTime().toString());
    p.put("caption", rs.getString(7));
    p.put("zoneCode", rs.getString(8));
    p.put("projectCode", rs.getString(9));
    int issue = rs.getInt(10);
    p.put("issueSeq", rs.wasNull() ? null : issue);
    long report = rs.getLong(11);
    p.put("reportId", rs.wasNull() ? null : report);
    p.put("url", "/api/photos/" + id);
    p.put("thumbnailUrl", "/api/photos/" + id + "/thumbnail");
    return p;
  }
}
