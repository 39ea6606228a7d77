package parcelatlas.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import parcelatlas.storage.Storage;

/**
 * A test class's demo city and the portal running on it, for the whole class: register it as
 * {@code @RegisterExtension static final DemoApp DEMO = new DemoApp();} (or {@link #scaled} for the
 * demo loaded N times, {@link #on} for a database of the test's own, {@link #withStaff} to add the
 * city-wide admin {@link RunningApp#STAFF}, {@link #settings} for the app's settings) and use
 * {@link #storage()} and {@link #app()}. Before the class's first test (and its own {@code @BeforeAll},
 * which may add users or look rows up) it copies the demo database ({@link DemoData#loaded()},
 * {@link ScaledDemoData#loaded}) and starts the app on it; after the last it stops both. The database
 * is of the kind the surefire execution names ({@link TestDatabases#kind}), and the app refuses to
 * start on another: a browser test tagged {@code database} runs on H2GIS and again on PostGIS.
 * Browser tests sign in as staff through {@link #signInStaff} and {@link #staffOn}.
 */
public final class DemoApp implements BeforeAllCallback, AfterAllCallback {
  private final Supplier<Storage> database;
  private boolean staff;
  private Supplier<Map<String, String>> settings = Map::of;
  private Storage storage;
  private RunningApp app;

  /** The demo city ({@link DemoData}). */
  public DemoApp() {
    this(DemoData::loaded);
  }

  private DemoApp(Supplier<Storage> database) {
    this.database = database;
  }

  /** The demo city loaded {@code scale} times ({@code demo --scale N}, {@link ScaledDemoData}). */
  public static DemoApp scaled(int scale) {
    return new DemoApp(() -> ScaledDemoData.loaded(scale));
  }

  /**
   * A database of the test's own instead of the demo: {@code DemoApp.on(TestDatabases::fresh)}, or a
   * fresh one with a fixture loaded into it; closed after the class like the demo's.
   */
  public static DemoApp on(Supplier<Storage> database) {
    return new DemoApp(database);
  }

  /**
   * The app's settings as environment variables ({@link RunningApp#RunningApp(Storage, Map)}), asked
   * for once the database is ready, just before the app starts (so they may name a server the
   * supplier starts).
   */
  public DemoApp settings(Supplier<Map<String, String>> environment) {
    settings = environment;
    return this;
  }

  /** Adds {@link RunningApp#STAFF} before the app starts ({@link RunningApp#withStaff}). */
  public DemoApp withStaff() {
    staff = true;
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    storage = database.get();
    if (!storage.dialect().name().equals(TestDatabases.kind())) {
      throw new IllegalStateException("the app would run on " + storage.dialect().name() + ", not on the "
          + TestDatabases.kind() + " this execution tests");
    }
    if (staff) {
      RunningApp.withStaff(storage);
    }
    app = new RunningApp(storage, settings.get());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (app != null) {
      app.close();
    }
    if (storage != null) {
      storage.close();
    }
  }

  public Storage storage() {
    return storage;
  }

  public RunningApp app() {
    return app;
  }

  public String base() {
    return app.base();
  }

  /** Signs {@code browser} in as {@link RunningApp#STAFF} through the sign-in page, landing on {@code next}. */
  public void signInStaff(Browser browser, String next) {
    browser.signIn(base(), RunningApp.STAFF, RunningApp.STAFF_PASSWORD, next);
  }

  /**
   * Signs {@code browser} in as {@link RunningApp#STAFF} on {@code page} with a script timeout of
   * {@code patience} and returns what the promise {@code ready} resolved to, failing the test (with
   * that text) when it is an error.
   */
  public String staffOn(Browser browser, String page, Duration patience, String ready) {
    browser.driver().manage().timeouts().scriptTimeout(patience);
    signInStaff(browser, page);
    String result = browser.await(ready);
    assertFalse(result.startsWith("ERROR"), result);
    return result;
  }
}
