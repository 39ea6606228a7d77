package parcelatlas.io.shapefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.EOFException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelReaderTest {
  @TempDir Path dir;

  @Test
  void reads_and_skips_across_buffer_boundaries_and_reads_pieces_larger_than_the_buffer() throws Exception {
    byte[] data = new byte[300_000];
    for (int i = 0; i < data.length; i++) {
      data[i] = (byte) (i * 31 + i / 251);
    }
    Path file = Files.write(dir.resolve("data.bin"), data);
    int[] steps = {100, -65_000, 7, 100_000, -3, 1, -90_000, 20_000, -5_000};
    try (ChannelReader reader = new ChannelReader(file)) {
      int at = 0;
      for (int step : steps) {
        if (step < 0) {
          reader.skip(-step);
          at += -step;
        } else {
          ByteBuffer piece = reader.read(step);
          for (int i = 0; i < step; i++) {
            assertEquals(data[at + i], piece.get(i), "byte " + (at + i));
          }
          at += step;
        }
        assertEquals(at, reader.position());
      }
      assertEquals(data.length - at, reader.remaining());
      assertThrows(EOFException.class, () -> reader.read((int) reader.remaining() + 1));
      assertThrows(EOFException.class, () -> reader.skip(reader.remaining() + 1));
    }
  }
}
