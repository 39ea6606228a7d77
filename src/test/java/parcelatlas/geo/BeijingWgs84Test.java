package parcelatlas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PROJ's per-point choice among EPSG's Beijing 1954 to WGS 84 transformations. */
class BeijingWgs84Test {
  private static RegionalShift shift(int from, int to) {
    return (RegionalShift) DatumShift.between(Crs.epsg(from), Crs.epsg(to));
  }

  @Test
  void eachRegionGetsItsOwnTransformationAndTheRestNone() {
    RegionalShift s = shift(4214, 4326);
    assertEquals(15921, s.chosenCode(80, 39), "Tarim");
    assertEquals(15919, s.chosenCode(120.38, 36.07), "Qingdao, in the Yellow Sea box");
    assertEquals(15920, s.chosenCode(114.06, 22.54), "Shenzhen, in the Pearl River box");
    assertEquals(15935, s.chosenCode(109.12, 21.48), "Beihai, in the Gulf of Tonkin box");
    assertEquals(15936, s.chosenCode(109.0, 38.5), "Ordos: first of two identical boxes");
    assertEquals(15920, s.chosenCode(110.15, 20), "offshore Tonkin cannot displace Pearl River");
    assertEquals(0, s.chosenCode(116.39, 39.91), "Beijing itself: null offset");
    assertEquals(0, s.chosenCode(104.07, 30.67), "Chengdu: null offset");
  }

  @Test
  void aProjectedSourceUsesTheBoxesMappedIntoItsOwnCoordinates() {
    RegionalShift s = shift(2437, 4326);
    double[] outsideLonLatBox = Crs.epsg(2437).projection().forward(120, 37.45);
    assertEquals(15919, s.chosenCode(outsideLonLatBox[0], outsideLonLatBox[1]));
    double[] south = Crs.epsg(2437).projection().forward(119.2, 31.5);
    assertEquals(0, s.chosenCode(south[0], south[1]));
  }

  @Test
  void onlyTransformationsMeetingTheSmallerAreaOfUseAreCandidates() {
    RegionalShift utm = shift(32650, 4214);
    double[] ordos = Crs.epsg(32650).projection().forward(109.0, 38.5);
    assertEquals(0, utm.chosenCode(ordos[0], ordos[1]), "Ordos does not meet UTM zone 50");
    ReprojectorAgainstGdalTest.compare("Beijing 1954 filtered candidates (32650-4214)", 32650,
        4214, List.of(ordos));
    assertEquals(DatumShift.IDENTITY, DatumShift.between(Crs.epsg(2437), Crs.epsg(4527)));
    assertEquals(DatumShift.IDENTITY, DatumShift.between(Crs.epsg(2383), Crs.epsg(4326)));
  }

  @Test
  void pointsAtTheEdgesOfTheProjectedBoxesAgreeWithGdal() {
    List<double[]> lonLat = List.of(new double[] {120, 37.45}, new double[] {119.2, 37},
        new double[] {119.2, 31.5}, new double[] {121.4, 37.5}, new double[] {119.23, 31.23},
        new double[] {120.5, 37.55});
    List<double[]> gk = GdalTools.transform(4214, 2437, lonLat);
    ReprojectorAgainstGdalTest.compare("Beijing 1954 box edges (2437-4326)", 2437, 4326, gk);
    List<double[]> wgs = GdalTools.transform(2437, 4326, gk);
    ReprojectorAgainstGdalTest.compare("Beijing 1954 box edges (2437-4326)", 4326, 2437, wgs);
  }
}
