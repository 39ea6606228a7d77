package parcelatlas.features;

import java.util.Map;

/** A served feature: id, GeoJSON geometry text (WGS84) and properties in display order. */
public record Feature(long id, String geometryJson, Map<String, Object> properties) {}
