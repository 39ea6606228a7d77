package parcelatlas.context;

import java.util.List;
import parcelatlas.domain.ContextKind;
import parcelatlas.features.RowFilter;

/**
 * The investor filter's and site matching's condition "a point of this kind lies within so many
 * metres of the parcel" over the parcels aliased {@code t}, read from each parcel's stored nearest
 * distance ({@link ContextDistances}: metres on the WGS84 ellipsoid, as a plot's facts measure them)
 * through its index on (kind, metres, parcel code). The kind's code and the distance are bound; the kind comes
 * from the allow-list {@link ContextKind}.
 */
public final class ContextSql {
  /** The largest distance a filter or a match may ask for, in km. */
  public static final double MAX_KM = 50;
  /** The column of a {@link #nearestJoin}'s alias that holds the distance in metres. */
  public static final String METRES = "metres";

  private ContextSql() {}

  /** Parcels with a point of {@code kind} at most {@code metres} away (0 inside). */
  public static RowFilter within(ContextKind kind, double metres) {
    return new RowFilter("t.code IN (SELECT parcel_code FROM context_distances WHERE kind = ? AND metres <= ?)",
        List.of(kind.code(), metres));
  }

  /**
   * {@code LEFT JOIN context_distances <alias> ON …}: for every parcel with a point of {@code kind}
   * at most {@code metres} away, {@code <alias>.}{@value #METRES}, the distance in metres to the
   * nearest such point (NULL for the others); {@code alias} must be an identifier of the caller's own.
   */
  public static RowFilter nearestJoin(ContextKind kind, double metres, String alias) {
    return new RowFilter(" LEFT JOIN context_distances " + alias + " ON " + alias + ".parcel_code = t.code AND "
        + alias + ".kind = ? AND " + alias + ".metres <= ?", List.of(kind.code(), metres));
  }
}
