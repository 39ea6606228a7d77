package parcelatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * The demo city: its files in the repository, and a fresh database with it loaded. The city is
 * imported once per test JVM into a template database, which every {@link #loaded} call copies:
 * each test class still gets a database of its own, at a fraction of an import's cost.
 */
public final class DemoData {
  public static final Path DIR = Path.of("data/demo");
  private static String template;

  private DemoData() {}

  public static Path file(String name) {
    return DIR.resolve(name);
  }

  /** A fresh database of the configured kind with the demo city loaded. */
  public static Storage loaded() {
    return Databases.open(TestDatabases.copyUrl(template()), null, null);
  }

  private static synchronized String template() {
    if (template == null) {
      String url = TestDatabases.freshUrl();
      try (Storage storage = Databases.open(url, null, null)) {
        DemoLoader.load(storage, new PrintWriter(new StringWriter()));
      }
      template = TestDatabases.closedTemplate(url);
    }
    return template;
  }
}
