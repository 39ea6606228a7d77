package parcelatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import parcelatlas.demo.DemoLoader;
import parcelatlas.storage.Storage;

/** The demo city: its files in the repository, and a fresh database with it loaded. */
public final class DemoData {
  public static final Path DIR = Path.of("data/demo");

  private DemoData() {}

  public static Path file(String name) {
    return DIR.resolve(name);
  }

  /** A fresh database of the configured kind with the demo city loaded. */
  public static Storage loaded() {
    Storage storage = TestDatabases.fresh();
    DemoLoader.load(storage, new PrintWriter(new StringWriter()));
    return storage;
  }
}
