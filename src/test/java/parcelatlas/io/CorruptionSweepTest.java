package parcelatlas.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damages a good shapefile at random (fixed seed: bytes overwritten, files cut short) and reads
 * it: each attempt must either succeed or fail with a {@link BadInputException}, never with
 * another exception.
 */
class CorruptionSweepTest {
  private static final String[] PARTS = {"shp", "dbf", "shx"};
  @TempDir Path dir;

  @Test
  void random_damage_to_a_shapefile_only_ever_gives_bad_input_exceptions() throws Exception {
    Random random = new Random(20240301);
    int refused = 0;
    for (int attempt = 0; attempt < 300; attempt++) {
      Path folder = Files.createDirectory(dir.resolve("attempt" + attempt));
      Path shp = TestShapefiles.writeParcels(folder, "parcels", TestShapefiles.GBK,
          TestShapefiles.GBK_FIELDS);
      for (int edit = random.nextInt(3); edit >= 0; edit--) {
        damage(folder.resolve("parcels." + PARTS[random.nextInt(PARTS.length)]), random);
      }
      try {
        TestShapefiles.readAll(shp, null);
      } catch (BadInputException expected) {
        refused++;
      }
    }
    assertTrue(refused > 50, "the damage should often be noticed, was " + refused + " times");
  }

  private static void damage(Path file, Random random) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      return;
    }
    if (random.nextInt(8) == 0) {
      bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
    } else {
      int range = random.nextBoolean() ? Math.min(bytes.length, 128) : bytes.length;
      bytes[random.nextInt(range)] = (byte) random.nextInt(256);
    }
    Files.write(file, bytes);
  }
}
