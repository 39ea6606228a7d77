package parcelatlas.testing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.geo.Crs;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;

/**
 * Parcel shapefiles for import tests: {@code count} 90 m squares on a 120 m grid, 80 to a row, in GBK
 * with a Gauss-Krüger zone 39 {@code .prj} (EPSG:4527, near 117.8°E 34.5°N), record i + 1 with the
 * code, land use (a catalogue code) and supply status (Chinese) the functions give for i.
 */
public final class SquareParcelFiles {
  private SquareParcelFiles() {}

  public static Path write(Path shp, int count, IntFunction<String> code, IntFunction<String> use,
      IntFunction<String> status) {
    GeometryFactory factory = new GeometryFactory();
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 16, 0), new DbfField("用地性质", 'C', 4, 0),
        new DbfField("供地状态", 'C', 12, 0));
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, Charset.forName("GBK"),
        Crs.epsg(4527).toPrj())) {
      for (int i = 0; i < count; i++) {
        double x = 39_480_000 + (i % 80) * 120.0;
        double y = 3_820_000 + (i / 80) * 120.0;
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x, y + 90), new Coordinate(x + 90, y + 90),
            new Coordinate(x + 90, y), new Coordinate(x, y)};
        writer.write(factory.createPolygon(ring), Arrays.asList(code.apply(i), use.apply(i), status.apply(i)));
      }
    }
    return shp;
  }
}
