package parcelatlas.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as read from a file, before any mapping or reprojection.
 *
 * @param number 1-based record number in the file, as a user would count it in a desktop GIS
 * @param geometry the geometry in the file's own CRS, or {@code null} when the record has none
 * @param attributes values by source field name, in file order: String, Long, Double, Boolean,
 *     java.time.LocalDate or null
 */
public record SourceRecord(long number, Geometry geometry, Map<String, Object> attributes) {}
