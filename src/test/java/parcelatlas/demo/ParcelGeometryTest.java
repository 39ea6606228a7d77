package parcelatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.index.strtree.STRtree;
import parcelatlas.domain.Area;

class ParcelGeometryTest {
  private final DemoCity city = GeneratedCity.get();

  /** The parcel as the importer will have it: repaired when flawed. */
  private static Geometry repaired(DemoParcel parcel) {
    return parcel.isFlawed() ? GeometryFixer.fix(parcel.geometry()) : parcel.geometry();
  }

  @Test
  void parcels_do_not_overlap_each_other_by_more_than_a_square_metre() {
    STRtree index = new STRtree();
    List<Geometry> shapes = new ArrayList<>();
    for (DemoParcel parcel : city.parcels()) {
      Geometry g = repaired(parcel);
      index.insert(g.getEnvelopeInternal(), shapes.size());
      shapes.add(g);
    }
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      for (Object hit : index.query(shapes.get(i).getEnvelopeInternal())) {
        int j = (Integer) hit;
        if (j > i && shapes.get(i).intersection(shapes.get(j)).getArea() > 1) {
          overlaps.add(city.parcels().get(i).code() + "/" + city.parcels().get(j).code());
        }
      }
    }
    assertTrue(overlaps.isEmpty(), overlaps.toString());
  }

  @Test
  void every_parcel_lies_inside_its_park_and_the_rest_outside_every_park() {
    Map<String, Geometry> parks = city.parks().stream()
        .collect(Collectors.toMap(DemoPark::code, p -> p.boundary().buffer(0.5)));
    for (DemoParcel parcel : city.parcels()) {
      Geometry shape = repaired(parcel);
      if (parcel.parkCode() == null) {
        assertTrue(parks.values().stream().allMatch(shape::disjoint), parcel.code());
      } else {
        assertTrue(parks.get(parcel.parkCode()).covers(shape), parcel.code());
      }
    }
  }

  @Test
  void exactly_two_parcels_are_invalid_and_a_repair_fixes_them_without_losing_the_plot() {
    List<DemoParcel> invalid = city.parcels().stream()
        .filter(p -> !p.geometry().isValid()).toList();
    assertEquals(2, invalid.size());
    assertEquals(city.flawedParcelCodes(),
        invalid.stream().map(DemoParcel::code).sorted().toList());
    for (DemoParcel parcel : invalid) {
      Geometry fixed = GeometryFixer.fix(parcel.geometry());
      assertTrue(fixed.isValid());
      double hull = parcel.geometry().convexHull().getArea();
      assertTrue(fixed.getArea() >= 0.97 * hull && fixed.getArea() <= hull + 1, parcel.code());
    }
  }

  @Test
  void a_handful_of_parcels_have_a_hole_and_a_few_are_multipolygons() {
    long holes = city.parcels().stream().filter(p -> p.geometry() instanceof Polygon poly
        && poly.getNumInteriorRing() > 0).count();
    long multi = city.parcels().stream()
        .filter(p -> p.geometry() instanceof MultiPolygon).count();
    assertTrue(holes >= 3 && holes <= 10, holes + " with holes");
    assertTrue(multi >= 2 && multi <= 6, multi + " multipolygons");
  }

  @Test
  void parcel_areas_in_mu_are_mostly_twenty_to_two_hundred_and_none_tiny_or_huge() {
    int typical = 0;
    for (DemoParcel parcel : city.parcels()) {
      double mu = Area.mu(repaired(parcel).getArea());
      assertTrue(mu >= ParcelLayout.MIN_MU - 0.5 && mu <= 700, parcel.code() + ": " + mu);
      if (mu >= 20 && mu <= 200) {
        typical++;
      }
    }
    assertTrue(typical >= 0.75 * city.parcels().size(), typical + " typical");
  }

  @Test
  void no_coordinate_is_finer_than_a_millimetre() {
    for (DemoParcel parcel : city.parcels()) {
      for (var c : parcel.geometry().getCoordinates()) {
        assertEquals(c.x, Plane.MILLIMETRES.makePrecise(c.x), parcel.code());
        assertEquals(c.y, Plane.MILLIMETRES.makePrecise(c.y), parcel.code());
      }
    }
    assertFalse(city.parcels().isEmpty());
  }
}
