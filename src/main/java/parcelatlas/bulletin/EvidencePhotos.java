package parcelatlas.bulletin;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import parcelatlas.photos.PhotoFlags;
import parcelatlas.storage.Storage;

/**
 * The site photos a month's bulletin shows as evidence (晾晒照片): at most {@link #MAX} photos
 * attached from the month's first day up to its bulletin's day and not withdrawn, flagged ones first
 * (they are what the bulletin questions), then the newest. The bulletin is read by every township,
 * so it carries the thumbnails themselves rather than links a viewer of another township could not open.
 */
public final class EvidencePhotos {
  public static final int MAX = 6;
  private static final String SQL = "SELECT p.id, COALESCE(z.code, p.project_code), COALESCE(z.name, pr.name), p.township,"
      + " p.taken_at, p.flags, p.caption, p.issue_seq, p.thumbnail FROM photos p"
      + " LEFT JOIN demolition_reports r ON r.id = p.report_id LEFT JOIN demolition_zones z ON z.id = r.zone_id"
      + " LEFT JOIN projects pr ON pr.code = p.project_code"
      + " WHERE p.withdrawn_at IS NULL AND p.uploaded_at >= ? AND p.uploaded_at < ?"
      + " ORDER BY CASE WHEN p.flags = '' THEN 1 ELSE 0 END, p.id DESC LIMIT " + MAX;
  private final Storage storage;
  private final ZoneId zone;

  /** @param zone the portal's time zone: a month's days begin and end there */
  public EvidencePhotos(Storage storage, ZoneId zone) {
    this.storage = storage;
    this.zone = zone;
  }

  /** The month's evidence photos as of {@code day} (the bulletin's day). */
  public List<Bulletin.EvidencePhoto> of(YearMonth month, LocalDate day) {
    return storage.read(c -> {
      List<Bulletin.EvidencePhoto> photos = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(SQL)) {
        s.setObject(1, month.atDay(1).atStartOfDay(zone).toOffsetDateTime());
        s.setObject(2, day.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            Timestamp taken = rs.getTimestamp(5);
            int issue = rs.getInt(8);
            Integer issueSeq = rs.wasNull() ? null : issue;
            photos.add(new Bulletin.EvidencePhoto(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                taken == null ? null : taken.toLocalDateTime().toString(), PhotoFlags.parse(rs.getString(6)),
                rs.getString(7), issueSeq, rs.getBytes(9)));
          }
        }
      }
      return photos;
    });
  }
}
