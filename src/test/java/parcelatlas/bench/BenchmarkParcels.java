package parcelatlas.bench;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import parcelatlas.domain.ParcelStatus;
import parcelatlas.geo.Crs;
import parcelatlas.io.shapefile.DbfField;
import parcelatlas.io.shapefile.ShapeType;
import parcelatlas.io.shapefile.ShapefileWriter;

/**
 * Writes the benchmark input: N parcel polygons (default 100,000) as a shapefile the way Chinese
 * offices deliver them — CGCS2000 Gauss-Krüger zone 39 (EPSG:4527), ESRI .prj, GBK DBF with
 * Chinese field names and values. Deterministic for a given N.
 */
public final class BenchmarkParcels {
  private static final String[] INDUSTRIES = {"高端装备制造", "新材料", "电子信息", "生物医药", "食品加工", "现代物流"};
  private static final String[] USES = {"M1", "M2", "M3", "W"};

  private BenchmarkParcels() {}

  public static void main(String[] args) throws Exception {
    Path shp = Path.of(args.length > 0 ? args[0] : "target/bench/parcels100k.shp");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    Files.createDirectories(shp.toAbsolutePath().getParent());
    write(shp, count);
    System.out.println("wrote " + count + " parcels to " + shp);
  }

  /** Writes {@code count} parcels to {@code shp} with its companion files. */
  public static void write(Path shp, int count) {
    GeometryFactory factory = new GeometryFactory();
    SplittableRandom random = new SplittableRandom(20261122L);
    List<DbfField> fields = List.of(new DbfField("地块编号", 'C', 16, 0), new DbfField("用地性质", 'C', 4, 0),
        new DbfField("供地状态", 'C', 12, 0), new DbfField("容积率上", 'N', 6, 2),
        new DbfField("参考价格", 'N', 8, 1), new DbfField("产业导向", 'C', 40, 0));
    ParcelStatus[] statuses = ParcelStatus.values();
    int columns = (int) Math.ceil(Math.sqrt(count));
    try (ShapefileWriter writer = new ShapefileWriter(shp, ShapeType.POLYGON, fields, Charset.forName("GBK"),
        Crs.epsg(4527).toPrj())) {
      for (int i = 0; i < count; i++) {
        double x = 39_480_000 + (i % columns) * 120.0;
        double y = 3_820_000 + (i / columns) * 120.0;
        double w = 80 + random.nextDouble() * 30;
        double h = 80 + random.nextDouble() * 30;
        Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x, y + h), new Coordinate(x + w / 2, y + h + 5),
            new Coordinate(x + w, y + h), new Coordinate(x + w, y), new Coordinate(x + w / 2, y - 5),
            new Coordinate(x, y)};
        writer.write(factory.createPolygon(ring), Arrays.asList(String.format("B-%06d", i),
            USES[random.nextInt(USES.length)], statuses[random.nextInt(statuses.length)].zh(),
            1.0 + random.nextInt(150) / 100.0, 15.0 + random.nextInt(330) / 10.0,
            INDUSTRIES[random.nextInt(INDUSTRIES.length)]));
      }
    }
  }
}
