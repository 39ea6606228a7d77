package parcelatlas.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (never a downloaded browser),
 * with the flags that keep it off the network. Screenshots go under {@code target/screenshots}, named
 * with a {@code -postgis} suffix in the PostGIS execution so the H2GIS run's stay beside them.
 */
public final class Browser implements AutoCloseable {
  public static final Path SCREENSHOTS = Path.of("target/screenshots");
  private final ChromeDriver driver;

  private Browser(ChromeOptions options) {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
  }

  public static Browser desktop() {
    return new Browser(options().addArguments("--window-size=1280,800"));
  }

  /** A 390×844 phone screen. */
  public static Browser phone() {
    ChromeOptions options = options().addArguments("--window-size=390,844");
    options.setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0)));
    return new Browser(options);
  }

  private static ChromeOptions options() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=zh-CN"));
    return options;
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Waits for a promise-valued expression and returns its JSON-encoded result, or "ERROR: …". */
  public String await(String promiseExpression) {
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "Promise.resolve(" + promiseExpression + ").then(v => done(JSON.stringify(v)),"
        + " e => done('ERROR: ' + e));");
    return String.valueOf(result);
  }

  /** The attribute {@code name} of the first element matching {@code css}; "null" when there is none. */
  public String attr(String css, String name) {
    return String.valueOf(driver.executeScript(
        "const e = document.querySelector(arguments[0]); return e ? e.getAttribute(arguments[1]) : null;", css, name));
  }

  /** Sets the value of the form control matching {@code css} as typing would: fires input and change. */
  public void type(String css, Object value) {
    driver.executeScript("const e = document.querySelector(arguments[0]);"
        + " e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));"
        + " e.dispatchEvent(new Event('change', {bubbles: true}));", css, String.valueOf(value));
  }

  /** Signs in through the sign-in page, as a person would, and lands on {@code next}. */
  public void signIn(String base, String username, String password, String next) {
    driver.get(base + "/login.html?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
    driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=login-username]")).sendKeys(username);
    driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=login-password]")).sendKeys(password);
    driver.findElement(org.openqa.selenium.By.cssSelector("[data-testid=login-submit]")).click();
    long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
    while (driver.getCurrentUrl().contains("/login.html") && System.nanoTime() < until) {
      pause(java.time.Duration.ofMillis(100));
    }
    if (driver.getCurrentUrl().contains("/login.html")) {
      throw new AssertionError("sign-in did not leave the sign-in page: " + textOf("[data-testid=login-error]",
          java.time.Duration.ofSeconds(1)));
    }
  }

  /** The text of the first element matching {@code css}, waiting until it has some. */
  public String textOf(String css, java.time.Duration patience) {
    long until = System.nanoTime() + patience.toNanos();
    String text = "";
    while (System.nanoTime() < until) {
      Object found = driver.executeScript(
          "const e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
      text = String.valueOf(found).strip();
      if (!text.isEmpty()) {
        return text;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return text;
  }

  /** Waits up to 20 s for a JavaScript expression to be true; fails the test naming it otherwise. */
  public void waitFor(String expression) {
    long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
    while (!Boolean.TRUE.equals(driver.executeScript("return " + expression)) && System.nanoTime() < until) {
      pause(java.time.Duration.ofMillis(100));
    }
    if (!Boolean.TRUE.equals(driver.executeScript("return " + expression))) {
      throw new AssertionError("not true within 20 s: " + expression);
    }
  }

  public void pause(java.time.Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      String kind = TestDatabases.kind();
      Path file = SCREENSHOTS.resolve(name + (kind.equals("h2gis") ? "" : "-" + kind) + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (java.io.IOException e) {
      throw new AssertionError("cannot write screenshot " + name, e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }

  /** Makes screenshots work through the interface for callers that only hold the driver. */
  public TakesScreenshot camera() {
    return driver;
  }
}
