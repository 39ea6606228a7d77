package parcelatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Real data: 302 Cambridge, MA parcels written by GDAL (UTF-8 .cpg, one null shape, one
 * multi-part parcel) and 30 open-space features as GeoJSON. See the LICENSE.md beside them.
 */
class CambridgeSampleTest {
  private static final List<String> PARCEL_FIELDS = List.of("id", "POLY_TYPE", "MAP", "UYEAR",
      "LOC_ID", "LOT", "PLAN_ID", "EditDate", "ML", "SOURCE", "Editor");

  @Test
  void reads_the_cambridge_parcel_sample_written_by_gdal() {
    try (FeatureSource source = FeatureSources.open(resource("parcels_sample.shp"), null)) {
      assertEquals(302, source.recordCount());
      assertEquals("cpg", source.encodingSource());
      assertEquals(StandardCharsets.UTF_8, source.encoding());
      assertEquals(PARCEL_FIELDS, source.fieldNames());
      assertTrue(source.crsText().orElseThrow().startsWith("GEOGCS[\"GCS_WGS_1984\""));
    }
    List<SourceRecord> records = TestShapefiles.readAll(resource("parcels_sample.shp"), null);
    assertEquals(302, records.size());
    Map<String, Object> first = records.get(0).attributes();
    assertEquals("127-123", first.get("ML"));
    assertEquals("F_761210_2957494", first.get("LOC_ID"));
    assertEquals(0L, first.get("UYEAR"));
    assertNull(first.get("EditDate"));
    assertEquals("98-64", records.get(1).attributes().get("ML"));
  }

  @Test
  void reads_the_null_shape_as_a_null_geometry_and_every_other_parcel_as_a_multipolygon() {
    List<SourceRecord> records = TestShapefiles.readAll(resource("parcels_sample.shp"), null);
    SourceRecord empty = records.get(300);
    assertEquals(301, empty.number());
    assertEquals("238-80", empty.attributes().get("ML"));
    assertNull(empty.geometry());
    for (SourceRecord record : records) {
      if (record != empty) {
        assertInstanceOf(MultiPolygon.class, record.geometry(), "record " + record.number());
        assertTrue(record.geometry().getEnvelopeInternal().getMinX() > -71.2);
      }
    }
    SourceRecord multi = records.get(301);
    assertEquals("267.2-262", multi.attributes().get("ML"));
    assertEquals(LocalDate.of(2011, 9, 26), multi.attributes().get("EditDate"));
    assertTrue(multi.geometry().getNumGeometries() > 1);
  }

  @Test
  void reads_the_cambridge_open_space_geojson_sample() {
    try (FeatureSource source = FeatureSources.open(resource("open_space_sample.geojson"), null)) {
      assertEquals("rfc7946", source.encodingSource());
      assertEquals(30, source.recordCount());
      assertEquals(List.of("OBJECTID", "JOIN_ID", "FCODE", "NAME", "OWNER", "OSCODE", "RCODE",
          "GlobalID", "EditDate", "Acres", "created_date", "last_edited_date", "Shape_Length",
          "Shape_Area"), source.fieldNames());
      assertTrue(source.crsText().isEmpty());
    }
    List<SourceRecord> records = TestShapefiles.readAll(resource("open_space_sample.geojson"), null);
    assertEquals(30, records.size());
    Map<String, Object> first = records.get(0).attributes();
    assertEquals(1L, first.get("OBJECTID"));
    assertEquals("BB&N Buckingham Field", first.get("NAME"));
    assertEquals(4.1, first.get("Acres"));
    assertEquals(1774387062000L, first.get("last_edited_date"));
    assertNull(first.get("EditDate"));
    assertInstanceOf(Polygon.class, records.get(0).geometry());
    assertEquals(-71.142814804909293, records.get(0).geometry().getCoordinates()[0].x);
    assertEquals(30L, records.get(29).number());
  }

  private static Path resource(String name) {
    try {
      return Path.of(CambridgeSampleTest.class.getResource("/io/cambridge/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
