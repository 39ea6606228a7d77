package parcelatlas.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import parcelatlas.io.FeatureSources;

/**
 * One request's scratch folder: the uploaded bytes and, for a zip, what it unpacks to. Lives
 * only as long as the request; {@link #close} deletes it with everything inside, so nothing is
 * left behind whether the request succeeds or fails.
 */
final class UploadWorkspace implements AutoCloseable {
  private final Path folder;

  /** What was received: its size and SHA-256. */
  record Received(long size, String sha256) {}

  private UploadWorkspace(Path folder) {
    this.folder = folder;
  }

  static UploadWorkspace create(Path root) {
    try {
      Files.createDirectories(root);
      return new UploadWorkspace(Files.createTempDirectory(root, "request-"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a work folder under " + root, e);
    }
  }

  /** Where the uploaded bytes are kept. */
  Path body() {
    return folder.resolve("upload.bin");
  }

  /**
   * Copies {@code in} to {@link #body}, refusing more than {@code maxBytes}.
   *
   * @throws UploadRefused TOO_LARGE as soon as the limit is passed
   */
  Received receive(InputStream in, long maxBytes, UploadRefused tooLarge) {
    MessageDigest sha = sha256();
    long size = 0;
    byte[] buffer = new byte[1 << 16];
    try (InputStream digesting = new DigestInputStream(in, sha); OutputStream out = Files.newOutputStream(body())) {
      for (int n = digesting.read(buffer); n >= 0; n = digesting.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          throw tooLarge;
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the upload was interrupted", e);
    }
    return new Received(size, HexFormat.of().formatHex(sha.digest()));
  }

  /**
   * The path the importer opens for {@link #body} uploaded as {@code fileName}: a GeoJSON file
   * under its own name, or the folder a zip unpacks into, named like the zip (so messages read
   * {@code parcels.zip/parcels.shp}).
   *
   * @throws parcelatlas.io.BadInputException when the zip is refused (bomb, escaping entry, …)
   */
  Path stage(String fileName) {
    try {
      Path files = Files.createDirectories(folder.resolve("files"));
      Path target = files.resolve(fileName);
      if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        Files.createDirectory(target);
        FeatureSources.unzip(body(), fileName, target);
      } else {
        Files.copy(body(), target);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage " + fileName, e);
    }
  }

  @Override
  public void close() {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    } catch (IOException e) {
      return;
    }
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // best effort: the OS cleans its temp folders; the next request is unaffected
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
