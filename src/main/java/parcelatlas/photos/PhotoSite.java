package parcelatlas.photos;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import parcelatlas.accounts.User;
import parcelatlas.desk.ZoneAccess;
import parcelatlas.domain.ErrorCode;

/**
 * What a photo is attached to: a zone's weekly report ({@code reportId} of zone {@code zoneCode}) or
 * a project ({@code projectCode}); looked up with its township (who may see and attach), its
 * geometry (where the photo should have been taken) and the day it reports on.
 */
public record PhotoSite(Long reportId, String projectCode, Integer issueSeq, String township, Geometry geometry,
    LocalDate reportDay) {

  /** A site known only by its township (a stored photo's, for who may see or withdraw it). */
  static PhotoSite ofTownship(String township) {
    return new PhotoSite(null, null, null, township, null, null);
  }

  /** A zone report's site; unknown, or a report of another zone, is 404. */
  static PhotoSite ofReport(Connection c, String zoneCode, long reportId) throws SQLException {
    String sql = "SELECT z.township, ST_AsBinary(z.geom), r.report_date FROM demolition_reports r"
        + " JOIN demolition_zones z ON z.id = r.zone_id WHERE r.id = ? AND z.code = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, reportId);
      s.setString(2, zoneCode);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound("zone " + zoneCode + " has no report " + reportId);
        }
        return new PhotoSite(reportId, null, null, rs.getString(1), geometry(rs.getBytes(2)), rs.getDate(3).toLocalDate());
      }
    }
  }

  /** A project's site, reporting on {@code today}; an unknown project is 404. */
  static PhotoSite ofProject(Connection c, String projectCode, LocalDate today) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT township, ST_AsBinary(geom) FROM projects WHERE code = ?")) {
      s.setString(1, projectCode);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound("there is no project " + projectCode);
        }
        return new PhotoSite(null, projectCode, null, rs.getString(1), geometry(rs.getBytes(2)), today);
      }
    }
  }

  /** Issue {@code seq} of a project: the project's site, reporting on {@code today}; unknown is 404. */
  static PhotoSite ofIssue(Connection c, String projectCode, int seq, LocalDate today) throws SQLException {
    String sql = "SELECT p.township, ST_AsBinary(p.geom) FROM project_issues i JOIN projects p ON p.id = i.project_id"
        + " WHERE p.code = ? AND i.seq = ?";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, projectCode);
      s.setInt(2, seq);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound("project " + projectCode + " has no issue " + seq);
        }
        return new PhotoSite(null, projectCode, seq, rs.getString(1), geometry(rs.getBytes(2)), today);
      }
    }
  }

  /** A zone, for listing the photos of all its reports; an unknown zone is 404. */
  static PhotoSite ofZone(Connection c, String zoneCode) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT township FROM demolition_zones WHERE code = ?")) {
      s.setString(1, zoneCode);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          throw notFound("there is no zone " + zoneCode);
        }
        return ofTownship(rs.getString(1));
      }
    }
  }

  /** Refuses (403) a viewer who may not see this site's internals. */
  void requireReader(User user) {
    if (!ZoneAccess.canRead(user, township == null ? "" : township)) {
      throw forbidden(township);
    }
  }

  /** Refuses (403) a viewer who may not report on this site: another township's official, a planner, an admin. */
  void requireReporter(User user) {
    if (!ZoneAccess.canReport(user, township == null ? "" : township)) {
      throw forbidden(township);
    }
  }

  static PhotoRefused forbidden(String township) {
    return new PhotoRefused(403, ErrorCode.PHOTO_OF_ANOTHER_TOWNSHIP, "this site belongs to "
        + (township == null ? "no township" : township) + "; only its own township and city-wide officials"
        + " attach or withdraw its photos", "township", township == null ? "" : township);
  }

  static PhotoRefused notFound(String message) {
    return new PhotoRefused(404, ErrorCode.NOT_FOUND, message);
  }

  private static Geometry geometry(byte[] wkb) {
    try {
      return new WKBReader().read(wkb);
    } catch (ParseException e) {
      throw new IllegalStateException("a stored geometry cannot be read", e);
    }
  }
}
