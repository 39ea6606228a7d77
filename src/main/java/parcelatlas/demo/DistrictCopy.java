package parcelatlas.demo;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import parcelatlas.geo.Crs;
import parcelatlas.geo.GeodesicArea;
import parcelatlas.geo.Reprojector;
import parcelatlas.storage.FeatureRow;

/**
 * Turns 青岚市's rows into one district's: codes re-prefixed ({@link District#code}), "青岚" and
 * "Qinglan" in texts replaced by the district's name, townships (and the offices named after
 * them) and demolition zones qualified by the city ("云溪市柳泉镇"), people re-drawn (the same
 * person of 青岚市 is the same new person throughout one district), geometry moved in EPSG:4527
 * and reprojected, polygon areas measured afresh on the ellipsoid. Numbers, dates, statuses and
 * stages are 青岚市's, so every per-district ratio and figure is the same.
 */
final class DistrictCopy {
  private static final long PERSON_SALT = 43;
  private static final Reprojector TO_WGS84 = Reprojector.of(BaseCity.GAUSS_KRUGER, Crs.WGS84);
  private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
  private static final Set<String> PEOPLE = Set.of("contact_person", "leader");
  private static final Set<String> CODES = Set.of("code", "park_code");
  private static final Set<String> UNITS = Set.of("responsible_unit");

  private final District district;
  private final Set<String> townships;
  private final Names names;
  private final Map<String, String> people = new HashMap<>();

  /** @param townships 青岚市's townships, so offices named after one are renamed with it */
  DistrictCopy(District district, Set<String> townships) {
    this.district = district;
    this.townships = townships;
    this.names = new Names(Dice.forDistrict(PERSON_SALT, district.index()));
  }

  District district() {
    return district;
  }

  String code(String baseCode) {
    return district.code(baseCode);
  }

  /** A text of 青岚市 with the city's name replaced; null stays null. */
  String text(String text) {
    return text == null ? null : text.replace("青岚", district.name()).replace("Qinglan", district.pinyin());
  }

  /** A township, or an office or person named after one ("柳泉镇人民政府"), qualified by the city. */
  String unit(String unit) {
    if (unit == null) {
      return null;
    }
    for (String township : townships) {
      if (unit.startsWith(township)) {
        return district.name() + "市" + unit;
      }
    }
    return text(unit);
  }

  /** "姓名（职务）" or "姓名" with the person replaced by this district's counterpart. */
  String person(String text) {
    if (text == null) {
      return null;
    }
    int title = text.indexOf('（');
    String name = title < 0 ? text : text.substring(0, title);
    return people.computeIfAbsent(name, n -> names.person()) + (title < 0 ? "" : text.substring(title));
  }

  /** The district's copy of a stored row of 青岚市, given that row's geometry in EPSG:4527. */
  FeatureRow row(FeatureRow base, Geometry projected, String layerTable) {
    Map<String, Object> values = new LinkedHashMap<>();
    base.values().forEach((field, value) -> values.put(field, value(layerTable, field, value)));
    if (values.get("contact_en") != null && values.get("contact_person") instanceof String person) {
      values.put("contact_en", DemoEnglish.person(person)); // the re-drawn person's pinyin
    }
    Map<String, List<String>> links = new LinkedHashMap<>();
    base.links().forEach((field, codes) -> links.put(field, codes.stream().map(this::code).toList()));
    Geometry geometry = moved(projected);
    Double area = base.areaM2() == null ? null : GeodesicArea.squareMetres(geometry);
    return new FeatureRow(code(base.code()), values, geometry, area, base.sourceCrs(),
        district.prefix() + "/" + base.sourceFile(), base.sourceRecord(), links);
  }

  private Object value(String table, String field, Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    if (CODES.contains(field)) {
      return code(text);
    }
    if (PEOPLE.contains(field)) {
      return person(text);
    }
    if (field.equals("township") || UNITS.contains(field)) {
      return unit(text);
    }
    if (field.equals("name") && table.equals("demolition_zones")) {
      return district.name() + "市" + text;
    }
    return text(text);
  }

  /** The geometry moved by the district's offset in EPSG:4527, in EPSG:4326; repaired should it turn invalid. */
  private Geometry moved(Geometry projected) {
    Geometry copy = WGS84.createGeometry(projected);
    double dx = district.dx();
    double dy = district.dy();
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double[] p = TO_WGS84.transform(seq.getX(i) + dx, seq.getY(i) + dy);
        seq.setOrdinate(i, CoordinateSequence.X, p[0]);
        seq.setOrdinate(i, CoordinateSequence.Y, p[1]);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    if (copy.getDimension() < 2 || copy.isValid()) {
      return copy;
    }
    List<Polygon> parts = PolygonExtracter.getPolygons(GeometryFixer.fix(copy)).stream()
        .map(Polygon.class::cast).toList();
    return WGS84.createMultiPolygon(parts.toArray(Polygon[]::new));
  }
}
