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

  /**
   * Zip64 in every place it can appear, forced by the seam that makes every size and offset "large"
   * (the archive a 4 GiB .dbf and a 4 GiB offset would make, in kilobytes): streamed entries with a
   * zip64 extra field and 8-byte data descriptors, pre-deflated entries with their sizes in the
   * local extra field, central records with sizes and offsets in theirs, the zip64 end of central
   * directory record and its locator. Read by Java's ZipFile, Python's zipfile and Info-ZIP.
   */
  @Test
  void forced_zip64_archives_read_back_in_every_reader() throws Exception {
    Random random = new Random(5);
    byte[] dbf = text(random, 200_000);
    byte[] header = new byte[100];
    byte[] body = text(random, 50_000);
    Path zipFile = dir.resolve("z64.zip");
    try (OutputStream out = Files.newOutputStream(zipFile)) {
      ZipOut zip = new ZipOut(out, ShapefileExport.LEVEL, 0);
      try (OutputStream entry = zip.stream("parcels.dbf", dbf.length)) {
        entry.write(dbf);
      }
      try (DeflatedBody deflated = new DeflatedBody(dir.resolve("shp"), ShapefileExport.LEVEL)) {
        deflated.body().write(body);
        deflated.addTo(zip, "parcels.shp", header);
      }
      try (OutputStream entry = zip.stream("地块.cpg")) {
        entry.write("GBK".getBytes(StandardCharsets.US_ASCII));
      }
      zip.finish();
    }
    byte[] shp = new byte[header.length + body.length];
    System.arraycopy(body, 0, shp, header.length, body.length);
    Map<String, byte[]> expected = new LinkedHashMap<>();
    expected.put("parcels.dbf", dbf);
    expected.put("parcels.shp", shp);
    expected.put("地块.cpg", "GBK".getBytes(StandardCharsets.US_ASCII));
    byte[] bytes = Files.readAllBytes(zipFile);
    assertTrue(indexOf(bytes, new byte[] {0x50, 0x4b, 0x06, 0x06}) > 0, "a zip64 end of central directory record");
    // not Java's ZipInputStream: it reads an 8-byte data descriptor only after 4 GiB of inflated
    // bytes, whatever the header says (the export's streamed entries are zip64 only past 4 GiB)
    try (ZipFile central = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
      assertEquals(expected.size(), central.size());
      for (Map.Entry<String, byte[]> e : expected.entrySet()) {
        try (var in = central.getInputStream(central.getEntry(e.getKey()))) {
          assertArrayEquals(e.getValue(), in.readAllBytes(), e.getKey());
        }
      }
    }
    String python = run("python3", "-c", "import sys, zipfile\n"
        + "z = zipfile.ZipFile(sys.argv[1])\n"
        + "assert z.testzip() is None\n"
        + "print(';'.join(f'{i.filename}={i.file_size}' for i in z.infolist()))", zipFile.toString());
    assertEquals("parcels.dbf=200000;parcels.shp=50100;地块.cpg=3", python.strip());
    assertTrue(run("unzip", "-tq", zipFile.toString()).contains("No errors detected"));
  }

  /**
   * A real entry past 4 GiB (zeros, deflated to a few MB at level 1), then a small entry after it:
   * the sizes only zip64 holds, checked by Python's zipfile, which inflates the whole entry and
   * compares its CRC and length. Cheap bytes at a fast level keep it to seconds of CPU; the offsets
   * past 4 GiB are left to the forced test above (4 GiB of deflated bytes would go to disk).
   */
  @Test
  void an_entry_past_4_gib_is_zip64_and_reads_back_in_python() throws Exception {
    long size = (4L << 30) + 12_345; // 4 GiB and a bit
    Path zipFile = dir.resolve("big.zip");
    try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(zipFile))) {
      ZipOut zip = new ZipOut(out, 1);
      byte[] zeros = new byte[1 << 20];
      try (OutputStream entry = zip.stream("big.dbf", size)) {
        for (long left = size; left > 0; left -= zeros.length) {
          entry.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
      }
      try (OutputStream entry = zip.stream("after.prj")) {
        entry.write("PROJCS".getBytes(StandardCharsets.US_ASCII));
      }
      zip.finish();
    }
    assertTrue(Files.size(zipFile) < 64 << 20, "zeros deflate: " + Files.size(zipFile));
    String python = run("python3", "-c", "import sys, zipfile\n"
        + "z = zipfile.ZipFile(sys.argv[1])\n"
        + "assert z.testzip() is None\n"
        + "print(';'.join(f'{i.filename}={i.file_size}' for i in z.infolist()), z.read('after.prj').decode())",
        zipFile.toString());
    assertEquals("big.dbf=" + size + ";after.prj=6 PROJCS", python.strip());
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), said);
    return said;
  }

  private static int indexOf(byte[] bytes, byte[] what) {
    outer:
    for (int i = 0; i + what.length <= bytes.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (bytes[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
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
