package parcelatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/parcel-atlas}, the launcher, on a small jar of its own (the suite runs before the
 * portal's jar is packaged): a one-off command's first run writes the class-data archive, later
 * runs use it (with {@code -Xshare:on} the JVM would refuse to start on an archive it cannot map),
 * a rebuilt jar gets a new archive and the old one goes, the output is the command's alone (no
 * JVM log lines) and {@code serve} runs without one.
 */
class LauncherTest {
  @TempDir
  Path dir;

  /** The probe's main: prints its arguments, exits with 3 when the first is "fail". */
  public static final class Probe {
    public static void main(String[] args) {
      System.out.println("probe " + String.join(" ", args));
      if (args.length > 0 && args[0].equals("fail")) {
        System.exit(3);
      }
    }
  }

  private Path probeJar() throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Probe.class.getName());
    Path jar = dir.resolve("probe.jar");
    String entry = Probe.class.getName().replace('.', '/') + ".class";
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest);
        var in = Probe.class.getClassLoader().getResourceAsStream(entry)) {
      j.putNextEntry(new JarEntry(entry));
      in.transferTo(j);
      j.closeEntry();
    }
    return jar;
  }

  private record Run(int exit, String out) {}

  private Run launch(Path jar, String javaOpts, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("bash", Path.of("bin/parcel-atlas").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("PARCEL_ATLAS_JAR", jar.toString());
    pb.environment().put("PARCEL_ATLAS_CDS_DIR", dir.toString());
    pb.environment().put("JAVA_OPTS", javaOpts);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  private List<String> archives() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("probe.jar")).sorted().toList();
    }
  }

  @Test
  void a_one_off_command_writes_its_archive_once_and_maps_it_afterwards() throws Exception {
    Path jar = probeJar();
    Run first = launch(jar, "", "import", "a", "b");
    assertEquals(new Run(0, "probe import a b\n"), first, "the command's output alone, no JVM log lines");
    List<String> written = archives();
    assertEquals(1, written.size(), written.toString());
    assertTrue(written.get(0).matches("probe-\\d+-\\d+-import\\.jsa"), written.toString());

    assertEquals(new Run(0, "probe import a b\n"), launch(jar, "-Xshare:on", "import", "a", "b"),
        "the second run maps the archive (-Xshare:on refuses to start otherwise)");
    assertEquals(new Run(3, "probe fail\n"), launch(jar, "", "fail"), "the command's exit status passes through");

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    assertEquals(new Run(0, "probe export\n"), launch(jar, "", "export"));
    List<String> rebuilt = archives();
    assertEquals(1, rebuilt.size(), "the earlier build's archive is gone: " + rebuilt);
    assertFalse(rebuilt.equals(written), "a rebuilt jar has an archive of its own");
  }

  /**
   * Each one-off command maps an archive of the classes it loads: an export after an import writes
   * its own and leaves the import's (the previous launcher gave every command the archive of
   * whichever ran first); a rebuilt jar's first command removes the old build's archives only.
   */
  @Test
  void each_command_has_an_archive_of_its_own() throws Exception {
    Path jar = probeJar();
    launch(jar, "", "import");
    assertEquals(new Run(0, "probe export x\n"), launch(jar, "", "export", "x"));
    List<String> both = archives();
    assertEquals(2, both.size(), both.toString());
    assertTrue(both.get(0).endsWith("-export.jsa") && both.get(1).endsWith("-import.jsa"), both.toString());
    assertEquals(new Run(0, "probe import\n"), launch(jar, "-Xshare:on", "import"));
    assertEquals(new Run(0, "probe export\n"), launch(jar, "-Xshare:on", "export"));
    assertEquals(new Run(0, "probe --help\n"), launch(jar, "", "--help"));
    assertEquals(3, archives().size(), "help and the like share one archive: " + archives());

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
    launch(jar, "", "export");
    List<String> rebuilt = archives();
    assertEquals(1, rebuilt.size(), "the earlier build's archives are gone: " + rebuilt);
    assertTrue(rebuilt.get(0).endsWith("-export.jsa"), rebuilt.toString());
  }

  @Test
  void serve_and_a_switched_off_archive_write_none() throws Exception {
    Path jar = probeJar();
    assertEquals(new Run(0, "probe serve\n"), launch(jar, "", "serve"));
    assertEquals(List.of(), archives());
    ProcessBuilder off = new ProcessBuilder("bash", Path.of("bin/parcel-atlas").toAbsolutePath().toString(), "import")
        .redirectErrorStream(true);
    off.environment().put("PARCEL_ATLAS_JAR", jar.toString());
    off.environment().put("PARCEL_ATLAS_CDS_DIR", dir.toString());
    off.environment().put("PARCEL_ATLAS_CDS", "0");
    Process p = off.start();
    assertEquals("probe import\n", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals(0, p.waitFor());
    assertEquals(List.of(), archives());
  }
}
