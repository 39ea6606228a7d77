package parcelatlas.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import parcelatlas.testing.Browser;
import parcelatlas.testing.DemoApp;

/**
 * The Content-Security-Policy lets the map load tiles from the configured {@code tile.url} host, on
 * another origin, and still blocks images from anywhere else.
 */
class BasemapPolicyBrowserTest {
  private static final String WATCH = "window.__csp = []; document.addEventListener('securitypolicyviolation',"
      + " (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI), true);";
  private static HttpServer tiles;

  @RegisterExtension
  static final DemoApp city = new DemoApp().settings(BasemapPolicyBrowserTest::tileServer);

  /** Starts the tile server on another origin and names it as the app's {@code tile.url}. */
  private static Map<String, String> tileServer() {
    byte[] png = tile();
    try {
      tiles = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    tiles.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, png.length);
      exchange.getResponseBody().write(png);
      exchange.close();
    });
    tiles.start();
    return Map.of("ATLAS_TILE_URL", "http://127.0.0.1:" + tiles.getAddress().getPort() + "/{z}/{x}/{y}.png",
        "ATLAS_TILE_ATTRIBUTION", "test tiles");
  }

  @AfterAll
  static void stop() {
    if (tiles != null) {
      tiles.stop(0);
    }
  }

  @Test
  void tiles_from_the_configured_host_load_and_images_from_elsewhere_are_blocked() {
    try (Browser browser = Browser.desktop()) {
      browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH));
      browser.driver().get(city.base() + "/");
      assertFalse(browser.await("window.investor.ready").startsWith("ERROR"));
      String loaded = browser.await("new Promise((resolve) => { const until = Date.now() + 15000; const wait = () => {"
          + " const n = document.querySelectorAll('img.leaflet-tile-loaded').length;"
          + " n > 0 || Date.now() > until ? resolve(n) : setTimeout(wait, 100); }; wait(); })");
      assertTrue(Integer.parseInt(loaded) > 0, "tiles from the tile.url host are drawn");
      assertEquals(List.of(), browser.driver().executeScript("return window.__csp"));

      String elsewhere = "http://localhost:" + tiles.getAddress().getPort() + "/elsewhere.png";
      String result = browser.await("new Promise((resolve) => { const img = new Image();"
          + " img.onload = () => resolve('loaded'); img.onerror = () => resolve('blocked'); img.src = '" + elsewhere + "'; })");
      assertEquals("\"blocked\"", result);
      assertTrue(String.valueOf(browser.driver().executeScript("return window.__csp")).contains("img-src " + elsewhere));
    }
  }

  private static byte[] tile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB), "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
