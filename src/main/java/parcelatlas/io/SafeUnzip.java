package parcelatlas.io;

import parcelatlas.domain.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Unpacks a user's zip into a fresh temporary folder, refusing anything unsafe: entries whose
 * path is absolute or escapes the folder once normalised, more than 10,000 entries, more than
 * 2 GiB unpacked in total, and any entry that expands more than 100:1 once past 10 MiB (zip
 * bombs). Sizes are counted while unpacking, not taken from the archive's own claims. Symbolic
 * links are skipped. Entry names without the UTF-8 flag that are not valid UTF-8 are read as
 * GB18030 (Chinese Windows zip tools). On any failure the folder is deleted and a
 * {@link BadInputException} names the archive.
 */
final class SafeUnzip {
  static final long MAX_TOTAL_BYTES = 2L << 30;
  static final int MAX_ENTRIES = 10_000;
  static final long RATIO_CHECK_AFTER = 10L << 20;
  static final long MAX_RATIO = 100;
  private static final Charset GB18030 = Charset.forName("GB18030");

  private SafeUnzip() {}

  static Path extract(Path zip, String zipName) {
    Path target = TempFolder.create();
    try {
      unpack(zip, zipName, target);
      return target;
    } catch (RuntimeException e) {
      TempFolder.delete(target);
      throw e;
    }
  }

  /** Unpacks into an existing empty folder the caller owns (and deletes, also on failure). */
  static void extractInto(Path zip, String zipName, Path target) {
    unpack(zip, zipName, target);
  }

  private static void unpack(Path zip, String zipName, Path target) {
    ZipFile archive;
    try {
      archive = ZipFile.builder().setPath(zip).get();
    } catch (IOException | RuntimeException e) {
      throw new BadInputException(ErrorCode.ARCHIVE_INVALID, zipName, null, null, "not a valid zip archive", e);
    }
    try (ZipFile file = archive) {
      List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
      if (entries.size() > MAX_ENTRIES) {
        throw BadInputException.ofFile(zipName, "holds " + entries.size()
            + " entries; at most " + MAX_ENTRIES + " are accepted");
      }
      long total = 0;
      for (ZipArchiveEntry entry : entries) {
        String name = nameOf(entry);
        Path destination = destination(target, name, zipName);
        if (destination.equals(target) && !entry.isDirectory()) {
          throw BadInputException.ofFile(zipName, "entry '" + name + "' has no file name");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(destination);
        } else if (!entry.isUnixSymlink()) {
          if (!file.canReadEntryData(entry)) {
            throw BadInputException.ofFile(ErrorCode.ARCHIVE_UNSAFE, zipName,
                "entry " + name + " is encrypted or uses an unsupported compression method");
          }
          Files.createDirectories(destination.getParent());
          total += copy(file, entry, destination, total, zipName, name);
        }
      }
    } catch (IOException e) {
      throw new BadInputException(zipName, null, null,
          "cannot be unpacked (damaged zip archive?): " + e.getMessage(), e);
    }
  }

  private static long copy(ZipFile file, ZipArchiveEntry entry, Path destination, long before,
      String zipName, String name) throws IOException {
    long written = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = file.getInputStream(entry);
        OutputStream out = Files.newOutputStream(destination)) {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        out.write(buffer, 0, n);
        written += n;
        if (before + written > MAX_TOTAL_BYTES) {
          throw BadInputException.ofFile(ErrorCode.ARCHIVE_UNSAFE, zipName, "unpacks to more than 2 GiB; refusing it");
        }
        if (written > RATIO_CHECK_AFTER && written / compressed(in, entry) > MAX_RATIO) {
          throw BadInputException.ofFile(ErrorCode.ARCHIVE_UNSAFE, zipName, "entry " + name + " expands more than "
              + MAX_RATIO + " times (a zip bomb?); refusing the archive");
        }
      }
    }
    return written;
  }

  private static long compressed(InputStream in, ZipArchiveEntry entry) {
    long count = in instanceof InputStreamStatistics
        ? ((InputStreamStatistics) in).getCompressedCount() : entry.getCompressedSize();
    return Math.max(1, count);
  }

  private static Path destination(Path target, String name, String zipName) {
    String path = name.replace('\\', '/');
    if (path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      throw BadInputException.ofFile(ErrorCode.ARCHIVE_UNSAFE, zipName,
          "entry " + name + " has an absolute path; refusing the archive");
    }
    try {
      Path destination = target.resolve(path).normalize();
      if (!destination.startsWith(target)) {
        throw BadInputException.ofFile(ErrorCode.ARCHIVE_UNSAFE, zipName,
            "entry " + name + " points outside the archive's folder; refusing the archive");
      }
      return destination;
    } catch (InvalidPathException e) {
      throw new BadInputException(zipName, null, null, "entry " + name + " has an invalid name", e);
    }
  }

  private static String nameOf(ZipArchiveEntry entry) {
    if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME) {
      return entry.getName();
    }
    byte[] raw = entry.getRawName();
    if (raw == null) {
      return entry.getName();
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      return new String(raw, GB18030);
    }
  }
}
