package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrsTest {
  @Test
  void everySupportedRangeIsPresentAndNothingElse() {
    int[][] ranges = {
      {4326, 4326}, {3857, 3857}, {32601, 32660}, {32701, 32760}, {4490, 4554}, {4214, 4214},
      {2401, 2442}, {21413, 21423}, {21453, 21463}, {21473, 21483}, {4610, 4610}, {2327, 2390}
    };
    int count = 0;
    for (int[] r : ranges) {
      for (int code = r[0]; code <= r[1]; code++) {
        assertEquals(code, Crs.epsg(code).epsg());
        count++;
      }
    }
    assertEquals(count, Crs.supportedCodes().size());
    for (int code : new int[] {4555, 2326, 2391, 2400, 2443, 21412, 21424, 21464, 32600, 32661}) {
      assertThrows(UnknownCrsException.class, () -> Crs.epsg(code));
    }
  }

  @Test
  void namesFollowTheEpsgDatabase() {
    assertEquals("WGS 84", Crs.WGS84.name());
    assertEquals("CGCS2000 / 3-degree Gauss-Kruger zone 39", Crs.epsg(4527).name());
    assertEquals("CGCS2000 / 3-degree Gauss-Kruger CM 108E", Crs.epsg(4545).name());
    assertEquals("CGCS2000 / Gauss-Kruger zone 21", Crs.epsg(4499).name());
    assertEquals("CGCS2000 / Gauss-Kruger CM 75E", Crs.epsg(4502).name());
    assertEquals("Beijing 1954 / 3-degree Gauss-Kruger CM 120E", Crs.epsg(2437).name());
    assertEquals("Beijing 1954 / Gauss-Kruger zone 13", Crs.epsg(21413).name());
    assertEquals("Beijing 1954 / Gauss-Kruger CM 135E", Crs.epsg(21463).name());
    assertEquals("Beijing 1954 / Gauss-Kruger 23N (deprecated)", Crs.epsg(21483).name());
    assertEquals("Xian 1980 / 3-degree Gauss-Kruger CM 114E", Crs.epsg(2383).name());
    assertEquals("Xian 1980 / Gauss-Kruger zone 13", Crs.epsg(2327).name());
    assertEquals("WGS 84 / UTM zone 50N", Crs.epsg(32650).name());
    assertEquals("WGS 84 / UTM zone 60S", Crs.epsg(32760).name());
    assertEquals("WGS 84 / Pseudo-Mercator", Crs.epsg(3857).name());
    assertEquals("China Geodetic Coordinate System 2000", Crs.epsg(4490).name());
  }

  @Test
  void onlyTheFourDatumCrssAreGeographic() {
    for (int code : Crs.supportedCodes()) {
      boolean expected = List.of(4326, 4490, 4214, 4610).contains(code);
      assertEquals(expected, Crs.epsg(code).isGeographic(), "EPSG:" + code);
    }
  }

  @Test
  void parseAcceptsTheUsualSpellings() {
    for (String text : new String[] {"EPSG:4527", "epsg:4527", "4527", " EPSG:4527 ",
        "urn:ogc:def:crs:EPSG::4527", "urn:ogc:def:crs:EPSG:9.8.15:4527",
        "http://www.opengis.net/def/crs/EPSG/0/4527",
        "https://www.opengis.net/def/crs/EPSG/0/4527"}) {
      assertSame(Crs.epsg(4527), Crs.parse(text), text);
    }
  }

  @Test
  void parseReadsCrs84AsWgs84WithLongitudeFirst() {
    for (String text : new String[] {"CRS84", "crs84", "urn:ogc:def:crs:OGC:1.3:CRS84",
        "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "CRS:84"}) {
      assertSame(Crs.WGS84, Crs.parse(text), text);
    }
  }

  @Test
  void unsupportedCodesListWhatIsSupported() {
    UnknownCrsException e =
        assertThrows(UnknownCrsException.class, () -> Crs.parse("EPSG:2000"));
    assertTrue(e.getMessage().startsWith("EPSG:2000 is not supported; supported: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("4491-4554"), e.getMessage());
  }

  @Test
  void unreadableTextIsRejectedWithAnExample() {
    for (String text : new String[] {"", "  ", "EPSG:", "ESRI:102100", "EPSG:45x7", "lambert"}) {
      UnknownCrsException e = assertThrows(UnknownCrsException.class, () -> Crs.parse(text));
      assertTrue(e.getMessage().contains("EPSG:"), e.getMessage());
    }
    assertThrows(UnknownCrsException.class, () -> Crs.parse(null));
  }

  @Test
  void crssAreValuesEqualByCode() {
    assertEquals(Crs.epsg(4527), Crs.parse("4527"));
    assertEquals(Crs.epsg(4527).hashCode(), Crs.parse("4527").hashCode());
    assertFalse(Crs.epsg(4527).equals(Crs.epsg(4548)));
    assertEquals("EPSG:4527 (CGCS2000 / 3-degree Gauss-Kruger zone 39)", Crs.epsg(4527).toString());
    assertEquals("EPSG:4527", Crs.epsg(4527).code());
  }
}
