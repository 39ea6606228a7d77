package parcelatlas.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import parcelatlas.demo.ScaledDemo;
import parcelatlas.storage.Databases;
import parcelatlas.storage.Storage;

/**
 * The demo loaded N times ({@code demo --scale N}) into a fresh database of the configured kind.
 * Each scale is loaded once per test JVM into a template database that every {@link #loaded}
 * call copies, as {@link DemoData} does for the plain demo.
 */
public final class ScaledDemoData {
  private static final Map<Integer, String> TEMPLATES = new HashMap<>();

  private ScaledDemoData() {}

  /** A fresh database with the demo city loaded {@code scale} times. */
  public static Storage loaded(int scale) {
    return Databases.open(TestDatabases.copyUrl(template(scale)), null, null);
  }

  private static synchronized String template(int scale) {
    return TEMPLATES.computeIfAbsent(scale, n -> {
      String url = TestDatabases.freshUrl();
      try (Storage storage = Databases.open(url, null, null)) {
        ScaledDemo.load(storage, n, new PrintWriter(new StringWriter()));
      }
      return TestDatabases.closedTemplate(url);
    });
  }
}
