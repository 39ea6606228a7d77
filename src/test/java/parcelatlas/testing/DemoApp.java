package parcelatlas.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import parcelatlas.storage.Storage;

/**
 * A test class's demo city and the portal running on it, for the whole class: register it as
 * {@code @RegisterExtension static final DemoApp DEMO = new DemoApp();} and use {@link #storage()}
 * and {@link #app()}. Before the class's first test it copies the demo database
 * ({@link DemoData#loaded()}) and starts the app on it; after the last it stops both.
 */
public final class DemoApp implements BeforeAllCallback, AfterAllCallback {
  private Storage storage;
  private RunningApp app;

  @Override
  public void beforeAll(ExtensionContext context) {
    storage = DemoData.loaded();
    app = new RunningApp(storage);
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
}
