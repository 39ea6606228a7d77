package parcelatlas.storage;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature ready to be stored: values by portal field name, geometry in EPSG:4326.
 *
 * @param areaM2 geodesic area for polygon layers, null for point layers
 * @param links code lists by link field (e.g. a project's parcel_codes)
 */
public record FeatureRow(
    String code, Map<String, Object> values, Geometry geometry, Double areaM2, String sourceCrs,
    String sourceFile, long sourceRecord, Map<String, List<String>> links) {}
