package parcelatlas.features.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import parcelatlas.features.cql2.Token.Kind;

/**
 * CQL2 geometry literals in the filter's {@link LiteralCrs} (CRS84 unless {@code filter-crs} says
 * otherwise), in that CRS's axis order: WKT POINT, LINESTRING, POLYGON, their MULTI forms,
 * GEOMETRYCOLLECTION, and {@code BBOX(min1, min2, max1, max2)} (in CRS84: west, south, east, north;
 * a six-number box keeps its horizontal corners). A third coordinate is read and dropped.
 * Coordinates must lie within the CRS's range, rings must be closed, polygons valid both as written
 * and as transformed, and a literal may hold at most {@link Cql2#MAX_VERTICES} vertices as written.
 * The parsed geometry is in WGS84 longitude/latitude.
 */
final class GeometryLiterals {
  private static final Set<String> TYPES = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
      "MULTIPOLYGON", "GEOMETRYCOLLECTION", "BBOX");
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
  private final TokenStream in;
  private final LiteralCrs crs;
  private int vertices;

  /** A literal's WGS84 geometry, and whether it is a longitude/latitude box (a BBOX in a geographic CRS). */
  record Parsed(Geometry geometry, boolean box) {}

  private GeometryLiterals(TokenStream in, LiteralCrs crs) {
    this.in = in;
    this.crs = crs;
  }

  static boolean starts(Token t) {
    return t.kind() == Kind.WORD && TYPES.contains(t.text().toUpperCase(Locale.ROOT));
  }

  static Parsed parse(TokenStream in, LiteralCrs crs) {
    GeometryLiterals parser = new GeometryLiterals(in, crs);
    Token start = in.peek();
    if (start.is("BBOX")) {
      return new Parsed(parser.toLonLat(parser.box(), start), crs.keepsBoxes());
    }
    Geometry g = parser.geometry();
    String name = start.text().toUpperCase(Locale.ROOT);
    if (!g.isValid()) {
      throw Cql2Exception.at(start.position(), "the " + name
          + " is not a valid geometry (self-intersecting or badly nested rings?)");
    }
    Geometry lonLat = parser.toLonLat(g, start);
    if (!lonLat.isValid()) {
      throw Cql2Exception.at(start.position(), "the " + name + " is not a valid geometry once transformed to"
          + " longitude, latitude");
    }
    return new Parsed(lonLat, false);
  }

  private Geometry toLonLat(Geometry written, Token start) {
    try {
      return crs.toLonLat(written);
    } catch (IllegalArgumentException e) {
      throw Cql2Exception.at(start.position(), e.getMessage());
    }
  }

  private Geometry geometry() {
    Token type = in.next();
    String name = type.text().toUpperCase(Locale.ROOT);
    if (!starts(type) || name.equals("BBOX")) {
      throw Cql2Exception.at(type.position(), "expected a geometry type, found " + type.describe());
    }
    in.expect(Kind.OPEN, "'(' after " + name + " (EMPTY geometries are not accepted)");
    Geometry g = switch (name) {
      case "POINT" -> point();
      case "LINESTRING" -> line();
      case "POLYGON" -> polygon();
      case "MULTIPOINT" -> FACTORY.createMultiPoint(list(this::multiPointMember).toArray(Point[]::new));
      case "MULTILINESTRING" -> FACTORY.createMultiLineString(list(this::wrappedLine).toArray(LineString[]::new));
      case "MULTIPOLYGON" -> FACTORY.createMultiPolygon(list(this::wrappedPolygon).toArray(Polygon[]::new));
      default -> FACTORY.createGeometryCollection(list(this::geometry).toArray(Geometry[]::new));
    };
    in.expect(Kind.CLOSE, "')' closing the " + name);
    return g;
  }

  private Geometry box() {
    Token keyword = in.next();
    in.expect(Kind.OPEN, "'(' after BBOX");
    List<Double> n = new ArrayList<>(List.of(number()));
    while (in.accept(Kind.COMMA)) {
      n.add(number());
    }
    in.expect(Kind.CLOSE, "')' closing the BBOX");
    if (n.size() != 4 && n.size() != 6) {
      throw Cql2Exception.at(keyword.position(), "a BBOX has 4 numbers (in CRS84: west, south, east, north) or 6, not "
          + n.size());
    }
    int half = n.size() / 2;
    double min1 = n.get(0);
    double min2 = n.get(1);
    double max1 = n.get(half);
    double max2 = n.get(half + 1);
    check(min1, min2, keyword.position());
    check(max1, max2, keyword.position());
    if (min1 > max1 || min2 > max2) {
      throw Cql2Exception.at(keyword.position(), "the BBOX's minimums (in CRS84: west, south) must not exceed"
          + " its maximums (east, north)");
    }
    return FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(min1, max1, min2, max2));
  }

  private Point point() {
    return FACTORY.createPoint(coordinate());
  }

  private Point multiPointMember() {
    if (in.accept(Kind.OPEN)) {
      Point p = point();
      in.expect(Kind.CLOSE, "')' closing the point");
      return p;
    }
    return point();
  }

  private LineString line() {
    Token start = in.peek();
    Coordinate[] coordinates = coordinates();
    if (coordinates.length < 2) {
      throw Cql2Exception.at(start.position(), "a LINESTRING needs at least 2 points");
    }
    return FACTORY.createLineString(coordinates);
  }

  private LineString wrappedLine() {
    in.expect(Kind.OPEN, "'(' opening a line");
    LineString line = line();
    in.expect(Kind.CLOSE, "')' closing the line");
    return line;
  }

  private Polygon polygon() {
    List<LinearRing> rings = list(this::ring);
    return FACTORY.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
  }

  private Polygon wrappedPolygon() {
    in.expect(Kind.OPEN, "'(' opening a polygon");
    Polygon polygon = polygon();
    in.expect(Kind.CLOSE, "')' closing the polygon");
    return polygon;
  }

  private LinearRing ring() {
    Token start = in.expect(Kind.OPEN, "'(' opening a ring");
    Coordinate[] c = coordinates();
    in.expect(Kind.CLOSE, "')' closing the ring");
    if (c.length < 4 || !c[0].equals2D(c[c.length - 1])) {
      throw Cql2Exception.at(start.position(), "a polygon ring needs at least 4 points and must end where it starts");
    }
    return FACTORY.createLinearRing(c);
  }

  private Coordinate[] coordinates() {
    List<Coordinate> all = new ArrayList<>(List.of(coordinate()));
    while (in.accept(Kind.COMMA)) {
      all.add(coordinate());
    }
    return all.toArray(Coordinate[]::new);
  }

  private Coordinate coordinate() {
    Token start = in.peek();
    double x = number();
    double y = number();
    if (in.peek().kind() == Kind.NUMBER) {
      in.next();
    }
    check(x, y, start.position());
    if (++vertices > Cql2.MAX_VERTICES) {
      throw Cql2Exception.at(start.position(), "a geometry may have at most " + Cql2.MAX_VERTICES + " vertices");
    }
    return new Coordinate(x, y);
  }

  private double number() {
    return Double.parseDouble(in.expect(Kind.NUMBER, "a coordinate").text());
  }

  private void check(double first, double second, int position) {
    try {
      crs.check(first, second);
    } catch (IllegalArgumentException e) {
      throw Cql2Exception.at(position, e.getMessage());
    }
  }

  private <T> List<T> list(java.util.function.Supplier<T> member) {
    List<T> members = new ArrayList<>(List.of(member.get()));
    while (in.accept(Kind.COMMA)) {
      members.add(member.get());
    }
    return members;
  }
}
