package parcelatlas.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A private temporary folder for unpacked archives: {@link #create} makes one under the system
 * temp directory, {@link #delete} removes it with everything inside, best effort (files that
 * cannot be deleted are left for the OS to clean up; deletion never throws).
 */
final class TempFolder {
  private TempFolder() {}

  static Path create() {
    try {
      return Files.createTempDirectory("parcelatlas-unzip-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
    } catch (IOException | UncheckedIOException e) {
      return;
    }
    for (Path path : paths) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        continue;
      }
    }
  }
}
