package parcelatlas.photos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Why a photo deserves a second look — flags, never refusals: an official's photo is evidence
 * even when its camera recorded no position. {@code far_from_site}: taken more than
 * {@link #FAR_METRES} from its zone or project; {@code taken_long_before}: taken more than
 * {@link #STALE_DAYS} days before the day it reports on (a zone report's date, or the upload day
 * for a project); {@code no_position} / {@code no_time}: the camera recorded none.
 */
public final class PhotoFlags {
  public static final double FAR_METRES = 500;
  public static final int STALE_DAYS = 14;

  /** The flags and the distance to the site in metres (null without a position). */
  public record Result(List<String> flags, Double distanceMetres) {
    public String joined() {
      return String.join(",", flags);
    }
  }

  private PhotoFlags() {}

  public static Result of(PhotoExif exif, Geometry site, LocalDate reportDay) {
    List<String> flags = new ArrayList<>();
    Double distance = null;
    if (!exif.hasPosition()) {
      flags.add("no_position");
    } else {
      distance = SiteDistance.metres(exif.longitude(), exif.latitude(), site);
      if (distance > FAR_METRES) {
        flags.add("far_from_site");
      }
    }
    if (exif.takenAt() == null) {
      flags.add("no_time");
    } else if (exif.takenAt().toLocalDate().isBefore(reportDay.minusDays(STALE_DAYS))) {
      flags.add("taken_long_before");
    }
    return new Result(List.copyOf(flags), distance);
  }

  /** The stored form back as a list. */
  public static List<String> parse(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
