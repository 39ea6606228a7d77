package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records streamed without headers, the headers given at the end, make the very files ShpShxWriter writes. */
class ShpShxRecordsTest {
  @TempDir Path dir;

  @Test
  void headers_in_front_of_the_streamed_records_are_the_files_shpshxwriter_writes() throws Exception {
    Random random = new Random(5);
    ByteArrayOutputStream shp = new ByteArrayOutputStream();
    ByteArrayOutputStream shx = new ByteArrayOutputStream();
    ShpShxRecords records = new ShpShxRecords(shp, shx, ShapeType.POINT);
    try (ShpShxWriter files = new ShpShxWriter(dir.resolve("a.shp"), ShapeType.POINT)) {
      for (int i = 0; i < 500; i++) {
        boolean nothing = i % 7 == 3; // null shapes leave the box alone
        double x = 300_000 + random.nextDouble() * 1e5;
        double y = 3_000_000 + random.nextDouble() * 1e5;
        ByteBuffer content = ByteBuffer.allocate(nothing ? 4 : 20).order(ByteOrder.LITTLE_ENDIAN);
        if (nothing) {
          content.putInt(0).flip();
        } else {
          content.putInt(1).putDouble(x).putDouble(y).flip();
        }
        double box = nothing ? Double.NaN : 0;
        files.write(content.duplicate(), x + box, y + box, x + box, y + box);
        records.write(content, x + box, y + box, x + box, y + box);
      }
    }
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.shp")), join(records.shpHeader(), shp.toByteArray()));
    assertArrayEquals(Files.readAllBytes(dir.resolve("a.shx")), join(records.shxHeader(), shx.toByteArray()));
  }

  private static byte[] join(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
