package parcelatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export's zip: entries streamed and entries deflated earlier with a header put in front read
 * back byte for byte, CRCs checked, by both of Java's readers (local headers and central
 * directory) and by Info-ZIP's {@code unzip -t}; CRC-32 combination against the CRC of the joined bytes.
 */
class ZipOutTest {
  @TempDir Path dir;

  @Test
  void streamed_and_predeflated_entries_read_back_byte_for_byte_with_their_crcs() throws Exception {
    Random random = new Random(11);
    byte[] dbf = text(random, 700_000); // several 64 KiB input blocks
    byte[] header = new byte[100];
    random.nextBytes(header);
    byte[] body = text(random, 300_000);
    Map<String, byte[]> expected = new LinkedHashMap<>();
    expected.put("parcels.dbf", dbf);
    byte[] shp = new byte[header.length + body.length];
    System.arraycopy(header, 0, shp, 0, header.length);
    System.arraycopy(body, 0, shp, header.length, body.length);
    expected.put("parcels.shp", shp);
    expected.put("empty.shx", new byte[100]); // header only: an empty body
    expected.put("地块.prj", "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 39\"]".getBytes(StandardCharsets.UTF_8));

    Path zipFile = dir.resolve("a.zip");
    try (OutputStream out = Files.newOutputStream(zipFile)) {
      ZipOut zip = new ZipOut(out, ShapefileExport.LEVEL);
      try (OutputStream entry = zip.stream("parcels.dbf")) {
        for (int at = 0; at < dbf.length; at += 601) { // record by record, as the export writes
          entry.write(dbf, at, Math.min(601, dbf.length - at));
        }
      }
      try (DeflatedBody deflated = new DeflatedBody(dir.resolve("shp"), ShapefileExport.LEVEL);
          DeflatedBody empty = new DeflatedBody(dir.resolve("shx"), ShapefileExport.LEVEL)) {
        deflated.body().write(body);
        deflated.addTo(zip, "parcels.shp", header);
        empty.addTo(zip, "empty.shx", new byte[100]);
      }
      try (OutputStream entry = zip.stream("地块.prj")) {
        entry.write(expected.get("地块.prj"));
      }
      zip.finish();
    }

    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zipFile), StandardCharsets.UTF_8)) {
      List<String> names = new ArrayList<>();
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) { // checks each CRC at the entry's end
        names.add(e.getName());
        assertArrayEquals(expected.get(e.getName()), in.readAllBytes(), e.getName());
      }
      assertEquals(List.copyOf(expected.keySet()), names);
    }
    try (ZipFile central = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
      assertEquals(expected.size(), central.size());
      for (Map.Entry<String, byte[]> e : expected.entrySet()) {
        ZipEntry entry = central.getEntry(e.getKey());
        CRC32 crc = new CRC32();
        crc.update(e.getValue());
        assertEquals(crc.getValue(), entry.getCrc(), e.getKey());
        assertEquals(e.getValue().length, entry.getSize(), e.getKey());
        try (var in = central.getInputStream(entry)) {
          assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey());
        }
      }
    }
    Process unzip = new ProcessBuilder("unzip", "-tq", zipFile.toString()).redirectErrorStream(true).start();
    String said = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, unzip.waitFor(), said);
    assertTrue(said.contains("No errors detected"), said);
  }

  @Test
  void crc_of_joined_bytes_comes_from_the_two_crcs_and_the_second_length() {
    Random random = new Random(3);
    for (int length : new int[] {0, 1, 2, 3, 7, 100, 4096, 65_537, 1_000_003}) {
      byte[] a = new byte[random.nextInt(200)];
      byte[] b = new byte[length];
      random.nextBytes(a);
      random.nextBytes(b);
      CRC32 whole = new CRC32();
      whole.update(a);
      whole.update(b);
      assertEquals(whole.getValue(), Crc32s.combine(crc(a), crc(b), b.length), "second part of " + length + " bytes");
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  /** DBF-like bytes: runs of padding and digits, compressible as the export's files are. */
  private static byte[] text(Random random, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(length);
    while (out.size() < length) {
      int pad = random.nextInt(20);
      for (int i = 0; i < pad && out.size() < length; i++) {
        out.write(' ');
      }
      if (out.size() < length) {
        out.write('0' + random.nextInt(10));
      }
    }
    return out.toByteArray();
  }
}
